import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DEPARTMENT_LOCAL_ROLES, LOCAL_STATUSES, type LocalRole, type LocalStatus } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useOverview } from '../api/get-overview';
import { StatusBadge } from './status-badge';

function Cell({ unitId, role, status }: { unitId: string; role: LocalRole; status: LocalStatus }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={paths.localFunctionDescription.getHref(unitId, role)}
      aria-label={`${t(`functionDescriptions.roles.${role}`)}: ${t(`functionDescriptions.status.${status}`)}`}
    >
      <StatusBadge status={status} />
    </Anchor>
  );
}

/** Departments × roles with the status of each local description, and counts per status. */
export function OverviewMatrix() {
  const { t } = useTranslation();
  const overview = useOverview();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  const { hospitals, counts } = overview.data;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="fd-counts">
        <Title order={2} size="h4" id="fd-counts" mb="sm">
          {t('functionDescriptions.countsHeading')}
        </Title>
        <Group component="ul" gap="lg" p={0} m={0} style={{ listStyle: 'none' }} data-testid="fd-counts">
          {LOCAL_STATUSES.map((s) => (
            <li key={s}>
              <Text span fw={700} data-testid={`count-${s}`}>
                {counts[s]}
              </Text>{' '}
              <Text span>{t(`functionDescriptions.status.${s}`)}</Text>
            </li>
          ))}
        </Group>
      </Paper>
      {hospitals.length === 0 && <Text>{t('functionDescriptions.noUnits')}</Text>}
      {hospitals.map((h) => (
        <Paper
          key={h.id}
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          radius="md"
          component="section"
          aria-labelledby={`h-${h.id}`}
        >
          <Title order={2} size="h3" id={`h-${h.id}`} mb="md">
            {h.name}
          </Title>
          {h.apUkyl && (
            <Group mb="md" gap="xs">
              <Text>{t('functionDescriptions.apUkylRow')}</Text>
              <Cell unitId={h.id} role="AP_UKYL" status={h.apUkyl} />
            </Group>
          )}
          {wide ? (
            <Table striped verticalSpacing="xs" data-testid="fd-matrix">
              <Table.Caption className="visually-hidden">
                {t('functionDescriptions.matrixCaption', { hospital: h.name })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('functionDescriptions.department')}</Table.Th>
                  {DEPARTMENT_LOCAL_ROLES.map((r) => (
                    <Table.Th scope="col" key={r}>
                      {t(`functionDescriptions.roles.${r}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.departments.map((d) => (
                  <Table.Tr key={d.id} data-testid="fd-row">
                    <Table.Th scope="row" fw={500}>
                      {d.name}
                    </Table.Th>
                    {d.cells.map((c) => (
                      <Table.Td key={c.role}>
                        <Cell unitId={d.id} role={c.role} status={c.status} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {h.departments.map((d) => (
                <li key={d.id} data-testid="fd-row">
                  <Text fw={600} mb={4}>
                    {d.name}
                  </Text>
                  <Stack gap={4}>
                    {d.cells.map((c) => (
                      <Group key={c.role} gap="xs" justify="space-between" wrap="nowrap">
                        <Text size="sm">{t(`functionDescriptions.roles.${c.role}`)}</Text>
                        <Cell unitId={d.id} role={c.role} status={c.status} />
                      </Group>
                    ))}
                  </Stack>
                </li>
              ))}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
