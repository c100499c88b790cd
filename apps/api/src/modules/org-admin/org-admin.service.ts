import { PARENT_KIND, unitKindSchema, type AdminOrgUnit, type AdminSpecialty, type UnitKind } from '@portal/contracts';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { Tx } from '../../lib/db.js';
import type { AuditInput } from '../../lib/route.js';
import { descendantsOf } from '../org/org.repository.js';
import {
  countOpenChildren,
  countSpecialtyUnits,
  createSpecialty,
  createUnit,
  findAdminUnit,
  findOpenSiblingByName,
  findSpecialty,
  findSpecialtyByName,
  listAdminUnits,
  listSpecialties,
  renameSpecialty,
  updateUnitIfVersion,
  type AdminUnitRow,
} from './org-admin.repository.js';

/**
 * What a use case needs: the transaction, the tenant, the caller's org:manage scope and the audit
 * writer. `scope` is 'tenant' (region-wide, TENANT_ADMIN) or the units the caller may see (their
 * assignment units and everything below); `roots` are the assignment units themselves: a scoped
 * admin (Tutorcentret of a hospital) manages what is inside the hospital, never the hospital
 * itself, and cannot create top-level units (hospitals, general-practice areas).
 */
export interface OrgAdminDeps {
  tx: Tx;
  tenantId: string;
  scope: 'tenant' | Set<string>;
  roots: Set<string>;
  audit: (e: AuditInput) => Promise<void>;
}

function toAdminUnit(u: AdminUnitRow): AdminOrgUnit {
  return {
    id: u.id,
    kind: unitKindSchema.parse(u.kind),
    name: u.name,
    shortName: u.shortName,
    parentId: u.parentId,
    specialty: u.specialty,
    closedAt: u.closedAt?.toISOString() ?? null,
    version: u.version,
  };
}

const fieldError = (code: 'VALIDATION_FAILED' | 'CONFLICT', path: string, message: string, errCode: string) =>
  new AppError(code, { detail: message, errors: [{ path, message, code: errCode }] });

const conflict = (detail: string) => new AppError('CONFLICT', { detail });

function visible(d: OrgAdminDeps, unitId: string): boolean {
  return d.scope === 'tenant' || d.scope.has(unitId);
}

/** A unit the caller may see, or 404 (outside the scope answers like another tenant's). */
async function loadVisible(d: OrgAdminDeps, unitId: string): Promise<AdminUnitRow> {
  const u = visible(d, unitId) ? await findAdminUnit(d.tx, d.tenantId, unitId) : null;
  if (!u) throw notFound('The unit');
  return u;
}

/** A unit the caller may change: visible, and not one of a scoped admin's own units (403). */
async function loadEditable(d: OrgAdminDeps, unitId: string, version: number): Promise<AdminUnitRow> {
  const u = await loadVisible(d, unitId);
  if (d.scope !== 'tenant' && d.roots.has(u.id)) throw forbidden();
  if (u.version !== version) throw staleVersion(u, version);
  return u;
}

/** 409 that says what is current, so the client can show what changed. */
function staleVersion(current: AdminUnitRow, yours: number): AppError {
  return conflict(
    `The unit was changed by someone else: you edited version ${yours}, it is now version ${current.version} ` +
      `("${current.name}"${current.closedAt ? ', closed' : ''}). Reload and try again.`,
  );
}

async function assertNameFree(d: OrgAdminDeps, parentId: string | null, name: string, exceptId?: string) {
  if (await findOpenSiblingByName(d.tx, d.tenantId, parentId, name, exceptId)) {
    throw fieldError(
      'CONFLICT',
      'body.name',
      'An open unit with this name already exists at the same place in the tree',
      'duplicate',
    );
  }
}

async function assertSpecialty(d: OrgAdminDeps, specialtyId: string | null | undefined) {
  if (specialtyId && !(await findSpecialty(d.tx, d.tenantId, specialtyId))) {
    throw fieldError('VALIDATION_FAILED', 'body.specialtyId', 'Unknown specialty', 'unknown');
  }
}

/**
 * The parent a unit of `kind` may get: null for hospitals and general-practice areas (region-wide
 * admins only), else an open unit of the right kind inside the caller's scope.
 */
