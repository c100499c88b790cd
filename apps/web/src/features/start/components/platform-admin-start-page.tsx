import type { ReactNode } from 'react';
import { StartPageLayout } from './start-page-layout';

/**
 * Start page for platformsoperatør (PLATFORM_ADMIN). `children` is the list of regions, composed in by the route
 * (it comes from the platform feature).
 */
export function PlatformAdminStartPage({ children }: { children?: ReactNode }) {
  return <StartPageLayout role="PLATFORM_ADMIN">{children}</StartPageLayout>;
}
