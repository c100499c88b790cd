import { z } from 'zod';
import { uuidSchema } from './auth.js';

export const auditEventListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: return events older than this id. */
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  actorId: uuidSchema.optional(),
  action: z.string().max(100).optional(),
});
export const auditEventSchema = z.strictObject({
  id: z.string(),
  at: z.iso.datetime(),
  actorId: uuidSchema.nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
});
export const auditEventListSchema = z.strictObject({
  items: z.array(auditEventSchema),
  nextBefore: z.string().nullable(),
});
export type AuditEventList = z.infer<typeof auditEventListSchema>;
