import { isGpActive, isNewlySettled, todayInDenmark, type GeneralPractitioner, type GpFields } from '@portal/contracts';
import type { Tx } from '../../lib/db.js';

/**
 * The GP register (general_practitioner), shared by the general-practice modules: the AMU's
 * workspace (tutor doctors) and the continuing-education groups. Every query has tenantId in its
 * where; the caller narrows to the practices in the viewer's scope.
 */

const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const dateOf = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

export const gpSelect = {
  id: true,
  name: true,
  email: true,
  authorisationId: true,
  settledOn: true,
  leftOn: true,
  userId: true,
  version: true,
  practice: { select: { id: true, name: true, parent: { select: { id: true, name: true, kind: true } } } },
} as const;

type GpRow = {
  id: string;
  name: string;
  email: string | null;
  authorisationId: string | null;
  settledOn: Date | null;
  leftOn: Date | null;
  userId: string | null;
  version: number;
  practice: { id: string; name: string; parent: { id: string; name: string; kind: string } | null };
};

/** A row selected with `gpSelect` as the contract's GeneralPractitioner. */
export function toGeneralPractitioner(row: GpRow, today: string = todayInDenmark()): GeneralPractitioner {
  const settledOn = isoOf(row.settledOn);
  const leftOn = isoOf(row.leftOn);
  const area = row.practice.parent?.kind === 'GP_AREA' ? row.practice.parent : null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    authorisationId: row.authorisationId,
    practice: { id: row.practice.id, name: row.practice.name, area: area ? { id: area.id, name: area.name } : null },
    settledOn,
    leftOn,
    userId: row.userId,
    newlySettled: isNewlySettled(settledOn, today),
    active: isGpActive(leftOn, today),
    version: row.version,
  };
}

/** One GP of the tenant, or null. */
export async function findGeneralPractitioner(tx: Tx, tenantId: string, id: string) {
  const row = await tx.generalPractitioner.findFirst({ where: { tenantId, id }, select: gpSelect });
  return row ? toGeneralPractitioner(row) : null;
}

/** GPs of the given practices (all of the tenant's when `practiceIds` is 'tenant'), by name. */
export async function listGeneralPractitioners(
  tx: Tx,
  tenantId: string,
  practiceIds: 'tenant' | readonly string[],
  opts: { includeLeft?: boolean } = {},
) {
  const today = todayInDenmark();
  const rows = await tx.generalPractitioner.findMany({
    where: {
      tenantId,
      ...(practiceIds === 'tenant' ? {} : { practiceId: { in: [...practiceIds] } }),
      ...(opts.includeLeft ? {} : { OR: [{ leftOn: null }, { leftOn: { gt: dateOf(today)! } }] }),
    },
    select: gpSelect,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => toGeneralPractitioner(r, today));
}

/**
 * Adds a GP. The caller has checked that the practice is a PRACTICE in its scope; a duplicate
 * authorisation ID fails on the unique index (map P2002 to a field error).
 */
export async function createGeneralPractitioner(tx: Tx, tenantId: string, f: GpFields, userId: string | null = null) {
  const row = await tx.generalPractitioner.create({
    data: {
      tenantId,
      practiceId: f.practiceId,
      name: f.name,
      email: f.email,
      authorisationId: f.authorisationId,
      settledOn: dateOf(f.settledOn),
      leftOn: dateOf(f.leftOn),
      userId,
    },
    select: gpSelect,
  });
  return toGeneralPractitioner(row);
}
