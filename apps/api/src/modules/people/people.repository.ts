import type { Tx } from '../../lib/db.js';
import { assignmentViewSelect } from '../me/me.repository.js';

export function findPerson(tx: Tx, tenantId: string, userId: string) {
  return tx.user.findFirst({
    where: { tenantId, id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      locale: true,
      version: true,
      createdAt: true,
      deactivatedAt: true,
      homeUnit: { select: { id: true, name: true, kind: true } },
      assignments: {
        where: { tenantId },
        select: assignmentViewSelect,
        orderBy: [{ validFrom: 'desc' }, { createdAt: 'asc' }],
      },
    },
  });
}
