import { z } from 'zod';
import {
  GP_IMPORT_FIELDS,
  GP_IMPORT_HEADERS,
  gpFieldsSchema,
  normaliseHeader,
  type GeneralPractitioner,
  type GpFields,
  type GpImportField,
  type GpImportIssue,
  type GpImportPreview,
  type GpImportResult,
  type GpImportRow,
  type GpLeave,
  type GpListQuery,
  type GpListItem,
  type GpPracticeRef,
  type UpdateGp,
} from '@portal/contracts';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { fileError, type ParsedFile } from '../imports/imports.parse.js';
import { parseDate } from '../imports/imports.service.js';
import { createGeneralPractitioner, findGeneralPractitioner } from './gp.repository.js';
import * as repo from './gp-register.repository.js';
import type { PracticeScope } from './gp-register.repository.js';

/**
 * The GP register: the continuing-education coordinator (cme-groups:manage) reads and edits the
 * whole region's GPs, an AMU (gp-area:manage) those of the practices of their area. A GP or
 * practice outside the caller's scope answers 404, like another tenant's.
 */

/** The practices (and areas) the caller reaches with either permission; 403 without both. */
export async function registerScope(ctx: AuthedCtx): Promise<PracticeScope> {
  const p = ctx.principal.permissions;
  if (!p.has('cme-groups:manage') && !p.has('gp-area:manage')) throw forbidden();
  const cme = p.has('cme-groups:manage') ? await unitsInScope(ctx, 'cme-groups:manage') : new Set<string>();
  if (cme === 'tenant') return 'tenant';
  const amu = p.has('gp-area:manage') ? await unitsInScope(ctx, 'gp-area:manage') : new Set<string>();
  if (amu === 'tenant') return 'tenant';
  return new Set([...cme, ...amu]);
}

const invalid = (path: string, message: string, code = 'custom') =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code }] });

type PracticeRow = NonNullable<Awaited<ReturnType<typeof repo.findPractice>>>;
const practiceRef = (p: PracticeRow): GpPracticeRef => ({
  id: p.id,
  name: p.name,
  area: p.parent?.kind === 'GP_AREA' ? { id: p.parent.id, name: p.parent.name } : null,
});

export async function listPractices(ctx: AuthedCtx): Promise<GpPracticeRef[]> {
  const scope = await registerScope(ctx);
  return (await repo.listPractices(ctx.tx, ctx.tenantId, scope)).map(practiceRef);
}

export async function list(ctx: AuthedCtx, q: GpListQuery): Promise<GpListItem[]> {
  const scope = await registerScope(ctx);
  return repo.listRegister(ctx.tx, ctx.tenantId, scope, q);
}

async function loadInScope(ctx: AuthedCtx, scope: PracticeScope, id: string): Promise<GeneralPractitioner> {
  const gp = await findGeneralPractitioner(ctx.tx, ctx.tenantId, id);
  if (!gp || !inScope(scope as 'tenant' | Set<string>, gp.practice.id)) throw notFound('The general practitioner');
  return gp;
}

export async function get(ctx: AuthedCtx, id: string): Promise<GeneralPractitioner> {
  return loadInScope(ctx, await registerScope(ctx), id);
}

/** The practice must be an open PRACTICE in the caller's scope; else 404, like another tenant's. */
async function checkPractice(ctx: AuthedCtx, scope: PracticeScope, practiceId: string) {
  const p = await repo.findPractice(ctx.tx, ctx.tenantId, practiceId);
  if (!p || !inScope(scope as 'tenant' | Set<string>, p.id)) throw notFound('The practice');
}

function checkDates(f: { settledOn: string | null; leftOn: string | null }) {
  if (f.settledOn && f.leftOn && f.leftOn < f.settledOn)
    throw invalid('body.leftOn', 'The day the GP left is before the day they settled');
}

async function checkAuthorisationFree(ctx: AuthedCtx, authorisationId: string | null, exceptId: string | null) {
  if (!authorisationId) return;
  const same = await repo.findByAuthorisationIds(ctx.tx, ctx.tenantId, [authorisationId]);
  if (same.some((g) => g.id !== exceptId))
    throw invalid('body.authorisationId', 'Another GP in the register has this authorisation ID', 'duplicate');
}

export async function create(ctx: AuthedCtx, body: GpFields): Promise<GeneralPractitioner> {
  const scope = await registerScope(ctx);
  await checkPractice(ctx, scope, body.practiceId);
  checkDates(body);
  await checkAuthorisationFree(ctx, body.authorisationId, null);
  const gp = await createGeneralPractitioner(ctx.tx, ctx.tenantId, body);
  await ctx.audit({
    action: 'general_practitioner.create',
    entityType: 'general_practitioner',
    entityId: gp.id,
    data: { practiceId: gp.practice.id },
  });
  return gp;
}

function conflict(current: GeneralPractitioner) {
  return new AppError('CONFLICT', {
    detail: `The GP was changed by someone else (now version ${current.version}: ${current.name}, ${current.practice.name}${current.leftOn ? `, left ${current.leftOn}` : ''}). Reload to see the changes.`,
  });
}

