import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * Queries of the continuing-education groups. Counts (coverage, summaries, annual report) are SQL
 * aggregates; every statement filters by tenant_id.
 *
 * Rules (one place): a GP is active on day d when settled_on is null or ≤ d and left_on is null or
 * > d; a group is active on d when started_on ≤ d and closed_on is null or > d; a membership covers
 * d when joined_on ≤ d and left_on is null or > d. A GP is covered on d when active and a member
 * (covering d) of a group active on d.
 */

const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export const gpActiveSql = (alias: string, day: string) =>
  Prisma.sql`(${Prisma.raw(alias)}.settled_on IS NULL OR ${Prisma.raw(alias)}.settled_on <= ${day}::date)
    AND (${Prisma.raw(alias)}.left_on IS NULL OR ${Prisma.raw(alias)}.left_on > ${day}::date)`;

/** EXISTS: the GP `gpAlias` is a member of an active group on `day`. */
export const gpCoveredSql = (tenantId: string, gpAlias: string, day: string) =>
  Prisma.sql`EXISTS (
    SELECT 1 FROM cme_group_member m
      JOIN cme_group g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
     WHERE m.tenant_id = ${tenantId}::uuid AND m.gp_id = ${Prisma.raw(gpAlias)}.id
       AND m.joined_on <= ${day}::date AND (m.left_on IS NULL OR m.left_on > ${day}::date)
       AND g.started_on <= ${day}::date AND (g.closed_on IS NULL OR g.closed_on > ${day}::date))`;

const groupActiveSql = (day: string) =>
  Prisma.sql`g.started_on <= ${day}::date AND (g.closed_on IS NULL OR g.closed_on > ${day}::date)`;

export interface GroupSummaryRow {
  id: string;
  kind: string;
  name: string;
  topics: string[];
  leader_id: string | null;
  leader_name: string | null;
  started_on: Date;
  closed_on: Date | null;
  member_count: number;
  meetings_this_year: number;
  last_meeting_on: Date | null;
}

/** Group summaries with member and meeting counts; `ids` narrows to some groups. */
export function listGroupSummaries(
  tx: Tx,
  tenantId: string,
  today: string,
  f: { kind?: string; state?: 'active' | 'closed' | 'all'; id?: string },
) {
  const year = today.slice(0, 4);
  const state = f.state ?? 'active';
  return tx.$queryRaw<GroupSummaryRow[]>`
    SELECT g.id::text, g.kind, g.name, g.topics, g.leader_id::text, l.name AS leader_name, g.started_on, g.closed_on,
           (SELECT count(*)::int FROM cme_group_member m
             WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id
               AND m.joined_on <= ${today}::date AND (m.left_on IS NULL OR m.left_on > ${today}::date)) AS member_count,
           (SELECT count(*)::int FROM cme_group_meeting mt
             WHERE mt.tenant_id = g.tenant_id AND mt.group_id = g.id
               AND mt.held_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date) AS meetings_this_year,
           (SELECT max(mt.held_on) FROM cme_group_meeting mt
             WHERE mt.tenant_id = g.tenant_id AND mt.group_id = g.id) AS last_meeting_on
      FROM cme_group g
      LEFT JOIN general_practitioner l ON l.tenant_id = g.tenant_id AND l.id = g.leader_id
     WHERE g.tenant_id = ${tenantId}::uuid
       ${f.kind ? Prisma.sql`AND g.kind = ${f.kind}` : Prisma.empty}
       ${f.id ? Prisma.sql`AND g.id = ${f.id}::uuid` : Prisma.empty}
       ${
         f.id || state === 'all'
           ? Prisma.empty
           : state === 'active'
             ? Prisma.sql`AND (g.closed_on IS NULL OR g.closed_on > ${today}::date)`
             : Prisma.sql`AND g.closed_on <= ${today}::date`
       }
     ORDER BY g.name, g.id`;
}

const gpRefSelect = {
  id: true,
  name: true,
  settledOn: true,
  practice: { select: { id: true, name: true, parent: { select: { id: true, name: true, kind: true } } } },
} as const;