async function checkParent(d: OrgAdminDeps, kind: UnitKind, parentId: string | null): Promise<void> {
  const wanted = PARENT_KIND[kind];
  if (wanted === null) {
    if (parentId !== null) {
      throw fieldError('VALIDATION_FAILED', 'body.parentId', `A unit of kind ${kind} has no parent`, 'invalid_parent');
    }
    if (d.scope !== 'tenant') throw forbidden();
    return;
  }
  if (parentId === null) {
    throw fieldError('VALIDATION_FAILED', 'body.parentId', `A unit of kind ${kind} needs a parent`, 'invalid_parent');
  }
  const parent = await loadVisible(d, parentId);
  if (parent.kind !== wanted) {
    throw fieldError(
      'VALIDATION_FAILED',
      'body.parentId',
      `A unit of kind ${kind} must be placed under a ${wanted}`,
      'invalid_parent',
    );
  }
  if (parent.closedAt) {
    throw fieldError('VALIDATION_FAILED', 'body.parentId', 'The parent unit is closed', 'parent_closed');
  }
}

export async function listUnitsForAdmin(d: OrgAdminDeps, includeClosed: boolean) {
  const rows = await listAdminUnits(d.tx, d.tenantId, {
    ids: d.scope === 'tenant' ? null : [...d.scope],
    includeClosed,
  });
  return { items: rows.map(toAdminUnit), canCreateTopLevel: d.scope === 'tenant' };
}

export async function createOrgUnit(
  d: OrgAdminDeps,
  body: {
    kind: UnitKind;
    name: string;
    shortName?: string | null;
    parentId: string | null;
    specialtyId?: string | null;
  },
): Promise<AdminOrgUnit> {
  await checkParent(d, body.kind, body.parentId);
  await assertSpecialty(d, body.specialtyId);
  await assertNameFree(d, body.parentId, body.name);
  const u = await createUnit(d.tx, d.tenantId, {
    kind: body.kind,
    name: body.name,
    shortName: body.shortName ?? null,
    parentId: body.parentId,
    specialtyId: body.specialtyId ?? null,
  });
  await d.audit({
    action: 'org_unit.created',
    entityType: 'org_unit',
    entityId: u.id,
    data: {
      kind: u.kind,
      name: u.name,
      shortName: u.shortName,
      parentId: u.parentId,
      specialtyId: u.specialty?.id ?? null,
    },
  });
  return toAdminUnit(u);
}

async function saveVersioned(
  d: OrgAdminDeps,
  u: AdminUnitRow,
  data: Parameters<typeof updateUnitIfVersion>[4],
): Promise<AdminOrgUnit> {
  if (!(await updateUnitIfVersion(d.tx, d.tenantId, u.id, u.version, data))) {
    const now = await findAdminUnit(d.tx, d.tenantId, u.id);
    throw now ? staleVersion(now, u.version) : notFound('The unit');
  }
  return toAdminUnit((await findAdminUnit(d.tx, d.tenantId, u.id))!);
}

export async function updateOrgUnit(
  d: OrgAdminDeps,
  unitId: string,
  body: { version: number; name: string; shortName: string | null; specialtyId: string | null },
): Promise<AdminOrgUnit> {
  const u = await loadEditable(d, unitId, body.version);
  await assertSpecialty(d, body.specialtyId);
  if (!u.closedAt) await assertNameFree(d, u.parentId, body.name, u.id);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (u.name !== body.name) changes.name = { from: u.name, to: body.name };
  if (u.shortName !== body.shortName) changes.shortName = { from: u.shortName, to: body.shortName };
  if ((u.specialty?.id ?? null) !== body.specialtyId) {
    changes.specialtyId = { from: u.specialty?.id ?? null, to: body.specialtyId };
  }
  const saved = await saveVersioned(d, u, {
    name: body.name,
    shortName: body.shortName,
    specialtyId: body.specialtyId,
  });
  await d.audit({ action: 'org_unit.updated', entityType: 'org_unit', entityId: u.id, data: { changes } });
  return saved;
}

