import type { Request } from 'express';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';
import type { AuditInput } from '../../lib/route.js';

/** Appends an audit event in the caller's transaction (so it commits or rolls back with the change). */
export async function writeAudit(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  e: AuditInput,
  req?: Request,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId,
      actorId,
      action: e.action,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      data: (e.data ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: req?.ip ?? null,
      requestId: req ? String(req.id) : null,
    },
  });
}

export async function listAuditEvents(
  tx: Tx,
  tenantId: string,
  q: { limit: number; before?: bigint | undefined; actorId?: string | undefined; action?: string | undefined },
) {
  return tx.auditEvent.findMany({
    where: {
      tenantId,
      ...(q.before !== undefined ? { id: { lt: q.before } } : {}),
      ...(q.actorId !== undefined ? { actorId: q.actorId } : {}),
      ...(q.action !== undefined ? { action: q.action } : {}),
    },
    orderBy: { id: 'desc' },
    take: q.limit,
    select: { id: true, at: true, actorId: true, action: true, entityType: true, entityId: true },
  });
}
