import { StartPageLayout } from './start-page-layout';

/** Start page for AMU (uddannelseskoordinator i almen medicin) (GP_COORDINATOR); the role's own widgets go inside the layout. */
export function GpCoordinatorStartPage() {
  return <StartPageLayout role="GP_COORDINATOR" />;
}
