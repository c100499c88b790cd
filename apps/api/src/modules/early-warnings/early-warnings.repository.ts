import { FEEDBACK_CONCERN_DAYS } from '@portal/contracts';
import type { Tx } from '../../lib/db.js';
import { applicableListSql } from '../competences/competences.repository.js';

export interface WatchedCourseRow {
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  unit_id: string;
  unit_name: string;
  track: string;
  start_date: Date;
  end_date: Date;
  is_uao: boolean;
  is_main: boolean;
  /** expectation_meeting_due(…) — the same rule as expectationMeetingDueDate in contracts. */
  meeting_due: Date;
  meeting_held: boolean;
  last_feedback_on: Date | null;
  concerns: number;
  competences_total: number;
  competences_approved: number;
}

/**
 * The active courses (running today, not cancelled) the caller watches — those of the
 * departments where they are UAO today (`uaoUnitIds`) and those they are hovedvejleder of — with
 * every figure the signals need, in ONE statement (no query per course): the meeting's due date
 * and whether it is held, the last feedback, the feedback flagged as a concern in the last
 * FEEDBACK_CONCERN_DAYS days, and the competences of the course's list and how many are approved.
 * Reads only; nothing is written.
 */
export function watchedCourses(tx: Tx, tenantId: string, userId: string, uaoUnitIds: string[], today: string) {
  return tx.$queryRaw<WatchedCourseRow[]>`
    WITH wc AS (
      SELECT c.*, (c.unit_id = ANY(${uaoUnitIds}::uuid[])) AS is_uao,
             EXISTS (SELECT 1 FROM course_supervisor cs
                      WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id
                        AND cs.supervisor_id = ${userId}::uuid AND cs.is_main) AS is_main
        FROM course c
       WHERE c.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL
         AND c.start_date <= ${today}::date AND c.end_date >= ${today}::date
         AND (c.unit_id = ANY(${uaoUnitIds}::uuid[])
              OR EXISTS (SELECT 1 FROM course_supervisor cs
                          WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id
                            AND cs.supervisor_id = ${userId}::uuid AND cs.is_main))
    )
    SELECT c.id::text AS course_id, c.trainee_id::text, u.name AS trainee_name, c.unit_id::text,
           ou.name AS unit_name, c.track, c.start_date, c.end_date, c.is_uao, c.is_main,
           expectation_meeting_due(c.track, c.start_date, c.end_date) AS meeting_due,
           (em.held_on IS NOT NULL AND em.held_on <= ${today}::date) AS meeting_held,
           fb.last_on AS last_feedback_on, coalesce(fb.concerns, 0)::int AS concerns,
           coalesce(cl.total, 0)::int AS competences_total, coalesce(cl.approved, 0)::int AS competences_approved
      FROM wc c
      JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
      JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id
      LEFT JOIN expectation_meeting em ON em.tenant_id = c.tenant_id AND em.course_id = c.id
      LEFT JOIN LATERAL (
        SELECT max(f.given_on) FILTER (WHERE f.given_on <= ${today}::date) AS last_on,
               count(*) FILTER (WHERE f.concern AND f.given_on > ${today}::date - ${FEEDBACK_CONCERN_DAYS}::int
                                  AND f.given_on <= ${today}::date) AS concerns
          FROM feedback_record f
         WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id
      ) fb ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS total,
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM competence_status s
                  WHERE s.tenant_id = c.tenant_id AND s.course_id = c.id AND s.competence_id = k.id
                    AND s.status = 'APPROVED')) AS approved
          FROM competence k
         WHERE k.tenant_id = c.tenant_id AND k.list_id = ${applicableListSql}
      ) cl ON true
     ORDER BY u.name, c.id`;
}
