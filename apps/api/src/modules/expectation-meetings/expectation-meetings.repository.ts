import type { MeetingRecord } from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

const personRef = { select: { id: true, name: true } } as const;

export const meetingSelect = {
  id: true,
  scheduledAt: true,
  place: true,
  heldOn: true,
  traineeExpectations: true,
  supervisorExpectations: true,
  goals: true,
  tasks: true,
  deadlines: true,
  responsibilities: true,
  collaboration: true,
  misunderstandings: true,
  traineeConfirmedAt: true,
  traineeConfirmedBy: personRef,
  supervisorConfirmedAt: true,
  supervisorConfirmedBy: personRef,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ExpectationMeetingSelect;

const courseSelect = (tenantId: string) =>
  ({
    id: true,
    track: true,
    startDate: true,
    endDate: true,
    cancelledAt: true,
    trainee: personRef,
    unit: personRef,
    supervisors: { where: { tenantId, isMain: true }, select: { supervisor: personRef } },
    expectationMeeting: { select: meetingSelect },
  }) satisfies Prisma.CourseSelect;

export type CourseMeetingRow = Prisma.CourseGetPayload<{ select: ReturnType<typeof courseSelect> }>;
export type MeetingRow = NonNullable<CourseMeetingRow['expectationMeeting']>;

export function loadCourseMeeting(tx: Tx, tenantId: string, courseId: string): Promise<CourseMeetingRow | null> {
  return tx.course.findFirst({ where: { tenantId, id: courseId }, select: courseSelect(tenantId) });
}

/** Locks the meeting row (if any) for the rest of the transaction, so two changes serialise. */
export async function lockMeeting(tx: Tx, tenantId: string, courseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM expectation_meeting WHERE tenant_id = ${tenantId}::uuid AND course_id = ${courseId}::uuid FOR UPDATE`;
}

export type MeetingChange = Partial<{
  scheduledAt: Date | null;
  place: string | null;
  heldOn: Date | null;
  traineeConfirmedAt: Date | null;
  traineeConfirmedById: string | null;
  supervisorConfirmedAt: Date | null;
  supervisorConfirmedById: string | null;
}> &
  Partial<MeetingRecord>;

export async function createMeeting(tx: Tx, tenantId: string, courseId: string, data: MeetingChange): Promise<void> {
  await tx.expectationMeeting.create({ data: { tenantId, courseId, ...data }, select: { id: true } });
}

/** Updates the meeting if it is still at `version`; false when someone changed it meanwhile. */
export async function updateMeeting(
  tx: Tx,
  tenantId: string,
  courseId: string,
  version: number,
  data: MeetingChange,
): Promise<boolean> {
  const r = await tx.expectationMeeting.updateMany({
    where: { tenantId, courseId, version },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count === 1;
}

export const listCourseSelect = (tenantId: string) =>
  ({
    id: true,
    track: true,
    startDate: true,
    endDate: true,
    trainee: personRef,
    unit: personRef,
    supervisors: { where: { tenantId, isMain: true }, select: { supervisor: personRef } },
    expectationMeeting: {
      select: { scheduledAt: true, heldOn: true, traineeConfirmedAt: true, supervisorConfirmedAt: true },
    },
  }) satisfies Prisma.CourseSelect;
export type ListCourseRow = Prisma.CourseGetPayload<{ select: ReturnType<typeof listCourseSelect> }>;

export function listCourses(tx: Tx, tenantId: string, where: Prisma.CourseWhereInput): Promise<ListCourseRow[]> {
  return tx.course.findMany({ where: { AND: [{ tenantId }, where] }, select: listCourseSelect(tenantId) });
}
