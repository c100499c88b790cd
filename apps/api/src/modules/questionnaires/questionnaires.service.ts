import { randomUUID } from 'node:crypto';
import {
  AUDIENCE_ROLE_GROUPS,
  DEFAULT_SCALE,
  MAX_QUESTIONS,
  mayShowAggregate,
  nextHalfYearRound,
  todayInDenmark,
  type AnswerForm,
  type QuestionInput,
  type QuestionnaireAudience,
  type QuestionnaireDetail,
  type QuestionnaireOwners,
  type QuestionnaireSummary,
  type RoleGroup,
  type RoundStatus,
  type RoundStatusGroup,
  type RoundSummary,
  type SubmitAnswers,
  type FieldError,
  type MyQuestionnaireList,
} from '@portal/contracts';
import type { z } from 'zod';
import type { questionInputSchema, questionnaireInputSchema, roundInputSchema } from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import { withTenant, type Db, type Tx } from '../../lib/db.js';
import type { AuthedCtx } from '../../lib/route.js';
import { writeAudit } from '../audit/audit.repository.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { answerToken, tenantOfAnswerToken, tokenHash } from './links.js';
import * as repo from './questionnaires.repository.js';

type QInput = z.output<typeof questionnaireInputSchema>;
type QuestionOut = z.output<typeof questionInputSchema>;
type RoundIn = z.output<typeof roundInputSchema>;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const stale = (what: string) =>
  new AppError('CONFLICT', {
    detail: `${what} was changed by someone else meanwhile; reload to see the current version`,
  });
const fieldError = (path: string, message: string, code = 'invalid') =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code }] });

const scopeOf = (ctx: AuthedCtx) => unitsInScope(ctx, 'questionnaires:manage');

/** The questionnaire, if the caller may manage it (its hospital in scope; region-wide: TENANT_ADMIN). */
async function loadInScope(ctx: AuthedCtx, id: string) {
  const scope = await scopeOf(ctx);
  const q = await repo.findQuestionnaire(ctx.tx, ctx.tenantId, id);
  if (!q || !inScope(scope, q.ownerUnitId)) throw notFound('The questionnaire');
  return q;
}

function roundView(r: repo.RoundRow): RoundSummary {
  return {
    id: r.id,
    label: r.label,
    opensOn: iso(r.opensOn),
    closesOn: iso(r.closesOn),
    state: r.state as RoundSummary['state'],
    reminderEveryDays: r.reminderEveryDays,
    sentAt: r.sentAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    version: r.version,
  };
}

function questionView(q: repo.QuestionRow) {
  return {
    id: q.id,
    position: q.position,
    kind: q.kind as QuestionInput['kind'],
    text: q.text,
    required: q.required,
    options: q.options,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    scaleMinLabel: q.scaleMinLabel,
    scaleMaxLabel: q.scaleMaxLabel,
  };
}

export async function listQuestionnaires(ctx: AuthedCtx): Promise<{ items: QuestionnaireSummary[] }> {
  const scope = await scopeOf(ctx);
  const rows = await repo.listQuestionnaires(ctx.tx, ctx.tenantId, scope);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      owner: r.ownerUnit,
      audience: r.audience as QuestionnaireAudience,
      schedule: r.schedule as QuestionnaireSummary['schedule'],
      questionCount: r._count.questions,
      roundCount: r._count.rounds,
      openRounds: r.rounds.filter((x) => x.state === 'OPEN').length,
      lastRoundLabel: r.rounds[0]?.label ?? null,
      version: r.version,
    })),
  };
}

export async function owners(ctx: AuthedCtx): Promise<QuestionnaireOwners> {
  const scope = await scopeOf(ctx);
  return { region: scope === 'tenant', hospitals: await repo.hospitals(ctx.tx, ctx.tenantId, scope) };
}

