import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * Continuing-education groups of general practitioners (efteruddannelsesgrupper /
 * supervisionsgrupper), their coverage of the region's GPs, the group leaders' annual course
 * (gruppeledertræf) and the annual report (seed 002; issue 6). Permission: cme-groups:manage.
 */

export const CME_GROUP_KINDS = ['EFTERUDDANNELSE', 'SUPERVISION'] as const;
export const cmeGroupKindSchema = z.enum(CME_GROUP_KINDS);
export type CmeGroupKind = z.infer<typeof cmeGroupKindSchema>;

const nameSchema = z.string().trim().min(1).max(200);
const topicsSchema = z.array(z.string().trim().min(1).max(80)).max(30);
const versionSchema = z.number().int().min(1);
const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const cmeGpRefSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  practice: z.strictObject({ id: uuidSchema, name: z.string() }),
  area: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  settledOn: isoDateSchema.nullable(),
  newlySettled: z.boolean(),
});
export type CmeGpRef = z.infer<typeof cmeGpRefSchema>;

export const cmeGroupSummarySchema = z.strictObject({
  id: uuidSchema,
  kind: cmeGroupKindSchema,
  name: z.string(),
  topics: z.array(z.string()),
  leader: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  startedOn: isoDateSchema,
  closedOn: isoDateSchema.nullable(),
  active: z.boolean(),
  /** Current members (joined on or before today, not left). */
  memberCount: z.number().int(),
  meetingsThisYear: z.number().int(),
  lastMeetingOn: isoDateSchema.nullable(),
});
export type CmeGroupSummary = z.infer<typeof cmeGroupSummarySchema>;

export const cmeGroupMemberSchema = z.strictObject({
  id: uuidSchema,
  gp: cmeGpRefSchema,
  joinedOn: isoDateSchema,
  leftOn: isoDateSchema.nullable(),
  /** A member today. */
  current: z.boolean(),
});
export type CmeGroupMember = z.infer<typeof cmeGroupMemberSchema>;

export const cmeGroupMeetingSchema = z.strictObject({
  id: uuidSchema,
  heldOn: isoDateSchema,
  topic: z.string(),
  attendedCount: z.number().int(),
});
export type CmeGroupMeeting = z.infer<typeof cmeGroupMeetingSchema>;

export const cmeGroupSchema = z.strictObject({
  ...cmeGroupSummarySchema.shape,
  version: z.number().int(),
  members: z.array(cmeGroupMemberSchema),
  meetings: z.array(cmeGroupMeetingSchema),
});
export type CmeGroup = z.infer<typeof cmeGroupSchema>;

export const cmeGroupListQuerySchema = z.strictObject({
  kind: cmeGroupKindSchema.optional(),
  /** active (default) | closed | all */
  state: z.enum(['active', 'closed', 'all']).optional(),
});
export type CmeGroupListQuery = z.infer<typeof cmeGroupListQuerySchema>;
export const cmeGroupListSchema = z.strictObject({ items: z.array(cmeGroupSummarySchema) });
export type CmeGroupList = z.infer<typeof cmeGroupListSchema>;

export const cmeGroupIdParamsSchema = z.strictObject({ groupId: uuidSchema });
export const cmeMemberParamsSchema = z.strictObject({ groupId: uuidSchema, memberId: uuidSchema });
export const cmeMeetingParamsSchema = z.strictObject({ groupId: uuidSchema, meetingId: uuidSchema });

export const createCmeGroupSchema = z.strictObject({
  kind: cmeGroupKindSchema,
  name: nameSchema,
  topics: topicsSchema,
  startedOn: isoDateSchema,
});
export type CreateCmeGroup = z.infer<typeof createCmeGroupSchema>;

export const updateCmeGroupSchema = z.strictObject({
  kind: cmeGroupKindSchema,
  name: nameSchema,
  topics: topicsSchema,
  /** A current member of the group, or null. */
  leaderId: uuidSchema.nullable(),
  startedOn: isoDateSchema,
  /** Set to close the group (inactive from this day). */
  closedOn: isoDateSchema.nullable(),
  version: versionSchema,
});
export type UpdateCmeGroup = z.infer<typeof updateCmeGroupSchema>;

export const addCmeMemberSchema = z.strictObject({ gpId: uuidSchema, joinedOn: isoDateSchema });
export type AddCmeMember = z.infer<typeof addCmeMemberSchema>;
export const endCmeMemberSchema = z.strictObject({ leftOn: isoDateSchema });
export type EndCmeMember = z.infer<typeof endCmeMemberSchema>;

