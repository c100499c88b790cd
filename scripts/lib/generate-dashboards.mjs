// What the dashboards read, at region scale, on top of generate-region.mjs (run that first: this
// uses its generated hospitals, departments, supervisors and courses). Set-based SQL as the owner
// in one transaction with the tenant set (row-level security stays on), then ANALYZE.
//
// Per generated department (300): a UAO, a UKS, a UKYL and a cheflæge (about a quarter of them new
// within 12 months, most of the new ones with a mentor); local function descriptions for UAO/UKS/
// UKYL in every state; an education team and forum (most departments) meeting monthly for 3 years
// (some stopped 4 months ago), with action items. Per hospital: a Tutorcentret user and four
// supervisor courses a year with attendance. Per course (active and ended): its expectation meeting
// (held on time, late or not at all, at a rate that varies by department), an education plan for
// most active courses and competence statuses by how far the course has come. A region strategy of
// 6 themes × 10 initiatives (12 per department, 3 judged by indicators), the ten computed
// indicators, manual indicators with monthly values, quarterly status updates for 3 years (per
// department where the initiative applies per department) and weekly snapshots.
import { pgClient } from './bench-harness.mjs';

const SHORTS = ['RH', 'BFH', 'HGH', 'NOH', 'BOH', 'RHG', 'HVH', 'FH', 'GEH', 'HIH'];
const THEMES = [
  'En fælles prioritet i det daglige arbejde',
  'Det bedste sted at tage sin grunduddannelse',
  'Systematisk kompetenceudvikling i hele arbejdslivet',
  'På vej mod fremtidens læringsformer',
  'Uddannelsesledelse og roller',
  'Trivsel og tryghed',
];
const COMPUTED = [
  ['MEETINGS_ON_TIME', 'PERCENT', 90, 'AT_LEAST'],
  ['WORKING_EDUCATION_BODIES', 'PERCENT', 90, 'AT_LEAST'],
  ['LOCAL_FD_APPROVED', 'PERCENT', 100, 'AT_LEAST'],
  ['NEW_ROLE_HOLDERS_WITH_MENTOR', 'PERCENT', 80, 'AT_LEAST'],
  ['NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'COUNT', 0, 'AT_MOST'],
  ['SUPERVISORS_TRAINED', 'COUNT', 100, 'AT_LEAST'],
  ['TRAINED_FACILITATORS', 'COUNT', 10, 'AT_LEAST'],
  ['FEEDBACK_PER_TRAINEE_MONTH', 'NUMBER', 2, 'AT_LEAST'],
  ['TRAINEES_WITHOUT_FEEDBACK_4W', 'COUNT', 0, 'AT_MOST'],
  ['TRAINEES_WITH_EDUCATION_PLAN', 'PERCENT', 100, 'AT_LEAST'],
];

/** Inserts the dashboards' data; returns the time of each step and a summary. */
export async function generateDashboardData(ownerUrl, tenantSlug) {
  const c = pgClient(ownerUrl);
  await c.connect();
  const steps = [];
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    const r = await c.query(sql, params).catch((err) => {
      throw new Error(`${label}: ${err.message}`);
    });
    steps.push({ label, ms: Date.now() - t, rows: r.rowCount });
    return r;
  };
  // A stable pseudo-random 0..m-1 from any expression.
  const h = (expr, m) => `(abs(hashtext((${expr})::text)) % ${m})`;
  try {
    const tenant = (await c.query('SELECT id FROM tenant WHERE slug = $1', [tenantSlug])).rows[0];
    if (!tenant) throw new Error(`tenant ${tenantSlug} not found`);
    const T = `'${tenant.id}'::uuid`;
    const t0 = Date.now();
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.id]);
    const pw = `(SELECT password_hash FROM app_user WHERE tenant_id = ${T} AND password_hash IS NOT NULL ORDER BY email LIMIT 1)`;

    await step(
      'departments and hospitals (plan)',
      `CREATE TEMP TABLE d_dept ON COMMIT DROP AS
       SELECT d.id, d.parent_id AS hospital_id, (row_number() OVER (ORDER BY h.short_name, d.name) - 1)::int AS k,
              (array_position($1::text[], h.short_name) - 1)::int AS hk
         FROM org_unit d JOIN org_unit h ON h.tenant_id = d.tenant_id AND h.id = d.parent_id
        WHERE d.tenant_id = ${T} AND d.kind = 'DEPARTMENT' AND h.short_name = ANY($1::text[])
          AND d.name LIKE '%, ' || h.short_name`, // generated departments only (the demo has a BFH too)
      [SHORTS],
    );
    const D = (await c.query('SELECT count(*)::int AS n FROM d_dept')).rows[0].n;
    if (D === 0) throw new Error('no generated departments: run generateRegion first');
    await c.query('CREATE UNIQUE INDEX ON d_dept (k)');

    // The department's education roles. valid_from spread over 4 years: about a quarter are new.
    await step(
      'role holders (plan)',
      `CREATE TEMP TABLE d_holder ON COMMIT DROP AS
       SELECT gen_random_uuid() AS user_id, gen_random_uuid() AS assignment_id, d.id AS dept_id, d.k, r.role,
              CURRENT_DATE - ((d.k * 37 + r.o * 101) % 1460) AS valid_from
         FROM d_dept d CROSS JOIN (VALUES ('UAO', 0), ('UKS', 1), ('UKYL', 2), ('DEPARTMENT_HEAD', 3)) AS r(role, o)`,
    );
    await step(
      'app_user: UAO/UKS/UKYL/cheflæger',
      `INSERT INTO app_user (id, tenant_id, email, name, title, password_hash, home_unit_id, created_at, updated_at)
       SELECT user_id, ${T}, 'bench.' || lower(replace(role, '_', '')) || '.' || k || '@regionh.dk',
              CASE role WHEN 'DEPARTMENT_HEAD' THEN 'Cheflæge' ELSE role END || ' ' || k,
              CASE role WHEN 'DEPARTMENT_HEAD' THEN 'Cheflæge' WHEN 'UKYL' THEN 'Hoveduddannelseslæge' ELSE 'Overlæge' END,
              ${pw}, dept_id, now(), now()
         FROM d_holder`,
    );
    await step(
      'role_assignment: UAO/UKS/UKYL/cheflæger',
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
       SELECT assignment_id, ${T}, user_id, role, dept_id, valid_from FROM d_holder`,
    );
    await step(
      'app_user + role_assignment: Tutorcentret per hospital',
      `WITH h AS (SELECT DISTINCT hospital_id, hk FROM d_dept),
            u AS (INSERT INTO app_user (id, tenant_id, email, name, title, password_hash, home_unit_id, created_at, updated_at)
                  SELECT gen_random_uuid(), ${T}, 'bench.tutor.' || hk || '@regionh.dk', 'Tutorcentret ' || hk,
                         'Uddannelseskonsulent', ${pw}, hospital_id, now(), now() FROM h
                  RETURNING id, home_unit_id)
       INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
       SELECT gen_random_uuid(), ${T}, id, 'EDUCATION_CENTRE', home_unit_id, CURRENT_DATE - 1500 FROM u`,
    );
    await step(
      'mentorship (most new UAO/UKS/UKYL)',
      `INSERT INTO mentorship (id, tenant_id, mentee_assignment_id, mentee_user_id, mentor_user_id, role, focus_areas, starts_on)
       SELECT gen_random_uuid(), ${T}, n.assignment_id, n.user_id, m.user_id, n.role,
              ARRAY['PROCEDURES_CULTURE', 'STRATEGY'], n.valid_from + 14
         FROM d_holder n JOIN d_holder m ON m.role = n.role AND m.k = (n.k + 1) % ${D}
        WHERE n.role IN ('UAO', 'UKS', 'UKYL') AND n.valid_from > CURRENT_DATE - 365 AND ${h('n.user_id', 10)} < 7`,
    );
    await step(
      'local_fd: UAO/UKS/UKYL per department, every state',
      `WITH x AS (
         SELECT d.id AS dept_id, r.role, ${h('d.id::text || r.role', 100)} AS p,
                (SELECT user_id FROM d_holder WHERE dept_id = d.id AND role = 'UAO') AS uao,
                (SELECT user_id FROM d_holder WHERE dept_id = d.id AND role = 'DEPARTMENT_HEAD') AS head
           FROM d_dept d CROSS JOIN (VALUES ('UAO'), ('UKS'), ('UKYL')) AS r(role))
       INSERT INTO local_fd (id, tenant_id, unit_id, role, status, text, uao_signed_by_id, uao_signed_at,
                             head_signed_by_id, head_signed_at, implemented_on, created_at, updated_at)
       SELECT gen_random_uuid(), ${T}, dept_id, role,
              CASE WHEN p < 45 THEN 'IMPLEMENTED' WHEN p < 65 THEN 'APPROVED' WHEN p < 80 THEN 'SUBMITTED' ELSE 'DRAFT' END,
              'Særlige lokalt aftalte funktioner og ansvarsområder for ' || role || '.',
              CASE WHEN p < 65 THEN uao END, CASE WHEN p < 65 THEN now() - interval '200 days' END,
              CASE WHEN p < 65 THEN head END, CASE WHEN p < 65 THEN now() - interval '190 days' END,
              CASE WHEN p < 45 THEN CURRENT_DATE - 150 END, now() - interval '400 days', now()
         FROM x WHERE p < 90`,
    );

    // Education team and forum: most departments; monthly meetings for 3 years, some stopped.
    await step(
      'education bodies (plan)',
      `CREATE TEMP TABLE d_body ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, d.id AS dept_id, d.k, b.kind,
              ${h("d.id::text || b.kind || 'stop'", 100)} < 15 AS lapsed
         FROM d_dept d CROSS JOIN (VALUES ('TEAM'), ('FORUM')) AS b(kind)
        WHERE ${h('d.id::text || b.kind', 100)} < CASE b.kind WHEN 'TEAM' THEN 92 ELSE 82 END`,
    );
    await step(
      'education_body',
      `INSERT INTO education_body (id, tenant_id, kind, name, unit_id, cadence_value, cadence_unit, terms_of_reference, created_at, updated_at)
       SELECT id, ${T}, kind, CASE kind WHEN 'TEAM' THEN 'Uddannelsesteam' ELSE 'Uddannelsesforum' END, dept_id, 1, 'MONTH',
              'Kommissorium: mødes månedligt.', now() - interval '3 years', now()
         FROM d_body`,
    );
    await step(
      'education_body_member',
      `INSERT INTO education_body_member (id, tenant_id, body_id, user_id, function, start_date)
       SELECT gen_random_uuid(), ${T}, b.id, hd.user_id,
              CASE hd.role WHEN 'DEPARTMENT_HEAD' THEN 'MANAGEMENT' ELSE hd.role END, CURRENT_DATE - 1095
         FROM d_body b JOIN d_holder hd ON hd.dept_id = b.dept_id
        WHERE b.kind = 'TEAM' OR hd.role IN ('UAO', 'UKS')`,
    );
    await step(
      'education meetings (plan)',
      `CREATE TEMP TABLE d_meeting ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, b.id AS body_id, b.dept_id, m,
              date_trunc('month', now()) - make_interval(months => m) + make_interval(days => 5 + b.k % 15, hours => 14) AS starts_at
         FROM d_body b CROSS JOIN generate_series(-2, 35) AS m
        WHERE NOT (b.lapsed AND m BETWEEN -2 AND 3)`,
    );
    await step(
      'education_meeting',
      `INSERT INTO education_meeting (id, tenant_id, body_id, starts_at, ends_at, status, minutes, created_at, updated_at)
       SELECT id, ${T}, body_id, starts_at, starts_at + interval '1 hour',
              CASE WHEN starts_at > now() THEN 'PLANNED' WHEN ${h('id', 30)} = 0 THEN 'CANCELLED' ELSE 'HELD' END,
              CASE WHEN starts_at > now() THEN '' ELSE 'Referat: status på uddannelseslægerne, vejlederkorpset og strategien.' END,
              starts_at - interval '30 days', starts_at
         FROM d_meeting`,
    );
    await step(
      'education_action_item',
      `INSERT INTO education_action_item (id, tenant_id, meeting_id, text, owner_id, due_date, done_at, created_at)
       SELECT gen_random_uuid(), ${T}, m.id, 'Opfølgning ' || i || ': aftalt handling', hd.user_id,
              (m.starts_at + interval '30 days')::date,
              CASE WHEN m.m >= 2 AND ${h('m.id::text || i', 20)} > 0 THEN m.starts_at + interval '20 days' END,
              m.starts_at
         FROM d_meeting m CROSS JOIN generate_series(1, 2) AS i
         JOIN d_holder hd ON hd.dept_id = m.dept_id AND hd.role = 'UAO'
        WHERE m.starts_at <= now()`,
    );

    // Supervisor courses: four a year per hospital for 3 years, ~20 supervisors each.
    await step(
      'activity: supervisor courses',
      `CREATE TEMP TABLE d_act ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, h.hospital_id, h.hk, q,
              (date_trunc('quarter', now()) - make_interval(months => 3 * q))::date + 20 AS starts_on
         FROM (SELECT DISTINCT hospital_id, hk FROM d_dept) h CROSS JOIN generate_series(0, 11) AS q;
       INSERT INTO activity (id, tenant_id, hospital_id, kind, title, starts_on, ends_on, audience, capacity, state, created_at, updated_at)
       SELECT id, ${T}, hospital_id, 'SUPERVISOR_COURSE', 'Vejlederkursus for læger', starts_on, starts_on + 1,
              'SUPERVISORS', 24, CASE WHEN starts_on < CURRENT_DATE THEN 'HELD' ELSE 'PLANNED' END, now(), now()
         FROM d_act`,
    );
    await step(
      'activity_registration: supervisors',
      `WITH sup AS (
         SELECT ra.user_id, d.hospital_id,
                row_number() OVER (PARTITION BY d.hospital_id ORDER BY ra.user_id) - 1 AS i,
                count(*) OVER (PARTITION BY d.hospital_id) AS n
           FROM role_assignment ra JOIN d_dept d ON d.id = ra.scope_unit_id
          WHERE ra.tenant_id = ${T} AND ra.role = 'SUPERVISOR')
       INSERT INTO activity_registration (id, tenant_id, activity_id, user_id, status, attended, created_at, updated_at)
       SELECT gen_random_uuid(), ${T}, a.id, s.user_id, 'REGISTERED',
              CASE WHEN a.starts_on < CURRENT_DATE THEN ${h('s.user_id::text || a.id', 10)} > 0 END, now(), now()
         FROM d_act a JOIN sup s ON s.hospital_id = a.hospital_id AND (s.i - a.q * 20 + 100 * s.n) % s.n < 20`,
    );

    // Expectation meetings: held on time at a rate that varies by department (70–98 %), some late,
    // some never held; those not due yet are partly scheduled.
    await step(
      'expectation_meeting',
      `WITH x AS (
         SELECT c.id, c.trainee_id, c.start_date, expectation_meeting_due(c.track, c.start_date, c.end_date) AS due,
                70 + ${h('c.unit_id', 29)} AS rate, ${h("c.id::text || 'em'", 100)} AS p,
                (SELECT cs.supervisor_id FROM course_supervisor cs
                  WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id AND cs.is_main) AS main_sup
           FROM course c WHERE c.tenant_id = ${T} AND c.cancelled_at IS NULL
            AND c.unit_id IN (SELECT id FROM d_dept))
       INSERT INTO expectation_meeting (id, tenant_id, course_id, scheduled_at, held_on, trainee_confirmed_at,
                                        trainee_confirmed_by_id, supervisor_confirmed_at, supervisor_confirmed_by_id,
                                        goals, created_at, updated_at)
       SELECT gen_random_uuid(), ${T}, id, y.held::timestamptz + interval '10 hours',
              CASE WHEN y.held <= CURRENT_DATE THEN y.held END,
              CASE WHEN y.held <= CURRENT_DATE - 3 THEN y.held::timestamptz + interval '2 days' END,
              CASE WHEN y.held <= CURRENT_DATE - 3 THEN trainee_id END,
              CASE WHEN y.held <= CURRENT_DATE - 3 THEN y.held::timestamptz + interval '1 day' END,
              CASE WHEN y.held <= CURRENT_DATE - 3 THEN main_sup END,
              CASE WHEN y.held <= CURRENT_DATE THEN 'Mål for de første måneder aftalt.' END,
              start_date::timestamptz, now()
         FROM x CROSS JOIN LATERAL (
           SELECT CASE
                    WHEN due > CURRENT_DATE THEN CASE WHEN p < 40 THEN greatest(start_date, due - 3) END
                    WHEN p < rate THEN greatest(start_date, due - p % 10)
                    WHEN p < rate + (100 - rate) / 2 THEN due + 1 + p % 20
                  END AS held) y
        WHERE y.held IS NOT NULL`,
    );

    // Education plans and competence statuses of active courses.
    await step(
      'education_plan + version (3 of 4 active courses)',
      `WITH x AS (
         SELECT c.id AS course_id, gen_random_uuid() AS plan_id, c.start_date,
                (SELECT cs.supervisor_id FROM course_supervisor cs
                  WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id AND cs.is_main) AS main_sup
           FROM course c
          WHERE c.tenant_id = ${T} AND c.end_date >= CURRENT_DATE AND c.start_date <= CURRENT_DATE - 14
            AND c.unit_id IN (SELECT id FROM d_dept) AND ${h("c.id::text || 'plan'", 4)} < 3),
       p AS (INSERT INTO education_plan (id, tenant_id, course_id, current_version, created_at, updated_at)
             SELECT plan_id, ${T}, course_id, 1, start_date + 14, now() FROM x)
       INSERT INTO education_plan_version (id, tenant_id, plan_id, version, reason, created_by_id, created_at)
       SELECT gen_random_uuid(), ${T}, plan_id, 1, 'EXPECTATION_MEETING', main_sup, start_date + 14 FROM x`,
    );
    await step(
      'competence_status (by how far each active course has come)',
      `WITH x AS (
         SELECT c.id AS course_id, c.track,
                floor(20 * least(1.0, (CURRENT_DATE - c.start_date)::numeric / greatest(1, c.end_date - c.start_date))
                      * (60 + ${h("c.id::text || 'cmp'", 41)}) / 100)::int AS approved,
                (SELECT cs.supervisor_id FROM course_supervisor cs
                  WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id AND cs.is_main) AS main_sup
           FROM course c
          WHERE c.tenant_id = ${T} AND c.end_date >= CURRENT_DATE AND c.start_date <= CURRENT_DATE
            AND c.unit_id IN (SELECT id FROM d_dept))
       INSERT INTO competence_status (id, tenant_id, course_id, competence_id, status, approved_on, approved_by_id,
                                      updated_by_id, created_at, updated_at)
       SELECT gen_random_uuid(), ${T}, x.course_id, cp.id,
              CASE WHEN cp.sort_order <= x.approved THEN 'APPROVED' WHEN cp.sort_order <= x.approved + 2 THEN 'IN_PROGRESS'
                   ELSE 'ASSESSED' END,
              CASE WHEN cp.sort_order <= x.approved THEN CURRENT_DATE - (20 - cp.sort_order) END,
              CASE WHEN cp.sort_order <= x.approved THEN x.main_sup END, x.main_sup, now(), now()
         FROM x JOIN competence_list l ON l.tenant_id = ${T} AND l.track = x.track AND l.name LIKE '%(region)'
         JOIN competence cp ON cp.tenant_id = ${T} AND cp.list_id = l.id AND cp.sort_order <= x.approved + 3`,
    );

    // The region's strategy.
    const strategyId = (
      await step(
        'strategy (region)',
        `INSERT INTO strategy (id, tenant_id, unit_id, title, description, period_start, period_end, created_at, updated_at)
         VALUES (gen_random_uuid(), ${T}, NULL, 'Regionens uddannelsesstrategi (benchmark)',
                 'Genereret til benchmark: 6 temaer, 60 indsatser.', CURRENT_DATE - 1095, CURRENT_DATE + 365, now(), now())
         RETURNING id`,
      )
    ).rows[0].id;
    await step(
      'strategy initiatives (plan)',
      `CREATE TEMP TABLE d_init ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, th.id AS theme_id, th.ti, th.title AS theme_title, i,
              CASE WHEN i IN (2, 5) THEN 'DEPARTMENT' ELSE 'STRATEGY' END AS applies_per,
              CASE WHEN (th.ti * 10 + i) IN (3, 15, 17, 42) THEN 'INDICATORS' ELSE 'STATUS' END AS state_source
         FROM (SELECT gen_random_uuid() AS id, title, (ord - 1)::int AS ti
                 FROM unnest($1::text[]) WITH ORDINALITY AS x(title, ord)) th
        CROSS JOIN generate_series(0, 9) AS i`,
      [THEMES],
    );
    await step(
      'strategy_theme',
      `INSERT INTO strategy_theme (id, tenant_id, strategy_id, title, sort_order)
       SELECT DISTINCT theme_id, ${T}, '${strategyId}'::uuid, theme_title, ti FROM d_init`,
    );
    await step(
      'strategy_initiative',
      `INSERT INTO strategy_initiative (id, tenant_id, strategy_id, theme_id, title, description, owner_text, deadline,
                                        applies_per, state_source, sort_order, created_at, updated_at)
       SELECT id, ${T}, '${strategyId}'::uuid, theme_id, 'Indsats ' || (ti + 1) || '.' || (i + 1),
              'Beskrivelse af indsatsen.', 'CHRU (tovholder)', CURRENT_DATE + (i * 30), applies_per, state_source, i,
              now(), now()
         FROM d_init`,
    );
    await step(
      'strategy_indicator: the ten computed + ten manual',
      `WITH comp AS (
         SELECT k.key, k.vt, k.target, k.dir, (k.ord - 1)::int AS o
           FROM unnest($1::text[], $2::text[], $3::numeric[], $4::text[]) WITH ORDINALITY AS k(key, vt, target, dir, ord))
       INSERT INTO strategy_indicator (id, tenant_id, initiative_id, title, kind, computed_key, value_type, target,
                                       direction, sort_order, created_at, updated_at)
       SELECT gen_random_uuid(), ${T}, (SELECT id FROM d_init WHERE ti * 10 + i = CASE WHEN o < 3 THEN (ARRAY[3, 17, 42])[o + 1] WHEN o = 3 THEN 15 ELSE o * 5 END),
              key, 'COMPUTED', key, vt, target, dir, 0, now(), now() FROM comp
       UNION ALL
       SELECT gen_random_uuid(), ${T}, (SELECT id FROM d_init WHERE ti * 10 + i = 6 * n + 1), 'Manuel indikator ' || n,
              'MANUAL', NULL, 'PERCENT', 80, 'AT_LEAST', 1, now(), now()
         FROM generate_series(0, 9) AS n`,
      [COMPUTED.map((x) => x[0]), COMPUTED.map((x) => x[1]), COMPUTED.map((x) => x[2]), COMPUTED.map((x) => x[3])],
    );
    await step(
      'indicator_value: monthly for 3 years',
      `INSERT INTO indicator_value (id, tenant_id, indicator_id, measured_on, value, created_at)
       SELECT gen_random_uuid(), ${T}, si.id, (date_trunc('month', now()) - make_interval(months => m))::date,
              50 + (36 - m) + ${h('si.id::text || m', 10)}, now()
         FROM strategy_indicator si CROSS JOIN generate_series(0, 35) AS m
        WHERE si.tenant_id = ${T} AND si.kind = 'MANUAL'
          AND si.initiative_id IN (SELECT id FROM d_init)`,
    );
    await step(
      'initiative_status_update: quarterly for 3 years, per department where it applies',
      `INSERT INTO initiative_status_update (id, tenant_id, initiative_id, department_id, as_of, period_label, state, text, created_at)
       SELECT gen_random_uuid(), ${T}, i.id, d.id, s.as_of, 'Kvartal ' || s.q,
              CASE WHEN ${h("i.id::text || coalesce(d.id::text, '') || s.q", 100)} < 40 + (12 - s.q) * 4 THEN 'ACHIEVED'
                   WHEN s.q > 9 THEN 'NOT_STARTED' ELSE 'PARTLY' END,
              'Status for perioden: indsatsen følges i uddannelsesrådet.', now()
         FROM d_init i
        CROSS JOIN LATERAL (SELECT q, (date_trunc('quarter', now()) - make_interval(months => 3 * q))::date - 1 AS as_of
                              FROM generate_series(0, 11) AS q) s
         LEFT JOIN d_dept d ON i.applies_per = 'DEPARTMENT'
        WHERE i.state_source = 'STATUS'`,
    );
    await step(
      'strategy_snapshot: weekly for 3 years',
      `INSERT INTO strategy_snapshot (id, tenant_id, strategy_id, taken_at, trigger, achieved, total, data)
       SELECT gen_random_uuid(), ${T}, '${strategyId}'::uuid, now() - make_interval(days => 7 * w), 'SCHEDULE',
              least(60, 20 + (156 - w) / 4), 60, '{}'::jsonb
         FROM generate_series(1, 156) AS w`,
    );

    await c.query('COMMIT');
    const ta = Date.now();
    await c.query(
      [
        'app_user',
        'role_assignment',
        'mentorship',
        'local_fd',
        'education_body',
        'education_body_member',
        'education_meeting',
        'education_action_item',
        'activity',
        'activity_registration',
        'expectation_meeting',
        'education_plan',
        'education_plan_version',
        'competence_status',
        'strategy',
        'strategy_theme',
        'strategy_initiative',
        'strategy_indicator',
        'indicator_value',
        'initiative_status_update',
        'strategy_snapshot',
      ]
        .map((t) => `ANALYZE ${t};`)
        .join(' '),
    );
    steps.push({ label: 'ANALYZE', ms: Date.now() - ta });
    return { steps, totalMs: Date.now() - t0, strategyId, departments: D };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
}
