import { StartPageLayout } from './start-page-layout';

/** Start page for efteruddannelseskoordinator (CME_COORDINATOR); the role's own widgets go inside the layout. */
export function CmeCoordinatorStartPage() {
  return <StartPageLayout role="CME_COORDINATOR" />;
}
