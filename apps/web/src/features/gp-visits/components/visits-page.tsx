import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  VISIT_DUE_SOON_MONTHS,
  VISIT_INTERVAL_YEARS,
  type GpDepartmentVisit,
  type VisitDueStatus,
} from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useDueList } from '../api/get-due-list';
import { EditLinkModal } from './edit-link-modal';
import { LinkDepartmentForm } from './link-department-form';
import { PlanVisitModal } from './plan-visit-modal';

const STATUS_COLORS: Record<VisitDueStatus, string> = { OVERDUE: 'red.9', DUE_SOON: '#9c3a00', LATER: '#1e6b2f' };
const SECTIONS: VisitDueStatus[] = ['OVERDUE', 'DUE_SOON', 'LATER'];

/**
 * The AMU's due list of 3-yearly visits to the hospital departments in the area's GP training:
 * overdue, due within 6 months, later; plan a visit (an activity), open it to record it as held
 * with a report and follow-ups, and link further departments.
 */
export function VisitsPage({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const query = useDueList(areaId);
  const list = query.data;
  const [planning, setPlanning] = useState<GpDepartmentVisit | null>(null);
  const [editing, setEditing] = useState<GpDepartmentVisit | null>(null);
  usePageTitle(list ? t('gpVisits.pageTitle', { area: list.area.name }) : t('gpVisits.title'));

  const columns: Column<GpDepartmentVisit>[] = [
    {
      key: 'department',
      label: t('gpVisits.columns.department'),
      value: (r) => (
        <span>
          {r.department.name}
          {r.hospital && (
            <Text span size="sm" c="dimmed" display="block" fw={400}>
              {r.hospital.name}
            </Text>
          )}
        </span>
      ),
    },
    { key: 'dueOn', label: t('gpVisits.columns.dueOn'), value: (r) => formatDate(r.dueOn) },
    {
      key: 'lastVisit',
      label: t('gpVisits.columns.lastVisit'),
      value: (r) =>
        r.lastVisit ? (
          <Anchor component={Link} size="sm" to={paths.activity.getHref(r.lastVisit.activityId)}>
            {formatDate(r.lastVisit.startsOn)}
          </Anchor>
        ) : (
          t('gpVisits.neverVisited', { date: formatDate(r.joinedOn) })
        ),
    },
    {
      key: 'planned',
      label: t('gpVisits.columns.planned'),
      value: (r) =>
        r.plannedVisit ? (
          <Anchor
            component={Link}
            size="sm"
            to={paths.activity.getHref(r.plannedVisit.activityId)}
            aria-label={t('gpVisits.openPlanned', {
              department: r.department.name,
              date: formatDate(r.plannedVisit.startsOn),
            })}
          >
            {formatDate(r.plannedVisit.startsOn)}
          </Anchor>
        ) : (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setPlanning(r)}
            aria-label={t('gpVisits.planFor', { department: r.department.name })}
          >
            {t('gpVisits.plan.button')}
          </Button>
        ),
    },
    { key: 'lecturers', label: t('gpVisits.columns.lecturers'), value: (r) => r.clinicalLecturers ?? '–' },
    {
      key: 'edit',
      label: t('gpVisits.columns.actions'),
      value: (r) => (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setEditing(r)}
          aria-label={t('gpVisits.editFor', { department: r.department.name })}
        >
          {t('gpVisits.edit.button')}
        </Button>
      ),
    },
  ];

  const exportColumns: ExportColumn<GpDepartmentVisit>[] = [
    { header: t('gpVisits.columns.department'), value: (r) => r.department.name },
    { header: t('gpVisits.columns.hospital'), value: (r) => r.hospital?.name ?? null },
    { header: t('gpVisits.columns.status'), value: (r) => t(`gpVisits.status.${r.status}`) },
    { header: t('gpVisits.columns.dueOn'), value: (r) => r.dueOn },
    { header: t('gpVisits.columns.lastVisit'), value: (r) => r.lastVisit?.startsOn ?? null },
    { header: t('gpVisits.columns.planned'), value: (r) => r.plannedVisit?.startsOn ?? null },
    { header: t('gpVisits.columns.joinedOn'), value: (r) => r.joinedOn },
    { header: t('gpVisits.columns.lecturers'), value: (r) => r.clinicalLecturers },
  ];

  return (
    <Stack gap="lg" maw={1100} data-testid="gp-visits-page">
      <Anchor component={Link} to={paths.gpAreaUnit.getHref(areaId)} size="sm" className="no-print">
        ← {t('gpVisits.back')}
      </Anchor>
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {list && (
        <>
          <div>
            <Text size="sm" fw={600} c="dimmed" tt="uppercase" lts={0.5}>
              {t('gpVisits.title')}
            </Text>
            <Title order={1}>{list.area.name}</Title>
            <Text mt="xs">{t('gpVisits.intro', { years: VISIT_INTERVAL_YEARS, months: VISIT_DUE_SOON_MONTHS })}</Text>
          </div>
          <Group gap="xs" data-testid="visit-counts">
            {SECTIONS.map((s) => (
              <Badge key={s} color={STATUS_COLORS[s]} variant="filled" size="lg">
                {t(`gpVisits.status.${s}`)}:{' '}
                {list.counts[s === 'OVERDUE' ? 'overdue' : s === 'DUE_SOON' ? 'dueSoon' : 'later']}
              </Badge>
            ))}
          </Group>
          {list.items.length === 0 && <Text>{t('gpVisits.empty')}</Text>}
          {SECTIONS.map((s) => {
            const rows = list.items.filter((i) => i.status === s);
            if (rows.length === 0)
              return s === 'OVERDUE' && list.items.length > 0 ? (
                <Text key={s} data-testid="no-overdue">
                  {t('gpVisits.noOverdue')}
                </Text>
              ) : null;
            return (
              <Paper
                key={s}
                withBorder
                p="md"
                radius="md"
                component="section"
                aria-labelledby={`section-${s}`}
                data-testid={`visits-${s}`}
              >
                <Title order={2} size="h3" id={`section-${s}`} mb="xs">
                  {t(`gpVisits.sections.${s}`)} ({rows.length})
                </Title>
                <ResponsiveTable
                  rows={rows}
                  columns={columns}
                  caption={t(`gpVisits.sections.${s}`)}
                  testId={`visits-table-${s}`}
                />
              </Paper>
            );
          })}
          {list.items.length > 0 && (
            <TableExport
              filename={`afdelingsbesoeg-${list.today}`}
              sheetName={t('gpVisits.title')}
              columns={exportColumns}
              rows={list.items}
            />
          )}
          <LinkDepartmentForm areaId={areaId} />
          <PlanVisitModal areaId={areaId} row={planning} onClose={() => setPlanning(null)} />
          <EditLinkModal areaId={areaId} row={editing} onClose={() => setEditing(null)} />
        </>
      )}
    </Stack>
  );
}
