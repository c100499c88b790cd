import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { todayInDenmark } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useDashboardUnits } from '@/features/department-dashboard/api/get-dashboard-units';
import { useDepartmentDashboard } from '@/features/department-dashboard/api/get-department-dashboard';
import { useHospitalComparison } from '@/features/department-dashboard/api/get-hospital-comparison';
import { DepartmentDashboardView } from '@/features/department-dashboard/components/department-dashboard-view';
import { fmtDate } from '@/features/department-dashboard/components/format';
import { HospitalComparisonView } from '@/features/department-dashboard/components/hospital-comparison-view';
import { useSession } from '@/lib/auth/use-session';

function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button variant="default" className="no-print" onClick={() => window.print()} data-testid="print">
      {t('departmentDashboard.print')}
    </Button>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date the figures are computed at (`?asOf=`, default today): a past date shows the
 * department as it was then. An unreadable value in the address is ignored (today).
 */
function useAsOf(): [string | null, (asOf: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && ISO_DATE.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
  const set = (next: string | null) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next && next !== todayInDenmark()) p.set('asOf', next);
        else p.delete('asOf');
        return p;
      },
      { replace: true },
    );
  return [asOf, set];
}

function AsOfPicker({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t } = useTranslation();
  const today = todayInDenmark();
  return (
    <Group className="no-print" align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        type="date"
        label={t('departmentDashboard.asOfLabel')}
        description={t('departmentDashboard.asOfHint')}
        value={asOf ?? today}
        max={today}
        w={{ base: '100%', xs: 260 }}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (ISO_DATE.test(v)) onChange(v);
        }}
        data-testid="as-of"
      />
      {asOf && (
        <Button variant="default" onClick={() => onChange(null)} data-testid="as-of-today">
          {t('departmentDashboard.asOfToday')}
        </Button>
      )}
    </Group>
  );
}

/**
 * /department-dashboard and /department-dashboard/:unitId: the user's own department (the active
 * role's), a picker when their scope holds several; Tutorcentret and admin pick a department.
 */
export function DepartmentDashboardRoute() {
  const { t } = useTranslation();
  const { unitId: param } = useParams();
  const navigate = useNavigate();
  const { activeAssignment } = useSession();
  const units = useDashboardUnits();
  const departments = units.data?.departments ?? [];
  const own = activeAssignment?.unit?.kind === 'DEPARTMENT' ? activeAssignment.unit.id : null;
  const unitId =
    param ??
    (own && departments.some((d) => d.id === own) ? own : departments.length === 1 ? departments[0]!.id : null);
  const [asOf, setAsOf] = useAsOf();
  const q = useDepartmentDashboard(unitId, asOf);
  usePageTitle(q.data ? `${t('departmentDashboard.title')}: ${q.data.unit.name}` : t('departmentDashboard.title'));
  const multiHospital = new Set(departments.map((d) => d.hospital.id)).size > 1;

  return (
    <Stack gap="lg" maw={1200} data-testid="department-dashboard-page">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={1}>{t('departmentDashboard.title')}</Title>
          {q.data && (
            <Text mt={4} data-testid="dashboard-unit">
              {q.data.unit.name}
              {q.data.unit.hospital ? ` · ${q.data.unit.hospital.name}` : ''} ·{' '}
              {t('departmentDashboard.asOf', { date: fmtDate(q.data.asOf) })}
            </Text>
          )}
        </div>
        {q.data && <PrintButton />}
      </Group>
      {units.error && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
      {departments.length > 1 && (
        <NativeSelect
          className="no-print"
          label={t('departmentDashboard.chooseDepartment')}
          maw={480}
          value={unitId ?? ''}
          onChange={(e) =>
            void navigate(
              paths.departmentDashboardUnit.getHref(e.currentTarget.value) +
                (asOf ? `?${new URLSearchParams({ asOf }).toString()}` : ''),
            )
          }
          data={[
            { value: '', label: t('departmentDashboard.choose'), disabled: true },
            ...departments.map((d) => ({
              value: d.id,
              label: multiHospital ? `${d.hospital.name} · ${d.name}` : d.name,
            })),
          ]}
          data-testid="department-select"
        />
      )}
      {unitId && <AsOfPicker asOf={asOf} onChange={setAsOf} />}
      {units.data && departments.length === 0 && !param && <Text>{t('departmentDashboard.noDepartments')}</Text>}
      {(units.isPending || (unitId && q.isPending)) && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && !q.error && <DepartmentDashboardView data={q.data} />}
    </Stack>
  );
}

/** /hospital-dashboard?hospitalId=: the hospital's departments side by side (Tutorcentret, admin). */
export function HospitalDashboardRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const units = useDashboardUnits();
  const hospitals = units.data?.hospitals ?? [];
  const hospitalId = params.get('hospitalId') ?? (hospitals.length >= 1 ? hospitals[0]!.id : null);
  const [asOf, setAsOf] = useAsOf();
  const q = useHospitalComparison(hospitalId, asOf);
  usePageTitle(
    q.data
      ? `${t('departmentDashboard.hospital.title')}: ${q.data.hospital.name}`
      : t('departmentDashboard.hospital.title'),
  );
  return (
    <Stack gap="lg" maw={1400} data-testid="hospital-dashboard-page">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={1}>{t('departmentDashboard.hospital.title')}</Title>
          {q.data && (
            <Text mt={4} data-testid="dashboard-hospital">
              {q.data.hospital.name} · {t('departmentDashboard.asOf', { date: fmtDate(q.data.asOf) })}
            </Text>
          )}
        </div>
        {q.data && <PrintButton />}
      </Group>
      {units.error && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
      {hospitals.length > 1 && (
        <NativeSelect
          className="no-print"
          label={t('departmentDashboard.hospital.chooseHospital')}
          maw={480}
          value={hospitalId ?? ''}
          onChange={(e) => setParams({ hospitalId: e.currentTarget.value, ...(asOf ? { asOf } : {}) })}
          data={hospitals.map((h) => ({ value: h.id, label: h.name }))}
          data-testid="hospital-select"
        />
      )}
      {hospitalId && <AsOfPicker asOf={asOf} onChange={setAsOf} />}
      {units.data && hospitals.length === 0 && !params.get('hospitalId') && (
        <Text>{t('departmentDashboard.hospital.noHospitals')}</Text>
      )}
      {(units.isPending || (hospitalId && q.isPending)) && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && !q.error && <HospitalComparisonView data={q.data} />}
    </Stack>
  );
}
