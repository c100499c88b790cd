import {
  EVALUATION_COLUMNS,
  EVALUATION_DROP,
  EVALUATION_HEADERS,
  EVALUATION_MAX_FILE_BYTES,
  normalisePeriod,
  type EvaluationColumn,
  type EvaluationCommitResult,
  type EvaluationFile,
  type EvaluationOverview,
  type EvaluationPreview,
  type EvaluationPreviewRow,
  type EvaluationFollowUp,
  type SaveFollowUp,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { requireGpArea } from '../general-practitioners/gp-scope.js';
import { fileError, parseImportFile } from '../imports/imports.parse.js';
import * as repo from './tutor-practices.repository.js';
import { getSettings } from './tutor-practices.service.js';

/**
 * Import of placement evaluation scores (CSV or XLSX exported from the national evaluation
 * system) into a GP area: preview with every row's errors, then commit all rows or none.
 * Columns: uddannelsessted (placement), periode (half-year "2026-1"; "2026H1" is read too),
 * spørgsmål (question), score (1–5, decimal comma or point, at most 2 decimals), n (respondents).
 */

const lower = (s: string) => s.trim().toLocaleLowerCase('da-DK').replace(/\s+/g, ' ');

const COLUMN_DA: Record<EvaluationColumn, string> = {
  placement: 'uddannelsessted',
  period: 'periode',
  question: 'spørgsmål',
  score: 'score',
  n: 'n',
};

interface ParsedRow extends EvaluationPreviewRow {
  key: string | null;
}

class Placements {
  private readonly byName = new Map<string, repo.PlacementRow[]>();
  constructor(rows: repo.PlacementRow[]) {
    for (const r of rows) {
      const keys = [lower(r.name)];
      if (r.kind === 'DEPARTMENT') {
        if (r.hospital) keys.push(`${lower(r.hospital)} / ${lower(r.name)}`);
        if (r.hospital_short) keys.push(`${lower(r.hospital_short)} / ${lower(r.name)}`);
      }
      for (const k of keys) this.byName.set(k, [...(this.byName.get(k) ?? []), r]);
    }
  }
  resolve(text: string): repo.PlacementRow[] {
    const key = lower(text)
      .split('/')
      .map((s) => s.trim())
      .join(' / ');
    return this.byName.get(key) ?? [];
  }
}

function mapHeaders(headers: string[]): Map<EvaluationColumn, number> {
  const index = new Map<EvaluationColumn, number>();
  headers.forEach((h, i) => {
    const n = lower(h.replace(/^\uFEFF/, ''));
    const col = EVALUATION_COLUMNS.find((c) => EVALUATION_HEADERS[c].includes(n));
    if (!col) return;
    if (index.has(col)) throw fileError('DUPLICATE_COLUMN', `Kolonnen "${COLUMN_DA[col]}" står to gange.`);
    index.set(col, i);
  });
  const missing = EVALUATION_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0)
    throw fileError('MISSING_COLUMN', `Mangler: ${missing.map((c) => `"${COLUMN_DA[c]}"`).join(', ')}.`);
  return index;
}

/** "4,25" or "4.25": a number 1–5 with at most 2 decimals, or an error text. */
function parseScore(s: string): number | string {
  if (!/^\d(?:[.,]\d{1,2})?$/.test(s)) return 'Skriv et tal mellem 1 og 5 med højst 2 decimaler (fx 4,25).';
  const v = Number(s.replace(',', '.'));
  return v >= 1 && v <= 5 ? v : 'Scoren skal ligge mellem 1 og 5.';
}

