import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';
import type { ResultGroupBy } from '@portal/contracts';

/**
 * Which responses a reader sees: every response (`units` null), or only those whose result group
 * lies in `units` (the caller's hospitals and everything below them); responses without a unit
 * only when `nullVisible` (a questionnaire owned by one of the caller's hospitals).
 */
export interface Visibility {
  units: string[] | null;
  nullVisible: boolean;
}

export interface RoundRow {
  id: string;
  questionnaire_id: string;
  label: string;
  opens_on: Date;
  closes_on: Date;
  state: string;
  title: string;
  owner_unit_id: string | null;
  owner_name: string | null;
  audience: string;
}

export async function findRound(tx: Tx, tenantId: string, roundId: string): Promise<RoundRow | null> {
  const rows = await tx.$queryRaw<RoundRow[]>`
    SELECT r.id::text, r.questionnaire_id::text, r.label, r.opens_on, r.closes_on, r.state,
           q.title, q.owner_unit_id::text, u.name AS owner_name, q.audience
      FROM questionnaire_round r
      JOIN questionnaire q ON q.tenant_id = r.tenant_id AND q.id = r.questionnaire_id
      LEFT JOIN org_unit u ON u.tenant_id = q.tenant_id AND u.id = q.owner_unit_id
     WHERE r.tenant_id = ${tenantId}::uuid AND r.id = ${roundId}::uuid`;
  return rows[0] ?? null;
}

/** The closed rounds of a questionnaire, oldest first (the trend; the previous round). */
export async function closedRounds(tx: Tx, tenantId: string, questionnaireId: string) {
  return tx.$queryRaw<{ id: string; label: string; opens_on: Date; closes_on: Date }[]>`
    SELECT id::text, label, opens_on, closes_on FROM questionnaire_round
     WHERE tenant_id = ${tenantId}::uuid AND questionnaire_id = ${questionnaireId}::uuid AND state = 'CLOSED'
     ORDER BY opens_on, created_at`;
}

/** Questionnaires with at least one closed round and those rounds (newest first). */
export async function listClosed(tx: Tx, tenantId: string) {
  return tx.$queryRaw<
    {
      id: string;
      title: string;
      owner_unit_id: string | null;
      owner_name: string | null;
      audience: string;
      round_id: string;
      label: string;
      opens_on: Date;
      closes_on: Date;
    }[]
  >`
    SELECT q.id::text, q.title, q.owner_unit_id::text, u.name AS owner_name, q.audience,
           r.id::text AS round_id, r.label, r.opens_on, r.closes_on
      FROM questionnaire q
      JOIN questionnaire_round r ON r.tenant_id = q.tenant_id AND r.questionnaire_id = q.id AND r.state = 'CLOSED'
      LEFT JOIN org_unit u ON u.tenant_id = q.tenant_id AND u.id = q.owner_unit_id
     WHERE q.tenant_id = ${tenantId}::uuid
     ORDER BY q.title, q.id, r.opens_on DESC`;
}

/** The hospitals the units lie in (each unit's HOSPITAL ancestor, or itself). */
export async function hospitalsOf(tx: Tx, tenantId: string, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, kind FROM org_unit WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${unitIds}::uuid[])
      UNION
      SELECT p.id, p.parent_id, p.kind FROM up JOIN org_unit p ON p.tenant_id = ${tenantId}::uuid AND p.id = up.parent_id
    )
    SELECT DISTINCT id::text FROM up WHERE kind = 'HOSPITAL'`;
  return rows.map((r) => r.id);
}

/** The units and everything below them. */
export async function unitsBelow(tx: Tx, tenantId: string, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down AS (
      SELECT id FROM org_unit WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${unitIds}::uuid[])
      UNION
      SELECT c.id FROM down JOIN org_unit c ON c.tenant_id = ${tenantId}::uuid AND c.parent_id = down.id
    )
    SELECT id::text FROM down`;
  return rows.map((r) => r.id);
}

/** The SQL of a response's (or round group's) group key, given its alias `t` and the hospital map `h`. */
function groupKey(groupBy: ResultGroupBy): Prisma.Sql {
  switch (groupBy) {
    case 'department':
      return Prisma.sql`COALESCE(t.group_unit_id::text, 'none')`;
    case 'hospital':
      return Prisma.sql`COALESCE(h.hospital_id::text, 'none')`;
    case 'roleGroup':
      return Prisma.sql`t.role_group`;
  }
}

