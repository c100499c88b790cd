import { z } from 'zod';
import { uuidSchema } from './auth.js';

/** The filters of the audit log viewer, shared by the list and the CSV export. */
const auditFilterShape = {
  actorId: uuidSchema.optional(),
  action: z.string().min(1).max(100).optional(),
  /** A record: entity type (e.g. `org_unit`, `user`) and optionally its id. */
  entityType: z
    .string()
    .max(50)
    .regex(/^[a-z_]+$/)
    .optional(),
  entityId: z.string().min(1).max(100).optional(),
  /** Time range, inclusive `from`, exclusive `to` (ISO 8601 with offset). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const auditEventListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: return events older than this id. */
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  ...auditFilterShape,
});
export type AuditEventListQuery = z.input<typeof auditEventListQuerySchema>;

export const auditExportQuerySchema = z.strictObject(auditFilterShape);
export type AuditExportQuery = z.input<typeof auditExportQuerySchema>;

/** At most this many rows in one CSV export (newest first); narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

export const auditEventSchema = z.strictObject({
  id: z.string(),
  at: z.iso.datetime(),
  actorId: uuidSchema.nullable(),
  /** The actor's name, when the actor is a user of the region. */
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditEventListSchema = z.strictObject({
  items: z.array(auditEventSchema),
  nextBefore: z.string().nullable(),
});
export type AuditEventList = z.infer<typeof auditEventListSchema>;

/** People who may be picked in the actor filter (the people the caller's scope covers). */
export const auditActorListSchema = z.strictObject({
  items: z.array(z.strictObject({ id: uuidSchema, name: z.string(), email: z.string() })),
});
export type AuditActorList = z.infer<typeof auditActorListSchema>;