async function readRows(ctx: AuthedCtx, areaId: string, file: EvaluationFile): Promise<ParsedRow[]> {
  if (Buffer.byteLength(file.contentBase64, 'base64') > EVALUATION_MAX_FILE_BYTES)
    throw fileError('FILE_TOO_LARGE', `Højst ${EVALUATION_MAX_FILE_BYTES / 1024 / 1024} MB for evalueringer.`);
  const parsed = await parseImportFile(file);
  const index = mapHeaders(parsed.headers);
  const placements = new Placements(await repo.listPlacements(ctx.tx, ctx.tenantId, areaId));
  const seen = new Map<string, number>();
  const rows: ParsedRow[] = parsed.rows.map(({ row, cells }) => {
    const cell = (c: EvaluationColumn) => (cells[index.get(c)!] ?? '').trim();
    const errors: EvaluationPreviewRow['errors'] = [];
    const err = (column: EvaluationColumn | null, message: string) => errors.push({ column, message });

    const placement = cell('placement');
    let placementId: string | null = null;
    if (!placement) err('placement', 'Skal udfyldes.');
    else if (placement.length > 300) err('placement', 'Højst 300 tegn.');
    else {
      const found = placements.resolve(placement);
      if (found.length === 0)
        err(
          'placement',
          'Ukendt uddannelsessted: ingen praksis i området eller hospitalsafdeling i regionen hedder sådan.',
        );
      else if (found.length > 1)
        err(
          'placement',
          `Flere steder hedder sådan (${found.length}); skriv "Hospital / Afdeling", fx "AHH / ${found[0]!.name}".`,
        );
      else placementId = found[0]!.id;
    }
    const periodText = cell('period');
    const period = normalisePeriod(periodText);
    if (!periodText) err('period', 'Skal udfyldes.');
    else if (!period) err('period', 'Skriv perioden som halvår ÅÅÅÅ-1 eller ÅÅÅÅ-2 (fx 2026-1).');
    const question = cell('question');
    if (!question) err('question', 'Skal udfyldes.');
    else if (question.length > 300) err('question', 'Højst 300 tegn.');
    const scoreText = cell('score');
    let score: number | null = null;
    if (!scoreText) err('score', 'Skal udfyldes.');
    else {
      const s = parseScore(scoreText);
      if (typeof s === 'string') err('score', s);
      else score = s;
    }
    const nText = cell('n');
    let respondents: number | null = null;
    if (!nText) err('n', 'Skal udfyldes.');
    else if (!/^\d{1,6}$/.test(nText) || Number(nText) < 1) err('n', 'Antal besvarelser: et helt tal på mindst 1.');
    else respondents = Number(nText);

    let key: string | null = null;
    if (placementId && period && question) {
      key = `${placementId}|${period}|${lower(question)}`;
      const first = seen.get(key);
      if (first !== undefined) err(null, `Samme sted, periode og spørgsmål står allerede i række ${first}.`);
      else seen.set(key, row);
    }
    return {
      row,
      placement,
      placementId,
      period: period ?? periodText,
      question,
      score,
      respondents,
      replaces: false,
      errors,
      key,
    };
  });
  const keyed = rows.filter((r) => r.key && r.placementId);
  if (keyed.length > 0) {
    const existing = await repo.existingScoreKeys(
      ctx.tx,
      ctx.tenantId,
      areaId,
      keyed.map((r) => ({ placementId: r.placementId!, period: r.period, question: r.question })),
    );
    const stored = new Set(existing.map((e) => `${e.placement_id}|${e.period}|${lower(e.question)}`));
    for (const r of keyed) r.replaces = stored.has(r.key!);
  }
  return rows;
}

function summary(fileName: string, rows: ParsedRow[]): EvaluationPreview {
  const errorCount = rows.filter((r) => r.errors.length > 0).length;
  return {
    fileName,
    rows: rows.map(({ key: _key, ...r }) => r),
    errorCount,
    replaceCount: rows.filter((r) => r.replaces).length,
    canCommit: errorCount === 0,
  };
}

export async function previewEvaluations(
  ctx: AuthedCtx,
  areaId: string,
  file: EvaluationFile,
): Promise<EvaluationPreview> {
  await requireGpArea(ctx, areaId);
  return summary(file.fileName, await readRows(ctx, areaId, file));
}

/** Writes every row or none: a file with one row in error answers 400 with every row's errors. */
export async function commitEvaluations(
  ctx: AuthedCtx,
  areaId: string,
  file: EvaluationFile,
): Promise<EvaluationCommitResult> {
  await requireGpArea(ctx, areaId);
  await repo.lockKey(ctx.tx, `evaluations:${areaId}`);
  const rows = await readRows(ctx, areaId, file);
  const bad = rows.filter((r) => r.errors.length > 0);
  if (bad.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      detail: `${bad.length} række(r) har fejl; intet er gemt. Ret filen og prøv igen.`,
      errors: bad.flatMap((r) =>
        r.errors.map((e) => ({ path: `rows.${r.row}.${e.column ?? 'row'}`, message: e.message, code: 'custom' })),
      ),
    });
  const scores = rows.map((r) => ({
    placementId: r.placementId!,
    period: r.period,
    question: r.question,
    score: r.score!,
    respondents: r.respondents!,
  }));
  const replaced = rows.filter((r) => r.replaces).length;
  if (replaced > 0) await repo.deleteScores(ctx.tx, ctx.tenantId, areaId, scores);
  const { id } = await repo.createImport(ctx.tx, ctx.tenantId, {
    areaId,
    fileName: file.fileName,
    importedById: ctx.principal.userId,
    rowCount: rows.length,
    replacedCount: replaced,
  });
  await repo.insertScores(ctx.tx, ctx.tenantId, areaId, id, scores);
  await ctx.audit({
    action: 'evaluations.imported',
    entityType: 'evaluation_import',
    entityId: id,
    data: { areaId, rows: rows.length, replaced },
  });
  return { importId: id, rowCount: rows.length, replacedCount: replaced };
}

