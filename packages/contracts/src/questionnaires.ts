import { z } from 'zod';

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