/** Loads the GP in scope under a row lock and checks the client's version (409 when stale). */
async function lockForEdit(ctx: AuthedCtx, scope: PracticeScope, id: string, version: number) {
  await loadInScope(ctx, scope, id);
  await repo.lockGp(ctx.tx, ctx.tenantId, id);
  const current = await loadInScope(ctx, scope, id);
  if (current.version !== version) throw conflict(current);
  return current;
}

export async function update(ctx: AuthedCtx, id: string, body: UpdateGp): Promise<GeneralPractitioner> {
  const scope = await registerScope(ctx);
  const before = await lockForEdit(ctx, scope, id, body.version);
  if (body.practiceId !== before.practice.id) await checkPractice(ctx, scope, body.practiceId);
  checkDates(body);
  await checkAuthorisationFree(ctx, body.authorisationId, id);
  const { version: _v, ...fields } = body;
  await repo.updateGp(ctx.tx, ctx.tenantId, id, fields);
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) =>
    k === 'practiceId' ? fields.practiceId !== before.practice.id : fields[k] !== before[k],
  );
  await ctx.audit({
    action: 'general_practitioner.update',
    entityType: 'general_practitioner',
    entityId: id,
    data: { changed },
  });
  return loadInScope(ctx, scope, id);
}

export async function markLeft(ctx: AuthedCtx, id: string, body: GpLeave): Promise<GeneralPractitioner> {
  const scope = await registerScope(ctx);
  const before = await lockForEdit(ctx, scope, id, body.version);
  checkDates({ settledOn: before.settledOn, leftOn: body.leftOn });
  await repo.updateGp(ctx.tx, ctx.tenantId, id, { leftOn: body.leftOn });
  await ctx.audit({
    action: 'general_practitioner.leave',
    entityType: 'general_practitioner',
    entityId: id,
    data: { leftOn: body.leftOn },
  });
  return loadInScope(ctx, scope, id);
}

// --- Import of a GP list -------------------------------------------------------------------

const MESSAGES = {
  REQUIRED: 'Skal udfyldes.',
  TOO_LONG: 'For lang.',
  INVALID_EMAIL: 'Ikke en gyldig e-mailadresse.',
  INVALID_AUTHORISATION_ID: 'Autorisations-ID skal være 4–10 bogstaver eller cifre.',
  INVALID_DATE: 'Ugyldig dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).',
  DATE_ORDER: '"Ophørt" ligger før "nedsat".',
  UNKNOWN_PRACTICE: 'Ingen praksis med dette navn i regionen.',
  AMBIGUOUS_PRACTICE: 'Flere praksis hedder sådan; ret navnet i organisationen eller filen.',
  PRACTICE_OUT_OF_SCOPE: 'Praksis ligger uden for dit område.',
  DUPLICATE_IN_FILE: 'Samme autorisations-ID står i en tidligere række.',
} as const;
type Code = keyof typeof MESSAGES;
const issue = (field: GpImportField | null, code: Code, extra = ''): GpImportIssue => ({
  field,
  code,
  message: extra ? `${MESSAGES[code]} ${extra}` : MESSAGES[code],
});

function mapGpColumns(headers: string[]): Map<GpImportField, number> {
  const index = new Map<GpImportField, number>();
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    const field = GP_IMPORT_FIELDS.find((f) => GP_IMPORT_HEADERS[f].includes(n));
    if (!field) return;
    if (index.has(field)) throw fileError('DUPLICATE_COLUMN', `Kolonnen "${h}" står to gange.`);
    index.set(field, i);
  });
  for (const f of ['name', 'practice', 'settledOn'] as const)
    if (!index.has(f)) throw fileError('MISSING_COLUMN', `Mangler: ${GP_IMPORT_HEADERS[f][0]}.`);
  return index;
}

interface Planned {
  preview: GpImportPreview;
  creates: GpFields[];
  updates: { id: string; fields: GpFields }[];
}

const emailSchema = z.email().max(254);

