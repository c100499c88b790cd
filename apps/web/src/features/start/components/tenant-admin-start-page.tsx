import type { ReactNode } from 'react';
import { AdminLinks } from './admin-links';
import { StartPageLayout } from './start-page-layout';

/**
 * Start page for regional administrator (TENANT_ADMIN): links to the region's admin screens;
 * `children` are the other features' links, composed in by the route.
 */
export function TenantAdminStartPage({ children }: { children?: ReactNode }) {
  return (
    <StartPageLayout role="TENANT_ADMIN">
      <AdminLinks scoped={false} />
      {children}
    </StartPageLayout>
  );
}
