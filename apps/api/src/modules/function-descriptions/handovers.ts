import { handoverStatusSchema, localRoleSchema, type HandoverDetail, type HandoverSummary } from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Tx } from '../../lib/db.js';
import { descendantsOf } from '../org/org.repository.js';
import { scopeOf, type Actor } from './access.js';
import type { Scope } from './function-descriptions.repository.js';

/* Repository ---------------------------------------------------------------------------------- */

const handoverSelect = {
  id: true,
  role: true,
  status: true,
  createdAt: true,
  closedAt: true,
  unitId: true,
  incomingUserId: true,
  outgoingUserId: true,
  unit: { select: { id: true, name: true } },
  incoming: { select: { id: true, name: true } },
  outgoing: { select: { id: true, name: true } },
} as const;

function visibleWhere(tenantId: string, userId: string, units: Scope): Prisma.HandoverWhereInput {
  // (Prisma matches nothing for an empty object inside OR: the tenant-wide case has no OR.)
  if (units === 'tenant') return { tenantId };
  return {
    tenantId,
    OR: [
      { incomingUserId: userId },
      { outgoingUserId: userId },
      ...(units.size > 0 ? [{ unitId: { in: [...units] } }] : []),
    ],
  };
}

function listHandoverRows(tx: Tx, where: Prisma.HandoverWhereInput) {
  return tx.handover.findMany({
    where,
    select: {
      ...handoverSelect,
      items: { select: { doneAt: true } },
    },
    orderBy: { createdAt: 'desc' },
    take: 500,
  });
}

function findHandoverRow(tx: Tx, where: Prisma.HandoverWhereInput) {
  return tx.handover.findFirst({
    where,
    select: {
      ...handoverSelect,
      items: {
        select: { id: true, label: true, doneAt: true, doneBy: { select: { name: true } } },
        orderBy: { position: 'asc' },
      },
    },
  });
}

function setItemDone(tx: Tx, tenantId: string, handoverId: string, itemId: string, byId: string | null) {
  return tx.handoverItem.updateMany({
    where: { tenantId, id: itemId, handoverId },
    data: byId ? { doneAt: new Date(), doneById: byId } : { doneAt: null, doneById: null },
  });
}

function countOpenItems(tx: Tx, tenantId: string, handoverId: string) {
  return tx.handoverItem.count({ where: { tenantId, handoverId, doneAt: null } });
}

function setHandoverStatus(tx: Tx, tenantId: string, handoverId: string, from: string, status: string) {
  return tx.handover.updateMany({
    where: { tenantId, id: handoverId, status: from },
    data: { status, closedAt: status === 'OPEN' ? null : new Date() },
  });
}

/** Open handovers per status in scope (for indicators). */
export async function handoverCounts(tx: Tx, tenantId: string, units: Scope) {
  const rows = await tx.handover.groupBy({
    by: ['status'],
    where: { tenantId, ...(units === 'tenant' ? {} : { unitId: { in: [...units] } }) },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Record<string, number>;
}

/* Service ------------------------------------------------------------------------------------- */

/**
 * Who sees a handover: the incoming and outgoing holder, the UAO of the unit (and units above),
 * Tutorcentret of the hospital and the regional administrator.
 */
async function overseenUnits(a: Actor): Promise<Scope> {
  const admin = await scopeOf(a, 'function-descriptions:admin');
  if (admin === 'tenant') return admin;
  const uao = a.principal.permissions.has('function-descriptions:manage')
    ? await scopeOfRole(a, 'UAO')
    : new Set<string>();
  return new Set([...admin, ...uao]);
}

async function scopeOfRole(a: Actor, role: 'UAO'): Promise<Set<string>> {
  const units = a.principal.assignments.filter((x) => x.role === role && x.unitId).map((x) => x.unitId!);
  return descendantsOf(a.tx, a.tenantId, units);
}

type Row = NonNullable<Awaited<ReturnType<typeof findHandoverRow>>>;
const summary = (h: Omit<Row, 'items'>, items: { doneAt: Date | null }[]): HandoverSummary => ({
  id: h.id,
  role: localRoleSchema.parse(h.role),
  unit: h.unit,
  incoming: h.incoming,
  outgoing: h.outgoing,
  status: handoverStatusSchema.parse(h.status),
  itemsDone: items.filter((i) => i.doneAt).length,
  itemsTotal: items.length,
  createdAt: h.createdAt.toISOString(),
});

export async function listHandovers(a: Actor, status: 'open' | 'all'): Promise<HandoverSummary[]> {
  const where = visibleWhere(a.tenantId, a.principal.userId, await overseenUnits(a));
  const rows = await listHandoverRows(a.tx, status === 'open' ? { AND: [where, { status: 'OPEN' }] } : where);
  return rows.map((r) => summary(r, r.items));
}

async function visible(a: Actor, handoverId: string) {
  const where = visibleWhere(a.tenantId, a.principal.userId, await overseenUnits(a));
  const h = await findHandoverRow(a.tx, { AND: [where, { id: handoverId }] });
  if (!h) throw notFound('The handover');
  return h;
}

export async function getHandover(a: Actor, handoverId: string): Promise<HandoverDetail> {
  const h = await visible(a, handoverId);
  return {
    ...summary(h, h.items),
    items: h.items.map((i) => ({
      id: i.id,
      label: i.label,
      done: i.doneAt !== null,
      doneBy: i.doneBy?.name ?? null,
      doneAt: i.doneAt?.toISOString() ?? null,
    })),
    closedAt: h.closedAt?.toISOString() ?? null,
    canTick: h.status !== 'CLOSED',
  };
}

/** Ticks (or unticks) an item; the handover is done when every item is ticked. */
export async function tickItem(a: Actor, handoverId: string, itemId: string, done: boolean) {
  const h = await visible(a, handoverId);
  if (h.status === 'CLOSED') throw new AppError('CONFLICT', { detail: 'The handover is closed' });
  const item = h.items.find((i) => i.id === itemId);
  if (!item) throw notFound('The checklist item');
  await setItemDone(a.tx, a.tenantId, handoverId, itemId, done ? a.principal.userId : null);
  const remaining = await countOpenItems(a.tx, a.tenantId, handoverId);
  const status = remaining === 0 ? 'DONE' : 'OPEN';
  if (status !== h.status) await setHandoverStatus(a.tx, a.tenantId, handoverId, h.status, status);
  await a.audit({
    action: 'handover.item-ticked',
    entityType: 'handover',
    entityId: handoverId,
    data: { itemId, done },
  });
  return getHandover(a, handoverId);
}

/** Closes a handover explicitly (the UAO, Tutorcentret or a participant), even with items left. */
export async function closeHandover(a: Actor, handoverId: string) {
  const h = await visible(a, handoverId);
  if (h.status !== 'OPEN') throw new AppError('CONFLICT', { detail: 'Only an open handover can be closed' });
  await setHandoverStatus(a.tx, a.tenantId, handoverId, 'OPEN', 'CLOSED');
  await a.audit({ action: 'handover.closed', entityType: 'handover', entityId: handoverId });
  return getHandover(a, handoverId);
}
