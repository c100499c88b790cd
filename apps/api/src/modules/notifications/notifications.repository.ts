import type { Tx } from '../../lib/db.js';

/** The recipient's own messages, newest first. */
export async function listForUser(tx: Tx, tenantId: string, userId: string, page: number, pageSize: number) {
  const where = { tenantId, userId };
  const rows = await tx.notification.findMany({
    where,
    select: {
      id: true,
      kind: true,
      courseId: true,
      toAddress: true,
      subject: true,
      body: true,
      createdAt: true,
      sentAt: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const total = await tx.notification.count({ where });
  return { rows, total };
}