/** A group's members (with their GP and practice) and meetings. */
export function findGroupDetail(tx: Tx, tenantId: string, id: string) {
  return tx.cmeGroup.findFirst({
    where: { tenantId, id },
    select: {
      id: true,
      version: true,
      startedOn: true,
      members: {
        select: { id: true, gpId: true, joinedOn: true, leftOn: true, gp: { select: gpRefSelect } },
        orderBy: [{ gp: { name: 'asc' } }, { joinedOn: 'asc' }],
      },
      meetings: { select: { id: true, heldOn: true, topic: true, attendedCount: true }, orderBy: { heldOn: 'desc' } },
    },
  });
}

export async function lockGroup(tx: Tx, tenantId: string, id: string) {
  const rows = await tx.$queryRaw<
    { version: number; leader_id: string | null; started_on: Date; closed_on: Date | null }[]
  >`
    SELECT version, leader_id::text, started_on, closed_on FROM cme_group
     WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function createGroup(
  tx: Tx,
  tenantId: string,
  f: { kind: string; name: string; topics: string[]; startedOn: string },
) {
  const row = await tx.cmeGroup.create({
    data: { tenantId, kind: f.kind, name: f.name, topics: f.topics, startedOn: dateOf(f.startedOn) },
    select: { id: true },
  });
  return row.id;
}

export async function updateGroup(
  tx: Tx,
  tenantId: string,
  id: string,
  f: {
    kind: string;
    name: string;
    topics: string[];
    leaderId: string | null;
    startedOn: string;
    closedOn: string | null;
  },
) {
  await tx.cmeGroup.updateMany({
    where: { tenantId, id },
    data: {
      kind: f.kind,
      name: f.name,
      topics: f.topics,
      leaderId: f.leaderId,
      startedOn: dateOf(f.startedOn),
      closedOn: f.closedOn ? dateOf(f.closedOn) : null,
      version: { increment: 1 },
    },
  });
}

export async function clearLeader(tx: Tx, tenantId: string, groupId: string) {
  await tx.cmeGroup.updateMany({
    where: { tenantId, id: groupId },
    data: { leaderId: null, version: { increment: 1 } },
  });
}

/** The GP when in the tenant (any practice: the coordinator is region-wide). */
export function findGp(tx: Tx, tenantId: string, id: string) {
  return tx.generalPractitioner.findFirst({ where: { tenantId, id }, select: { id: true, name: true, leftOn: true } });
}

/** Whether the GP has a membership of the group open on or after `day`. */
export async function hasOpenMembership(tx: Tx, tenantId: string, groupId: string, gpId: string, day: string) {
  const n = await tx.cmeGroupMember.count({
    where: { tenantId, groupId, gpId, OR: [{ leftOn: null }, { leftOn: { gt: dateOf(day) } }] },
  });
  return n > 0;
}

export async function addMember(tx: Tx, tenantId: string, groupId: string, gpId: string, joinedOn: string) {
  const row = await tx.cmeGroupMember.create({
    data: { tenantId, groupId, gpId, joinedOn: dateOf(joinedOn) },
    select: { id: true },
  });
  return row.id;
}

export function findMember(tx: Tx, tenantId: string, groupId: string, id: string) {
  return tx.cmeGroupMember.findFirst({
    where: { tenantId, groupId, id },
    select: { id: true, gpId: true, joinedOn: true, leftOn: true },
  });
}

export async function endMember(tx: Tx, tenantId: string, id: string, leftOn: string) {
  await tx.cmeGroupMember.updateMany({ where: { tenantId, id }, data: { leftOn: dateOf(leftOn) } });
}

export async function addMeeting(
  tx: Tx,
  tenantId: string,
  groupId: string,
  f: { heldOn: string; topic: string; attendedCount: number },
) {
  const row = await tx.cmeGroupMeeting.create({
    data: { tenantId, groupId, heldOn: dateOf(f.heldOn), topic: f.topic, attendedCount: f.attendedCount },
    select: { id: true },
  });
  return row.id;
}

export async function deleteMeeting(tx: Tx, tenantId: string, groupId: string, id: string) {
  const r = await tx.cmeGroupMeeting.deleteMany({ where: { tenantId, groupId, id } });
  return r.count;
}

// --- Coverage -------------------------------------------------------------------------------

export interface CoverageAreaRow {
  area_id: string | null;
  area_name: string | null;
  active_gps: number;
  covered: number;
}

/** Active GPs and covered GPs on `day`, per GP area (null: a practice outside an area). */
export function coverageByArea(tx: Tx, tenantId: string, day: string) {
  return tx.$queryRaw<CoverageAreaRow[]>`
    SELECT a.id::text AS area_id, a.name AS area_name,
           count(*)::int AS active_gps,
           count(*) FILTER (WHERE ${gpCoveredSql(tenantId, 'gp', day)})::int AS covered
      FROM general_practitioner gp
      JOIN org_unit p ON p.tenant_id = gp.tenant_id AND p.id = gp.practice_id
      LEFT JOIN org_unit a ON a.tenant_id = p.tenant_id AND a.id = p.parent_id AND a.kind = 'GP_AREA'
     WHERE gp.tenant_id = ${tenantId}::uuid AND ${gpActiveSql('gp', day)}
     GROUP BY a.id, a.name
     ORDER BY a.name NULLS LAST`;
}

export interface UncoveredRow {
  id: string;
  name: string;
  settled_on: Date | null;
  practice_id: string;
  practice_name: string;
  area_id: string | null;
  area_name: string | null;
  newly_settled: boolean;
}

/** Active GPs in no active group on `day`: newly settled (after `cutoff`) first, then by name. */
export function uncoveredGps(tx: Tx, tenantId: string, day: string, cutoff: string) {
  return tx.$queryRaw<UncoveredRow[]>`
    SELECT gp.id::text, gp.name, gp.settled_on, p.id::text AS practice_id, p.name AS practice_name,
           a.id::text AS area_id, a.name AS area_name,
           (gp.settled_on IS NOT NULL AND gp.settled_on > ${cutoff}::date) AS newly_settled
      FROM general_practitioner gp
      JOIN org_unit p ON p.tenant_id = gp.tenant_id AND p.id = gp.practice_id
      LEFT JOIN org_unit a ON a.tenant_id = p.tenant_id AND a.id = p.parent_id AND a.kind = 'GP_AREA'
     WHERE gp.tenant_id = ${tenantId}::uuid AND ${gpActiveSql('gp', day)}
       AND NOT ${gpCoveredSql(tenantId, 'gp', day)}
     ORDER BY newly_settled DESC, gp.name, gp.id`;
}

/** Active groups without a leader, and active groups without a meeting in `day`'s year. */
export async function groupsNeedingAttention(tx: Tx, tenantId: string, day: string) {
  const year = day.slice(0, 4);
  const noLeader = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT g.id::text, g.name FROM cme_group g
     WHERE g.tenant_id = ${tenantId}::uuid AND ${groupActiveSql(day)} AND g.leader_id IS NULL
     ORDER BY g.name, g.id`;
  const noMeeting = await tx.$queryRaw<{ id: string; name: string; last_meeting_on: Date | null }[]>`
    SELECT g.id::text, g.name,
           (SELECT max(mt.held_on) FROM cme_group_meeting mt WHERE mt.tenant_id = g.tenant_id AND mt.group_id = g.id) AS last_meeting_on
      FROM cme_group g
     WHERE g.tenant_id = ${tenantId}::uuid AND ${groupActiveSql(day)}
       AND NOT EXISTS (SELECT 1 FROM cme_group_meeting mt
                        WHERE mt.tenant_id = g.tenant_id AND mt.group_id = g.id
                          AND mt.held_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)
     ORDER BY g.name, g.id`;
  return { noLeader, noMeeting };
}