export async function detail(ctx: AuthedCtx, id: string): Promise<QuestionnaireDetail> {
  const q = await loadInScope(ctx, id);
  const [questions, rounds] = await Promise.all([
    repo.questionsOf(ctx.tx, ctx.tenantId, id),
    repo.roundsOf(ctx.tx, ctx.tenantId, id),
  ]);
  const latest = rounds[0] ? iso(rounds[0].opensOn) : null;
  return {
    id: q.id,
    title: q.title,
    intro: q.intro,
    owner: q.ownerUnit,
    audience: q.audience as QuestionnaireAudience,
    schedule: q.schedule as QuestionnaireDetail['schedule'],
    version: q.version,
    questionsFrozen: rounds.some((r) => r.sentAt !== null),
    hasOpenRound: rounds.some((r) => r.state === 'OPEN'),
    questions: questions.map((x) => ({ ...questionView(x), retiredAt: x.retiredAt?.toISOString() ?? null })),
    rounds: rounds.map(roundView),
    nextRound: q.schedule === 'HALF_YEARLY' ? nextHalfYearRound(latest, todayInDenmark()) : null,
  };
}

/** The owner must be a hospital in the caller's scope, or the region (TENANT_ADMIN only). */
async function checkOwner(ctx: AuthedCtx, ownerUnitId: string | null) {
  const scope = await scopeOf(ctx);
  if (ownerUnitId === null) {
    if (scope !== 'tenant')
      throw fieldError(
        'body.ownerUnitId',
        'Only the region’s administrators own region-wide questionnaires',
        'not_allowed',
      );
    return;
  }
  const unit = await repo.findUnitKind(ctx.tx, ctx.tenantId, ownerUnitId);
  // Another hospital's (or tenant's) unit does not exist for the caller.
  if (!unit || !inScope(scope, unit.id)) throw notFound('The hospital');
  if (unit.kind !== 'HOSPITAL') throw fieldError('body.ownerUnitId', 'Choose a hospital', 'not_a_hospital');
}

export async function create(ctx: AuthedCtx, body: QInput): Promise<QuestionnaireDetail> {
  await checkOwner(ctx, body.ownerUnitId);
  const row = await repo.createQuestionnaire(ctx.tx, ctx.tenantId, {
    title: body.title,
    intro: body.intro,
    ownerUnitId: body.ownerUnitId,
    audience: body.audience,
    schedule: body.schedule,
    createdById: ctx.principal.userId,
  });
  await ctx.audit({
    action: 'questionnaire.created',
    entityType: 'questionnaire',
    entityId: row.id,
    data: { ownerUnitId: body.ownerUnitId, audience: body.audience, schedule: body.schedule },
  });
  return detail(ctx, row.id);
}

export async function update(ctx: AuthedCtx, id: string, body: QInput & { version: number }) {
  const q = await loadInScope(ctx, id);
  if (body.ownerUnitId !== q.ownerUnitId) await checkOwner(ctx, body.ownerUnitId);
  const rounds = await repo.roundsOf(ctx.tx, ctx.tenantId, id);
  if (rounds.some((r) => r.sentAt !== null) && (body.audience !== q.audience || body.ownerUnitId !== q.ownerUnitId))
    throw new AppError('CONFLICT', {
      detail:
        'The owner and audience cannot change once a round has been sent (rounds are compared); create a new questionnaire',
    });
  const ok = await repo.bumpQuestionnaire(ctx.tx, ctx.tenantId, id, body.version, {
    title: body.title,
    intro: body.intro,
    audience: body.audience,
    schedule: body.schedule,
  });
  if (!ok) throw stale('The questionnaire');
  if (body.ownerUnitId !== q.ownerUnitId) await repo.setOwner(ctx.tx, ctx.tenantId, id, body.ownerUnitId);
  await ctx.audit({ action: 'questionnaire.updated', entityType: 'questionnaire', entityId: id });
  return detail(ctx, id);
}

function questionData(q: QuestionOut) {
  const scale = q.kind === 'SCALE';
  return {
    kind: q.kind,
    text: q.text,
    required: q.required,
    options: q.kind === 'CHOICE' ? q.options : [],
    scaleMin: scale ? (q.scaleMin ?? DEFAULT_SCALE.min) : null,
    scaleMax: scale ? (q.scaleMax ?? DEFAULT_SCALE.max) : null,
    scaleMinLabel: scale ? (q.scaleMinLabel ?? null) : null,
    scaleMaxLabel: scale ? (q.scaleMaxLabel ?? null) : null,
  };
}

