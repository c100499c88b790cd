import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fact, Facts } from '@/components/ui/facts';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTimeAsDate } from '@/lib/format';
import { usePlatformTenants } from '../api/get-platform-tenants';

/** The regions on the platform, for the platform operator. */
export function TenantTable() {
  const { t, i18n } = useTranslation();
  const tenants = usePlatformTenants();
  // A table where there is room; on phones one block per region (no sideways scrolling).
  // Only one of the two is rendered, so each region's name is in the page once.
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const sorted = tenants.data ? [...tenants.data].sort((a, b) => a.name.localeCompare(b.name, i18n.language)) : [];

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="tenants-heading"
      data-testid="platform-tenants"
    >
      <Title order={2} size="h3" id="tenants-heading" mb="md">
        {t('start.tenantsHeading')}
      </Title>
      {tenants.isPending && <PageLoader />}
      {tenants.isError && <QueryError error={tenants.error} onRetry={() => void tenants.refetch()} />}
      {tenants.data?.length === 0 && <Text>{t('platform.empty')}</Text>}
      {sorted.length > 0 && wide && (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="tenant-table">
          <Table.Caption className="visually-hidden">{t('platform.tenantsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('platform.name')}</Table.Th>
              <Table.Th scope="col">{t('platform.slug')}</Table.Th>
              <Table.Th scope="col">{t('platform.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((tenant) => (
              <Table.Tr key={tenant.id} data-testid="tenant-row">
                <Table.Th scope="row" fw={500}>
                  {tenant.name}
                </Table.Th>
                <Table.Td>
                  <code>{tenant.slug}</code>
                </Table.Td>
                <Table.Td>{formatDateTimeAsDate(tenant.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {sorted.length > 0 && !wide && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {sorted.map((tenant) => (
            <li key={tenant.id} data-testid="tenant-row">
              <Text fw={600} mb={4}>
                {tenant.name}
              </Text>
              <Facts>
                <Fact label={t('platform.slug')}>
                  <code>{tenant.slug}</code>
                </Fact>
                <Fact label={t('platform.createdAt')}>{formatDateTimeAsDate(tenant.createdAt)}</Fact>
              </Facts>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
