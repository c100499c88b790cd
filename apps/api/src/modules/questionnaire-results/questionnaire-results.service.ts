import {
  MIN_AGGREGATE_ANSWERS,
  mayShowAggregate,
  ROLE_GROUPS,
  type FeedIndicator,
  type FeedIndicatorResult,
  type HiddenReason,
  type IndicatorTargets,
  type QuestionComparison,
  type QuestionFigures,
  type QuestionKind,
  type QuestionResult,
  type ResultGroup,
  type ResultGroupBy,
  type ResultsList,
  type RoundRef,
  type RoundResults,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { addIndicatorValue } from '../strategies/strategies.service.js';
import { canManage, strategyAccess } from '../strategies/strategy-access.js';
import * as repo from './questionnaire-results.repository.js';
import { cachedAggregate } from './results-cache.js';
import type { AnswerCountRow, QuestionRow, RoundRow, Visibility } from './questionnaire-results.repository.js';

export type Ctx = Pick<AuthedCtx, 'tx' | 'tenantId' | 'principal' | 'audit' | 'req'>;

/**
 * Who reads which results (permission questionnaires:results):
 * - held tenant-wide (TENANT_ADMIN): every questionnaire, every group;
 * - held on units (Tutorcentret of a hospital; UAO, UKS, cheflæge of a department): the
 *   questionnaires owned by the hospital(s) their units lie in, and the region's (owner null);
 *   the results then cover only the result groups inside those hospitals (a UAO of an MVH
 *   department sees MVH's departments, never another hospital's). Anything else answers 404.
 */
interface Reader {
  /** null: tenant-wide. */
  hospitals: Set<string> | null;
  below: string[];
}

async function reader(ctx: Ctx): Promise<Reader> {
  const scope = permissionScope(ctx.principal, 'questionnaires:results');
  if (scope === 'tenant') return { hospitals: null, below: [] };
  const hospitals = await repo.hospitalsOf(ctx.tx, ctx.tenantId, [...scope]);
  return { hospitals: new Set(hospitals), below: await repo.unitsBelow(ctx.tx, ctx.tenantId, hospitals) };
}

function reads(r: Reader, ownerUnitId: string | null): boolean {
  return r.hospitals === null || ownerUnitId === null || r.hospitals.has(ownerUnitId);
}

function visibility(r: Reader, ownerUnitId: string | null): Visibility {
  if (r.hospitals === null) return { units: null, nullVisible: true };
  return { units: r.below, nullVisible: ownerUnitId !== null && r.hospitals.has(ownerUnitId) };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (part: number, whole: number) => round1((100 * part) / whole);

function ref(r: { id: string; label: string; opens_on: Date; closes_on: Date }): RoundRef {
  return { id: r.id, label: r.label, opensOn: isoDate(r.opens_on), closesOn: isoDate(r.closes_on) };
}

/**
 * Which groups show no figure. Below MIN_AGGREGATE_ANSWERS: TOO_FEW. Then, while the hidden groups
 * together hold 1–4 answers, the smallest shown group is hidden too (PROTECTS_SMALL_GROUP):
 * otherwise "overall minus the shown groups" would give the small group's figures.
 */
export function suppress(
  counts: Map<string, number>,
  preHidden: Map<string, HiddenReason | null> = new Map(),
): Map<string, HiddenReason | null> {
  const out = new Map<string, HiddenReason | null>();
  let hiddenTotal = 0;
  const shown: [string, number][] = [];
  for (const [k, n] of counts) {
    const pre = preHidden.get(k) ?? null;
    if (pre !== null || !mayShowAggregate(n)) {
      out.set(k, pre ?? 'TOO_FEW');
      hiddenTotal += n;
    } else {
      out.set(k, null);
      shown.push([k, n]);
    }
  }
  shown.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  while (hiddenTotal > 0 && hiddenTotal < MIN_AGGREGATE_ANSWERS && shown.length > 0) {
    const [k, n] = shown.shift()!;
    out.set(k, 'PROTECTS_SMALL_GROUP');
    hiddenTotal += n;
  }
  return out;
}

const HIDDEN = (reason: HiddenReason): QuestionFigures => ({
  hidden: reason,
  n: null,
  mean: null,
  topShare: null,
  distribution: [],
  choices: [],
  texts: [],
});

/** The figures of one question from its grouped counts (already known to be shown). */
function figuresOf(q: QuestionRow, rows: AnswerCountRow[], texts: string[]): QuestionFigures {
  const kind = q.kind as QuestionKind;
  if (kind === 'TEXT') {
    const sorted = [...texts].sort((a, b) => a.localeCompare(b, 'da'));
    return { ...HIDDEN('TOO_FEW'), hidden: null, n: sorted.length, texts: sorted };
  }
  const n = rows.reduce((s, r) => s + r.n, 0);
  if (kind === 'SCALE') {
    const min = q.scale_min ?? 1;
    const max = q.scale_max ?? 5;
    const byValue = new Map<number, number>();
    for (const r of rows)
      if (r.scale_value !== null) byValue.set(r.scale_value, (byValue.get(r.scale_value) ?? 0) + r.n);
    const distribution = [];
    let sum = 0;
    let top = 0;
    for (let v = min; v <= max; v++) {
      const count = byValue.get(v) ?? 0;
      distribution.push({ value: v, count, percent: pct(count, n) });
      sum += v * count;
      if (v >= max - 1) top += count;
    }
    return { ...HIDDEN('TOO_FEW'), hidden: null, n, mean: round2(sum / n), topShare: pct(top, n), distribution };
  }
  const byIndex = new Map<number, number>();
  for (const r of rows)
    if (r.choice_index !== null) byIndex.set(r.choice_index, (byIndex.get(r.choice_index) ?? 0) + r.n);
  const choices = q.options.map((_, index) => ({
    index,
    count: byIndex.get(index) ?? 0,
    percent: pct(byIndex.get(index) ?? 0, n),
  }));
  return { ...HIDDEN('TOO_FEW'), hidden: null, n, choices };
}

interface Computed {
  total: number;
  overallHidden: HiddenReason | null;
  groupKeys: string[];
  groupHidden: Map<string, HiddenReason | null>;
  responses: Map<string, number>;
  rates: Map<string, { recipients: number; answered: number }>;
  questions: QuestionRow[];
  figures: Map<string, { overall: QuestionFigures; groups: Map<string, QuestionFigures> }>;
}

/** One round's figures for the caller's visible responses, with every suppression applied. */
async function compute(ctx: Ctx, roundId: string, groupBy: ResultGroupBy, vis: Visibility): Promise<Computed> {
  const [agg, questions] = await Promise.all([
    repo.roundAggregates(ctx.tx, ctx.tenantId, roundId, groupBy, vis),
    repo.questionsOfRound(ctx.tx, ctx.tenantId, roundId),
  ]);
  const responses = new Map(agg.responses.map((r) => [r.gk, r.responses]));
  const rates = new Map(agg.rates.map((r) => [r.gk, { recipients: r.recipients, answered: r.answered }]));
  const groupKeys = [...new Set([...responses.keys(), ...rates.keys()])];
  const total = [...responses.values()].reduce((s, n) => s + n, 0);
  const overallHidden: HiddenReason | null = mayShowAggregate(total) ? null : 'TOO_FEW';
  const counts = new Map(groupKeys.map((k) => [k, responses.get(k) ?? 0]));
  const groupHidden = suppress(
    counts,
    overallHidden ? new Map(groupKeys.map((k) => [k, 'TOO_FEW' as HiddenReason])) : new Map(),
  );

  const figures = new Map<string, { overall: QuestionFigures; groups: Map<string, QuestionFigures> }>();
  for (const q of questions) {
    const rows = agg.answers.filter((a) => a.question_id === q.id);
    const texts = agg.texts.filter((a) => a.question_id === q.id);
    const rowsOf = (k: string) => rows.filter((r) => r.gk === k);
    const textsOf = (k: string) => texts.filter((r) => r.gk === k).map((r) => r.text);
    let qHidden: Map<string, HiddenReason | null>;
    let overallQ: HiddenReason | null = overallHidden;
    if (q.kind === 'TEXT') {
      qHidden = groupHidden;
    } else {
      const n = new Map(groupKeys.map((k) => [k, rowsOf(k).reduce((s, r) => s + r.n, 0)]));
      qHidden = suppress(n, groupHidden);
      const nAll = [...n.values()].reduce((s, x) => s + x, 0);
      if (!overallQ && !mayShowAggregate(nAll)) overallQ = 'TOO_FEW';
    }
    const groups = new Map<string, QuestionFigures>();
    for (const k of groupKeys) {
      const h = qHidden.get(k) ?? null;
      groups.set(k, h ? HIDDEN(h) : figuresOf(q, rowsOf(k), textsOf(k)));
    }
    const overall = overallQ
      ? HIDDEN(overallQ)
      : figuresOf(
          q,
          rows,
          texts.map((r) => r.text),
        );
    figures.set(q.id, { overall, groups });
  }
  return { total, overallHidden, groupKeys, groupHidden, responses, rates, questions, figures };
}

function compare(kind: string, cur: QuestionFigures, prev: QuestionFigures): QuestionComparison {
  const both = cur.hidden === null && prev.hidden === null;
  return {
    previous: prev,
    meanChange: both && kind === 'SCALE' ? round2(cur.mean! - prev.mean!) : null,
    topShareChange: both && kind === 'SCALE' ? round1(cur.topShare! - prev.topShare!) : null,
    choiceChanges:
      both && kind === 'CHOICE'
        ? cur.choices.map((c) => round1(c.percent - (prev.choices.find((p) => p.index === c.index)?.percent ?? 0)))
        : null,
  };
}

const ROLE_ORDER = new Map<string, number>(ROLE_GROUPS.map((r, i) => [r, i]));

/** A readable round (404 otherwise), its questionnaire, and the caller's view of it. */
async function readableRound(ctx: Ctx, roundId: string): Promise<{ round: RoundRow; r: Reader; vis: Visibility }> {
  const [round, r] = await Promise.all([repo.findRound(ctx.tx, ctx.tenantId, roundId), reader(ctx)]);
  if (!round || !reads(r, round.owner_unit_id)) throw notFound('The round');
  if (round.state !== 'CLOSED')
    throw new AppError('CONFLICT', {
      detail:
        'Results are shown only once the round is closed: figures that change while answers come in would let someone watching them learn one person’s answer.',
    });
  return { round, r, vis: visibility(r, round.owner_unit_id) };
}

export async function roundResults(ctx: Ctx, roundId: string, groupBy: ResultGroupBy): Promise<RoundResults> {
  const { round, r, vis } = await readableRound(ctx, roundId);
  const closed = await repo.closedRounds(ctx.tx, ctx.tenantId, round.questionnaire_id);
  const idx = closed.findIndex((c) => c.id === round.id);
  const previous = idx > 0 ? closed[idx - 1]! : null;
  // Closed rounds do not change: their aggregates are cached per caller's view (results-cache.ts).
  const view = [groupBy, vis.nullVisible, vis.units === null ? '*' : [...vis.units].sort().join(',')].join('|');
  const roundFigures = (id: string) =>
    cachedAggregate(`${ctx.tenantId}|round|${id}|${view}`, () => compute(ctx, id, groupBy, vis));
  const [cur, prev, trend] = await Promise.all([
    roundFigures(round.id),
    previous ? roundFigures(previous.id) : Promise.resolve(null),
    cachedAggregate(
      `${ctx.tenantId}|trend|${round.questionnaire_id}|${closed.map((c) => c.id).join(',')}|${view}`,
      () => repo.trendRows(ctx.tx, ctx.tenantId, round.questionnaire_id, vis),
    ),
  ]);

  const unitIds = cur.groupKeys.filter((k) => k !== 'none' && !ROLE_ORDER.has(k));
  const names = await repo.unitNames(ctx.tx, ctx.tenantId, unitIds);
  const sortKey = (k: string) =>
    k === 'none' ? '\uffff' : ROLE_ORDER.has(k) ? String(ROLE_ORDER.get(k)) : (names.get(k) ?? k);
  const keys = [...cur.groupKeys].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'da'));

  const groups: ResultGroup[] = keys.map((k) => {
    const hidden = cur.groupHidden.get(k) ?? null;
    const rate = cur.rates.get(k);
    return {
      key: k,
      name: names.get(k) ?? null,
      hidden,
      responses: hidden ? null : (cur.responses.get(k) ?? 0),
      responseRate:
        !hidden && rate && rate.recipients >= MIN_AGGREGATE_ANSWERS
          ? { ...rate, percent: pct(rate.answered, rate.recipients) }
          : null,
    };
  });

  const trendByRound = new Map<string, number>();
  const trendQ = new Map<string, { n: number; total: number; top: number }>();
  for (const t of trend) {
    if (t.question_id === null) trendByRound.set(t.round_id, t.n);
    else trendQ.set(`${t.round_id}/${t.question_id}`, t);
  }

  const questions: QuestionResult[] = cur.questions.map((q) => {
    const f = cur.figures.get(q.id)!;
    const pf = prev?.figures.get(q.id);
    return {
      id: q.id,
      position: q.position,
      kind: q.kind as QuestionKind,
      text: q.text,
      options: q.options,
      scaleMin: q.scale_min,
      scaleMax: q.scale_max,
      scaleMinLabel: q.scale_min_label,
      scaleMaxLabel: q.scale_max_label,
      overall: f.overall,
      groups: keys.map((k) => {
        const pg = pf?.groups.get(k);
        return { key: k, figures: f.groups.get(k)!, comparison: pg ? compare(q.kind, f.groups.get(k)!, pg) : null };
      }),
      comparison: pf ? compare(q.kind, f.overall, pf.overall) : null,
      trend:
        q.kind === 'SCALE'
          ? closed.map((c) => {
              const t = trendQ.get(`${c.id}/${q.id}`);
              const ok = t && mayShowAggregate(trendByRound.get(c.id) ?? 0) && mayShowAggregate(t.n);
              return {
                roundId: c.id,
                label: c.label,
                mean: ok ? round2(t.total / t.n) : null,
                topShare: ok ? pct(t.top, t.n) : null,
              };
            })
          : [],
    };
  });

  const totalRate = [...cur.rates.values()].reduce(
    (s, x) => ({ recipients: s.recipients + x.recipients, answered: s.answered + x.answered }),
    { recipients: 0, answered: 0 },
  );
  return {
    questionnaire: {
      id: round.questionnaire_id,
      title: round.title,
      owner: round.owner_unit_id ? { id: round.owner_unit_id, name: round.owner_name ?? '' } : null,
    },
    round: ref(round),
    previousRound: previous ? ref(previous) : null,
    groupBy,
    coverage: r.hospitals === null ? 'region' : 'hospitals',
    responses: cur.overallHidden ? null : cur.total,
    overallHidden: cur.overallHidden,
    responseRate:
      !cur.overallHidden && totalRate.recipients > 0
        ? { ...totalRate, percent: pct(totalRate.answered, totalRate.recipients) }
        : null,
    groups,
    questions,
  };
}

