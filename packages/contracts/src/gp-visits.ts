import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * The AMU's 3-yearly visits to hospital departments in general-practice training (seed 001:
 * "besøg hvert 3. år på de hospitalsafdelinger, der deltager i den almen medicinske uddannelse").
 * A department is linked to a GP area with the date it joined GP training; a visit is an activity
 * of kind DEPARTMENT_VISIT organised by the GP area (the activities module).
 */

/** A linked department is due a visit this many years after its last held visit (or after it joined). */
export const VISIT_INTERVAL_YEARS = 3;
/** "Due soon": the due date falls within this many months after today. */
export const VISIT_DUE_SOON_MONTHS = 6;

/**
 * `iso` plus whole years or months, as PostgreSQL's `date + interval` does it: a day that does not
 * exist in the target month becomes that month's last day (29 Feb 2024 + 3 years = 28 Feb 2027).
 */
export function addCalendar(iso: IsoDate, years: number, months = 0): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12; // 0-based
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(ty).padStart(4, '0')}-${String(tm + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date a linked department is due its next visit: 3 years after the last held visit, else after it joined. */
export function visitDueOn(joinedOn: IsoDate, lastVisitOn: IsoDate | null): IsoDate {
  return addCalendar(lastVisitOn ?? joinedOn, VISIT_INTERVAL_YEARS);
}

export const VISIT_DUE_STATUSES = ['OVERDUE', 'DUE_SOON', 'LATER'] as const;
export const visitDueStatusSchema = z.enum(VISIT_DUE_STATUSES);
export type VisitDueStatus = z.infer<typeof visitDueStatusSchema>;

/** OVERDUE when the due date has passed, DUE_SOON when it falls within 6 months from today, else LATER. */
export function visitDueStatus(dueOn: IsoDate, today: IsoDate): VisitDueStatus {
  if (dueOn < today) return 'OVERDUE';
  if (dueOn <= addCalendar(today, 0, VISIT_DUE_SOON_MONTHS)) return 'DUE_SOON';
  return 'LATER';
}

const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const gpAreaParamsSchema = z.strictObject({ areaId: uuidSchema });
export const gpDepartmentLinkParamsSchema = z.strictObject({ areaId: uuidSchema, linkId: uuidSchema });

/** Link a hospital department to the area's GP training. */
export const createGpDepartmentLinkSchema = z.strictObject({
  departmentId: uuidSchema,
  joinedOn: isoDateSchema,
  /** The clinical lecturers (kliniske lektorer) who join the visits, as names. */
  clinicalLecturers: optionalText(500),
});
export type CreateGpDepartmentLink = z.infer<typeof createGpDepartmentLinkSchema>;

export const updateGpDepartmentLinkSchema = z.strictObject({
  joinedOn: isoDateSchema,
  clinicalLecturers: optionalText(500),
  /** The version that was edited; a stale one answers 409. */
  version: z.number().int().min(1),
});
export type UpdateGpDepartmentLink = z.infer<typeof updateGpDepartmentLinkSchema>;

export const visitRefSchema = z.strictObject({ activityId: uuidSchema, startsOn: isoDateSchema });

/** One row of the due list: a linked department with its last and planned visit and due date. */
export const gpDepartmentVisitSchema = z.strictObject({
  id: uuidSchema,
  department: z.strictObject({ id: uuidSchema, name: z.string() }),
  hospital: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  joinedOn: isoDateSchema,
  clinicalLecturers: z.string().nullable(),
  /** The latest HELD department visit of this area to this department. */
  lastVisit: visitRefSchema.nullable(),
  dueOn: isoDateSchema,
  status: visitDueStatusSchema,
  /** The next PLANNED visit (today or later, else the earliest planned). */
  plannedVisit: visitRefSchema.nullable(),
  version: z.number().int(),
});
export type GpDepartmentVisit = z.infer<typeof gpDepartmentVisitSchema>;

export const gpVisitListSchema = z.strictObject({
  area: z.strictObject({ id: uuidSchema, name: z.string() }),
  today: isoDateSchema,
  /** Overdue first, then due soon, then later; by due date within each. */
  items: z.array(gpDepartmentVisitSchema),
  counts: z.strictObject({ overdue: z.number().int(), dueSoon: z.number().int(), later: z.number().int() }),
});
export type GpVisitList = z.infer<typeof gpVisitListSchema>;

/** Departments of the tenant that can be linked (not yet linked to this area). */
export const gpLinkableDepartmentsSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: uuidSchema,
      name: z.string(),
      hospital: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
    }),
  ),
});
export type GpLinkableDepartments = z.infer<typeof gpLinkableDepartmentsSchema>;

/** Unlinking sends the version it saw; a stale one answers 409. */
export const gpDepartmentLinkDeleteQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });
