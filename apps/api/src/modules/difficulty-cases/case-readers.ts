import { todayInDenmark, type CaseReaderKind } from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import { notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import type { Tx } from '../../lib/db.js';

/**
 * WHO MAY READ A DIFFICULTY CASE — the one rule, used by every route of the module (and by the
 * list and the early-warnings' "sag åben" flag). Decided at request time from current data:
 *
 * - TRAINEE          the course's trainee (the case, the plan, the closure, the readers and the
 *                    access log — NOT the follow-up notes);
 * - UAO              a UAO role assignment in force today on the course's department (the unit
 *                    the course belongs to, course.unit_id);
 * - MAIN_SUPERVISOR  the course's hovedvejleder (course_supervisor.is_main);
 * - DEPARTMENT_HEAD  a DEPARTMENT_HEAD (cheflæge) assignment in force today on that department;
 * - ADDED            a current (not removed) difficulty_case_reader row for the person, added with
 *                    a reason by one of UAO / MAIN_SUPERVISOR / DEPARTMENT_HEAD.
 *
 * NOBODY ELSE: not the tenant administrator, not Tutorcentret, not the UKS, not another supervisor,
 * not the platform operator. For anyone else a case does not exist (404, never 403), on the case,
 * its plan, notes, readers and access log alike. Writers (plan, notes, readers, closure) are
 * UAO, MAIN_SUPERVISOR and DEPARTMENT_HEAD (`WRITER_KINDS`).
 */
export const WRITER_KINDS: readonly CaseReaderKind[] = ['UAO', 'MAIN_SUPERVISOR', 'DEPARTMENT_HEAD'];

export interface ReadableCaseRow {
  id: string;
  course_id: string;
  trainee_id: string;
  unit_id: string;
  state: 'OPEN' | 'CLOSED';
  opened_on: Date;
  closed_on: Date | null;
  version: number;
  r_trainee: boolean;
  r_uao: boolean;
  r_main: boolean;
  r_head: boolean;
  r_added: boolean;
}

export interface ReadableCase {
  id: string;
  courseId: string;
  traineeId: string;
  unitId: string;
  state: 'OPEN' | 'CLOSED';
  version: number;
  openedOn: Date;
  closedOn: Date | null;
  relations: CaseReaderKind[];
}

function relationsOf(r: ReadableCaseRow): CaseReaderKind[] {
  const out: CaseReaderKind[] = [];
  if (r.r_trainee) out.push('TRAINEE');
  if (r.r_uao) out.push('UAO');
  if (r.r_main) out.push('MAIN_SUPERVISOR');
  if (r.r_head) out.push('DEPARTMENT_HEAD');
  if (r.r_added) out.push('ADDED');
  return out;
}

/** An assignment of `role` in force on `today` for the user on the course's department (SQL over `c`). */
const roleOnDepartment = (role: string, userId: string, today: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM role_assignment ra
   WHERE ra.tenant_id = c.tenant_id AND ra.user_id = ${userId}::uuid AND ra.role = ${role}
     AND ra.scope_unit_id = c.unit_id
     AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date))`;

/**
 * The cases `userId` may read, with the reasons, in one statement. Filters: one case, some
 * courses, only open ones. A case that is not returned does not exist for the caller.
 */
export async function readableCases(
  tx: Tx,
  tenantId: string,
  userId: string,
  filter: { caseId?: string; courseIds?: string[]; openOnly?: boolean } = {},
): Promise<ReadableCase[]> {
  const today = todayInDenmark();
  const caseFilter = filter.caseId ? Prisma.sql`AND dc.id = ${filter.caseId}::uuid` : Prisma.empty;
  const courseFilter = filter.courseIds
    ? Prisma.sql`AND dc.course_id = ANY(${filter.courseIds}::uuid[])`
    : Prisma.empty;
  const stateFilter = filter.openOnly ? Prisma.sql`AND dc.state = 'OPEN'` : Prisma.empty;
  const rows = await tx.$queryRaw<ReadableCaseRow[]>`
    SELECT * FROM (
      SELECT dc.id::text, dc.course_id::text, c.trainee_id::text, c.unit_id::text, dc.state, dc.opened_on,
             dc.closed_on, dc.version,
             (c.trainee_id = ${userId}::uuid) AS r_trainee,
             ${roleOnDepartment('UAO', userId, today)} AS r_uao,
             EXISTS (SELECT 1 FROM course_supervisor cs
                      WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id
                        AND cs.supervisor_id = ${userId}::uuid AND cs.is_main) AS r_main,
             ${roleOnDepartment('DEPARTMENT_HEAD', userId, today)} AS r_head,
             EXISTS (SELECT 1 FROM difficulty_case_reader r
                      WHERE r.tenant_id = dc.tenant_id AND r.case_id = dc.id
                        AND r.user_id = ${userId}::uuid AND r.removed_at IS NULL) AS r_added
        FROM difficulty_case dc
        JOIN course c ON c.tenant_id = dc.tenant_id AND c.id = dc.course_id
       WHERE dc.tenant_id = ${tenantId}::uuid ${caseFilter} ${courseFilter} ${stateFilter}
    ) x
    WHERE x.r_trainee OR x.r_uao OR x.r_main OR x.r_head OR x.r_added
    ORDER BY x.state DESC, x.opened_on DESC, x.id`;
  return rows.map((r) => ({
    id: r.id,
    courseId: r.course_id,
    traineeId: r.trainee_id,
    unitId: r.unit_id,
    state: r.state,
    version: r.version,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    relations: relationsOf(r),
  }));
}

/** The case if the caller may read it; 404 otherwise (whatever the reason). */
export async function caseForReader(ctx: AuthedCtx, caseId: string): Promise<ReadableCase> {
  const [c] = await readableCases(ctx.tx, ctx.tenantId, ctx.principal.userId, { caseId });
  if (!c) throw notFound('The case');
  return c;
}

export const isWriter = (c: ReadableCase) => c.relations.some((k) => WRITER_KINDS.includes(k));
/** Everyone who may read the case except the trainee (unless also a writer or added) reads the notes. */
export const mayReadNotes = (c: ReadableCase) => c.relations.some((k) => k !== 'TRAINEE');