// --- Leaders' course -------------------------------------------------------------------------

export function listLeaderCourses(tx: Tx, tenantId: string) {
  return tx.cmeLeaderCourse.findMany({
    where: { tenantId },
    select: {
      id: true,
      year: true,
      heldOn: true,
      title: true,
      place: true,
      version: true,
      attendances: { select: { gp: { select: { id: true, name: true } } }, orderBy: { gp: { name: 'asc' } } },
    },
    orderBy: { year: 'desc' },
  });
}
export type LeaderCourseRow = Awaited<ReturnType<typeof listLeaderCourses>>[number];

/** Leaders of groups active on `day`, with their groups and whether they attended `year`'s course. */
export function currentLeaders(tx: Tx, tenantId: string, day: string, year: number) {
  return tx.$queryRaw<{ id: string; name: string; groups: string[]; attended: boolean }[]>`
    SELECT l.id::text, l.name, array_agg(g.name ORDER BY g.name) AS groups,
           EXISTS (SELECT 1 FROM cme_leader_course_attendance at
                     JOIN cme_leader_course c ON c.tenant_id = at.tenant_id AND c.id = at.course_id
                    WHERE at.tenant_id = l.tenant_id AND at.gp_id = l.id AND c.year = ${year}) AS attended
      FROM cme_group g
      JOIN general_practitioner l ON l.tenant_id = g.tenant_id AND l.id = g.leader_id
     WHERE g.tenant_id = ${tenantId}::uuid AND ${groupActiveSql(day)}
     GROUP BY l.tenant_id, l.id, l.name
     ORDER BY attended, l.name, l.id`;
}

