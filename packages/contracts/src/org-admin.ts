import { z } from 'zod';
import { unitKindSchema, type UnitKind } from './roles.js';
import { uuidSchema } from './auth.js';

/**
 * Where a unit of each kind may sit in the tree: departments under a hospital, practices under a
 * general-practice area, hospitals and general-practice areas at the top (parent null).
 */
export const PARENT_KIND: Record<UnitKind, UnitKind | null> = {
  HOSPITAL: null,
  GP_AREA: null,
  DEPARTMENT: 'HOSPITAL',
  PRACTICE: 'GP_AREA',
};

/** A name as typed: trimmed, inner runs of white space collapsed, 1–200 characters. */
const nameSchema = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(200));
const shortNameSchema = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().max(20))
  .transform((s) => (s === '' ? null : s));
const versionSchema = z.number().int().min(1).max(2_147_483_647);

/** A unit as the organisation admin screens see it (with its version for optimistic concurrency). */
export const adminOrgUnitSchema = z.strictObject({
  id: uuidSchema,
  kind: unitKindSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: uuidSchema.nullable(),
  specialty: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  closedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type AdminOrgUnit = z.infer<typeof adminOrgUnitSchema>;

export const adminOrgUnitListQuerySchema = z.strictObject({
  includeClosed: z.enum(['true', 'false']).optional(),
});
export const adminOrgUnitListSchema = z.strictObject({
  items: z.array(adminOrgUnitSchema),
  /** True when the caller may create hospitals and general-practice areas (region-wide scope). */
  canCreateTopLevel: z.boolean(),
});
export type AdminOrgUnitList = z.infer<typeof adminOrgUnitListSchema>;

export const createOrgUnitSchema = z.strictObject({
  kind: unitKindSchema,
  name: nameSchema,
  shortName: shortNameSchema.nullish(),
  parentId: uuidSchema.nullable(),
  specialtyId: uuidSchema.nullish(),
});
export type CreateOrgUnit = z.input<typeof createOrgUnitSchema>;

/** Rename: name, short name and specialty; the version the client edited. */
export const updateOrgUnitSchema = z.strictObject({
  version: versionSchema,
  name: nameSchema,
  shortName: shortNameSchema.nullable(),
  specialtyId: uuidSchema.nullable(),
});
export type UpdateOrgUnit = z.input<typeof updateOrgUnitSchema>;

export const moveOrgUnitSchema = z.strictObject({
  version: versionSchema,
  parentId: uuidSchema.nullable(),
});
export type MoveOrgUnit = z.input<typeof moveOrgUnitSchema>;

/** Close or reopen: only the version the client saw. */
export const orgUnitVersionSchema = z.strictObject({ version: versionSchema });
export type OrgUnitVersion = z.input<typeof orgUnitVersionSchema>;

export const specialtySchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  /** Units (open or closed) that name this specialty. */
  unitCount: z.number().int(),
});
export type AdminSpecialty = z.infer<typeof specialtySchema>;
export const specialtyListSchema = z.strictObject({ items: z.array(specialtySchema) });
export const specialtyIdParamsSchema = z.strictObject({ specialtyId: uuidSchema });
export const specialtyBodySchema = z.strictObject({ name: nameSchema });
export type SpecialtyBody = z.input<typeof specialtyBodySchema>;
