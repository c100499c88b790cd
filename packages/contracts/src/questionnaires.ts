import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * Questionnaires (spørgeskemaer) sent in rounds to a target group, answered anonymously (ADR 0013).
 * The shared vocabulary of the questionnaire modules; each module adds its request and response
 * schemas below its own heading.
 */

/** Who a questionnaire is sent to, within its owner (a hospital, or the region). */
export const QUESTIONNAIRE_AUDIENCES = ['TRAINEES', 'SUPERVISORS', 'EDUCATION_LEADERS', 'ALL'] as const;
export const questionnaireAudienceSchema = z.enum(QUESTIONNAIRE_AUDIENCES);
export type QuestionnaireAudience = z.infer<typeof questionnaireAudienceSchema>;

/** ONCE, or a new round every half year (the MVH questionnaire: July and January). */
export const QUESTIONNAIRE_SCHEDULES = ['ONCE', 'HALF_YEARLY'] as const;
export const questionnaireScheduleSchema = z.enum(QUESTIONNAIRE_SCHEDULES);
export type QuestionnaireSchedule = z.infer<typeof questionnaireScheduleSchema>;

export const QUESTION_KINDS = ['SCALE', 'CHOICE', 'TEXT'] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const ROUND_STATES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export const roundStateSchema = z.enum(ROUND_STATES);
export type RoundState = z.infer<typeof roundStateSchema>;

/**
 * The role group a recipient (and so their anonymous response) belongs to for results:
 * TRAINEE (uddannelseslæger), SUPERVISOR (vejledere), EDUCATION_LEADER (UAO, UKS, UKYL, cheflæger).
 */
export const ROLE_GROUPS = ['TRAINEE', 'SUPERVISOR', 'EDUCATION_LEADER'] as const;
export const roleGroupSchema = z.enum(ROLE_GROUPS);
export type RoleGroup = z.infer<typeof roleGroupSchema>;

/** Which role groups an audience covers. */
export const AUDIENCE_ROLE_GROUPS: Record<QuestionnaireAudience, readonly RoleGroup[]> = {
  TRAINEES: ['TRAINEE'],
  SUPERVISORS: ['SUPERVISOR'],
  EDUCATION_LEADERS: ['EDUCATION_LEADER'],
  ALL: ['TRAINEE', 'SUPERVISOR', 'EDUCATION_LEADER'],
};

/** Default scale of a SCALE question (1 = "slet ikke", 5 = "i meget høj grad"). */
export const DEFAULT_SCALE = { min: 1, max: 5 } as const;

// ------------------------------------------------------------------------------------------------
// Authoring, rounds and answering (questionnaires module: apps/api/src/modules/questionnaires)
// ------------------------------------------------------------------------------------------------

/** At most this many questions per questionnaire (positions 1..MAX_QUESTIONS). */
export const MAX_QUESTIONS = 100;
/** Longest free-text answer. */
export const MAX_ANSWER_TEXT = 4000;

const qVersionSchema = z.number().int().min(1);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const questionnaireIdParamsSchema = z.strictObject({ questionnaireId: uuidSchema });
export const questionParamsSchema = z.strictObject({ questionnaireId: uuidSchema, questionId: uuidSchema });
export const roundParamsSchema = z.strictObject({ questionnaireId: uuidSchema, roundId: uuidSchema });

export const questionnaireInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  intro: optionalText(4000),
  /** A hospital, or null for a region-wide questionnaire (TENANT_ADMIN only). */
  ownerUnitId: uuidSchema.nullable(),
  audience: questionnaireAudienceSchema,
  schedule: questionnaireScheduleSchema,
});
export type QuestionnaireInput = z.input<typeof questionnaireInputSchema>;
export const updateQuestionnaireSchema = questionnaireInputSchema.extend({ version: qVersionSchema });
export type UpdateQuestionnaireInput = z.input<typeof updateQuestionnaireSchema>;

/** A question as written by the author; the kind decides which fields are allowed. */
export const questionInputSchema = z
  .strictObject({
    kind: questionKindSchema,
    text: z.string().trim().min(1).max(1000),
    required: z.boolean().default(true),
    options: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    scaleMin: z.number().int().min(0).max(10).nullable().optional(),
    scaleMax: z.number().int().min(0).max(10).nullable().optional(),
    scaleMinLabel: optionalText(100),
    scaleMaxLabel: optionalText(100),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'CHOICE' && (q.options.length < 2 || q.options.length > 20))
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'A choice question needs 2 to 20 options' });
    if (q.kind !== 'CHOICE' && q.options.length > 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only a choice question has options' });
    if (q.kind === 'SCALE') {
      const min = q.scaleMin ?? DEFAULT_SCALE.min;
      const max = q.scaleMax ?? DEFAULT_SCALE.max;
      if (min >= max)
        ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'The top of the scale must be above its bottom' });
    } else if (q.scaleMin != null || q.scaleMax != null || q.scaleMinLabel || q.scaleMaxLabel) {
      ctx.addIssue({ code: 'custom', path: ['scaleMin'], message: 'Only a scale question has a scale' });
    }
  });
export type QuestionInput = z.input<typeof questionInputSchema>;

export const addQuestionSchema = z.strictObject({ version: qVersionSchema, question: questionInputSchema });
export const updateQuestionSchema = addQuestionSchema;
export const questionnaireVersionSchema = z.strictObject({ version: qVersionSchema });
export const reorderQuestionsSchema = z.strictObject({
  version: qVersionSchema,
  questionIds: z.array(uuidSchema).min(1).max(MAX_QUESTIONS),
});

export const questionViewSchema = z.strictObject({
  id: uuidSchema,
  position: z.number().int(),
  kind: questionKindSchema,
  text: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  scaleMinLabel: z.string().nullable(),
  scaleMaxLabel: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const roundSummarySchema = z.strictObject({
  id: uuidSchema,
  label: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  state: roundStateSchema,
  reminderEveryDays: z.number().int().nullable(),
  sentAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const roundSuggestionSchema = z.strictObject({
  label: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  reminderEveryDays: z.number().int(),
});
export type RoundSuggestion = z.infer<typeof roundSuggestionSchema>;

export const questionnaireSummarySchema = z.strictObject({
  id: uuidSchema,
  title: z.string(),
  owner: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  audience: questionnaireAudienceSchema,
  schedule: questionnaireScheduleSchema,
  questionCount: z.number().int(),
  roundCount: z.number().int(),
  openRounds: z.number().int(),
  lastRoundLabel: z.string().nullable(),
  version: z.number().int(),
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>;
export const questionnaireListSchema = z.strictObject({ items: z.array(questionnaireSummarySchema) });

export const questionnaireDetailSchema = z.strictObject({
  id: uuidSchema,
  title: z.string(),
  intro: z.string().nullable(),
  owner: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  audience: questionnaireAudienceSchema,
  schedule: questionnaireScheduleSchema,
  version: z.number().int(),
  /** True once a round has been sent: questions can then only be retired or added. */
  questionsFrozen: z.boolean(),
  /** True while a round is open: no questions can be added or retired until it closes. */
  hasOpenRound: z.boolean(),
  questions: z.array(questionViewSchema),
  rounds: z.array(roundSummarySchema),
  /** HALF_YEARLY: the next half-year's round, filled in; null for ONCE. */
  nextRound: roundSuggestionSchema.nullable(),
});
export type QuestionnaireDetail = z.infer<typeof questionnaireDetailSchema>;

/** Hospitals the caller may own a questionnaire for, and whether a region-wide one is allowed. */
export const questionnaireOwnersSchema = z.strictObject({
  region: z.boolean(),
  hospitals: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
});
export type QuestionnaireOwners = z.infer<typeof questionnaireOwnersSchema>;

export const roundInputSchema = z
  .strictObject({
    label: z.string().trim().min(1).max(100),
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
    reminderEveryDays: z.number().int().min(1).max(60).nullable(),
  })
  .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'The round must close on or after it opens' });
export type RoundInput = z.input<typeof roundInputSchema>;
export const updateRoundSchema = z
  .strictObject({
    version: qVersionSchema,
    label: z.string().trim().min(1).max(100),
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
    reminderEveryDays: z.number().int().min(1).max(60).nullable(),
  })
  .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'The round must close on or after it opens' });

/** A group of the live response rate: a department and role group with at least 5 recipients, or "the rest". */
export const roundStatusGroupSchema = z.strictObject({
  /** null with `other` = the smaller groups merged ("øvrige"). */
  unit: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  roleGroup: roleGroupSchema.nullable(),
  other: z.boolean(),
  recipients: z.number().int(),
  answered: z.number().int(),
  rate: z.number(),
});
export type RoundStatusGroup = z.infer<typeof roundStatusGroupSchema>;

export const roundStatusSchema = z.strictObject({
  questionnaire: z.strictObject({ id: uuidSchema, title: z.string() }),
  round: roundSummarySchema,
  recipients: z.number().int(),
  answered: z.number().int(),
  rate: z.number(),
  groups: z.array(roundStatusGroupSchema),
  /** Reminder e-mails sent in the round so far (while open; kept as a figure after close: null). */
  remindersSent: z.number().int().nullable(),
  lastReminderAt: z.string().nullable(),
});
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const sendRoundResultSchema = z.strictObject({ round: roundSummarySchema, recipients: z.number().int() });
export const remindResultSchema = z.strictObject({ queued: z.number().int() });

// --- Answering (public: the token in the link is the credential) ---
/** `<tenant id>.<43 base64url characters>` (HMAC-SHA256; see the API's questionnaires/links.ts). */
/**
 * The signed-in user's own open questionnaires (rounds sent to them, not answered yet), each with
 * their personal answer token: the same link as in the e-mail, so a recipient can answer from the
 * portal too (and without an e-mail server). Only ever shown to the recipient themself.
 */
export const myQuestionnaireSchema = z.strictObject({
  title: z.string(),
  roundLabel: z.string(),
  closesOn: isoDateSchema,
  token: z.string(),
});
export type MyQuestionnaire = z.infer<typeof myQuestionnaireSchema>;
export const myQuestionnaireListSchema = z.strictObject({ items: z.array(myQuestionnaireSchema) });
export type MyQuestionnaireList = z.infer<typeof myQuestionnaireListSchema>;

export const answerTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/),
});