export async function list(ctx: Ctx): Promise<ResultsList> {
  const [rows, r] = await Promise.all([repo.listClosed(ctx.tx, ctx.tenantId), reader(ctx)]);
  const items: ResultsList['items'] = [];
  for (const row of rows) {
    if (!reads(r, row.owner_unit_id)) continue;
    let item = items.at(-1);
    if (!item || item.id !== row.id) {
      item = {
        id: row.id,
        title: row.title,
        owner: row.owner_unit_id ? { id: row.owner_unit_id, name: row.owner_name ?? '' } : null,
        audience: row.audience as ResultsList['items'][number]['audience'],
        rounds: [],
      };
      items.push(item);
    }
    item.rounds.push(ref({ id: row.round_id, label: row.label, opens_on: row.opens_on, closes_on: row.closes_on }));
  }
  return { items };
}

/** Manual indicators of the strategies the caller edits (empty without strategy:manage). */
export async function indicatorTargets(ctx: Ctx): Promise<IndicatorTargets> {
  if (!ctx.principal.permissions.has('strategy:manage')) return { items: [] };
  const [rows, access] = await Promise.all([repo.manualIndicators(ctx.tx, ctx.tenantId), strategyAccess(ctx)]);
  return {
    items: rows
      .filter((x) => canManage(access, x.unit_id))
      .map((x) => ({
        strategyId: x.strategy_id,
        strategyTitle: x.strategy_title,
        indicatorId: x.indicator_id,
        indicatorTitle: x.indicator_title,
        initiativeTitle: x.initiative_title,
        valueType: x.value_type as IndicatorTargets['items'][number]['valueType'],
      })),
  };
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });

/**
 * "Brug som indikatorværdi": the overall result of a SCALE question (in the caller's view) as the
 * value of a manual indicator, recorded through the strategy module's addIndicatorValue (which
 * checks the caller edits that strategy, that the indicator is manual, and audits the value).
 */
export async function feedIndicator(ctx: Ctx, roundId: string, body: FeedIndicator): Promise<FeedIndicatorResult> {
  if (!ctx.principal.permissions.has('strategy:manage')) throw new AppError('FORBIDDEN');
  const { round, r, vis } = await readableRound(ctx, roundId);
  const cur = await compute(ctx, round.id, 'department', vis);
  const q = cur.questions.find((x) => x.id === body.questionId);
  if (!q) throw invalid('body.questionId', 'The question was not asked in this round');
  if (q.kind !== 'SCALE') throw invalid('body.questionId', 'Only a scale question gives a value');
  const f = cur.figures.get(q.id)!.overall;
  if (f.hidden) throw invalid('body.questionId', 'Too few answers (fewer than 5): the result cannot be used');
  const value = body.measure === 'MEAN' ? f.mean! : f.topShare!;
  const top = `${(q.scale_max ?? 5) - 1}–${q.scale_max ?? 5}`;
  const what = body.measure === 'MEAN' ? `gennemsnit ${value}` : `${value} % svarede ${top}`;
  // A region-wide questionnaire read by a hospital's reader: the value covers that hospital's groups only.
  const part = r.hospitals !== null && round.owner_unit_id === null ? ' Kun svar fra grupper på eget hospital.' : '';
  const note = `Spørgeskema "${round.title}", ${round.label}: "${q.text}" (${what}, n = ${f.n}).${part}`.slice(0, 1000);
  const written = await addIndicatorValue(ctx, body.strategyId, body.indicatorId, {
    departmentId: null,
    measuredOn: body.measuredOn ?? isoDate(round.closes_on),
    value,
    note,
  });
  await ctx.audit({
    action: 'questionnaire-results.indicator-feed',
    entityType: 'indicator_value',
    entityId: written.id,
    data: {
      roundId: round.id,
      questionId: q.id,
      measure: body.measure,
      strategyId: body.strategyId,
      indicatorId: body.indicatorId,
      value,
    },
  });
  return { id: written.id, value, note };
}
