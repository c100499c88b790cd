import { useTranslation } from 'react-i18next';
import { AuditLogScreen } from '@/features/audit/components/audit-log-screen';
import { RequirePermission } from './org-admin';

export function AuditLogRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="audit:read" message={t('audit.forbidden')}>
      <AuditLogScreen />
    </RequirePermission>
  );
}
