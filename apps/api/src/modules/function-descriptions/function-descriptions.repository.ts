import type { LocalRole, LocalStatus, StatusCounts } from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/** `'tenant'` or the unit ids the caller may see (from `unitsInScope`). */
export type Scope = 'tenant' | Set<string>;

const scopeArgs = (scope: Scope) => ({ all: scope === 'tenant', units: scope === 'tenant' ? [] : [...scope] });

/* Templates ---------------------------------------------------------------------------------- */

const versionSummarySelect = {
  id: true,
  number: true,
  status: true,
  approvedAt: true,
  approvedBy: { select: { name: true } },
} as const;

export function listTemplates(tx: Tx, tenantId: string) {
  return tx.fdTemplate.findMany({
    where: { tenantId },
    select: {
      id: true,
      role: true,
      title: true,
      versions: { where: { tenantId }, select: versionSummarySelect, orderBy: { number: 'desc' } },
    },
    orderBy: { createdAt: 'asc' },
  });
}

export function findTemplate(tx: Tx, tenantId: string, templateId: string) {
  return tx.fdTemplate.findFirst({
    where: { tenantId, id: templateId },
    select: {
      id: true,
      role: true,
      title: true,
      versions: { where: { tenantId }, select: versionSummarySelect, orderBy: { number: 'desc' } },
    },
  });
}

const versionSelect = {
  ...versionSummarySelect,
  templateId: true,
  content: true,
  version: true,
  updatedAt: true,
} as const;

export function findTemplateVersion(tx: Tx, tenantId: string, templateId: string, versionId: string) {
  return tx.fdTemplateVersion.findFirst({ where: { tenantId, templateId, id: versionId }, select: versionSelect });
}

export function latestApprovedVersion(tx: Tx, tenantId: string, role: string) {
  return tx.fdTemplateVersion.findFirst({
    where: { tenantId, status: 'APPROVED', template: { tenantId, role } },
    select: { number: true, content: true, template: { select: { title: true } } },
    orderBy: { number: 'desc' },
  });
}

export async function createDraftVersion(tx: Tx, tenantId: string, templateId: string) {
  const latest = await tx.fdTemplateVersion.findFirst({
    where: { tenantId, templateId },
    select: { number: true, content: true },
    orderBy: { number: 'desc' },
  });
  return tx.fdTemplateVersion.create({
    data: {
      tenantId,
      templateId,
      number: (latest?.number ?? 0) + 1,
      status: 'DRAFT',
      content: (latest?.content ?? {
        purpose: '',
        areas: [],
        qualifications: [],
        optionalTasks: [],
      }) as Prisma.InputJsonValue,
    },
    select: versionSelect,
  });
}

export function hasDraft(tx: Tx, tenantId: string, templateId: string) {
  return tx.fdTemplateVersion.count({ where: { tenantId, templateId, status: 'DRAFT' } });
}

/** Updates a draft at the given version; 0 when it is no longer a draft at that version. */
export async function updateDraftVersion(
  tx: Tx,
  tenantId: string,
  versionId: string,
  version: number,
  data: { content?: Prisma.InputJsonValue; approve?: { byId: string } },
) {
  const r = await tx.fdTemplateVersion.updateMany({
    where: { tenantId, id: versionId, version, status: 'DRAFT' },
    data: {
      version: { increment: 1 },
      ...(data.content !== undefined ? { content: data.content } : {}),
      ...(data.approve ? { status: 'APPROVED', approvedAt: new Date(), approvedById: data.approve.byId } : {}),
    },
  });
  return r.count;
}

/* Local part ---------------------------------------------------------------------------------- */

const person = { select: { name: true } } as const;

export function findLocal(tx: Tx, tenantId: string, unitId: string, role: LocalRole) {
  return tx.localFd.findFirst({
    where: { tenantId, unitId, role },
    select: {
      id: true,
      status: true,
      text: true,
      version: true,
      uaoSignedById: true,
      uaoSignedAt: true,
      headSignedById: true,
      headSignedAt: true,
      implementedOn: true,
      updatedAt: true,
      uaoSigner: person,
      headSigner: person,
      updatedBy: person,
      revisions: {
        where: { tenantId },
        select: { revision: true, text: true, approvedAt: true, uaoSigner: person, headSigner: person },
        orderBy: { revision: 'desc' },
      },
    },
  });
}
export type LocalRow = NonNullable<Awaited<ReturnType<typeof findLocal>>>;

export function createLocal(tx: Tx, tenantId: string, unitId: string, role: LocalRole, text: string, byId: string) {
  return tx.localFd.create({
    data: { tenantId, unitId, role, text, status: 'DRAFT', updatedById: byId },
    select: { id: true },
  });
}

