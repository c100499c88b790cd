import {
  isNewlySettled,
  todayInDenmark,
  type AddCmeMember,
  type CmeAnnualReport,
  type CmeCoverage,
  type CmeCoverageRow,
  type CmeGroup,
  type CmeGroupListQuery,
  type CmeGroupSummary,
  type CmeLeaderCourse,
  type CmeLeaderCourses,
  type CmeMeetingInput,
  type CreateCmeGroup,
  type CreateCmeLeaderCourse,
  type EndCmeMember,
  type UpdateCmeGroup,
  type UpdateCmeLeaderCourse,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { newlySettledCutoff } from '../general-practitioners/gp-register.repository.js';
import * as repo from './cme-groups.repository.js';

/**
 * Continuing-education groups (seed 002). cme-groups:manage is held tenant-wide only (the
 * continuing-education coordinator, the regional administrator), so every query is the tenant's.
 */

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d ? isoOf(d) : null);
const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });
const percent = (covered: number, total: number) => (total === 0 ? null : Math.round((covered * 1000) / total) / 10);

function toSummary(r: repo.GroupSummaryRow, today: string): CmeGroupSummary {
  const closedOn = isoOrNull(r.closed_on);
  return {
    id: r.id,
    kind: r.kind as CmeGroupSummary['kind'],
    name: r.name,
    topics: r.topics,
    leader: r.leader_id ? { id: r.leader_id, name: r.leader_name ?? '' } : null,
    startedOn: isoOf(r.started_on),
    closedOn,
    active: closedOn === null || closedOn > today,
    memberCount: r.member_count,
    meetingsThisYear: r.meetings_this_year,
    lastMeetingOn: isoOrNull(r.last_meeting_on),
  };
}

export async function listGroups(ctx: AuthedCtx, q: CmeGroupListQuery): Promise<CmeGroupSummary[]> {
  const today = todayInDenmark();
  const rows = await repo.listGroupSummaries(ctx.tx, ctx.tenantId, today, q);
  return rows.map((r) => toSummary(r, today));
}

export async function getGroup(ctx: AuthedCtx, id: string): Promise<CmeGroup> {
  const today = todayInDenmark();
  const [summary] = await repo.listGroupSummaries(ctx.tx, ctx.tenantId, today, { id });
  const detail = await repo.findGroupDetail(ctx.tx, ctx.tenantId, id);
  if (!summary || !detail) throw notFound('The group');
  return {
    ...toSummary(summary, today),
    version: detail.version,
    members: detail.members.map((m) => {
      const joinedOn = isoOf(m.joinedOn);
      const leftOn = isoOrNull(m.leftOn);
      const area = m.gp.practice.parent?.kind === 'GP_AREA' ? m.gp.practice.parent : null;
      const settledOn = isoOrNull(m.gp.settledOn);
      return {
        id: m.id,
        gp: {
          id: m.gp.id,
          name: m.gp.name,
          practice: { id: m.gp.practice.id, name: m.gp.practice.name },
          area: area ? { id: area.id, name: area.name } : null,
          settledOn,
          newlySettled: isNewlySettled(settledOn, today),
        },
        joinedOn,
        leftOn,
        current: joinedOn <= today && (leftOn === null || leftOn > today),
      };
    }),
    meetings: detail.meetings.map((m) => ({
      id: m.id,
      heldOn: isoOf(m.heldOn),
      topic: m.topic,
      attendedCount: m.attendedCount,
    })),
  };
}

export async function createGroup(ctx: AuthedCtx, body: CreateCmeGroup): Promise<CmeGroup> {
  const id = await repo.createGroup(ctx.tx, ctx.tenantId, body);
  await ctx.audit({ action: 'cme_group.create', entityType: 'cme_group', entityId: id, data: { kind: body.kind } });
  return getGroup(ctx, id);
}

/** Loads the group under a row lock (404 when not the tenant's). */
async function lock(ctx: AuthedCtx, id: string) {
  const g = await repo.lockGroup(ctx.tx, ctx.tenantId, id);
  if (!g) throw notFound('The group');
  return g;
}

export async function updateGroup(ctx: AuthedCtx, id: string, body: UpdateCmeGroup): Promise<CmeGroup> {
  const before = await lock(ctx, id);
  if (before.version !== body.version) {
    const current = await getGroup(ctx, id);
    throw new AppError('CONFLICT', {
      detail: `The group was changed by someone else (now version ${current.version}: ${current.name}, leader ${current.leader?.name ?? 'none'}, ${current.memberCount} members). Reload to see the changes.`,
    });
  }
  if (body.closedOn && body.closedOn < body.startedOn)
    throw invalid('body.closedOn', 'The group cannot close before it started');
  if (body.leaderId) {
    const g = await getGroup(ctx, id);
    if (!g.members.some((m) => m.current && m.gp.id === body.leaderId))
      throw invalid('body.leaderId', 'The leader must be a current member of the group');
  }
  await repo.updateGroup(ctx.tx, ctx.tenantId, id, body);
  await ctx.audit({
    action: 'cme_group.update',
    entityType: 'cme_group',
    entityId: id,
    data: { leaderId: body.leaderId, closedOn: body.closedOn, leaderChanged: body.leaderId !== before.leader_id },
  });
  return getGroup(ctx, id);
}

