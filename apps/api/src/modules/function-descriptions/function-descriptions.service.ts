import {
  localStatusSchema,
  templateContentSchema,
  templateRoleSchema,
  templateVersionStatusSchema,
  type LocalDescription,
  type LocalRole,
  type Overview,
  type TemplateContent,
  type TemplateDetail,
  type TemplateSummary,
  type TemplateVersion,
} from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { covers, holdsRoleOver, scopeOf, type Actor } from './access.js';
import {
  addRevision,
  createDraftVersion,
  createLocal,
  findLocal,
  findTemplate,
  findTemplateVersion,
  findUnitBasic,
  hasDraft,
  latestApprovedVersion,
  listTemplates,
  localFdMatrix,
  localFdStatusCounts,
  updateDraftVersion,
  updateLocal,
  type LocalRow,
} from './function-descriptions.repository.js';

const conflict = (detail: string) => new AppError('CONFLICT', { detail });
const stale = () =>
  conflict('Someone else changed this in the meantime. Reload to see the current version before you save again.');

/* Templates ----------------------------------------------------------------------------------- */

type VersionSummaryRow = {
  id: string;
  number: number;
  status: string;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
};
const toVersionSummary = (v: VersionSummaryRow) => ({
  id: v.id,
  number: v.number,
  status: templateVersionStatusSchema.parse(v.status),
  approvedAt: v.approvedAt?.toISOString() ?? null,
  approvedBy: v.approvedBy?.name ?? null,
});

export async function listTemplateSummaries(a: Actor): Promise<TemplateSummary[]> {
  const rows = await listTemplates(a.tx, a.tenantId);
  return rows.map((t) => {
    const approved = t.versions.find((v) => v.status === 'APPROVED');
    return {
      id: t.id,
      role: templateRoleSchema.parse(t.role),
      title: t.title,
      currentVersion: approved ? toVersionSummary(approved) : null,
      hasDraft: t.versions.some((v) => v.status === 'DRAFT'),
    };
  });
}

export async function getTemplate(a: Actor, templateId: string): Promise<TemplateDetail> {
  const t = await findTemplate(a.tx, a.tenantId, templateId);
  if (!t) throw notFound('The template');
  return {
    id: t.id,
    role: templateRoleSchema.parse(t.role),
    title: t.title,
    versions: t.versions.map(toVersionSummary),
  };
}

export async function getTemplateVersion(a: Actor, templateId: string, versionId: string): Promise<TemplateVersion> {
  const v = await findTemplateVersion(a.tx, a.tenantId, templateId, versionId);
  if (!v) throw notFound('The template version');
  return {
    ...toVersionSummary(v),
    templateId: v.templateId,
    content: templateContentSchema.parse(v.content),
    version: v.version,
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** Region templates are written by whoever holds function-descriptions:admin tenant-wide. */
async function assertTemplateAdmin(a: Actor) {
  if ((await scopeOf(a, 'function-descriptions:admin')) !== 'tenant') throw new AppError('FORBIDDEN');
}

export async function startTemplateDraft(a: Actor, templateId: string): Promise<TemplateVersion> {
  await assertTemplateAdmin(a);
  if (!(await findTemplate(a.tx, a.tenantId, templateId))) throw notFound('The template');
  if ((await hasDraft(a.tx, a.tenantId, templateId)) > 0) throw conflict('The template has a draft already');
  const v = await createDraftVersion(a.tx, a.tenantId, templateId);
  await a.audit({ action: 'fd-template.draft-created', entityType: 'fd_template_version', entityId: v.id });
  return getTemplateVersion(a, templateId, v.id);
}

async function draftOrConflict(a: Actor, templateId: string, versionId: string, version: number) {
  const v = await findTemplateVersion(a.tx, a.tenantId, templateId, versionId);
  if (!v) throw notFound('The template version');
  if (v.status !== 'DRAFT') throw conflict('An approved version never changes: start a new version instead');
  if (v.version !== version) throw stale();
  return v;
}

export async function saveTemplateDraft(
  a: Actor,
  templateId: string,
  versionId: string,
  body: { content: TemplateContent; version: number },
): Promise<TemplateVersion> {
  await assertTemplateAdmin(a);
  await draftOrConflict(a, templateId, versionId, body.version);
  const n = await updateDraftVersion(a.tx, a.tenantId, versionId, body.version, {
    content: body.content as unknown as Prisma.InputJsonValue,
  });
  if (n === 0) throw stale();
  await a.audit({ action: 'fd-template.draft-saved', entityType: 'fd_template_version', entityId: versionId });
  return getTemplateVersion(a, templateId, versionId);
}

export async function publishTemplateDraft(
  a: Actor,
  templateId: string,
  versionId: string,
  version: number,
): Promise<TemplateVersion> {
  await assertTemplateAdmin(a);
  const v = await draftOrConflict(a, templateId, versionId, version);
  const content = templateContentSchema.safeParse(v.content);
  if (!content.success || content.data.purpose.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        { path: 'body.content.purpose', message: 'A template needs a purpose before it is approved', code: 'custom' },
      ],
    });
  }
  const n = await updateDraftVersion(a.tx, a.tenantId, versionId, version, { approve: { byId: a.principal.userId } });
  if (n === 0) throw stale();
  await a.audit({ action: 'fd-template.approved', entityType: 'fd_template_version', entityId: versionId });
  return getTemplateVersion(a, templateId, versionId);
}

