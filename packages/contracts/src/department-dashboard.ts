import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { courseTrackSchema } from './course-rules.js';
import { bodyHealthSchema } from './education-bodies.js';
import { localStatusSchema } from './function-descriptions.js';
import { isoDateSchema } from './roles.js';

/**
 * The department dashboard (cheflæge, UAO, UKS for their department; Tutorcentret and the
 * regional administrator for the departments they oversee) and the hospital view comparing a
 * hospital's departments side by side. Every number is computed in SQL at `asOf` (a date; default
 * today in Denmark). The windows:
 * - "now": courses managed by the department, not cancelled, start ≤ asOf ≤ end;
 * - arrivals / departures: start / end in the 8 weeks from asOf, i.e. asOf … asOf + 55 days;
 * - meetings due: not held, due date asOf … asOf + 13 days (the next 14 days); overdue: not held,
 *   due date before asOf (courses not ended at asOf); held on time / late and the monthly rate:
 *   meetings whose due date lies in the 12 calendar months ending with asOf's month and has
 *   passed (before asOf: a meeting due today is not judged until tomorrow);
 *   on time = held on or before the due date;
 * - activity: the 12 ISO weeks ending with asOf's week, records dated ≤ asOf;
 * - without feedback: the supervision module's rule (lacksFeedback) at asOf.
 */
export const DASHBOARD_WINDOW_DAYS = 56;
export const DASHBOARD_DUE_SOON_DAYS = 14;
export const DASHBOARD_MONTHS = 12;
export const DASHBOARD_WEEKS = 12;
/** Upper bound of the name lists (arrivals, departures, without feedback); the counts are exact. */
export const DASHBOARD_LIST_MAX = 100;

export const departmentDashboardParamsSchema = z.strictObject({ unitId: uuidSchema });
export const hospitalComparisonParamsSchema = z.strictObject({ hospitalId: uuidSchema });
export const dashboardQuerySchema = z.strictObject({ asOf: isoDateSchema.optional() });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });
const countSchema = z.number().int().min(0);
/** A percentage with one decimal, null when there is nothing to measure. */
const percentSchema = z.number().min(0).max(100).nullable();

export const dashboardCourseItemSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: personRefSchema,
  track: courseTrackSchema,
  /** Start (arrivals) or end (departures) date; for "without feedback" the last feedback, or null. */
  date: isoDateSchema.nullable(),
});
export type DashboardCourseItem = z.infer<typeof dashboardCourseItemSchema>;

const countedListSchema = z.strictObject({
  count: countSchema,
  /** Empty when the caller may not see the department's courses by name. */
  items: z.array(dashboardCourseItemSchema).max(DASHBOARD_LIST_MAX),
});

export const departmentDashboardSchema = z.strictObject({
  unit: z.strictObject({
    id: uuidSchema,
    name: z.string(),
    hospital: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  }),
  asOf: isoDateSchema,
  /** Whether the lists name the trainees (the caller may read the department's courses). */
  namesVisible: z.boolean(),
  trainees: z.strictObject({
    total: countSchema,
    /** Always the three tracks, in order KBU, INTRODUCTION, SPECIALIST. */
    byTrack: z.array(z.strictObject({ track: courseTrackSchema, count: countSchema })),
    /** specialty null = courses without a specialty (KBU). */
    bySpecialty: z.array(z.strictObject({ specialty: z.string().nullable(), count: countSchema })),
    arrivals: countedListSchema,
    departures: countedListSchema,
  }),
  meetings: z.strictObject({
    dueSoon: countSchema,
    overdue: countSchema,
    heldOnTime: countSchema,
    heldLate: countSchema,
    /** Due in the 12 months, on time among them, and the rate (one decimal). */
    due12Months: countSchema,
    onTime12Months: countSchema,
    rate12Months: percentSchema,
    /** The 12 months, oldest first ('YYYY-MM'). */
    monthly: z.array(z.strictObject({ month: z.string(), due: countSchema, onTime: countSchema, rate: percentSchema })),
  }),
  activity: z.strictObject({
    /** The 12 ISO weeks, oldest first: 'YYYY-Www' and the Monday. */
    weeks: z.array(
      z.strictObject({
        week: z.string(),
        weekStart: isoDateSchema,
        supervision: countSchema,
        feedback: countSchema,
      }),
    ),
    withoutFeedback: countedListSchema,
  }),
  competences: z.strictObject({
    byTrack: z.array(
      z.strictObject({
        track: courseTrackSchema,
        courses: countSchema,
        total: countSchema,
        approved: countSchema,
        percent: percentSchema,
      }),
    ),
  }),
  bodies: z.array(
    z.strictObject({
      id: uuidSchema,
      kind: z.enum(['TEAM', 'FORUM']),
      name: z.string(),
      lastHeldAt: z.string().nullable(),
      nextPlannedAt: z.string().nullable(),
      health: bodyHealthSchema,
      openActionItems: countSchema,
    }),
  ),
  functionDescriptions: z.array(z.strictObject({ role: z.enum(['UAO', 'UKS', 'UKYL']), status: localStatusSchema })),
  /** Confidential difficulty cases open at asOf on the department's courses: a count only, never names (issue 7). */
  openDifficultyCases: countSchema,
  roleHolders: z.array(
    z.strictObject({
      assignmentId: uuidSchema,
      person: personRefSchema,
      role: z.enum(['UAO', 'UKS', 'UKYL']),
      since: isoDateSchema,
      /** Took up the role within the last 12 months (NEW_HOLDER_MONTHS), not held before. */
      isNew: z.boolean(),
      mentor: personRefSchema.nullable(),
    }),
  ),
});
export type DepartmentDashboard = z.infer<typeof departmentDashboardSchema>;

export const hospitalComparisonRowSchema = z.strictObject({
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  traineesNow: countSchema,
  meetingsOverdue: countSchema,
  onTimeRate12Months: percentSchema,
  /** Feedback records in the last 4 weeks per trainee now (two decimals), null without trainees. */
  feedbackPerTrainee4Weeks: z.number().min(0).nullable(),
  withoutFeedback4Weeks: countSchema,
  competencePercent: percentSchema,
  /** Has a team or forum and every one of them met within its cadence; null = has none. */
  bodiesWorking: z.boolean().nullable(),
  localFdsApproved: countSchema,
  newHoldersWithoutMentor: countSchema,
  /** Confidential difficulty cases open at asOf (a count only, issue 7). */
  openDifficultyCases: countSchema,
});
export type HospitalComparisonRow = z.infer<typeof hospitalComparisonRowSchema>;

export const hospitalComparisonSchema = z.strictObject({
  hospital: z.strictObject({ id: uuidSchema, name: z.string() }),
  asOf: isoDateSchema,
  rows: z.array(hospitalComparisonRowSchema),
});
export type HospitalComparison = z.infer<typeof hospitalComparisonSchema>;

/** The departments (and hospitals) the caller may open a dashboard for: for pickers. */
export const dashboardUnitsSchema = z.strictObject({
  departments: z.array(
    z.strictObject({
      id: uuidSchema,
      name: z.string(),
      hospital: z.strictObject({ id: uuidSchema, name: z.string() }),
    }),
  ),
  hospitals: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
});
export type DashboardUnits = z.infer<typeof dashboardUnitsSchema>;
