import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * Function descriptions (funktionsbeskrivelser): region templates per role (versioned; an approved
 * version never changes), the locally agreed part per department and role (two sign-offs:
 * the department's UAO and cheflæge), handovers between holders (overlevering) and the mentor
 * scheme for new UAO/UKS/UKYL.
 */

/** Roles with a region template. */
export const TEMPLATE_ROLES = [
  'UAO',
  'UKS',
  'UKYL',
  'AP_UKYL',
  'GP_COORDINATOR',
  'CME_COORDINATOR',
  'EDUCATION_CENTRE',
] as const;
export const templateRoleSchema = z.enum(TEMPLATE_ROLES);
export type TemplateRole = z.infer<typeof templateRoleSchema>;

/** Roles with a locally agreed part: per department (UAO, UKS, UKYL) or per hospital (AP-UKYL). */
export const LOCAL_ROLES = ['UAO', 'UKS', 'UKYL', 'AP_UKYL'] as const;
export const localRoleSchema = z.enum(LOCAL_ROLES);
export type LocalRole = z.infer<typeof localRoleSchema>;
export const DEPARTMENT_LOCAL_ROLES = ['UAO', 'UKS', 'UKYL'] as const satisfies readonly LocalRole[];

/** Roles that get a handover when a new person takes them in a unit. */
export const HANDOVER_ROLES = ['UAO', 'UKS', 'UKYL', 'AP_UKYL'] as const;
/** Roles in the mentor scheme. */
export const MENTOR_ROLES = ['UAO', 'UKS', 'UKYL'] as const;
export const mentorRoleSchema = z.enum(MENTOR_ROLES);
/** A holder is "new" for this many months after their assignment started. */
export const NEW_HOLDER_MONTHS = 12;
/** A mentor has held the role for at least this many months. */
export const MENTOR_MIN_MONTHS = 12;

const line = z.string().trim().min(1).max(1000);

export const templateContentSchema = z.strictObject({
  purpose: z.string().trim().max(5000),
  areas: z.array(z.strictObject({ title: z.string().trim().min(1).max(300), tasks: z.array(line).max(60) })).max(30),
  qualifications: z.array(line).max(40),
  /** Tasks that may be taken on against separate payment (mod særskilt honorering). */
  optionalTasks: z.array(line).max(40),
});
export type TemplateContent = z.infer<typeof templateContentSchema>;

export const TEMPLATE_VERSION_STATUSES = ['DRAFT', 'APPROVED'] as const;
export const templateVersionStatusSchema = z.enum(TEMPLATE_VERSION_STATUSES);

export const templateVersionSummarySchema = z.strictObject({
  id: uuidSchema,
  number: z.number().int(),
  status: templateVersionStatusSchema,
  approvedAt: z.iso.datetime().nullable(),
  approvedBy: z.string().nullable(),
});

export const templateSummarySchema = z.strictObject({
  id: uuidSchema,
  role: templateRoleSchema,
  title: z.string(),
  currentVersion: templateVersionSummarySchema.nullable(),
  hasDraft: z.boolean(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export const templateListSchema = z.strictObject({ items: z.array(templateSummarySchema) });

export const templateVersionSchema = templateVersionSummarySchema.extend({
  templateId: uuidSchema,
  content: templateContentSchema,
  /** Optimistic concurrency: send it back when editing a draft. */
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const templateDetailSchema = z.strictObject({
  id: uuidSchema,
  role: templateRoleSchema,
  title: z.string(),
  versions: z.array(templateVersionSummarySchema),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

export const templateIdParamsSchema = z.strictObject({ templateId: uuidSchema });
export const templateVersionParamsSchema = z.strictObject({ templateId: uuidSchema, versionId: uuidSchema });
export const updateTemplateVersionSchema = z.strictObject({
  content: templateContentSchema,
  version: z.number().int().min(1),
});
export type UpdateTemplateVersion = z.infer<typeof updateTemplateVersionSchema>;
export const versionOnlySchema = z.strictObject({ version: z.number().int().min(1) });

/* ----------------------------------------------------------------------------------------------
 * Local part per department and role
 * -------------------------------------------------------------------------------------------- */

export const LOCAL_STATUSES = ['MISSING', 'DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED'] as const;
export const localStatusSchema = z.enum(LOCAL_STATUSES);
export type LocalStatus = z.infer<typeof localStatusSchema>;

export const localParamsSchema = z.strictObject({ unitId: uuidSchema, role: localRoleSchema });

const signOffSchema = z.strictObject({ by: z.string(), at: z.iso.datetime() }).nullable();

export const localHistoryEntrySchema = z.strictObject({
  revision: z.number().int(),
  text: z.string(),
  approvedAt: z.iso.datetime(),
  uaoSignedBy: z.string(),
  headSignedBy: z.string(),
});

export const localDescriptionSchema = z.strictObject({
  unit: z.strictObject({ id: uuidSchema, name: z.string(), kind: z.string() }),
  role: localRoleSchema,
  status: localStatusSchema,
  /** The locally agreed functions (særlige lokalt aftalte funktioner og ansvarsområder). */
  text: z.string(),
  /** 0 when there is no record yet. */
  version: z.number().int(),
  uaoSignOff: signOffSchema,
  headSignOff: signOffSchema,
  implementedOn: isoDateSchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
  history: z.array(localHistoryEntrySchema),
  /** What the caller may do now (the API decides again on every request). */
  can: z.strictObject({
    edit: z.boolean(),
    submit: z.boolean(),
    signAsUao: z.boolean(),
    signAsHead: z.boolean(),
    implement: z.boolean(),
  }),
  /** The region template's approved version for the role (the generic part). */
  template: z.strictObject({ title: z.string(), number: z.number().int(), content: templateContentSchema }).nullable(),
});
export type LocalDescription = z.infer<typeof localDescriptionSchema>;

export const saveLocalSchema = z.strictObject({
  text: z.string().trim().min(1).max(20000),
  /** The version that was edited; 0 to create the first draft. */
  version: z.number().int().min(0),
});
export type SaveLocal = z.infer<typeof saveLocalSchema>;

export const signLocalSchema = z.strictObject({
  version: z.number().int().min(1),
  /** The capacity to sign in (a person may hold both roles). */
  as: z.enum(['UAO', 'DEPARTMENT_HEAD']),
});
export const implementLocalSchema = z.strictObject({
  version: z.number().int().min(1),
  implementedOn: isoDateSchema,
});

/* Overview matrix */

export const overviewQuerySchema = z.strictObject({ hospitalId: uuidSchema.optional() });
export const statusCountsSchema = z.strictObject({
  MISSING: z.number().int(),
  DRAFT: z.number().int(),
  SUBMITTED: z.number().int(),
  APPROVED: z.number().int(),
  IMPLEMENTED: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;
export const overviewCellSchema = z.strictObject({ role: localRoleSchema, status: localStatusSchema });
export const overviewSchema = z.strictObject({
  hospitals: z.array(
    z.strictObject({
      id: uuidSchema,
      name: z.string(),
      /** The hospital's own AP-UKYL row (null when the caller only sees departments). */
      apUkyl: localStatusSchema.nullable(),
      departments: z.array(z.strictObject({ id: uuidSchema, name: z.string(), cells: z.array(overviewCellSchema) })),
    }),
  ),
  counts: statusCountsSchema,
});
export type Overview = z.infer<typeof overviewSchema>;

/* ----------------------------------------------------------------------------------------------
 * Handovers (overlevering)
 * -------------------------------------------------------------------------------------------- */

export const HANDOVER_STATUSES = ['OPEN', 'DONE', 'CLOSED'] as const;
export const handoverStatusSchema = z.enum(HANDOVER_STATUSES);
export const handoverListQuerySchema = z.strictObject({ status: z.enum(['open', 'all']).optional() });
export const handoverIdParamsSchema = z.strictObject({ handoverId: uuidSchema });
export const handoverItemParamsSchema = z.strictObject({ handoverId: uuidSchema, itemId: uuidSchema });
const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });

export const handoverSummarySchema = z.strictObject({
  id: uuidSchema,
  role: localRoleSchema,
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  incoming: personRefSchema,
  outgoing: personRefSchema.nullable(),
  status: handoverStatusSchema,
  itemsDone: z.number().int(),
  itemsTotal: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type HandoverSummary = z.infer<typeof handoverSummarySchema>;
export const handoverListSchema = z.strictObject({ items: z.array(handoverSummarySchema) });
export const handoverDetailSchema = handoverSummarySchema.extend({
  items: z.array(
    z.strictObject({
      id: uuidSchema,
      label: z.string(),
      done: z.boolean(),
      doneBy: z.string().nullable(),
      doneAt: z.iso.datetime().nullable(),
    }),
  ),
  closedAt: z.iso.datetime().nullable(),
  canTick: z.boolean(),
});
export type HandoverDetail = z.infer<typeof handoverDetailSchema>;
export const tickItemSchema = z.strictObject({ done: z.boolean() });

/* ----------------------------------------------------------------------------------------------
 * Mentor scheme
 * -------------------------------------------------------------------------------------------- */

export const FOCUS_AREAS = ['PROCEDURES_CULTURE', 'PROFESSIONAL_SPARRING', 'STRATEGY'] as const;
export const focusAreaSchema = z.enum(FOCUS_AREAS);
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const mentorshipSchema = z.strictObject({
  id: uuidSchema,
  mentor: personRefSchema,
  focusAreas: z.array(focusAreaSchema),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
});
export const newHolderSchema = z.strictObject({
  assignmentId: uuidSchema,
  person: personRefSchema,
  role: mentorRoleSchema,
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  startedOn: isoDateSchema,
  mentorship: mentorshipSchema.nullable(),
});
export type NewHolder = z.infer<typeof newHolderSchema>;
export const newHolderListSchema = z.strictObject({
  items: z.array(newHolderSchema),
  withMentor: z.number().int(),
  withoutMentor: z.number().int(),
});
export const newHolderQuerySchema = z.strictObject({ withoutMentor: z.enum(['true', 'false']).optional() });
export const mentorCandidateSchema = z.strictObject({
  person: personRefSchema,
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  since: isoDateSchema,
  activeMentorships: z.number().int(),
});
export const mentorCandidateListSchema = z.strictObject({ items: z.array(mentorCandidateSchema) });
export const createMentorshipSchema = z.strictObject({
  menteeAssignmentId: uuidSchema,
  mentorUserId: uuidSchema,
  focusAreas: z
    .array(focusAreaSchema)
    .min(1)
    .max(3)
    .refine((a) => new Set(a).size === a.length, 'Each focus area once'),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable().optional(),
});
export type CreateMentorship = z.infer<typeof createMentorshipSchema>;