/* Local part ---------------------------------------------------------------------------------- */

const KIND_FOR_ROLE = (role: LocalRole) => (role === 'AP_UKYL' ? 'HOSPITAL' : 'DEPARTMENT');

/** The unit if the caller may read its local descriptions (out of scope or wrong kind: 404). */
async function readableUnit(a: Actor, unitId: string, role: LocalRole) {
  const unit = await findUnitBasic(a.tx, a.tenantId, unitId);
  if (!unit || unit.kind !== KIND_FOR_ROLE(role)) throw notFound('The unit');
  if (!covers(await scopeOf(a, 'function-descriptions:read'), unitId)) throw notFound('The unit');
  return unit;
}

interface Powers {
  isUao: boolean;
  isHead: boolean;
  isAdmin: boolean;
}
async function powers(a: Actor, unitId: string): Promise<Powers> {
  return {
    isUao: await holdsRoleOver(a, 'UAO', unitId),
    isHead: await holdsRoleOver(a, 'DEPARTMENT_HEAD', unitId),
    isAdmin: covers(await scopeOf(a, 'function-descriptions:admin'), unitId),
  };
}

export async function getLocal(a: Actor, unitId: string, role: LocalRole): Promise<LocalDescription> {
  const unit = await readableUnit(a, unitId, role);
  const row = await findLocal(a.tx, a.tenantId, unitId, role);
  const p = await powers(a, unitId);
  const tpl = await latestApprovedVersion(a.tx, a.tenantId, role);
  const status = row ? localStatusSchema.parse(row.status) : 'MISSING';
  return {
    unit,
    role,
    status,
    text: row?.text ?? '',
    version: row?.version ?? 0,
    uaoSignOff: row?.uaoSignedAt ? { by: row.uaoSigner?.name ?? '', at: row.uaoSignedAt.toISOString() } : null,
    headSignOff: row?.headSignedAt ? { by: row.headSigner?.name ?? '', at: row.headSignedAt.toISOString() } : null,
    implementedOn: row?.implementedOn?.toISOString().slice(0, 10) ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy?.name ?? null,
    history: (row?.revisions ?? []).map((r) => ({
      revision: r.revision,
      text: r.text,
      approvedAt: r.approvedAt.toISOString(),
      uaoSignedBy: r.uaoSigner.name,
      headSignedBy: r.headSigner.name,
    })),
    can: {
      edit: p.isUao,
      submit: p.isUao && status === 'DRAFT',
      signAsUao: p.isUao && status === 'SUBMITTED' && !row?.uaoSignedById,
      signAsHead: p.isHead && status === 'SUBMITTED' && !row?.headSignedById,
      implement: (p.isUao || p.isAdmin) && status === 'APPROVED',
    },
    template: tpl
      ? { title: tpl.template.title, number: tpl.number, content: templateContentSchema.parse(tpl.content) }
      : null,
  };
}

async function existing(a: Actor, unitId: string, role: LocalRole, version: number): Promise<LocalRow> {
  const row = await findLocal(a.tx, a.tenantId, unitId, role);
  if (!row) throw notFound('The local function description');
  if (row.version !== version) throw stale();
  return row;
}

/**
 * The department's UAO writes the local part. Any edit goes back to draft and clears the
 * sign-offs (an approved text stays in the history).
 */
export async function saveLocal(
  a: Actor,
  unitId: string,
  role: LocalRole,
  body: { text: string; version: number },
): Promise<LocalDescription> {
  await readableUnit(a, unitId, role);
  if (!(await holdsRoleOver(a, 'UAO', unitId))) throw new AppError('FORBIDDEN', { detail: 'Only the UAO drafts' });
  const row = await findLocal(a.tx, a.tenantId, unitId, role);
  if (!row) {
    if (body.version !== 0) throw stale();
    const created = await createLocal(a.tx, a.tenantId, unitId, role, body.text, a.principal.userId);
    await a.audit({ action: 'local-fd.created', entityType: 'local_fd', entityId: created.id, data: { role } });
  } else {
    if (row.version !== body.version) throw stale();
    const n = await updateLocal(a.tx, a.tenantId, row.id, body.version, {
      text: body.text,
      status: 'DRAFT',
      uaoSignedById: null,
      uaoSignedAt: null,
      headSignedById: null,
      headSignedAt: null,
      implementedOn: null,
      updatedById: a.principal.userId,
    });
    if (n === 0) throw stale();
    await a.audit({
      action: 'local-fd.saved',
      entityType: 'local_fd',
      entityId: row.id,
      data: { role, from: row.status, signOffsCleared: !!(row.uaoSignedById || row.headSignedById) },
    });
  }
  return getLocal(a, unitId, role);
}

