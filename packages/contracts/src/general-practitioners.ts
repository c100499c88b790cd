import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * The region's register of general practitioners (praktiserende læger), shared by the AMU's
 * workspace (tutor doctors, issue 6) and the continuing-education coordinator (groups and
 * coverage, seed 002). A GP works in a practice (org unit kind PRACTICE under a GP_AREA).
 */

/** A GP who settled (nedsat) in practice within this many months before today is "newly settled". */
export const NEWLY_SETTLED_MONTHS = 24;

/** Whether a GP settled on `settledOn` counts as newly settled on `today` (both ISO dates). */
export function isNewlySettled(settledOn: IsoDate | null, today: IsoDate): boolean {
  if (settledOn === null) return false;
  const t = new Date(`${today}T00:00:00Z`);
  t.setUTCMonth(t.getUTCMonth() - NEWLY_SETTLED_MONTHS);
  return settledOn > t.toISOString().slice(0, 10);
}

/** Whether a GP is in practice on `today`: not left (left_on after today or none). */
export function isGpActive(leftOn: IsoDate | null, today: IsoDate): boolean {
  return leftOn === null || leftOn > today;
}

export const gpPracticeRefSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  /** The GP area (org unit kind GP_AREA) the practice belongs to, if any. */
  area: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
});
export type GpPracticeRef = z.infer<typeof gpPracticeRefSchema>;

export const generalPractitionerSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  email: z.string().nullable(),
  authorisationId: z.string().nullable(),
  practice: gpPracticeRefSchema,
  settledOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  /** The portal user this GP is, when the GP logs in (a tutor doctor, an AMU). */
  userId: uuidSchema.nullable(),
  /** Settled within NEWLY_SETTLED_MONTHS before today. */
  newlySettled: z.boolean(),
  /** In practice today (not left). */
  active: z.boolean(),
  version: z.number().int(),
});
export type GeneralPractitioner = z.infer<typeof generalPractitionerSchema>;

/** Writable fields of a GP (create; update adds `version`). */
export const gpFieldsSchema = z.strictObject({
  practiceId: uuidSchema,
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).nullable(),
  authorisationId: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4,10}$/, 'Autorisations-ID: 4–10 letters or digits')
    .nullable(),
  settledOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
});
export type GpFields = z.infer<typeof gpFieldsSchema>;
