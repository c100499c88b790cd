import { z } from 'zod';
import { roleAssignmentViewSchema, unitRefSchema, uuidSchema } from './auth.js';

export const personSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  active: z.boolean(),
  locale: z.enum(['da', 'en']),
  /** For optimistic concurrency: send it back when editing. */
  version: z.number().int(),
  /** The hospital the person was created for (see people-admin), if any. */
  homeUnit: unitRefSchema.nullable(),
  createdAt: z.iso.datetime(),
  deactivatedAt: z.iso.datetime().nullable(),
  assignments: z.array(roleAssignmentViewSchema),
});
export type Person = z.infer<typeof personSchema>;
