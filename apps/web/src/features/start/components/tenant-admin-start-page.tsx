import { AdminLinks } from './admin-links';
import { StartPageLayout } from './start-page-layout';

/** Start page for regional administrator (TENANT_ADMIN): links to the region's admin screens. */
export function TenantAdminStartPage() {
  return (
    <StartPageLayout role="TENANT_ADMIN">
      <AdminLinks scoped={false} />
    </StartPageLayout>
  );
}
