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
