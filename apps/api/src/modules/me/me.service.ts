import { todayInDenmark, type MeResponse, type Role, type RoleAssignmentView } from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Tx } from '../../lib/db.js';
import type { Principal } from '../auth/principal.repository.js';
import { toAssignmentView } from './assignment-view.js';
import { findUserWithAssignments } from './me.repository.js';

/** Which view a user with several roles sees first: the broadest responsibility. */
const DEFAULT_VIEW_ORDER: readonly Role[] = [
  'TENANT_ADMIN',
  'EDUCATION_CENTRE',
  'DEPARTMENT_HEAD',
  'UAO',
  'UKS',
  'GP_COORDINATOR',
  'CME_COORDINATOR',
  'AP_UKYL',
  'UKYL',
  'SUPERVISOR',
  'TRAINEE',
  'PLATFORM_ADMIN',
];

export function chooseActiveAssignment(
  assignments: RoleAssignmentView[],
  requested: string | undefined,
): string | null {
  const inForce = assignments.filter((a) => a.inForce);
  if (requested && inForce.some((a) => a.id === requested)) return requested;
  const sorted = [...inForce].sort((a, b) => DEFAULT_VIEW_ORDER.indexOf(a.role) - DEFAULT_VIEW_ORDER.indexOf(b.role));
  return sorted[0]?.id ?? null;
}

export async function getMe(
  tx: Tx,
  principal: Principal,
  opts: { activeAssignmentId: string | undefined; csrfToken: string },
): Promise<MeResponse> {
  const user = await findUserWithAssignments(tx, principal.tenantId, principal.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const today = todayInDenmark();
  const assignments = user.assignments.map((a) => toAssignmentView(a, today));
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      title: user.title,
      locale: user.locale === 'en' ? 'en' : 'da',
    },
    tenant: user.tenant,
    assignments,
    activeAssignmentId: chooseActiveAssignment(assignments, opts.activeAssignmentId),
    permissions: [...principal.permissions],
    csrfToken: opts.csrfToken,
  };
}

/** The assignment must be the user's own and in force today (the principal holds exactly those); 404 otherwise. */
export function assertOwnAssignmentInForce(principal: Principal, assignmentId: string): void {
  if (!principal.assignments.some((a) => a.id === assignmentId)) throw notFound('The role assignment');
}
