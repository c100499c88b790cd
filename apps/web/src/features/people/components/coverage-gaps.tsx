import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useCoverageGaps } from '../api/get-coverage-gaps';

/** Departments in scope that lack a UAO, a UKS or a UKYL today, with a way to assign one. */
export function CoverageGaps() {
  const { t } = useTranslation();
  const { can } = useSession();
  const gaps = useCoverageGaps();

  return (
    <Stack gap="lg" data-testid="coverage-gaps-page">
      <div>
        <Title order={1}>{t('people.gaps.heading')}</Title>
        {gaps.data && <Text c="dimmed">{t('people.gaps.intro', { date: formatDate(gaps.data.on) })}</Text>}
      </div>
      {gaps.isPending && <PageLoader />}
      {gaps.isError && <QueryError error={gaps.error} onRetry={() => void gaps.refetch()} />}
      {gaps.data && (
        <Text role="status" data-testid="gaps-checked">
          {t('people.gaps.checked', { count: gaps.data.departmentsChecked })}
        </Text>
      )}
      {gaps.data?.items.length === 0 && (
        <Alert color="teal" variant="light">
          {t('people.gaps.none')}
        </Alert>
      )}
      {gaps.data && gaps.data.items.length > 0 && (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="md"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('people.gaps.caption')}
        >
          {gaps.data.items.map((g) => {
            const id = `gap-${g.unit.id}`;
            return (
              <Paper
                component="li"
                key={g.unit.id}
                withBorder
                p="md"
                radius="md"
                aria-labelledby={id}
                data-testid="coverage-gap"
                style={{ borderLeft: '4px solid var(--mantine-color-red-8)' }}
              >
                <Title order={2} size="h4" id={id}>
                  {g.unit.name}
                </Title>
                {g.parentUnit && (
                  <Text size="sm" c="dimmed">
                    {g.parentUnit.name}
                  </Text>
                )}
                <Group gap="xs" mt="sm" align="center">
                  <Text size="sm" fw={600}>
                    {t('people.gaps.missing')}:
                  </Text>
                  {g.missing.map((role) => (
                    <Badge key={role} color="red.9" variant="filled" data-testid={`gap-missing-${role}`}>
                      {t(`rolesShort.${role}`)}
                    </Badge>
                  ))}
                </Group>
                {can('roles:manage') && (
                  <Stack gap={2} mt="sm">
                    {g.missing.map((role) => (
                      <Anchor
                        key={role}
                        component={Link}
                        size="sm"
                        to={paths.people.getHref({ assignRole: role, assignUnit: g.unit.id })}
                      >
                        {t('people.gaps.assign', { role: t(`rolesShort.${role}`) })}
                        <span className="visually-hidden"> · {g.unit.name}</span>
                      </Anchor>
                    ))}
                  </Stack>
                )}
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