async function plan(ctx: AuthedCtx, file: ParsedFile, fileName: string): Promise<Planned> {
  const scope = await registerScope(ctx);
  const cols = mapGpColumns(file.headers);
  // Practices are matched by name among all the tenant's open practices (case-insensitive).
  const practices = await repo.listPractices(ctx.tx, ctx.tenantId, 'tenant');
  const byName = new Map<string, PracticeRow[]>();
  for (const p of practices) {
    const k = p.name.trim().toLocaleLowerCase('da-DK');
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  const cell = (cells: string[], f: GpImportField) => {
    const i = cols.get(f);
    const v = i === undefined ? '' : (cells[i] ?? '').trim();
    return v === '' ? null : v;
  };
  const authIds = file.rows.map((r) => cell(r.cells, 'authorisationId')).filter((v): v is string => v !== null);
  const existing = new Map(
    (await repo.findByAuthorisationIds(ctx.tx, ctx.tenantId, [...new Set(authIds)])).map((g) => [
      g.authorisationId!,
      g,
    ]),
  );
  const seen = new Map<string, number>();
  const rows: GpImportRow[] = [];
  const creates: GpFields[] = [];
  const updates: { id: string; fields: GpFields }[] = [];
  for (const r of file.rows) {
    const errors: GpImportIssue[] = [];
    const values = {
      name: cell(r.cells, 'name'),
      authorisationId: cell(r.cells, 'authorisationId'),
      practice: cell(r.cells, 'practice'),
      settledOn: cell(r.cells, 'settledOn'),
      leftOn: cell(r.cells, 'leftOn'),
      email: cell(r.cells, 'email')?.toLocaleLowerCase('da-DK') ?? null,
    };
    if (!values.name) errors.push(issue('name', 'REQUIRED'));
    else if (values.name.length > 200) errors.push(issue('name', 'TOO_LONG'));
    if (values.authorisationId && !/^[0-9A-Za-z]{4,10}$/.test(values.authorisationId))
      errors.push(issue('authorisationId', 'INVALID_AUTHORISATION_ID'));
    if (values.authorisationId) {
      const prev = seen.get(values.authorisationId);
      if (prev) errors.push(issue('authorisationId', 'DUPLICATE_IN_FILE', `(række ${prev})`));
      else seen.set(values.authorisationId, r.row);
    }
    if (values.email && !emailSchema.safeParse(values.email).success) errors.push(issue('email', 'INVALID_EMAIL'));
    let practice: PracticeRow | null = null;
    if (!values.practice) errors.push(issue('practice', 'REQUIRED'));
    else {
      const found = byName.get(values.practice.toLocaleLowerCase('da-DK')) ?? [];
      if (found.length === 0) errors.push(issue('practice', 'UNKNOWN_PRACTICE'));
      else if (found.length > 1) errors.push(issue('practice', 'AMBIGUOUS_PRACTICE'));
      else if (!inScope(scope as 'tenant' | Set<string>, found[0]!.id))
        errors.push(issue('practice', 'PRACTICE_OUT_OF_SCOPE'));
      else practice = found[0]!;
    }
    const settledOn = values.settledOn ? parseDate(values.settledOn) : null;
    if (!values.settledOn) errors.push(issue('settledOn', 'REQUIRED'));
    else if (!settledOn) errors.push(issue('settledOn', 'INVALID_DATE'));
    const leftOn = values.leftOn ? parseDate(values.leftOn) : null;
    if (values.leftOn && !leftOn) errors.push(issue('leftOn', 'INVALID_DATE'));
    if (settledOn && leftOn && leftOn < settledOn) errors.push(issue('leftOn', 'DATE_ORDER'));
    const match = values.authorisationId ? existing.get(values.authorisationId) : undefined;
    // An existing GP of a practice outside the caller's scope is not theirs to update.
    if (match && !inScope(scope as 'tenant' | Set<string>, match.practiceId))
      errors.push(issue('authorisationId', 'PRACTICE_OUT_OF_SCOPE'));
    const ok = errors.length === 0;
    rows.push({
      row: r.row,
      action: ok ? (match ? 'update' : 'create') : 'none',
      existing: match ? { id: match.id, name: match.name } : null,
      values: { ...values, settledOn: settledOn ?? values.settledOn, leftOn: leftOn ?? values.leftOn },
      errors,
    });
    if (ok) {
      const fields = gpFieldsSchema.parse({
        practiceId: practice!.id,
        name: values.name,
        email: values.email,
        authorisationId: values.authorisationId,
        settledOn,
        leftOn,
      });
      if (match) updates.push({ id: match.id, fields });
      else creates.push(fields);
    }
  }
  const errorsCount = rows.filter((r) => r.errors.length > 0).length;
  return {
    preview: {
      fileName,
      summary: { rows: rows.length, errors: errorsCount, toCreate: creates.length, toUpdate: updates.length },
      rows,
    },
    creates,
    updates,
  };
}

export async function previewImport(ctx: AuthedCtx, file: ParsedFile, fileName: string): Promise<GpImportPreview> {
  return (await plan(ctx, file, fileName)).preview;
}

/** Writes every row or none: any row error answers 400 with the row errors and writes nothing. */
export async function commitImport(ctx: AuthedCtx, file: ParsedFile, fileName: string): Promise<GpImportResult> {
  const { preview, creates, updates } = await plan(ctx, file, fileName);
  if (preview.summary.errors > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `${preview.summary.errors} rækker har fejl; intet er gemt.`,
      errors: preview.rows.flatMap((r) =>
        r.errors.map((e) => ({ path: `rows.${r.row}.${e.field ?? 'row'}`, message: e.message, code: e.code })),
      ),
    });
  }
  await repo.insertGps(ctx.tx, ctx.tenantId, creates);
  for (const u of updates) await repo.updateGp(ctx.tx, ctx.tenantId, u.id, u.fields);
  await ctx.audit({
    action: 'general_practitioner.import',
    entityType: 'general_practitioner',
    data: { fileName, created: creates.length, updated: updates.length, updatedIds: updates.map((u) => u.id) },
  });
  return { created: creates.length, updated: updates.length };
}