export async function moveOrgUnit(
  d: OrgAdminDeps,
  unitId: string,
  body: { version: number; parentId: string | null },
): Promise<AdminOrgUnit> {
  const u = await loadEditable(d, unitId, body.version);
  const kind = unitKindSchema.parse(u.kind);
  if (body.parentId !== null) {
    // No cycles: a unit cannot go under itself or anything below it.
    const below = await descendantsOf(d.tx, d.tenantId, [u.id]);
    if (below.has(body.parentId)) {
      throw fieldError(
        'VALIDATION_FAILED',
        'body.parentId',
        'A unit cannot be moved under itself or one of its own sub-units',
        'cycle',
      );
    }
  }
  await checkParent(d, kind, body.parentId);
  if (!u.closedAt) await assertNameFree(d, body.parentId, u.name, u.id);
  if (u.parentId === body.parentId) return toAdminUnit(u);
  const saved = await saveVersioned(d, u, { parentId: body.parentId });
  await d.audit({
    action: 'org_unit.moved',
    entityType: 'org_unit',
    entityId: u.id,
    data: { fromParentId: u.parentId, toParentId: body.parentId },
  });
  return saved;
}

export async function closeOrgUnit(d: OrgAdminDeps, unitId: string, version: number): Promise<AdminOrgUnit> {
  const u = await loadEditable(d, unitId, version);
  if (u.closedAt) throw conflict('The unit is already closed');
  const open = await countOpenChildren(d.tx, d.tenantId, u.id);
  if (open > 0) {
    throw conflict(
      `The unit has ${open} open sub-unit${open === 1 ? '' : 's'}; close or move ${open === 1 ? 'it' : 'them'} first`,
    );
  }
  const saved = await saveVersioned(d, u, { closedAt: new Date() });
  await d.audit({ action: 'org_unit.closed', entityType: 'org_unit', entityId: u.id, data: { name: u.name } });
  return saved;
}

export async function reopenOrgUnit(d: OrgAdminDeps, unitId: string, version: number): Promise<AdminOrgUnit> {
  const u = await loadEditable(d, unitId, version);
  if (!u.closedAt) throw conflict('The unit is not closed');
  if (u.parentId) {
    const parent = await findAdminUnit(d.tx, d.tenantId, u.parentId);
    if (parent?.closedAt) throw conflict('The parent unit is closed; reopen it first');
  }
  await assertNameFree(d, u.parentId, u.name, u.id);
  const saved = await saveVersioned(d, u, { closedAt: null });
  await d.audit({ action: 'org_unit.reopened', entityType: 'org_unit', entityId: u.id, data: { name: u.name } });
  return saved;
}

// Specialties: a tenant-wide list (unique names, ignoring case) that both region admins and
// Tutorcentret maintain; the database's unique key on (tenant_id, name) is the last guard.

export async function listSpecialtiesForAdmin(d: OrgAdminDeps): Promise<{ items: AdminSpecialty[] }> {
  const rows = await listSpecialties(d.tx, d.tenantId);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, unitCount: r._count.units })) };
}

async function assertSpecialtyNameFree(d: OrgAdminDeps, name: string, exceptId?: string) {
  if (await findSpecialtyByName(d.tx, d.tenantId, name, exceptId)) {
    throw fieldError('CONFLICT', 'body.name', 'A specialty with this name already exists', 'duplicate');
  }
}

export async function createSpecialtyForAdmin(d: OrgAdminDeps, name: string): Promise<AdminSpecialty> {
  await assertSpecialtyNameFree(d, name);
  const s = await createSpecialty(d.tx, d.tenantId, name);
  await d.audit({ action: 'specialty.created', entityType: 'specialty', entityId: s.id, data: { name } });
  return { id: s.id, name: s.name, unitCount: 0 };
}

export async function renameSpecialtyForAdmin(
  d: OrgAdminDeps,
  specialtyId: string,
  name: string,
): Promise<AdminSpecialty> {
  const s = await findSpecialty(d.tx, d.tenantId, specialtyId);
  if (!s) throw notFound('The specialty');
  await assertSpecialtyNameFree(d, name, s.id);
  if (s.name !== name) {
    await renameSpecialty(d.tx, d.tenantId, s.id, name);
    await d.audit({
      action: 'specialty.renamed',
      entityType: 'specialty',
      entityId: s.id,
      data: { from: s.name, to: name },
    });
  }
  return { id: s.id, name, unitCount: await countSpecialtyUnits(d.tx, d.tenantId, s.id) };
}