export async function getEvaluations(ctx: AuthedCtx, areaId: string): Promise<EvaluationOverview> {
  const area = await requireGpArea(ctx, areaId);
  const { evaluationThreshold } = await getSettings(ctx, areaId);
  const imports = await repo.listImports(ctx.tx, ctx.tenantId, areaId);
  const rows = await repo.listResults(ctx.tx, ctx.tenantId, areaId, evaluationThreshold, EVALUATION_DROP);
  return {
    area,
    threshold: evaluationThreshold,
    imports: imports.map((i) => ({
      id: i.id,
      fileName: i.fileName,
      importedBy: i.importedBy?.name ?? null,
      importedAt: i.importedAt.toISOString(),
      rowCount: i.rowCount,
      replacedCount: i.replacedCount,
    })),
    results: rows.map((r) => ({
      placementId: r.placement_id,
      placementName: r.placement_name,
      kind: r.kind,
      period: r.period,
      mean: Number(r.mean),
      questions: r.questions,
      respondents: r.respondents,
      previousPeriod: r.previous_period,
      previousMean: r.previous_mean === null ? null : Number(r.previous_mean),
      reasons: [...(r.below ? (['BELOW_THRESHOLD'] as const) : []), ...(r.dropped ? (['DROP'] as const) : [])],
      followUp:
        r.follow_up_id === null
          ? null
          : { id: r.follow_up_id, note: r.note!, notedOn: r.noted_on!, state: r.state!, version: r.follow_up_version! },
    })),
  };
}

export async function saveFollowUp(ctx: AuthedCtx, areaId: string, body: SaveFollowUp): Promise<EvaluationFollowUp> {
  await requireGpArea(ctx, areaId);
  if (!(await repo.hasScores(ctx.tx, ctx.tenantId, areaId, body.placementId, body.period)))
    throw notFound('The evaluation result');
  await repo.lockKey(ctx.tx, `follow-up:${areaId}:${body.placementId}:${body.period}`);
  const current = await repo.findFollowUp(ctx.tx, ctx.tenantId, areaId, body.placementId, body.period);
  const d = { note: body.note, notedOn: repo.dateOf(body.notedOn), state: body.state };
  const conflict = (v: number) =>
    new AppError('CONFLICT', {
      detail: `The follow-up note was changed in the meantime (now version ${v}). Reload to see it.`,
    });
  let id: string;
  if (body.version === null) {
    if (current) throw conflict(current.version);
    id = (
      await repo.createFollowUp(ctx.tx, ctx.tenantId, {
        areaId,
        placementId: body.placementId,
        period: body.period,
        ...d,
      })
    ).id;
  } else {
    if (!current) throw notFound('The follow-up note');
    if (current.version !== body.version) throw conflict(current.version);
    if ((await repo.updateFollowUp(ctx.tx, ctx.tenantId, current.id, body.version, d)) === 0)
      throw conflict(current.version);
    id = current.id;
  }
  await ctx.audit({
    action: body.version === null ? 'evaluation-follow-up.created' : 'evaluation-follow-up.updated',
    entityType: 'evaluation_follow_up',
    entityId: id,
    data: { areaId, placementId: body.placementId, period: body.period, state: body.state },
  });
  const saved = (await repo.findFollowUp(ctx.tx, ctx.tenantId, areaId, body.placementId, body.period))!;
  return {
    id: saved.id,
    note: saved.note,
    notedOn: saved.notedOn.toISOString().slice(0, 10),
    state: saved.state as 'OPEN' | 'DONE',
    version: saved.version,
  };
}