async function questionGuard(
  ctx: AuthedCtx,
  id: string,
  version: number,
  change: 'add' | 'edit' | 'retire' | 'reorder',
) {
  await loadInScope(ctx, id);
  const rounds = await repo.roundsOf(ctx.tx, ctx.tenantId, id);
  if (change === 'edit' && rounds.some((r) => r.sentAt !== null))
    throw new AppError('CONFLICT', {
      detail:
        'The questions are frozen: a round has been sent and its answers point to them. Retire the question and add a new one instead.',
    });
  if ((change === 'add' || change === 'retire') && rounds.some((r) => r.state === 'OPEN'))
    throw new AppError('CONFLICT', { detail: 'A round is open: close it before adding or retiring questions' });
  if (!(await repo.bumpQuestionnaire(ctx.tx, ctx.tenantId, id, version))) throw stale('The questionnaire');
}

export async function addQuestion(ctx: AuthedCtx, id: string, body: { version: number; question: QuestionOut }) {
  await questionGuard(ctx, id, body.version, 'add');
  const count = (await repo.questionsOf(ctx.tx, ctx.tenantId, id)).length;
  if (count >= MAX_QUESTIONS) throw fieldError('body.question', `At most ${MAX_QUESTIONS} questions`, 'too_many');
  const row = await repo.createQuestion(ctx.tx, ctx.tenantId, id, questionData(body.question));
  await ctx.audit({
    action: 'questionnaire.question-added',
    entityType: 'questionnaire',
    entityId: id,
    data: { questionId: row.id },
  });
  return detail(ctx, id);
}

async function questionOf(ctx: AuthedCtx, id: string, questionId: string) {
  const q = (await repo.questionsOf(ctx.tx, ctx.tenantId, id)).find((x) => x.id === questionId);
  if (!q) throw notFound('The question');
  return q;
}

export async function updateQuestion(
  ctx: AuthedCtx,
  id: string,
  questionId: string,
  body: { version: number; question: QuestionOut },
) {
  await loadInScope(ctx, id);
  await questionOf(ctx, id, questionId);
  await questionGuard(ctx, id, body.version, 'edit');
  await repo.updateQuestion(ctx.tx, ctx.tenantId, questionId, questionData(body.question));
  await ctx.audit({
    action: 'questionnaire.question-updated',
    entityType: 'questionnaire',
    entityId: id,
    data: { questionId },
  });
  return detail(ctx, id);
}

export async function retireQuestion(ctx: AuthedCtx, id: string, questionId: string, version: number) {
  await loadInScope(ctx, id);
  const q = await questionOf(ctx, id, questionId);
  if (q.retiredAt) throw new AppError('CONFLICT', { detail: 'The question is already retired' });
  await questionGuard(ctx, id, version, 'retire');
  await repo.updateQuestion(ctx.tx, ctx.tenantId, questionId, { retiredAt: new Date() });
  await ctx.audit({
    action: 'questionnaire.question-retired',
    entityType: 'questionnaire',
    entityId: id,
    data: { questionId },
  });
  return detail(ctx, id);
}

export async function reorder(ctx: AuthedCtx, id: string, body: { version: number; questionIds: string[] }) {
  await loadInScope(ctx, id);
  const all = await repo.questionsOf(ctx.tx, ctx.tenantId, id);
  const given = new Set(body.questionIds);
  if (given.size !== body.questionIds.length || given.size !== all.length || all.some((q) => !given.has(q.id)))
    throw fieldError('body.questionIds', 'List every question of the questionnaire exactly once', 'not_a_permutation');
  await questionGuard(ctx, id, body.version, 'reorder');
  await repo.reorderQuestions(ctx.tx, ctx.tenantId, id, body.questionIds);
  await ctx.audit({ action: 'questionnaire.questions-reordered', entityType: 'questionnaire', entityId: id });
  return detail(ctx, id);
}

// --- Rounds ---

async function roundInScope(ctx: AuthedCtx, questionnaireId: string, roundId: string) {
  const q = await loadInScope(ctx, questionnaireId);
  const r = await repo.findRound(ctx.tx, ctx.tenantId, questionnaireId, roundId);
  if (!r) throw notFound('The round');
  return { q, r };
}

export async function createRound(ctx: AuthedCtx, id: string, body: RoundIn): Promise<RoundSummary> {
  await loadInScope(ctx, id);
  const r = await repo.createRound(ctx.tx, ctx.tenantId, id, body);
  await ctx.audit({
    action: 'questionnaire-round.created',
    entityType: 'questionnaire_round',
    entityId: r.id,
    data: { questionnaireId: id },
  });
  return roundView(r);
}

