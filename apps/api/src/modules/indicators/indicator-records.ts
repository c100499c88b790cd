import type { ComputedIndicatorKey, IndicatorRecord } from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import type { AuthedCtx } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { factsSql, inSub, KEY_SPECS, scopesSql } from './indicator-service.js';

type Scope = 'tenant' | Set<string>;

/**
 * SQL condition: the viewer may see course `r.course_id` (managing unit `r.unit_id`, trainee
 * `r.person_id`). The rule of courses/course-access.ts `visibleCoursesWhere`, in SQL: their own
 * course (own-course:read), a course they supervise (supervision:write), or a course whose
 * managing unit or a placement's unit is in their courses:read scope.
 */
async function courseVisibleSql(ctx: AuthedCtx): Promise<Prisma.Sql> {
  const p = ctx.principal.permissions;
  const me = ctx.principal.userId;
  const or: Prisma.Sql[] = [];
  if (p.has('own-course:read')) or.push(Prisma.sql`r.person_id = ${me}::uuid`);
  if (p.has('supervision:write'))
    or.push(Prisma.sql`EXISTS (SELECT 1 FROM course_supervisor cs
      WHERE cs.tenant_id = ${ctx.tenantId}::uuid AND cs.course_id = r.course_id AND cs.supervisor_id = ${me}::uuid)`);
  if (p.has('courses:read')) {
    const scope = await unitsInScope(ctx, 'courses:read');
    if (scope === 'tenant') or.push(Prisma.sql`TRUE`);
    else if (scope.size > 0) {
      const units = [...scope];
      or.push(Prisma.sql`(r.unit_id = ANY(${units}::uuid[]) OR EXISTS (SELECT 1 FROM course_placement cp
        WHERE cp.tenant_id = ${ctx.tenantId}::uuid AND cp.course_id = r.course_id AND cp.unit_id = ANY(${units}::uuid[])))`);
    }
  }
  return or.length > 0 ? Prisma.sql`(${Prisma.join(or, ' OR ')})` : Prisma.sql`FALSE`;
}

/**
 * SQL condition: the viewer may see person `r.person_id` — the people-admin rule (people:read in
 * scope: a role, past or future, in a unit of the scope, or created for one). An external
 * participant (no portal user) is seen by those whose people:read scope holds the activity's
 * hospital (`r.unit_id`).
 */
async function personVisibleSql(ctx: AuthedCtx): Promise<Prisma.Sql> {
  if (!ctx.principal.permissions.has('people:read')) return Prisma.sql`FALSE`;
  const scope: Scope = await unitsInScope(ctx, 'people:read');
  if (scope === 'tenant') return Prisma.sql`TRUE`;
  if (scope.size === 0) return Prisma.sql`FALSE`;
  const units = [...scope];
  return Prisma.sql`(CASE WHEN r.person_id IS NULL THEN r.unit_id = ANY(${units}::uuid[])
    ELSE EXISTS (SELECT 1 FROM app_user pu WHERE pu.tenant_id = ${ctx.tenantId}::uuid AND pu.id = r.person_id
      AND (pu.home_unit_id = ANY(${units}::uuid[]) OR EXISTS (
        SELECT 1 FROM role_assignment pv
         WHERE pv.tenant_id = pu.tenant_id AND pv.user_id = pu.id AND pv.scope_unit_id = ANY(${units}::uuid[])))) END)`;
}

interface RawRecord {
  total: number;
  hidden: number;
  rkey: string | null;
  [col: string]: unknown;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The records behind one figure (one scope), within the viewer's permissions: all rows of the
 * key's facts for the scope (one per person for the distinct-person keys), of which the viewer
 * sees those they may; the others are only counted (`hidden`). One statement; offset paging.
 */
export async function indicatorRecords(
  ctx: AuthedCtx,
  key: ComputedIndicatorKey,
  q: { unitId: string | null; from: string; to: string; today: string; offset: number; limit: number },
): Promise<{ total: number; hidden: number; items: IndicatorRecord[]; more: boolean }> {
  const spec = KEY_SPECS[key];
  const facts = factsSql(key, {
    tenantId: ctx.tenantId,
    from: q.from,
    to: q.to,
    today: q.today,
    inScope: inSub,
    wide: q.unitId === null,
  });
  const visible =
    spec.access === 'course'
      ? await courseVisibleSql(ctx)
      : spec.access === 'person'
        ? await personVisibleSql(ctx)
        : Prisma.sql`TRUE`;
  // One row per person for the distinct keys (their first attendance / membership).
  const rows =
    spec.aggregate === 'distinct'
      ? Prisma.sql`SELECT DISTINCT ON (f.person) f.* FROM sub s JOIN f ON f.unit_id = s.unit_id
                  ORDER BY f.person, f.activity_on NULLS LAST, f.started_on NULLS LAST, f.rkey`
      : Prisma.sql`SELECT f.* FROM sub s JOIN f ON f.unit_id = s.unit_id`;
  const factsWithDates =
    spec.aggregate === 'distinct'
      ? Prisma.sql`SELECT ff.*, ${key === 'SUPERVISORS_TRAINED' ? Prisma.sql`NULL::text AS started_on` : Prisma.sql`NULL::text AS activity_on`} FROM (${facts}) ff`
      : facts;
  const raw = await ctx.tx.$queryRaw<RawRecord[]>`
    WITH ${scopesSql(ctx.tenantId, [q.unitId])}, f AS (${factsWithDates}),
    r AS (${rows}),
    v AS (SELECT r.*, ${visible} AS visible FROM r)
    SELECT t.total, t.hidden, pg.*
      FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE NOT visible))::int AS hidden FROM v) t
      LEFT JOIN LATERAL (
        SELECT * FROM v WHERE visible ORDER BY ${spec.order} OFFSET ${q.offset} LIMIT ${q.limit + 1}
      ) pg ON true`;
  const first = raw[0];
  const total = first?.total ?? 0;
  const hidden = first?.hidden ?? 0;
  const found = raw.filter((r) => r.rkey !== null);
  const items = found.slice(0, q.limit).map((r): IndicatorRecord => ({
    id: String(r.rkey),
    unitId: str(r.unit_id) === '00000000-0000-0000-0000-000000000000' ? null : str(r.unit_id),
    unitName: str(r.unit_name),
    courseId: str(r.course_id),
    personId: str(r.person_id),
    personName: str(r.person_name),
    track: str(r.track),
    role: str(r.role),
    title: str(r.title),
    status: str(r.status),
    dueOn: str(r.due_on),
    heldOn: str(r.held_on),
    startedOn: str(r.started_on),
    lastFeedbackOn: str(r.last_feedback_on),
    activityOn: str(r.activity_on),
    teamLastHeldOn: str(r.team_last_held_on),
    teamDueOn: str(r.team_due_on),
    forumLastHeldOn: str(r.forum_last_held_on),
    forumDueOn: str(r.forum_due_on),
    feedbackCount: int(r.feedback_count),
    traineeMonths: int(r.trainee_months),
    mentorName: str(r.mentor_name),
    counted: r.counted === null || r.counted === undefined ? null : Boolean(r.counted),
  }));
  return { total, hidden, items, more: found.length > q.limit };
}