export const cmeMeetingInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  topic: z.string().trim().min(1).max(200),
  attendedCount: z.number().int().min(0).max(1000),
});
export type CmeMeetingInput = z.infer<typeof cmeMeetingInputSchema>;

/** Share of active GPs in at least one active group, for one GP area (null = practice outside an area). */
export const cmeCoverageRowSchema = z.strictObject({
  area: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  activeGps: z.number().int(),
  covered: z.number().int(),
  /** Percent with one decimal; null when there are no active GPs. */
  percent: z.number().nullable(),
});
export type CmeCoverageRow = z.infer<typeof cmeCoverageRowSchema>;

export const cmeCoverageSchema = z.strictObject({
  /** The day the coverage is counted on. */
  date: isoDateSchema,
  total: cmeCoverageRowSchema,
  areas: z.array(cmeCoverageRowSchema),
  /** Active GPs in no active group: newly settled first, then by name. */
  uncovered: z.array(cmeGpRefSchema),
  groupsWithoutLeader: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
  groupsWithoutMeetingThisYear: z.array(
    z.strictObject({ id: uuidSchema, name: z.string(), lastMeetingOn: isoDateSchema.nullable() }),
  ),
});
export type CmeCoverage = z.infer<typeof cmeCoverageSchema>;

// Group leaders' annual course (gruppeledertræf).
export const cmeLeaderCourseSchema = z.strictObject({
  id: uuidSchema,
  year: z.number().int(),
  heldOn: isoDateSchema,
  title: z.string(),
  place: z.string().nullable(),
  version: z.number().int(),
  attendees: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
});
export type CmeLeaderCourse = z.infer<typeof cmeLeaderCourseSchema>;

export const cmeLeaderCoursesQuerySchema = z.strictObject({ year: yearSchema.optional() });
export const cmeLeaderCoursesSchema = z.strictObject({
  /** The year `leaders` is about (default: this year). */
  year: z.number().int(),
  items: z.array(cmeLeaderCourseSchema),
  /** Leaders of active groups today, and whether they attended `year`'s course. */
  leaders: z.array(
    z.strictObject({
      gp: z.strictObject({ id: uuidSchema, name: z.string() }),
      groups: z.array(z.string()),
      attended: z.boolean(),
    }),
  ),
});
export type CmeLeaderCourses = z.infer<typeof cmeLeaderCoursesSchema>;

export const cmeLeaderCourseIdParamsSchema = z.strictObject({ courseId: uuidSchema });
const leaderCourseFields = {
  heldOn: isoDateSchema,
  title: z.string().trim().min(1).max(200),
  place: z.string().trim().min(1).max(200).nullable(),
  /** GPs who attended (group leaders). */
  attendeeIds: z.array(uuidSchema).max(500),
};
export const createCmeLeaderCourseSchema = z.strictObject(leaderCourseFields);
export type CreateCmeLeaderCourse = z.infer<typeof createCmeLeaderCourseSchema>;
export const updateCmeLeaderCourseSchema = z.strictObject({ ...leaderCourseFields, version: versionSchema });
export type UpdateCmeLeaderCourse = z.infer<typeof updateCmeLeaderCourseSchema>;

// Annual report.
export const cmeAnnualReportQuerySchema = z.strictObject({ year: yearSchema });
export const cmeAnnualReportSchema = z.strictObject({
  year: z.number().int(),
  groups: z.array(
    z.strictObject({
      id: uuidSchema,
      kind: cmeGroupKindSchema,
      name: z.string(),
      leader: z.string().nullable(),
      /** Members at any time in the year. */
      members: z.number().int(),
      /** Members who joined during the year. */
      joined: z.number().int(),
      meetings: z.number().int(),
      attendances: z.number().int(),
      /** Meeting topics of the year, in date order (distinct). */
      topics: z.array(z.string()),
      active: z.boolean(),
    }),
  ),
  totals: z.strictObject({
    groups: z.number().int(),
    members: z.number().int(),
    meetings: z.number().int(),
    attendances: z.number().int(),
  }),
  /** Coverage at the end of the year (today for the current year). */
  coverage: z.strictObject({ date: isoDateSchema, total: cmeCoverageRowSchema, areas: z.array(cmeCoverageRowSchema) }),
  leaderCourse: z
    .strictObject({
      heldOn: isoDateSchema,
      title: z.string(),
      place: z.string().nullable(),
      attended: z.number().int(),
      /** Leaders of active groups at the end of the year (or today). */
      leaders: z.number().int(),
      leadersAttended: z.number().int(),
    })
    .nullable(),
});
export type CmeAnnualReport = z.infer<typeof cmeAnnualReportSchema>;
