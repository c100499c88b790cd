import type { Tx } from '../../lib/db.js';

const unitSelect = {
  id: true,
  name: true,
  kind: true,
  parent: { select: { id: true, name: true, kind: true, parent: { select: { id: true, name: true, kind: true } } } },
} as const;

export const assignmentViewSelect = {
  id: true,
  role: true,
  validFrom: true,
  validTo: true,
  scopeUnit: { select: unitSelect },
} as const;

export function findUserWithAssignments(tx: Tx, tenantId: string, userId: string) {
  return tx.user.findFirst({
    where: { tenantId, id: userId, deactivatedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      locale: true,
      tenant: { select: { id: true, slug: true, name: true } },
      assignments: {
        where: { tenantId },
        select: assignmentViewSelect,
        orderBy: [{ validFrom: 'desc' }, { createdAt: 'asc' }],
      },
    },
  });
}

export function findAssignment(tx: Tx, tenantId: string, userId: string, assignmentId: string) {
  return tx.roleAssignment.findFirst({
    where: { tenantId, userId, id: assignmentId },
    select: { id: true, validFrom: true, validTo: true },
  });
}