/** Optimistic update: 0 when the version is stale. */
export async function updateLocal(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  data: Prisma.LocalFdUncheckedUpdateManyInput,
) {
  const r = await tx.localFd.updateMany({
    where: { tenantId, id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count;
}

export async function addRevision(
  tx: Tx,
  tenantId: string,
  localFdId: string,
  text: string,
  uaoSignedById: string,
  headSignedById: string,
) {
  const last = await tx.localFdRevision.findFirst({
    where: { tenantId, localFdId },
    select: { revision: true },
    orderBy: { revision: 'desc' },
  });
  await tx.localFdRevision.create({
    data: { tenantId, localFdId, revision: (last?.revision ?? 0) + 1, text, uaoSignedById, headSignedById },
  });
}

export interface MatrixRow {
  hospital_id: string;
  hospital_name: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  role: LocalRole;
  status: LocalStatus;
}

/**
 * The status of every (department × UAO/UKS/UKYL) and (hospital × AP-UKYL) in scope, in SQL.
 * Issue 5 reuses this (and `localFdStatusCounts`) as an indicator.
 */
export function localFdMatrix(tx: Tx, tenantId: string, scope: Scope, hospitalId?: string): Promise<MatrixRow[]> {
  const { all, units } = scopeArgs(scope);
  return tx.$queryRaw<MatrixRow[]>`
    WITH units AS (
      SELECT h.id AS hospital_id, h.name AS hospital_name, d.id AS unit_id, d.name AS unit_name, d.kind AS unit_kind
        FROM org_unit h
        JOIN org_unit d ON d.tenant_id = h.tenant_id AND d.parent_id = h.id
                       AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
       WHERE h.tenant_id = ${tenantId}::uuid AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL
      UNION ALL
      SELECT h.id, h.name, h.id, h.name, h.kind FROM org_unit h
       WHERE h.tenant_id = ${tenantId}::uuid AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL
    ), cells AS (
      SELECT u.*, r.role, r.pos FROM units u
       CROSS JOIN unnest(ARRAY['UAO', 'UKS', 'UKYL', 'AP_UKYL']) WITH ORDINALITY AS r(role, pos)
       WHERE (u.unit_kind = 'DEPARTMENT') = (r.role <> 'AP_UKYL')
    )
    SELECT c.hospital_id::text, c.hospital_name, c.unit_id::text, c.unit_name, c.unit_kind, c.role,
           COALESCE(l.status, 'MISSING') AS status
      FROM cells c
      LEFT JOIN local_fd l ON l.tenant_id = ${tenantId}::uuid AND l.unit_id = c.unit_id AND l.role = c.role
     WHERE (${all} OR c.unit_id = ANY(${units}::uuid[]))
       AND (${hospitalId ?? null}::uuid IS NULL OR c.hospital_id = ${hospitalId ?? null}::uuid)
     ORDER BY c.hospital_name, c.unit_kind = 'HOSPITAL' DESC, c.unit_name, c.pos`;
}

/** Counts per status over the same matrix (missing = no record). */
export async function localFdStatusCounts(
  tx: Tx,
  tenantId: string,
  scope: Scope,
  hospitalId?: string,
): Promise<StatusCounts> {
  const { all, units } = scopeArgs(scope);
  const rows = await tx.$queryRaw<{ status: LocalStatus; n: number }[]>`
    WITH cells AS (
      SELECT d.id AS unit_id, h.id AS hospital_id, r.role
        FROM org_unit h
        JOIN org_unit d ON d.tenant_id = h.tenant_id AND d.parent_id = h.id
                       AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
       CROSS JOIN unnest(ARRAY['UAO', 'UKS', 'UKYL']) AS r(role)
       WHERE h.tenant_id = ${tenantId}::uuid AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL
      UNION ALL
      SELECT h.id, h.id, 'AP_UKYL' FROM org_unit h
       WHERE h.tenant_id = ${tenantId}::uuid AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL
    )
    SELECT COALESCE(l.status, 'MISSING') AS status, count(*)::int AS n
      FROM cells c
      LEFT JOIN local_fd l ON l.tenant_id = ${tenantId}::uuid AND l.unit_id = c.unit_id AND l.role = c.role
     WHERE (${all} OR c.unit_id = ANY(${units}::uuid[]))
       AND (${hospitalId ?? null}::uuid IS NULL OR c.hospital_id = ${hospitalId ?? null}::uuid)
     GROUP BY 1`;
  const counts: StatusCounts = { MISSING: 0, DRAFT: 0, SUBMITTED: 0, APPROVED: 0, IMPLEMENTED: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function findUnitBasic(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id: unitId }, select: { id: true, name: true, kind: true } });
}