export async function updateRound(ctx: AuthedCtx, id: string, roundId: string, body: RoundIn & { version: number }) {
  const { r } = await roundInScope(ctx, id, roundId);
  if (r.state !== 'DRAFT') throw new AppError('CONFLICT', { detail: 'Only a draft round can be changed' });
  const ok = await repo.updateRound(ctx.tx, ctx.tenantId, roundId, body.version, 'DRAFT', {
    label: body.label,
    opensOn: new Date(`${body.opensOn}T00:00:00Z`),
    closesOn: new Date(`${body.closesOn}T00:00:00Z`),
    reminderEveryDays: body.reminderEveryDays,
  });
  if (!ok) throw stale('The round');
  await ctx.audit({ action: 'questionnaire-round.updated', entityType: 'questionnaire_round', entityId: roundId });
  return roundView((await repo.findRound(ctx.tx, ctx.tenantId, id, roundId))!);
}

/**
 * DRAFT → OPEN in the request's transaction: the recipients (see recipientCandidates) with their
 * result group and the SHA-256 of their link. The e-mails go out after the commit (delivery.ts).
 */
/** The caller's own open questionnaires with their personal answer tokens (see myQuestionnaireSchema). */
export async function myQuestionnaires(ctx: AuthedCtx, secret: string): Promise<MyQuestionnaireList> {
  const rows = await repo.myOpenRecipients(ctx.tx, ctx.tenantId, ctx.principal.userId);
  return {
    items: rows.map((r) => ({
      title: r.title,
      roundLabel: r.label,
      closesOn: r.closes_on.toISOString().slice(0, 10),
      token: answerToken(secret, ctx.tenantId, r.id),
    })),
  };
}

export async function sendRound(ctx: AuthedCtx, id: string, roundId: string, version: number, secret: string) {
  const { q, r } = await roundInScope(ctx, id, roundId);
  if (r.state !== 'DRAFT') throw new AppError('CONFLICT', { detail: 'The round has already been sent' });
  const today = todayInDenmark();
  if (iso(r.closesOn) < today)
    throw fieldError('body.closesOn', 'The round’s closing date has passed; change it first', 'closed');
  const questions = (await repo.questionsOf(ctx.tx, ctx.tenantId, id)).filter((x) => !x.retiredAt);
  if (questions.length === 0) throw new AppError('CONFLICT', { detail: 'The questionnaire has no questions to send' });
  const candidates = await repo.recipientCandidates(
    ctx.tx,
    ctx.tenantId,
    q.ownerUnitId,
    AUDIENCE_ROLE_GROUPS[q.audience as QuestionnaireAudience],
    today,
  );
  if (candidates.length === 0)
    throw new AppError('CONFLICT', { detail: 'The audience has nobody to send the round to' });
  if (!(await repo.updateRound(ctx.tx, ctx.tenantId, roundId, version, 'DRAFT', { state: 'OPEN', sentAt: new Date() })))
    throw stale('The round');
  const rows = candidates.map((c) => {
    const rid = randomUUID();
    return {
      id: rid,
      userId: c.user_id,
      tokenHash: tokenHash(answerToken(secret, ctx.tenantId, rid)),
      groupUnitId: c.unit_id,
      roleGroup: c.role_group,
    };
  });
  await repo.insertRecipients(ctx.tx, ctx.tenantId, roundId, rows);
  await ctx.audit({
    action: 'questionnaire-round.sent',
    entityType: 'questionnaire_round',
    entityId: roundId,
    data: { recipients: rows.length },
  });
  return { round: roundView((await repo.findRound(ctx.tx, ctx.tenantId, id, roundId))!), recipients: rows.length };
}

export async function assertOpen(ctx: AuthedCtx, id: string, roundId: string) {
  const { r } = await roundInScope(ctx, id, roundId);
  if (r.state !== 'OPEN') throw new AppError('CONFLICT', { detail: 'Only an open round can be reminded' });
  await ctx.audit({ action: 'questionnaire-round.reminded', entityType: 'questionnaire_round', entityId: roundId });
}