export async function submitLocal(a: Actor, unitId: string, role: LocalRole, version: number) {
  await readableUnit(a, unitId, role);
  if (!(await holdsRoleOver(a, 'UAO', unitId))) throw new AppError('FORBIDDEN', { detail: 'Only the UAO submits' });
  const row = await existing(a, unitId, role, version);
  if (row.status !== 'DRAFT') throw conflict(`Only a draft can be submitted (it is ${row.status.toLowerCase()})`);
  if (
    (await updateLocal(a.tx, a.tenantId, row.id, version, { status: 'SUBMITTED', updatedById: a.principal.userId })) ===
    0
  )
    throw stale();
  await a.audit({ action: 'local-fd.submitted', entityType: 'local_fd', entityId: row.id, data: { role } });
  return getLocal(a, unitId, role);
}

/** A sign-off by the department's UAO or its cheflæge; the second one approves (and is kept in history). */
export async function signLocal(
  a: Actor,
  unitId: string,
  role: LocalRole,
  body: { version: number; as: 'UAO' | 'DEPARTMENT_HEAD' },
) {
  await readableUnit(a, unitId, role);
  if (!(await holdsRoleOver(a, body.as, unitId))) {
    // The caller may see the unit (e.g. an admin) but is not its UAO/cheflæge.
    throw new AppError('FORBIDDEN', { detail: 'Only the unit’s own UAO and cheflæge sign' });
  }
  const row = await existing(a, unitId, role, body.version);
  if (row.status !== 'SUBMITTED')
    throw conflict(`Only a submitted description can be signed (it is ${row.status.toLowerCase()})`);
  const now = new Date();
  const me = a.principal.userId;
  const uao = body.as === 'UAO';
  if (uao ? row.uaoSignedById : row.headSignedById) throw conflict('Signed in this capacity already');
  const uaoId = uao ? me : row.uaoSignedById;
  const headId = uao ? row.headSignedById : me;
  const approved = !!uaoId && !!headId;
  const n = await updateLocal(a.tx, a.tenantId, row.id, body.version, {
    ...(uao ? { uaoSignedById: me, uaoSignedAt: now } : { headSignedById: me, headSignedAt: now }),
    ...(approved ? { status: 'APPROVED' } : {}),
  });
  if (n === 0) throw stale();
  if (approved) await addRevision(a.tx, a.tenantId, row.id, row.text, uaoId, headId);
  await a.audit({
    action: approved ? 'local-fd.approved' : 'local-fd.signed',
    entityType: 'local_fd',
    entityId: row.id,
    data: { role, as: body.as },
  });
  return getLocal(a, unitId, role);
}

/** After approval, the UAO or Tutorcentret marks the description implemented (with the date). */
export async function implementLocal(
  a: Actor,
  unitId: string,
  role: LocalRole,
  body: { version: number; implementedOn: string },
) {
  await readableUnit(a, unitId, role);
  const p = await powers(a, unitId);
  if (!p.isUao && !p.isAdmin) throw new AppError('FORBIDDEN');
  const row = await existing(a, unitId, role, body.version);
  if (row.status !== 'APPROVED')
    throw conflict(`Only an approved description can be implemented (it is ${row.status.toLowerCase()})`);
  const n = await updateLocal(a.tx, a.tenantId, row.id, body.version, {
    status: 'IMPLEMENTED',
    implementedOn: new Date(`${body.implementedOn}T00:00:00.000Z`),
  });
  if (n === 0) throw stale();
  await a.audit({ action: 'local-fd.implemented', entityType: 'local_fd', entityId: row.id, data: { role } });
  return getLocal(a, unitId, role);
}

/* Overview ------------------------------------------------------------------------------------ */

export async function overview(a: Actor, hospitalId: string | undefined): Promise<Overview> {
  const scope = await scopeOf(a, 'function-descriptions:read');
  const rows = await localFdMatrix(a.tx, a.tenantId, scope, hospitalId);
  const counts = await localFdStatusCounts(a.tx, a.tenantId, scope, hospitalId);
  const hospitals: Overview['hospitals'] = [];
  for (const r of rows) {
    let h = hospitals.find((x) => x.id === r.hospital_id);
    if (!h) {
      h = { id: r.hospital_id, name: r.hospital_name, apUkyl: null, departments: [] };
      hospitals.push(h);
    }
    if (r.unit_kind === 'HOSPITAL') {
      h.apUkyl = r.status;
      continue;
    }
    let d = h.departments.find((x) => x.id === r.unit_id);
    if (!d) {
      d = { id: r.unit_id, name: r.unit_name, cells: [] };
      h.departments.push(d);
    }
    d.cells.push({ role: r.role, status: r.status });
  }
  return { hospitals, counts };
}