export const answerFormSchema = z.strictObject({
  title: z.string(),
  intro: z.string().nullable(),
  roundLabel: z.string(),
  closesOn: isoDateSchema,
  tenantName: z.string(),
  questions: z.array(
    z.strictObject({
      id: uuidSchema,
      kind: questionKindSchema,
      text: z.string(),
      required: z.boolean(),
      options: z.array(z.string()),
      scaleMin: z.number().int().nullable(),
      scaleMax: z.number().int().nullable(),
      scaleMinLabel: z.string().nullable(),
      scaleMaxLabel: z.string().nullable(),
    }),
  ),
});
export type AnswerForm = z.infer<typeof answerFormSchema>;

export const submitAnswersSchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        questionId: uuidSchema,
        scaleValue: z.number().int().min(0).max(10).optional(),
        choiceIndex: z.number().int().min(0).max(19).optional(),
        text: z.string().trim().max(MAX_ANSWER_TEXT).optional(),
      }),
    )
    .max(MAX_QUESTIONS),
});
export type SubmitAnswers = z.infer<typeof submitAnswersSchema>;

// --- The half-year rule ---
function addDays(iso: IsoDate, n: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** The half-year containing a date: 1 (January–June) or 2 (July–December). */
export function halfYearOf(iso: IsoDate): { year: number; half: 1 | 2 } {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, half: month <= 6 ? 1 : 2 };
}
export function halfYearLabel(h: { year: number; half: 1 | 2 }): string {
  return `${h.year}, ${h.half}. halvår`;
}
/**
 * The next half-yearly round: the half-year after the latest round's (by its opening date), but
 * never one that has already ended. It opens on the first day of the half-year (or today, if that
 * has passed), closes four weeks later (at the latest on the half-year's last day), and reminds
 * every 7 days. E.g. after "2026, 2. halvår" comes "2027, 1. halvår", opening 2027-01-01.
 */