/** OPEN → CLOSED: recipients become counts per result group, and are deleted (one transaction). */
export async function closeRoundTx(
  tx: Tx,
  tenantId: string,
  questionnaireId: string,
  roundId: string,
  version: number | null,
): Promise<boolean> {
  const r = await repo.findRound(tx, tenantId, questionnaireId, roundId);
  if (!r || r.state !== 'OPEN') return false;
  if (
    !(await repo.updateRound(tx, tenantId, roundId, version ?? r.version, 'OPEN', {
      state: 'CLOSED',
      closedAt: new Date(),
    }))
  )
    return false;
  await repo.reduceRecipients(tx, tenantId, roundId);
  await writeAudit(tx, tenantId, null, {
    action: 'questionnaire-round.closed',
    entityType: 'questionnaire_round',
    entityId: roundId,
    data: { automatic: version === null },
  });
  return true;
}

export async function closeRound(ctx: AuthedCtx, id: string, roundId: string, version: number) {
  const { r } = await roundInScope(ctx, id, roundId);
  if (r.state !== 'OPEN') throw new AppError('CONFLICT', { detail: 'Only an open round can be closed' });
  if (r.version !== version) throw stale('The round');
  if (
    !(await repo.updateRound(ctx.tx, ctx.tenantId, roundId, version, 'OPEN', { state: 'CLOSED', closedAt: new Date() }))
  )
    throw stale('The round');
  await repo.reduceRecipients(ctx.tx, ctx.tenantId, roundId);
  await ctx.audit({ action: 'questionnaire-round.closed', entityType: 'questionnaire_round', entityId: roundId });
  return roundView((await repo.findRound(ctx.tx, ctx.tenantId, id, roundId))!);
}

export async function status(ctx: AuthedCtx, id: string, roundId: string): Promise<RoundStatus> {
  const { q, r } = await roundInScope(ctx, id, roundId);
  const counts =
    r.state === 'CLOSED'
      ? await repo.closedCounts(ctx.tx, ctx.tenantId, roundId)
      : r.state === 'OPEN'
        ? await repo.openCounts(ctx.tx, ctx.tenantId, roundId)
        : [];
  const rate = (a: number, n: number) => (n === 0 ? 0 : Math.round((a / n) * 1000) / 1000);
  const groups: RoundStatusGroup[] = [];
  let otherN = 0;
  let otherA = 0;
  const order: Record<RoleGroup, number> = { TRAINEE: 1, SUPERVISOR: 2, EDUCATION_LEADER: 3 };
  for (const c of [...counts].sort(
    (a, b) => (a.unit_name ?? '').localeCompare(b.unit_name ?? '', 'da') || order[a.role_group] - order[b.role_group],
  )) {
    // Groups smaller than MIN_AGGREGATE_ANSWERS recipients are merged into "øvrige".
    if (mayShowAggregate(c.recipients) && c.unit_id) {
      groups.push({
        unit: { id: c.unit_id, name: c.unit_name ?? '' },
        roleGroup: c.role_group,
        other: false,
        recipients: c.recipients,
        answered: c.answered,
        rate: rate(c.answered, c.recipients),
      });
    } else {
      otherN += c.recipients;
      otherA += c.answered;
    }
  }
  if (otherN > 0)
    groups.push({
      unit: null,
      roleGroup: null,
      other: true,
      recipients: otherN,
      answered: otherA,
      rate: rate(otherA, otherN),
    });
  const recipients = counts.reduce((s, c) => s + c.recipients, 0);
  const answered = counts.reduce((s, c) => s + c.answered, 0);
  const reminders = r.state === 'OPEN' ? await repo.reminderFigures(ctx.tx, ctx.tenantId, roundId) : null;
  return {
    questionnaire: { id: q.id, title: q.title },
    round: roundView(r),
    recipients,
    answered,
    rate: rate(answered, recipients),
    groups,
    remindersSent: reminders?.sent ?? null,
    lastReminderAt: reminders?.last?.toISOString() ?? null,
  };
}

// --- Answering (public; the token is the credential) ---

const invalidLink = () =>
  new AppError('NOT_FOUND', { detail: 'The link is not valid: it is unknown, already used, or the round has closed' });

export async function answerFormOf(db: Db, token: string): Promise<AnswerForm> {
  const tenantId = tenantOfAnswerToken(token);
  return withTenant(db, tenantId, async (tx) => {
    const rec = await repo.findAnswerableRecipient(tx, tenantId, tokenHash(token));
    if (!rec) throw invalidLink();
    const round = await repo.answerForm(tx, tenantId, rec.round_id);
    if (!round?.sentAt) throw invalidLink();
    const questions = await repo.roundQuestions(tx, tenantId, rec.questionnaire_id, round.sentAt);
    return {
      title: round.questionnaire.title,
      intro: round.questionnaire.intro,
      roundLabel: round.label,
      closesOn: iso(round.closesOn),
      tenantName: round.tenant.name,
      questions: questions.map((x) => {
        const { position: _position, ...v } = questionView(x);
        return v;
      }),
    };
  });
}