export function findLeaderCourse(tx: Tx, tenantId: string, id: string) {
  return tx.cmeLeaderCourse.findFirst({ where: { tenantId, id }, select: { id: true, year: true, version: true } });
}

export function findLeaderCourseOfYear(tx: Tx, tenantId: string, year: number) {
  return tx.cmeLeaderCourse.findFirst({ where: { tenantId, year }, select: { id: true } });
}

export async function lockLeaderCourse(tx: Tx, tenantId: string, id: string) {
  await tx.$queryRaw`SELECT 1 FROM cme_leader_course WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
}

export async function countGps(tx: Tx, tenantId: string, ids: string[]) {
  return tx.generalPractitioner.count({ where: { tenantId, id: { in: ids } } });
}

export async function createLeaderCourse(
  tx: Tx,
  tenantId: string,
  f: { year: number; heldOn: string; title: string; place: string | null },
) {
  const row = await tx.cmeLeaderCourse.create({
    data: { tenantId, year: f.year, heldOn: dateOf(f.heldOn), title: f.title, place: f.place },
    select: { id: true },
  });
  return row.id;
}

export async function updateLeaderCourse(
  tx: Tx,
  tenantId: string,
  id: string,
  f: { year: number; heldOn: string; title: string; place: string | null },
) {
  await tx.cmeLeaderCourse.updateMany({
    where: { tenantId, id },
    data: { year: f.year, heldOn: dateOf(f.heldOn), title: f.title, place: f.place, version: { increment: 1 } },
  });
}

export async function setAttendance(tx: Tx, tenantId: string, courseId: string, gpIds: string[]) {
  await tx.cmeLeaderCourseAttendance.deleteMany({ where: { tenantId, courseId, gpId: { notIn: gpIds } } });
  await tx.cmeLeaderCourseAttendance.createMany({
    data: gpIds.map((gpId) => ({ tenantId, courseId, gpId })),
    skipDuplicates: true,
  });
}

// --- Annual report ---------------------------------------------------------------------------

export interface AnnualGroupRow {
  id: string;
  kind: string;
  name: string;
  leader: string | null;
  members: number;
  joined: number;
  meetings: number;
  attendances: number;
  topics: string[];
  active: boolean;
}

/** Groups active at some time in the year, with the year's members, meetings and topics. */
export function annualGroups(tx: Tx, tenantId: string, year: number, endDay: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return tx.$queryRaw<AnnualGroupRow[]>`
    SELECT g.id::text, g.kind, g.name, l.name AS leader,
           (SELECT count(DISTINCT m.gp_id)::int FROM cme_group_member m
             WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id
               AND m.joined_on <= ${to}::date AND (m.left_on IS NULL OR m.left_on > ${from}::date)) AS members,
           (SELECT count(*)::int FROM cme_group_member m
             WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id
               AND m.joined_on BETWEEN ${from}::date AND ${to}::date) AS joined,
           coalesce(mt.meetings, 0)::int AS meetings,
           coalesce(mt.attendances, 0)::int AS attendances,
           coalesce(mt.topics, '{}') AS topics,
           (g.closed_on IS NULL OR g.closed_on > ${endDay}::date) AS active
      FROM cme_group g
      LEFT JOIN general_practitioner l ON l.tenant_id = g.tenant_id AND l.id = g.leader_id
      LEFT JOIN LATERAL (
        SELECT count(*) AS meetings, sum(x.attended_count) AS attendances,
               (SELECT array_agg(t.topic ORDER BY t.first_on, t.topic)
                  FROM (SELECT y.topic, min(y.held_on) AS first_on FROM cme_group_meeting y
                         WHERE y.tenant_id = g.tenant_id AND y.group_id = g.id
                           AND y.held_on BETWEEN ${from}::date AND ${to}::date
                         GROUP BY y.topic) t) AS topics
          FROM cme_group_meeting x
         WHERE x.tenant_id = g.tenant_id AND x.group_id = g.id AND x.held_on BETWEEN ${from}::date AND ${to}::date
      ) mt ON true
     WHERE g.tenant_id = ${tenantId}::uuid
       AND g.started_on <= ${to}::date AND (g.closed_on IS NULL OR g.closed_on > ${from}::date)
     ORDER BY g.name, g.id`;
}

/** Distinct GPs who were members of a group at some time in the year. */
export async function annualDistinctMembers(tx: Tx, tenantId: string, year: number) {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT m.gp_id)::int AS n FROM cme_group_member m
      JOIN cme_group g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
     WHERE m.tenant_id = ${tenantId}::uuid
       AND m.joined_on <= ${`${year}-12-31`}::date AND (m.left_on IS NULL OR m.left_on > ${`${year}-01-01`}::date)
       AND g.started_on <= ${`${year}-12-31`}::date AND (g.closed_on IS NULL OR g.closed_on > ${`${year}-01-01`}::date)`;
  return rows[0]?.n ?? 0;
}

