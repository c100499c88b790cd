import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useDepartmentDashboard } from '../api/get-department-dashboard';
import { fmtInt, fmtPct } from './format';

/**
 * On the start page of the department's cheflæge, UAO and UKS: four key figures of their
 * department and the way to the whole dashboard.
 */
export function DepartmentDashboardStartSlot() {
  const { t } = useTranslation();
  const { activeAssignment, can } = useSession();
  const unit = activeAssignment?.unit?.kind === 'DEPARTMENT' ? activeAssignment.unit : null;
  const enabled = unit !== null && can('department-dashboard:read');
  const q = useDepartmentDashboard(enabled ? unit.id : null);
  if (!enabled) return null;
  const figures = q.data
    ? [
        { key: 'trainees', label: t('departmentDashboard.kf.trainees'), value: fmtInt(q.data.trainees.total) },
        { key: 'overdue', label: t('departmentDashboard.kf.overdue'), value: fmtInt(q.data.meetings.overdue) },
        { key: 'rate', label: t('departmentDashboard.kf.rate'), value: fmtPct(q.data.meetings.rate12Months) },
        {
          key: 'no-feedback',
          label: t('departmentDashboard.kf.withoutFeedback'),
          value: fmtInt(q.data.activity.withoutFeedback.count),
        },
      ]
    : [];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="dashboard-start-heading"
      data-testid="dashboard-start-slot"
    >
      <Title order={2} size="h3" id="dashboard-start-heading" mb="sm">
        {t('departmentDashboard.start.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
            {figures.map((f) => (
              <div key={f.key} data-testid={`start-kf-${f.key}`}>
                <Text component="dt" size="sm">
                  {f.label}
                </Text>
                <Text component="dd" m={0} fz={26} fw={700}>
                  {f.value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
          <Anchor component={Link} to={paths.departmentDashboardUnit.getHref(q.data.unit.id)} fw={600}>
            {t('departmentDashboard.start.open')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