export async function addMember(ctx: AuthedCtx, groupId: string, body: AddCmeMember): Promise<CmeGroup> {
  const g = await lock(ctx, groupId);
  if (g.closed_on) throw invalid('body.gpId', 'The group is closed');
  const gp = await repo.findGp(ctx.tx, ctx.tenantId, body.gpId);
  if (!gp) throw notFound('The general practitioner');
  if (gp.leftOn && isoOf(gp.leftOn) <= body.joinedOn) throw invalid('body.gpId', 'The GP has left practice');
  if (await repo.hasOpenMembership(ctx.tx, ctx.tenantId, groupId, body.gpId, body.joinedOn))
    throw invalid('body.gpId', 'The GP is already a member of the group');
  const id = await repo.addMember(ctx.tx, ctx.tenantId, groupId, body.gpId, body.joinedOn);
  await ctx.audit({
    action: 'cme_group.member.add',
    entityType: 'cme_group_member',
    entityId: id,
    data: { groupId, gpId: body.gpId, joinedOn: body.joinedOn },
  });
  return getGroup(ctx, groupId);
}

export async function endMember(ctx: AuthedCtx, groupId: string, memberId: string, body: EndCmeMember) {
  const g = await lock(ctx, groupId);
  const m = await repo.findMember(ctx.tx, ctx.tenantId, groupId, memberId);
  if (!m) throw notFound('The membership');
  if (body.leftOn < isoOf(m.joinedOn)) throw invalid('body.leftOn', 'The member cannot leave before joining');
  await repo.endMember(ctx.tx, ctx.tenantId, memberId, body.leftOn);
  // A leader who leaves is no longer the leader.
  if (g.leader_id === m.gpId && body.leftOn <= todayInDenmark()) await repo.clearLeader(ctx.tx, ctx.tenantId, groupId);
  await ctx.audit({
    action: 'cme_group.member.end',
    entityType: 'cme_group_member',
    entityId: memberId,
    data: { groupId, gpId: m.gpId, leftOn: body.leftOn },
  });
  return getGroup(ctx, groupId);
}

export async function addMeeting(ctx: AuthedCtx, groupId: string, body: CmeMeetingInput): Promise<CmeGroup> {
  const g = await lock(ctx, groupId);
  if (body.heldOn < isoOf(g.started_on)) throw invalid('body.heldOn', 'The meeting is before the group started');
  const id = await repo.addMeeting(ctx.tx, ctx.tenantId, groupId, body);
  await ctx.audit({
    action: 'cme_group.meeting.add',
    entityType: 'cme_group_meeting',
    entityId: id,
    data: { groupId, heldOn: body.heldOn, attendedCount: body.attendedCount },
  });
  return getGroup(ctx, groupId);
}

export async function deleteMeeting(ctx: AuthedCtx, groupId: string, meetingId: string): Promise<CmeGroup> {
  await lock(ctx, groupId);
  if ((await repo.deleteMeeting(ctx.tx, ctx.tenantId, groupId, meetingId)) === 0) throw notFound('The meeting');
  await ctx.audit({
    action: 'cme_group.meeting.delete',
    entityType: 'cme_group_meeting',
    entityId: meetingId,
    data: { groupId },
  });
  return getGroup(ctx, groupId);
}

// --- Coverage ------------------------------------------------------------------------------

async function coverageRows(ctx: AuthedCtx, day: string): Promise<{ total: CmeCoverageRow; areas: CmeCoverageRow[] }> {
  const rows = await repo.coverageByArea(ctx.tx, ctx.tenantId, day);
  const areas = rows.map((r) => ({
    area: r.area_id ? { id: r.area_id, name: r.area_name ?? '' } : null,
    activeGps: r.active_gps,
    covered: r.covered,
    percent: percent(r.covered, r.active_gps),
  }));
  const activeGps = rows.reduce((s, r) => s + r.active_gps, 0);
  const covered = rows.reduce((s, r) => s + r.covered, 0);
  return { total: { area: null, activeGps, covered, percent: percent(covered, activeGps) }, areas };
}

export async function coverage(ctx: AuthedCtx): Promise<CmeCoverage> {
  const day = todayInDenmark();
  const { total, areas } = await coverageRows(ctx, day);
  const uncovered = await repo.uncoveredGps(ctx.tx, ctx.tenantId, day, newlySettledCutoff(day));
  const attention = await repo.groupsNeedingAttention(ctx.tx, ctx.tenantId, day);
  return {
    date: day,
    total,
    areas,
    uncovered: uncovered.map((u) => ({
      id: u.id,
      name: u.name,
      practice: { id: u.practice_id, name: u.practice_name },
      area: u.area_id ? { id: u.area_id, name: u.area_name ?? '' } : null,
      settledOn: isoOrNull(u.settled_on),
      newlySettled: u.newly_settled,
    })),
    groupsWithoutLeader: attention.noLeader,
    groupsWithoutMeetingThisYear: attention.noMeeting.map((g) => ({
      id: g.id,
      name: g.name,
      lastMeetingOn: isoOrNull(g.last_meeting_on),
    })),
  };
}