/** The year's leaders' course with attendance, and how many of the leaders on `day` attended it. */
export async function annualLeaderCourse(tx: Tx, tenantId: string, year: number, day: string) {
  const rows = await tx.$queryRaw<
    {
      held_on: Date;
      title: string;
      place: string | null;
      attended: number;
      leaders: number;
      leaders_attended: number;
    }[]
  >`
    SELECT c.held_on, c.title, c.place,
           (SELECT count(*)::int FROM cme_leader_course_attendance a WHERE a.tenant_id = c.tenant_id AND a.course_id = c.id) AS attended,
           (SELECT count(DISTINCT g.leader_id)::int FROM cme_group g
             WHERE g.tenant_id = c.tenant_id AND g.leader_id IS NOT NULL AND ${groupActiveSql(day)}) AS leaders,
           (SELECT count(DISTINCT g.leader_id)::int FROM cme_group g
             JOIN cme_leader_course_attendance a ON a.tenant_id = g.tenant_id AND a.course_id = c.id AND a.gp_id = g.leader_id
             WHERE g.tenant_id = c.tenant_id AND ${groupActiveSql(day)}) AS leaders_attended
      FROM cme_leader_course c
     WHERE c.tenant_id = ${tenantId}::uuid AND c.year = ${year}`;
  const r = rows[0];
  return r
    ? {
        heldOn: isoOf(r.held_on),
        title: r.title,
        place: r.place,
        attended: r.attended,
        leaders: r.leaders,
        leadersAttended: r.leaders_attended,
      }
    : null;
}
