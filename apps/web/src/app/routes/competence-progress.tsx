import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { useDepartmentProgress } from '@/features/competences/api/get-department-progress';
import { useUnits } from '@/features/competences/api/get-units';
import { DepartmentProgressView } from '@/features/competences/components/department-progress';
import { useSession } from '@/lib/auth/use-session';

/** A department's competence progress: chart and table per track, and per trainee. */
export function CompetenceProgressRoute() {
  const { t, i18n } = useTranslation();
  const { activeAssignment } = useSession();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('competences.department.pageTitle'));
  const own = activeAssignment?.unit?.kind === 'DEPARTMENT' ? activeAssignment.unit.id : null;
  const unitId = params.get('unitId') ?? own;
  const units = useUnits(true);
  const progress = useDepartmentProgress(unitId);
  const byId = new Map((units.data ?? []).map((u) => [u.id, u]));
  const options = (units.data ?? [])
    .filter((u) => u.kind === 'DEPARTMENT' && u.closedAt === null)
    .map((u) => {
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      return { value: u.id, label: parent ? `${parent.shortName ?? parent.name} · ${u.name}` : u.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <Stack gap="lg" maw={1100} data-testid="competence-progress-page">
      <div>
        <Title order={1}>{t('competences.department.pageTitle')}</Title>
        <Text mt={4}>{t('competences.department.intro')}</Text>
      </div>
      <NativeSelect
        label={t('competences.department.unit')}
        maw={480}
        value={unitId ?? ''}
        onChange={(e) => setParams(e.currentTarget.value ? { unitId: e.currentTarget.value } : {})}
        data={[{ value: '', label: t('competences.department.chooseUnit'), disabled: true }, ...options]}
        data-testid="progress-unit"
      />
      {unitId && progress.isPending && <PageLoader />}
      {progress.error && <QueryError error={progress.error} onRetry={() => void progress.refetch()} />}
      {progress.data && !progress.error && <DepartmentProgressView data={progress.data} />}
    </Stack>
  );
}
