import {
  MENTOR_MIN_MONTHS,
  NEW_HOLDER_MONTHS,
  focusAreaSchema,
  mentorRoleSchema,
  todayInDenmark,
  type CreateMentorship,
  type NewHolder,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Tx } from '../../lib/db.js';
import { scopeOf, type Actor } from './access.js';
import type { Scope } from './function-descriptions.repository.js';

/* Repository ---------------------------------------------------------------------------------- */

interface NewHolderRow {
  assignment_id: string;
  user_id: string;
  user_name: string;
  role: string;
  unit_id: string;
  unit_name: string;
  started_on: string;
  mentorship_id: string | null;
  mentor_id: string | null;
  mentor_name: string | null;
  focus_areas: string[] | null;
  starts_on: string | null;
  ends_on: string | null;
}

/**
 * New holders of UAO/UKS/UKYL in scope: an assignment in force today that started within the last
 * NEW_HOLDER_MONTHS, for someone who did not hold that role before then; with their mentorship.
 */
export function newHolders(tx: Tx, tenantId: string, scope: Scope, today: string): Promise<NewHolderRow[]> {
  const all = scope === 'tenant';
  const units = all ? [] : [...scope];
  return tx.$queryRaw<NewHolderRow[]>`
    SELECT ra.id::text AS assignment_id, u.id::text AS user_id, u.name AS user_name, ra.role,
           ou.id::text AS unit_id, ou.name AS unit_name, to_char(ra.valid_from, 'YYYY-MM-DD') AS started_on,
           m.id::text AS mentorship_id, mu.id::text AS mentor_id, mu.name AS mentor_name, m.focus_areas,
           to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(m.ends_on, 'YYYY-MM-DD') AS ends_on
      FROM role_assignment ra
      JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id AND u.deactivated_at IS NULL
      JOIN org_unit ou ON ou.tenant_id = ra.tenant_id AND ou.id = ra.scope_unit_id
      LEFT JOIN mentorship m ON m.tenant_id = ra.tenant_id AND m.mentee_assignment_id = ra.id
      LEFT JOIN app_user mu ON mu.tenant_id = m.tenant_id AND mu.id = m.mentor_user_id
     WHERE ra.tenant_id = ${tenantId}::uuid
       AND ra.role IN ('UAO', 'UKS', 'UKYL')
       AND ra.valid_from <= ${today}::date
       AND ra.valid_from > ${today}::date - make_interval(months => ${NEW_HOLDER_MONTHS})
       AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
       AND NOT EXISTS (
         SELECT 1 FROM role_assignment p
          WHERE p.tenant_id = ra.tenant_id AND p.user_id = ra.user_id AND p.role = ra.role
            AND p.valid_from <= ${today}::date - make_interval(months => ${NEW_HOLDER_MONTHS}))
       AND (${all} OR ra.scope_unit_id = ANY(${units}::uuid[]))
     ORDER BY ra.valid_from DESC, u.name`;
}

/** New holders in scope with and without a mentor (an indicator for issue 5). */
export async function mentorCoverage(tx: Tx, tenantId: string, scope: Scope, today = todayInDenmark()) {
  const rows = await newHolders(tx, tenantId, scope, today);
  const withMentor = rows.filter((r) => r.mentorship_id !== null).length;
  return { withMentor, withoutMentor: rows.length - withMentor };
}

interface CandidateRow {
  user_id: string;
  user_name: string;
  unit_id: string;
  unit_name: string;
  since: string;
  active: number;
}

/** Experienced holders of `role` anywhere in the tenant: in force today, held for MENTOR_MIN_MONTHS. */
export function mentorCandidates(tx: Tx, tenantId: string, role: string, excludeUserId: string, today: string) {
  return tx.$queryRaw<CandidateRow[]>`
    SELECT DISTINCT ON (u.name, u.id) u.id::text AS user_id, u.name AS user_name, ou.id::text AS unit_id,
           ou.name AS unit_name, to_char(first.since, 'YYYY-MM-DD') AS since,
           (SELECT count(*)::int FROM mentorship m
             WHERE m.tenant_id = ra.tenant_id AND m.mentor_user_id = u.id
               AND (m.ends_on IS NULL OR m.ends_on >= ${today}::date)) AS active
      FROM role_assignment ra
      JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id AND u.deactivated_at IS NULL
      JOIN org_unit ou ON ou.tenant_id = ra.tenant_id AND ou.id = ra.scope_unit_id
      CROSS JOIN LATERAL (
        SELECT min(p.valid_from) AS since FROM role_assignment p
         WHERE p.tenant_id = ra.tenant_id AND p.user_id = ra.user_id AND p.role = ra.role) first
     WHERE ra.tenant_id = ${tenantId}::uuid AND ra.role = ${role}
       AND ra.user_id <> ${excludeUserId}::uuid
       AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
       AND first.since <= ${today}::date - make_interval(months => ${MENTOR_MIN_MONTHS})
     ORDER BY u.name, u.id, ra.valid_from`;
}

