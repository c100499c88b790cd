import { z } from 'zod';
import { roleAssignmentViewSchema, uuidSchema } from './auth.js';

export const personSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  active: z.boolean(),
  assignments: z.array(roleAssignmentViewSchema),
});
export type Person = z.infer<typeof personSchema>;
