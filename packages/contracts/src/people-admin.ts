import { z } from 'zod';
import { isoDateSchema, roleSchema } from './roles.js';
import { unitRefSchema, uuidSchema } from './auth.js';

/** A positive integer sent as a query string (an array, `?page=1&page=2`, is refused). */
const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'Expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const PEOPLE_SORTS = ['name', 'email', 'created'] as const;
export const PEOPLE_STATUSES = ['active', 'deactivated', 'all'] as const;

export const peopleListQuerySchema = z.strictObject({
  /** Part of the name or e-mail, case-insensitive (æ, ø, å included). */
  q: z.string().trim().max(100).optional(),
  /** People holding this role now or from a future date (not only in the past). */
  role: roleSchema.optional(),
  /** People with a current or future role assignment in this unit or a unit below it. */
  unitId: uuidSchema.optional(),
  status: z.enum(PEOPLE_STATUSES).default('active'),
  sort: z.enum(PEOPLE_SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: intParam(1, 100_000).default(1),
  pageSize: intParam(1, 100).default(25),
});
export type PeopleListQuery = z.input<typeof peopleListQuerySchema>;

export const personListItemSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  /** Roles in force today, with their unit (null for tenant-wide roles). */
  roles: z.array(z.strictObject({ role: roleSchema, unit: unitRefSchema.nullable() })),
});
export type PersonListItem = z.infer<typeof personListItemSchema>;

export const pageMetaSchema = z.strictObject({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const peopleListSchema = z.strictObject({
  items: z.array(personListItemSchema),
  ...pageMetaSchema.shape,
});
export type PeopleList = z.infer<typeof peopleListSchema>;

const nameSchema = z.string().trim().min(1).max(200);
const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
const titleSchema = z.string().trim().max(200).nullable();
export const localeSchema = z.enum(['da', 'en']);

export const createPersonRequestSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  title: titleSchema.default(null),
  locale: localeSchema.default('da'),
  /**
   * The hospital the person is created for. An EDUCATION_CENTRE user must give one of their own
   * hospitals (defaults to it when they have exactly one); a TENANT_ADMIN may leave it empty.
   */
  homeUnitId: uuidSchema.nullable().default(null),
  sendInvitation: z.boolean().default(false),
});
export type CreatePersonRequest = z.input<typeof createPersonRequestSchema>;

export const invitationIssuedSchema = z.strictObject({
  /** True when the e-mail was handed to the SMTP server. */
  emailed: z.boolean(),
  /** The link to pass on by hand: shown once, only when no e-mail was sent. */
  link: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type InvitationIssued = z.infer<typeof invitationIssuedSchema>;

export const createPersonResponseSchema = z.strictObject({
  id: uuidSchema,
  invitation: invitationIssuedSchema.nullable(),
});
export type CreatePersonResponse = z.infer<typeof createPersonResponseSchema>;

export const updatePersonRequestSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  title: titleSchema,
  locale: localeSchema,
  /** The version the client edited; a stale one answers 409. */
  version: z.number().int().min(1),
});
export type UpdatePersonRequest = z.input<typeof updatePersonRequestSchema>;

export const personVersionSchema = z.strictObject({ id: uuidSchema, version: z.number().int() });

// --- Invitations (public) ---------------------------------------------------------------------

/** `<tenant id>.<random>`: the tenant part lets the public route set row-level security. */
export const invitationTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/, 'Not an invitation token'),
});
export const invitationInfoSchema = z.strictObject({
  name: z.string(),
  email: z.string(),
  tenantName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const PASSWORD_MIN_LENGTH = 12;
export const acceptInvitationRequestSchema = z.strictObject({
  password: z.string().min(PASSWORD_MIN_LENGTH).max(1024),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

// --- Role assignments --------------------------------------------------------------------------

/** `:assignmentId` of a role assignment (people admin and the mentor scheme). */
export const assignmentIdParamsSchema = z.strictObject({ assignmentId: uuidSchema });

const periodRefine = <T extends { validFrom: string; validTo: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.validTo !== null && v.validTo < v.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'The end date must be on or after the start date' });
  }
};

export const createAssignmentRequestSchema = z
  .strictObject({
    role: roleSchema,
    /** Required for unit-scoped roles (of the kind in ROLE_SCOPE_KIND); null for tenant-wide roles. */
    unitId: uuidSchema.nullable(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.nullable().default(null),
  })
  .superRefine(periodRefine);
export type CreateAssignmentRequest = z.input<typeof createAssignmentRequestSchema>;

export const updateAssignmentRequestSchema = z
  .strictObject({ validFrom: isoDateSchema, validTo: isoDateSchema.nullable() })
  .superRefine(periodRefine);
export type UpdateAssignmentRequest = z.input<typeof updateAssignmentRequestSchema>;

export const endAssignmentRequestSchema = z.strictObject({
  /** Last day in force; defaults to today (Danish time). */
  validTo: isoDateSchema.optional(),
});

export const assignmentListQuerySchema = z.strictObject({
  role: roleSchema.optional(),
  /** This unit and every unit below it. */
  unitId: uuidSchema.optional(),
  /** In force on this date (default: today). */
  on: isoDateSchema.optional(),
  page: intParam(1, 100_000).default(1),
  pageSize: intParam(1, 100).default(25),
});
export type AssignmentListQuery = z.input<typeof assignmentListQuerySchema>;

export const assignmentListItemSchema = z.strictObject({
  id: uuidSchema,
  role: roleSchema,
  person: z.strictObject({ id: uuidSchema, name: z.string(), email: z.string(), active: z.boolean() }),
  unit: unitRefSchema.nullable(),
  /** The scope unit's parent (the hospital of a department), when there is one. */
  parentUnit: unitRefSchema.nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
});
export type AssignmentListItem = z.infer<typeof assignmentListItemSchema>;
export const assignmentListSchema = z.strictObject({
  items: z.array(assignmentListItemSchema),
  on: isoDateSchema,
  ...pageMetaSchema.shape,
});
export type AssignmentList = z.infer<typeof assignmentListSchema>;

// --- Coverage gaps -----------------------------------------------------------------------------

/** The roles every open department should have in force. */
export const COVERAGE_ROLES = ['UAO', 'UKS', 'UKYL'] as const;
export const coverageRoleSchema = z.enum(COVERAGE_ROLES);

export const coverageGapsSchema = z.strictObject({
  on: isoDateSchema,
  /** Open departments in the caller's scope. */
  departmentsChecked: z.number().int(),
  /** Departments lacking at least one of the roles, by hospital and name. */
  items: z.array(
    z.strictObject({
      unit: unitRefSchema,
      parentUnit: unitRefSchema.nullable(),
      missing: z.array(coverageRoleSchema).min(1),
    }),
  ),
});
export type CoverageGaps = z.infer<typeof coverageGapsSchema>;
