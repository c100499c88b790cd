import { StartPageLayout } from './start-page-layout';

/** Start page for regional administrator (TENANT_ADMIN); the role's own widgets go inside the layout. */
export function TenantAdminStartPage() {
  return <StartPageLayout role="TENANT_ADMIN" />;
}