export function nextHalfYearRound(lastOpensOn: IsoDate | null, today: IsoDate): RoundSuggestion {
  const now = halfYearOf(today);
  let next = now;
  if (lastOpensOn) {
    const last = halfYearOf(lastOpensOn);
    const after = last.half === 1 ? { year: last.year, half: 2 as const } : { year: last.year + 1, half: 1 as const };
    if (after.year > now.year || (after.year === now.year && after.half > now.half)) next = after;
  }
  const start = `${next.year}-${next.half === 1 ? '01' : '07'}-01`;
  const end = `${next.year}-${next.half === 1 ? '06-30' : '12-31'}`;
  const opensOn = start < today ? today : start;
  const fourWeeks = addDays(opensOn, 27);
  return { label: halfYearLabel(next), opensOn, closesOn: fourWeeks < end ? fourWeeks : end, reminderEveryDays: 7 };
}

// --- Results (the anonymous results of closed rounds; module questionnaire-results) ------------

const resultUuid = z.uuid();
const resultDate = z.iso.date();

/**
 * How a round's results are split into groups. Every group (and the overall result) with fewer
 * than MIN_AGGREGATE_ANSWERS responses shows no figure at all, not even its count of answers.
 */
export const RESULT_GROUP_BYS = ['department', 'hospital', 'roleGroup'] as const;
export const resultGroupBySchema = z.enum(RESULT_GROUP_BYS);
export type ResultGroupBy = z.infer<typeof resultGroupBySchema>;

/** Why a group shows no figure: fewer than 5 answers, or hidden so a small group cannot be subtracted out. */
export const HIDDEN_REASONS = ['TOO_FEW', 'PROTECTS_SMALL_GROUP'] as const;
export const hiddenReasonSchema = z.enum(HIDDEN_REASONS);
export type HiddenReason = z.infer<typeof hiddenReasonSchema>;

export const roundResultsParamsSchema = z.strictObject({ roundId: resultUuid });
export const roundResultsQuerySchema = z.strictObject({ groupBy: resultGroupBySchema.default('department') });
export type RoundResultsQuery = z.infer<typeof roundResultsQuerySchema>;

/** The response rate from the counts kept at close (questionnaire_round_group). */
export const responseRateSchema = z.strictObject({
  recipients: z.number().int(),
  answered: z.number().int(),
  /** One decimal. */
  percent: z.number(),
});
export type ResponseRate = z.infer<typeof responseRateSchema>;

/** The figures of one question in one group (or overall); all null/empty when `hidden` is set. */
export const questionFiguresSchema = z.strictObject({
  hidden: hiddenReasonSchema.nullable(),
  /** Answers to the question in the group (≥ 5 when shown). */
  n: z.number().int().nullable(),
  /** SCALE: the mean, two decimals. */
  mean: z.number().nullable(),
  /** SCALE: share (percent, one decimal) answering one of the two highest values (e.g. 4–5). */
  topShare: z.number().nullable(),
  /** SCALE: count per value from scale_min to scale_max. */
  distribution: z.array(z.strictObject({ value: z.number().int(), count: z.number().int(), percent: z.number() })),
  /** CHOICE: count per option, in the option order. */
  choices: z.array(z.strictObject({ index: z.number().int(), count: z.number().int(), percent: z.number() })),
  /** TEXT: the free texts without names, sorted alphabetically (not in the order they came in). */
  texts: z.array(z.string()),
});
export type QuestionFigures = z.infer<typeof questionFiguresSchema>;

/** The same question in the previous closed round (same question id), and the change. */
export const questionComparisonSchema = z.strictObject({
  previous: questionFiguresSchema,
  /** Current mean minus previous mean (null when either side is hidden or not a SCALE question). */
  meanChange: z.number().nullable(),
  /** Change of topShare in percentage points. */
  topShareChange: z.number().nullable(),
  /** CHOICE: change of each option's share in percentage points (null when either side is hidden). */
  choiceChanges: z.array(z.number()).nullable(),
});
export type QuestionComparison = z.infer<typeof questionComparisonSchema>;

export const resultGroupSchema = z.strictObject({
  /** The unit id, the role group, or 'none' (responses without a unit). */
  key: z.string(),
  /** The unit's name (or null for a role group / no unit: the client names it). */
  name: z.string().nullable(),
  hidden: hiddenReasonSchema.nullable(),
  /** Responses in the group (null when hidden). */
  responses: z.number().int().nullable(),
  /** Only when the group has ≥ 5 recipients and is shown. */
  responseRate: responseRateSchema.nullable(),
});
export type ResultGroup = z.infer<typeof resultGroupSchema>;

