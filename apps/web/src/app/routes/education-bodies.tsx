import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { BodiesList } from '@/features/education-bodies/components/bodies-list';
import { BodyPage } from '@/features/education-bodies/components/body-page';
import { CreateBodyForm } from '@/features/education-bodies/components/create-body-form';
import { useSession } from '@/lib/auth/use-session';

export function EducationBodiesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('bodies.title'));
  return (
    <Stack maw={1100} data-testid="education-bodies-page">
      <BodiesList />
    </Stack>
  );
}

export function EducationBodyNewRoute() {
  const { t } = useTranslation();
  const { can } = useSession();
  usePageTitle(t('bodies.form.createTitle'));
  if (!can('education-bodies:manage')) return <Navigate to={paths.educationBodies.getHref()} replace />;
  return <CreateBodyForm />;
}

export function EducationBodyRoute() {
  const { bodyId = '' } = useParams();
  return <BodyPage key={bodyId} bodyId={bodyId} />;
}