/**
 * Stores one anonymous answer sheet: the response row carries only the round and the result
 * group, never the person, the recipient, the token or the time; the recipient is only marked
 * as having answered. The audit event has no actor, no IP and no request id.
 */
export async function submitAnswers(db: Db, token: string, body: SubmitAnswers): Promise<void> {
  const tenantId = tenantOfAnswerToken(token);
  await withTenant(db, tenantId, async (tx) => {
    const rec = await repo.findAnswerableRecipient(tx, tenantId, tokenHash(token));
    if (!rec) throw invalidLink();
    const round = await repo.answerForm(tx, tenantId, rec.round_id);
    if (!round?.sentAt) throw invalidLink();
    const questions = await repo.roundQuestions(tx, tenantId, rec.questionnaire_id, round.sentAt);
    const byId = new Map(body.answers.map((a, i) => [a.questionId, { a, i }]));
    const errors: FieldError[] = [];
    const known = new Set(questions.map((q) => q.id));
    body.answers.forEach((a, i) => {
      if (!known.has(a.questionId))
        errors.push({
          path: `body.answers.${i}.questionId`,
          message: 'Not a question of this questionnaire',
          code: 'unknown_question',
        });
    });
    if (byId.size !== body.answers.length)
      errors.push({ path: 'body.answers', message: 'Answer each question at most once', code: 'duplicate' });
    const rows: { questionId: string; scaleValue?: number; choiceIndex?: number; text?: string }[] = [];
    for (const q of questions) {
      const hit = byId.get(q.id);
      const path = hit ? `body.answers.${hit.i}` : `body.answers`;
      const a = hit?.a;
      const value =
        q.kind === 'SCALE' ? a?.scaleValue : q.kind === 'CHOICE' ? a?.choiceIndex : a?.text ? a.text : undefined;
      const extra =
        a &&
        ((q.kind !== 'SCALE' && a.scaleValue !== undefined) ||
          (q.kind !== 'CHOICE' && a.choiceIndex !== undefined) ||
          (q.kind !== 'TEXT' && a.text));
      if (extra) {
        errors.push({ path, message: `Answer “${q.text}” with its own kind of answer`, code: 'wrong_kind' });
        continue;
      }
      if (value === undefined) {
        if (q.required)
          errors.push({ path: `body.answers.${q.id}`, message: `“${q.text}” must be answered`, code: 'required' });
        continue;
      }
      if (q.kind === 'SCALE' && (a!.scaleValue! < q.scaleMin! || a!.scaleValue! > q.scaleMax!)) {
        errors.push({
          path: `${path}.scaleValue`,
          message: `Choose a value from ${q.scaleMin} to ${q.scaleMax}`,
          code: 'out_of_range',
        });
        continue;
      }
      if (q.kind === 'CHOICE' && a!.choiceIndex! >= q.options.length) {
        errors.push({ path: `${path}.choiceIndex`, message: 'Choose one of the options', code: 'out_of_range' });
        continue;
      }
      rows.push(
        q.kind === 'SCALE'
          ? { questionId: q.id, scaleValue: a!.scaleValue! }
          : q.kind === 'CHOICE'
            ? { questionId: q.id, choiceIndex: a!.choiceIndex! }
            : { questionId: q.id, text: a!.text! },
      );
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    if (!(await repo.markAnswered(tx, tenantId, rec.id))) throw invalidLink();
    const groupUnitId = await repo.resultUnitOf(tx, tenantId, rec.round_id, rec.group_unit_id, rec.role_group);
    const responseId = randomUUID();
    await repo.insertResponse(tx, tenantId, {
      id: responseId,
      roundId: rec.round_id,
      groupUnitId,
      roleGroup: rec.role_group,
    });
    await repo.insertAnswers(
      tx,
      tenantId,
      rows.map((r) => ({ ...r, responseId })),
    );
    // No actor, no request (its IP and id would tie the answer to a person and a time).
    await writeAudit(tx, tenantId, null, {
      action: 'questionnaire-round.answered',
      entityType: 'questionnaire_round',
      entityId: rec.round_id,
    });
  });
}
