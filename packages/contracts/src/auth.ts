import { z } from 'zod';
import { isoDateSchema, roleSchema, unitKindSchema } from './roles.js';
import { permissionSchema } from './permissions.js';

export const uuidSchema = z.uuid();

/** A region that users can sign in to (public: shown on the login page). */
export const publicTenantSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
});
export const publicTenantListSchema = z.strictObject({ tenants: z.array(publicTenantSchema) });
export type PublicTenant = z.infer<typeof publicTenantSchema>;

export const loginRequestSchema = z.strictObject({
  tenant: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const csrfTokenSchema = z.strictObject({ csrfToken: z.string() });
export type CsrfTokenResponse = z.infer<typeof csrfTokenSchema>;

export const unitRefSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  kind: unitKindSchema,
});
export type UnitRef = z.infer<typeof unitRefSchema>;

export const roleAssignmentViewSchema = z.strictObject({
  id: uuidSchema,
  role: roleSchema,
  /** The scope unit, or null for tenant-wide and platform roles. */
  unit: unitRefSchema.nullable(),
  /** The scope unit's ancestors, outermost first (hospital before department). */
  unitPath: z.array(unitRefSchema),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  /** In force today (Danish time). */
  inForce: z.boolean(),
});
export type RoleAssignmentView = z.infer<typeof roleAssignmentViewSchema>;

export const meResponseSchema = z.strictObject({
  user: z.strictObject({
    id: uuidSchema,
    name: z.string(),
    email: z.string(),
    title: z.string().nullable(),
    locale: z.enum(['da', 'en']),
  }),
  tenant: z.strictObject({ id: uuidSchema, slug: z.string(), name: z.string() }),
  assignments: z.array(roleAssignmentViewSchema),
  /** The assignment whose view (start page, navigation) is shown; null when none is in force. */
  activeAssignmentId: uuidSchema.nullable(),
  /** Permissions of all assignments in force today. */
  permissions: z.array(permissionSchema),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const setActiveScopeRequestSchema = z.strictObject({ assignmentId: uuidSchema });
export type SetActiveScopeRequest = z.infer<typeof setActiveScopeRequestSchema>;