function insertMentorship(
  tx: Tx,
  data: {
    tenantId: string;
    menteeAssignmentId: string;
    menteeUserId: string;
    mentorUserId: string;
    role: string;
    focusAreas: string[];
    startsOn: Date;
    endsOn: Date | null;
    createdById: string;
  },
) {
  return tx.mentorship.create({ data, select: { id: true } });
}

/* Service ------------------------------------------------------------------------------------- */

const toNewHolder = (r: NewHolderRow): NewHolder => ({
  assignmentId: r.assignment_id,
  person: { id: r.user_id, name: r.user_name },
  role: mentorRoleSchema.parse(r.role),
  unit: { id: r.unit_id, name: r.unit_name },
  startedOn: r.started_on,
  mentorship:
    r.mentorship_id && r.mentor_id
      ? {
          id: r.mentorship_id,
          mentor: { id: r.mentor_id, name: r.mentor_name ?? '' },
          focusAreas: (r.focus_areas ?? []).map((f) => focusAreaSchema.parse(f)),
          startsOn: r.starts_on!,
          endsOn: r.ends_on,
        }
      : null,
});

export async function listNewHolders(a: Actor, withoutMentorOnly: boolean) {
  const scope = await scopeOf(a, 'mentors:manage');
  const rows = (await newHolders(a.tx, a.tenantId, scope, todayInDenmark())).map(toNewHolder);
  const withMentor = rows.filter((r) => r.mentorship).length;
  return {
    items: withoutMentorOnly ? rows.filter((r) => !r.mentorship) : rows,
    withMentor,
    withoutMentor: rows.length - withMentor,
  };
}

async function newHolderInScope(a: Actor, assignmentId: string) {
  const scope = await scopeOf(a, 'mentors:manage');
  const row = (await newHolders(a.tx, a.tenantId, scope, todayInDenmark())).find(
    (r) => r.assignment_id === assignmentId,
  );
  if (!row) throw notFound('The new holder');
  return row;
}

export async function listCandidates(a: Actor, assignmentId: string) {
  const row = await newHolderInScope(a, assignmentId);
  const rows = await mentorCandidates(a.tx, a.tenantId, row.role, row.user_id, todayInDenmark());
  return {
    items: rows
      .sort((x, y) => x.active - y.active || x.user_name.localeCompare(y.user_name, 'da'))
      .map((c) => ({
        person: { id: c.user_id, name: c.user_name },
        unit: { id: c.unit_id, name: c.unit_name },
        since: c.since,
        activeMentorships: c.active,
      })),
  };
}

export async function createMentorship(a: Actor, body: CreateMentorship): Promise<NewHolder> {
  const row = await newHolderInScope(a, body.menteeAssignmentId);
  if (row.mentorship_id) throw new AppError('CONFLICT', { detail: 'This new holder has a mentor already' });
  if (body.endsOn && body.endsOn < body.startsOn) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'body.endsOn', message: 'The end is before the start', code: 'custom' }],
    });
  }
  const today = todayInDenmark();
  const candidates = await mentorCandidates(a.tx, a.tenantId, row.role, row.user_id, today);
  if (!candidates.some((c) => c.user_id === body.mentorUserId)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          path: 'body.mentorUserId',
          message: 'The mentor must hold the same role and have held it for at least a year',
          code: 'custom',
        },
      ],
    });
  }
  const created = await insertMentorship(a.tx, {
    tenantId: a.tenantId,
    menteeAssignmentId: row.assignment_id,
    menteeUserId: row.user_id,
    mentorUserId: body.mentorUserId,
    role: row.role,
    focusAreas: body.focusAreas,
    startsOn: new Date(`${body.startsOn}T00:00:00.000Z`),
    endsOn: body.endsOn ? new Date(`${body.endsOn}T00:00:00.000Z`) : null,
    createdById: a.principal.userId,
  });
  await a.audit({
    action: 'mentorship.created',
    entityType: 'mentorship',
    entityId: created.id,
    data: { role: row.role, focusAreas: body.focusAreas },
  });
  return toNewHolder(
    (await newHolders(a.tx, a.tenantId, 'tenant', today)).find((r) => r.assignment_id === row.assignment_id)!,
  );
}