// --- Leaders' course -----------------------------------------------------------------------

const toCourse = (c: repo.LeaderCourseRow): CmeLeaderCourse => ({
  id: c.id,
  year: c.year,
  heldOn: isoOf(c.heldOn),
  title: c.title,
  place: c.place,
  version: c.version,
  attendees: c.attendances.map((a) => a.gp),
});

export async function leaderCourses(ctx: AuthedCtx, year?: number): Promise<CmeLeaderCourses> {
  const today = todayInDenmark();
  const y = year ?? Number(today.slice(0, 4));
  const items = (await repo.listLeaderCourses(ctx.tx, ctx.tenantId)).map(toCourse);
  const leaders = await repo.currentLeaders(ctx.tx, ctx.tenantId, today, y);
  return {
    year: y,
    items,
    leaders: leaders.map((l) => ({ gp: { id: l.id, name: l.name }, groups: l.groups, attended: l.attended })),
  };
}

async function checkAttendees(ctx: AuthedCtx, ids: string[]) {
  const unique = [...new Set(ids)];
  if ((await repo.countGps(ctx.tx, ctx.tenantId, unique)) !== unique.length)
    throw notFound('An attendee (general practitioner)');
  return unique;
}

async function courseById(ctx: AuthedCtx, id: string): Promise<CmeLeaderCourse> {
  const c = (await repo.listLeaderCourses(ctx.tx, ctx.tenantId)).find((x) => x.id === id);
  if (!c) throw notFound('The leaders’ course');
  return toCourse(c);
}

export async function createLeaderCourse(ctx: AuthedCtx, body: CreateCmeLeaderCourse): Promise<CmeLeaderCourse> {
  const year = Number(body.heldOn.slice(0, 4));
  if (await repo.findLeaderCourseOfYear(ctx.tx, ctx.tenantId, year))
    throw invalid('body.heldOn', `There is already a leaders’ course in ${year}`);
  const attendees = await checkAttendees(ctx, body.attendeeIds);
  const id = await repo.createLeaderCourse(ctx.tx, ctx.tenantId, { ...body, year });
  await repo.setAttendance(ctx.tx, ctx.tenantId, id, attendees);
  await ctx.audit({
    action: 'cme_leader_course.create',
    entityType: 'cme_leader_course',
    entityId: id,
    data: { year, attended: attendees.length },
  });
  return courseById(ctx, id);
}

export async function updateLeaderCourse(
  ctx: AuthedCtx,
  id: string,
  body: UpdateCmeLeaderCourse,
): Promise<CmeLeaderCourse> {
  const found = await repo.findLeaderCourse(ctx.tx, ctx.tenantId, id);
  if (!found) throw notFound('The leaders’ course');
  await repo.lockLeaderCourse(ctx.tx, ctx.tenantId, id);
  const current = await courseById(ctx, id);
  if (current.version !== body.version)
    throw new AppError('CONFLICT', {
      detail: `The course was changed by someone else (now version ${current.version}, ${current.attendees.length} attendees). Reload to see the changes.`,
    });
  const year = Number(body.heldOn.slice(0, 4));
  const other = await repo.findLeaderCourseOfYear(ctx.tx, ctx.tenantId, year);
  if (other && other.id !== id) throw invalid('body.heldOn', `There is already a leaders’ course in ${year}`);
  const attendees = await checkAttendees(ctx, body.attendeeIds);
  await repo.updateLeaderCourse(ctx.tx, ctx.tenantId, id, { ...body, year });
  await repo.setAttendance(ctx.tx, ctx.tenantId, id, attendees);
  await ctx.audit({
    action: 'cme_leader_course.update',
    entityType: 'cme_leader_course',
    entityId: id,
    data: { year, attended: attendees.length },
  });
  return courseById(ctx, id);
}

// --- Annual report -------------------------------------------------------------------------

export async function annualReport(ctx: AuthedCtx, year: number): Promise<CmeAnnualReport> {
  const today = todayInDenmark();
  const yearEnd = `${year}-12-31`;
  const day = yearEnd < today ? yearEnd : today;
  const groups = await repo.annualGroups(ctx.tx, ctx.tenantId, year, day);
  const members = await repo.annualDistinctMembers(ctx.tx, ctx.tenantId, year);
  const cov = await coverageRows(ctx, day);
  const leaderCourse = await repo.annualLeaderCourse(ctx.tx, ctx.tenantId, year, day);
  return {
    year,
    groups: groups.map((g) => ({ ...g, kind: g.kind as CmeAnnualReport['groups'][number]['kind'] })),
    totals: {
      groups: groups.length,
      members,
      meetings: groups.reduce((s, g) => s + g.meetings, 0),
      attendances: groups.reduce((s, g) => s + g.attendances, 0),
    },
    coverage: { date: day, ...cov },
    leaderCourse,
  };
}
