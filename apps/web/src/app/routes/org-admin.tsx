import { Alert } from '@mantine/core';
import type { Permission } from '@portal/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgAdminScreen } from '@/features/org/components/org-admin-screen';
import { SpecialtiesScreen } from '@/features/org/components/specialties-screen';
import { useSession } from '@/lib/auth/use-session';

/** Shows the screen only with the permission (the API checks again on every call). */
export function RequirePermission({
  permission,
  message,
  children,
}: {
  permission: Permission;
  message: string;
  children: ReactNode;
}) {
  const { can } = useSession();
  if (!can(permission)) {
    return (
      <Alert color="orange" variant="light" role="alert" maw={700}>
        {message}
      </Alert>
    );
  }
  return children;
}

export function OrgAdminRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="org:manage" message={t('orgAdmin.forbidden')}>
      <OrgAdminScreen />
    </RequirePermission>
  );
}

export function SpecialtiesRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="org:manage" message={t('orgAdmin.forbidden')}>
      <SpecialtiesScreen />
    </RequirePermission>
  );
}