function visible(v: Visibility): Prisma.Sql {
  if (v.units === null) return Prisma.sql`TRUE`;
  return v.nullVisible
    ? Prisma.sql`(t.group_unit_id IS NULL OR t.group_unit_id = ANY(${v.units}::uuid[]))`
    : Prisma.sql`(t.group_unit_id = ANY(${v.units}::uuid[]))`;
}

/** unit → its hospital (for grouping by hospital). */
function hospitalCte(tenantId: string): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE up AS (
      SELECT id AS unit_id, id, parent_id, kind FROM org_unit WHERE tenant_id = ${tenantId}::uuid
      UNION ALL
      SELECT up.unit_id, p.id, p.parent_id, p.kind FROM up
        JOIN org_unit p ON p.tenant_id = ${tenantId}::uuid AND p.id = up.parent_id
       WHERE up.kind <> 'HOSPITAL'
    ), hosp AS (SELECT unit_id, id AS hospital_id FROM up WHERE kind = 'HOSPITAL')`;
}

export interface GroupCountRow {
  gk: string;
  responses: number;
}
export interface RateRow {
  gk: string;
  recipients: number;
  answered: number;
}
export interface AnswerCountRow {
  question_id: string;
  gk: string;
  scale_value: number | null;
  choice_index: number | null;
  n: number;
}
export interface TextRow {
  question_id: string;
  gk: string;
  text: string;
}

/** The grouped counts of one round: responses, recipients/answered, answers per value, texts. */
export async function roundAggregates(
  tx: Tx,
  tenantId: string,
  roundId: string,
  groupBy: ResultGroupBy,
  v: Visibility,
): Promise<{ responses: GroupCountRow[]; rates: RateRow[]; answers: AnswerCountRow[]; texts: TextRow[] }> {
  const gk = groupKey(groupBy);
  const vis = visible(v);
  const cte = hospitalCte(tenantId);
  const [responses, rates, answers, texts] = await Promise.all([
    tx.$queryRaw<GroupCountRow[]>`${cte}
      SELECT ${gk} AS gk, count(*)::int AS responses
        FROM questionnaire_response t LEFT JOIN hosp h ON h.unit_id = t.group_unit_id
       WHERE t.tenant_id = ${tenantId}::uuid AND t.round_id = ${roundId}::uuid AND ${vis}
       GROUP BY 1`,
    tx.$queryRaw<RateRow[]>`${cte}
      SELECT ${gk} AS gk, sum(t.recipients)::int AS recipients, sum(t.answered)::int AS answered
        FROM questionnaire_round_group t LEFT JOIN hosp h ON h.unit_id = t.group_unit_id
       WHERE t.tenant_id = ${tenantId}::uuid AND t.round_id = ${roundId}::uuid AND ${vis}
       GROUP BY 1`,
    tx.$queryRaw<AnswerCountRow[]>`${cte}
      SELECT a.question_id::text, ${gk} AS gk, a.scale_value, a.choice_index, count(*)::int AS n
        FROM questionnaire_response t
        JOIN questionnaire_answer a ON a.tenant_id = t.tenant_id AND a.response_id = t.id
        LEFT JOIN hosp h ON h.unit_id = t.group_unit_id
       WHERE t.tenant_id = ${tenantId}::uuid AND t.round_id = ${roundId}::uuid AND ${vis}
         AND (a.scale_value IS NOT NULL OR a.choice_index IS NOT NULL)
       GROUP BY 1, 2, 3, 4`,
    tx.$queryRaw<TextRow[]>`${cte}
      SELECT a.question_id::text, ${gk} AS gk, btrim(a.text) AS text
        FROM questionnaire_response t
        JOIN questionnaire_answer a ON a.tenant_id = t.tenant_id AND a.response_id = t.id
        LEFT JOIN hosp h ON h.unit_id = t.group_unit_id
       WHERE t.tenant_id = ${tenantId}::uuid AND t.round_id = ${roundId}::uuid AND ${vis}
         AND a.text IS NOT NULL AND btrim(a.text) <> ''
       ORDER BY 3`,
  ]);
  return { responses, rates, answers, texts };
}

export interface QuestionRow {
  id: string;
  position: number;
  kind: string;
  text: string;
  options: string[];
  scale_min: number | null;
  scale_max: number | null;
  scale_min_label: string | null;
  scale_max_label: string | null;
}

/** The questions asked in a round (those with an answer in it), in order. */
export async function questionsOfRound(tx: Tx, tenantId: string, roundId: string): Promise<QuestionRow[]> {
  return tx.$queryRaw<QuestionRow[]>`
    SELECT qq.id::text, qq.position, qq.kind, qq.text, qq.options, qq.scale_min, qq.scale_max,
           qq.scale_min_label, qq.scale_max_label
      FROM questionnaire_question qq
      JOIN questionnaire_round r ON r.tenant_id = qq.tenant_id AND r.questionnaire_id = qq.questionnaire_id
     WHERE qq.tenant_id = ${tenantId}::uuid AND r.id = ${roundId}::uuid
       AND EXISTS (
         SELECT 1 FROM questionnaire_answer a
           JOIN questionnaire_response t ON t.tenant_id = a.tenant_id AND t.id = a.response_id
          WHERE a.tenant_id = qq.tenant_id AND a.question_id = qq.id AND t.round_id = r.id)
     ORDER BY qq.position`;
}

/** Per closed round and SCALE question: visible responses, answers, sum and top-two count. */
export async function trendRows(tx: Tx, tenantId: string, questionnaireId: string, v: Visibility) {
  const vis = visible(v);
  return tx.$queryRaw<{ round_id: string; question_id: string | null; n: number; total: number; top: number }[]>`
    SELECT t.round_id::text, a.question_id::text, count(*)::int AS n,
           COALESCE(sum(a.scale_value), 0)::int AS total,
           count(*) FILTER (WHERE a.scale_value >= qq.scale_max - 1)::int AS top
      FROM questionnaire_response t
      JOIN questionnaire_round r ON r.tenant_id = t.tenant_id AND r.id = t.round_id
      JOIN questionnaire_answer a ON a.tenant_id = t.tenant_id AND a.response_id = t.id
      JOIN questionnaire_question qq ON qq.tenant_id = a.tenant_id AND qq.id = a.question_id AND qq.kind = 'SCALE'
     WHERE t.tenant_id = ${tenantId}::uuid AND r.questionnaire_id = ${questionnaireId}::uuid
       AND r.state = 'CLOSED' AND a.scale_value IS NOT NULL AND ${vis}
     GROUP BY t.round_id, a.question_id
    UNION ALL
    SELECT t.round_id::text, NULL, count(*)::int, 0, 0
      FROM questionnaire_response t
      JOIN questionnaire_round r ON r.tenant_id = t.tenant_id AND r.id = t.round_id
     WHERE t.tenant_id = ${tenantId}::uuid AND r.questionnaire_id = ${questionnaireId}::uuid
       AND r.state = 'CLOSED' AND ${vis}
     GROUP BY t.round_id`;
}

export async function unitNames(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, name FROM org_unit WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The manual indicators of every strategy, with the strategy's unit (filtered by the caller's manage scope). */
export async function manualIndicators(tx: Tx, tenantId: string) {
  return tx.$queryRaw<
    {
      strategy_id: string;
      strategy_title: string;
      unit_id: string | null;
      indicator_id: string;
      indicator_title: string;
      initiative_title: string;
      value_type: string;
    }[]
  >`
    SELECT s.id::text AS strategy_id, s.title AS strategy_title, s.unit_id::text,
           i.id::text AS indicator_id, i.title AS indicator_title, ini.title AS initiative_title, i.value_type
      FROM strategy_indicator i
      JOIN strategy_initiative ini ON ini.tenant_id = i.tenant_id AND ini.id = i.initiative_id
      JOIN strategy s ON s.tenant_id = ini.tenant_id AND s.id = ini.strategy_id
     WHERE i.tenant_id = ${tenantId}::uuid AND i.kind = 'MANUAL'
     ORDER BY s.title, ini.sort_order, i.sort_order, i.title`;
}
