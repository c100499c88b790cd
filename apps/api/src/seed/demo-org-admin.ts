import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

interface ExtraUnit {
  key: string;
  kind: 'HOSPITAL' | 'DEPARTMENT';
  name: string;
  shortName?: string;
  parent: string | null;
  specialty?: string;
  /** Closed units stay in the tree for history (hidden by default in the admin screen). */
  closedAt?: string;
}

/**
 * A second hospital per region (so scope rules have something to refuse: Tutorcentret of AHH
 * manages AHH, not Bispebjerg og Frederiksberg), and one closed department to show history.
 */
const EXTRA: Record<string, ExtraUnit[]> = {
  'region-hovedstaden': [
    { key: 'bfh', kind: 'HOSPITAL', name: 'Bispebjerg og Frederiksberg Hospital', shortName: 'BFH', parent: null },
    {
      key: 'bfh-lunge',
      kind: 'DEPARTMENT',
      name: 'Lungemedicinsk Afdeling',
      parent: 'bfh',
      specialty: 'Intern medicin: lungesygdomme',
    },
    { key: 'bfh-akut', kind: 'DEPARTMENT', name: 'Akutafdelingen', parent: 'bfh', specialty: 'Akutmedicin' },
    {
      key: 'ahh-geri',
      kind: 'DEPARTMENT',
      name: 'Geriatrisk Afdeling',
      parent: 'ahh',
      specialty: 'Intern medicin: geriatri',
      closedAt: '2025-06-30T22:00:00.000Z',
    },
  ],
  'region-sjaelland': [
    { key: 'suh', kind: 'HOSPITAL', name: 'Sjællands Universitetshospital', shortName: 'SUH', parent: null },
    { key: 'suh-kard', kind: 'DEPARTMENT', name: 'Kardiologisk Afdeling, Roskilde', parent: 'suh' },
  ],
};

/** Demo data of the org-admin module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedOrgAdmin(tx: Tx, ctx: SeedContext): Promise<void> {
  for (const u of EXTRA[ctx.spec.slug] ?? []) {
    let specialtyId: string | null = null;
    if (u.specialty) {
      const found = await tx.specialty.findFirst({
        where: { tenantId: ctx.tenantId, name: u.specialty },
        select: { id: true },
      });
      specialtyId =
        found?.id ??
        (await tx.specialty.create({ data: { tenantId: ctx.tenantId, name: u.specialty }, select: { id: true } })).id;
    }
    const created = await tx.orgUnit.create({
      data: {
        tenantId: ctx.tenantId,
        kind: u.kind,
        name: u.name,
        shortName: u.shortName ?? null,
        parentId: u.parent ? ctx.unitIds.get(u.parent)! : null,
        specialtyId,
        closedAt: u.closedAt ? new Date(u.closedAt) : null,
      },
      select: { id: true },
    });
    ctx.unitIds.set(u.key, created.id);
  }
}
