import { z } from 'zod';
import { unitKindSchema } from './roles.js';
import { uuidSchema, unitRefSchema } from './auth.js';

export const unitIdParamsSchema = z.strictObject({ unitId: uuidSchema });

export const orgUnitSchema = z.strictObject({
  id: uuidSchema,
  kind: unitKindSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: uuidSchema.nullable(),
  specialty: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  closedAt: z.iso.datetime().nullable(),
  path: z.array(unitRefSchema),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitListQuerySchema = z.strictObject({
  kind: unitKindSchema.optional(),
  includeClosed: z.enum(['true', 'false']).optional(),
});
export const orgUnitListSchema = z.strictObject({ items: z.array(orgUnitSchema) });

export const userIdParamsSchema = z.strictObject({ userId: uuidSchema });