export const questionResultSchema = z.strictObject({
  id: resultUuid,
  position: z.number().int(),
  kind: questionKindSchema,
  text: z.string(),
  options: z.array(z.string()),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  scaleMinLabel: z.string().nullable(),
  scaleMaxLabel: z.string().nullable(),
  overall: questionFiguresSchema,
  /**
   * One entry per group of `groups`, same order; `comparison` against the same group in the
   * previous closed round (null when the group or the question was not there).
   */
  groups: z.array(
    z.strictObject({
      key: z.string(),
      figures: questionFiguresSchema,
      comparison: questionComparisonSchema.nullable(),
    }),
  ),
  /** Overall, against the previous closed round; null when the question was not asked then. */
  comparison: questionComparisonSchema.nullable(),
  /** SCALE: the overall mean of every closed round in order (null where hidden). */
  trend: z.array(
    z.strictObject({
      roundId: resultUuid,
      label: z.string(),
      mean: z.number().nullable(),
      topShare: z.number().nullable(),
    }),
  ),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const roundRefSchema = z.strictObject({
  id: resultUuid,
  label: z.string(),
  opensOn: resultDate,
  closesOn: resultDate,
});
export type RoundRef = z.infer<typeof roundRefSchema>;

/**
 * The anonymous results of a CLOSED round. An open round answers 409: results that change while
 * answers come in would let someone watching the numbers learn one person's answer.
 */
export const roundResultsSchema = z.strictObject({
  questionnaire: z.strictObject({
    id: resultUuid,
    title: z.string(),
    owner: z.strictObject({ id: resultUuid, name: z.string() }).nullable(),
  }),
  round: roundRefSchema,
  previousRound: roundRefSchema.nullable(),
  groupBy: resultGroupBySchema,
  /** 'region': every response; 'hospitals': only the groups of the caller's hospital(s). */
  coverage: z.enum(['region', 'hospitals']),
  /** The responses overall (null when fewer than 5: then nothing is shown). */
  responses: z.number().int().nullable(),
  overallHidden: hiddenReasonSchema.nullable(),
  responseRate: responseRateSchema.nullable(),
  groups: z.array(resultGroupSchema),
  questions: z.array(questionResultSchema),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** The questionnaires with closed rounds the caller may read. */
export const resultsListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: resultUuid,
      title: z.string(),
      owner: z.strictObject({ id: resultUuid, name: z.string() }).nullable(),
      audience: questionnaireAudienceSchema,
      rounds: z.array(roundRefSchema),
    }),
  ),
});
export type ResultsList = z.infer<typeof resultsListSchema>;

/** Manual strategy indicators the caller may record a value on (holders of strategy:manage). */
export const indicatorTargetsSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      strategyId: resultUuid,
      strategyTitle: z.string(),
      indicatorId: resultUuid,
      indicatorTitle: z.string(),
      initiativeTitle: z.string(),
      valueType: z.enum(['PERCENT', 'COUNT', 'NUMBER', 'BOOLEAN']),
    }),
  ),
});
export type IndicatorTargets = z.infer<typeof indicatorTargetsSchema>;

/** MEAN: the overall mean; TOP_SHARE: percent answering the two highest values (e.g. 4–5). */
export const FEED_MEASURES = ['MEAN', 'TOP_SHARE'] as const;
export const feedMeasureSchema = z.enum(FEED_MEASURES);
export type FeedMeasure = z.infer<typeof feedMeasureSchema>;

/**
 * "Brug som indikatorværdi": record a SCALE question's overall result of a closed round as the
 * value of a manual strategy indicator (through the strategy module's indicator-value service).
 */
export const feedIndicatorSchema = z.strictObject({
  questionId: resultUuid,
  measure: feedMeasureSchema,
  strategyId: resultUuid,
  indicatorId: resultUuid,
  /** Default: the round's closing date. */
  measuredOn: resultDate.optional(),
});
export type FeedIndicator = z.infer<typeof feedIndicatorSchema>;

export const feedIndicatorResultSchema = z.strictObject({
  id: resultUuid,
  value: z.number(),
  note: z.string(),
});
export type FeedIndicatorResult = z.infer<typeof feedIndicatorResultSchema>;
