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

// ---------------------------------------------------------------------------------------------
// The GP register's API (issue 6, the continuing-education coordinator's part): list, add, edit,
// mark as left, import. Readers: cme-groups:manage (the whole region) and gp-area:manage (the
// practices of the AMU's area).

const flagSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const gpListQuerySchema = z.strictObject({
  /** Searches name, e-mail and authorisation ID. */
  q: z.string().trim().max(100).optional(),
  practiceId: uuidSchema.optional(),
  areaId: uuidSchema.optional(),
  /** Only GPs settled within NEWLY_SETTLED_MONTHS. */
  newlySettled: flagSchema.optional(),
  /** Only active GPs who are a current member of no active continuing-education group. */
  inNoGroup: flagSchema.optional(),
  /** Include GPs who have left practice. */
  includeLeft: flagSchema.optional(),
});
export type GpListQuery = z.infer<typeof gpListQuerySchema>;

export const gpListItemSchema = z.strictObject({
  ...generalPractitionerSchema.shape,
  /** Active continuing-education groups the GP is a current member of. */
  groupCount: z.number().int(),
});
export type GpListItem = z.infer<typeof gpListItemSchema>;

export const gpListSchema = z.strictObject({ items: z.array(gpListItemSchema) });
export type GpList = z.infer<typeof gpListSchema>;

export const gpIdParamsSchema = z.strictObject({ gpId: uuidSchema });

export const updateGpSchema = z.strictObject({ ...gpFieldsSchema.shape, version: z.number().int().min(1) });
export type UpdateGp = z.infer<typeof updateGpSchema>;

/** Marks a GP as left practice (ophørt) on `leftOn`. */
export const gpLeaveSchema = z.strictObject({ leftOn: isoDateSchema, version: z.number().int().min(1) });
export type GpLeave = z.infer<typeof gpLeaveSchema>;

/** Practices (org units kind PRACTICE) the caller may register GPs in, with their area. */
export const gpPracticeOptionsSchema = z.strictObject({ items: z.array(gpPracticeRefSchema) });
export type GpPracticeOptions = z.infer<typeof gpPracticeOptionsSchema>;

/** The columns of a GP list file (CSV or XLSX), in template order. */
export const GP_IMPORT_FIELDS = ['name', 'authorisationId', 'practice', 'settledOn', 'leftOn', 'email'] as const;
export type GpImportField = (typeof GP_IMPORT_FIELDS)[number];
export const gpImportFieldSchema = z.enum(GP_IMPORT_FIELDS);
/** Accepted headers per field (after lower-casing and removing spaces, hyphens, underscores, dots). */
export const GP_IMPORT_HEADERS: Record<GpImportField, readonly string[]> = {
  name: ['navn', 'name', 'lægensnavn'],
  authorisationId: ['autorisationsid', 'autorisation', 'authorisationid', 'authorizationid', 'autid'],
  practice: ['praksis', 'praksisnavn', 'practice', 'klinik'],
  settledOn: ['nedsat', 'nedsatdato', 'nedsættelsesdato', 'settled', 'settledon', 'settleddate'],
  leftOn: ['ophørt', 'ophørsdato', 'fratrådt', 'left', 'lefton', 'leftdate'],
  email: ['email', 'emailadresse', 'mail'],
};
export const GP_IMPORT_TEMPLATE = {
  headers: ['navn', 'autorisations-id', 'praksis', 'nedsat', 'ophørt', 'e-mail'],
  example: ['Nanna Vinther', '0A1B2', 'Valby Lægecenter', '01-09-2026', '', 'nanna.vinther@dadlnet.dk'],
};

export const gpImportIssueSchema = z.strictObject({
  field: gpImportFieldSchema.nullable(),
  /** REQUIRED, INVALID, UNKNOWN_PRACTICE, AMBIGUOUS_PRACTICE, PRACTICE_OUT_OF_SCOPE, DUPLICATE_IN_FILE, … */
  code: z.string(),
  /** Danish text. */
  message: z.string(),
});
export type GpImportIssue = z.infer<typeof gpImportIssueSchema>;

export const gpImportRowSchema = z.strictObject({
  row: z.number().int().min(2),
  /** create: a new GP; update: the GP with this authorisation ID is updated; none: the row has errors. */
  action: z.enum(['create', 'update', 'none']),
  /** The GP that an update changes. */
  existing: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  values: z.strictObject({
    name: z.string().nullable(),
    authorisationId: z.string().nullable(),
    practice: z.string().nullable(),
    settledOn: z.string().nullable(),
    leftOn: z.string().nullable(),
    email: z.string().nullable(),
  }),
  errors: z.array(gpImportIssueSchema),
});
export type GpImportRow = z.infer<typeof gpImportRowSchema>;

export const gpImportPreviewSchema = z.strictObject({
  fileName: z.string(),
  summary: z.strictObject({
    rows: z.number().int(),
    errors: z.number().int(),
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
  }),
  rows: z.array(gpImportRowSchema),
});
export type GpImportPreview = z.infer<typeof gpImportPreviewSchema>;

export const gpImportResultSchema = z.strictObject({ created: z.number().int(), updated: z.number().int() });
export type GpImportResult = z.infer<typeof gpImportResultSchema>;
