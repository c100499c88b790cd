// Benchmark of issue 7 at hospital scale: the real server on a fresh embedded database with the
// demo data, plus, in Region Hovedstaden's AHH, 40 generated departments of 60 running courses
// (2,400 courses, and 200 more in Kardiologisk Afdeling, Mette Kjær's as UAO, 100 of them with Jens
// Mikkelsen as hovedvejleder), 10 feedback records per course, three years of defusings
// (BENCH_DEFUSINGS, default 200,000), 2,000 talk requests, 300 open cases, and a half-yearly
// questionnaire with 6 closed rounds of 2,000 responses × 8 answers and an open round sent to every
// generated trainee (2,600 recipients, 1,200 answered).
// Measures, as the users themselves (1 connection = what one user waits; BENCH_CONNECTIONS for
// throughput): the UAO's early warnings and cases, the cheflæge's department well-being (12
// months), Tutorcentret's hospital overview, a round's results (by department) and the live
// response rate, the supervisor's talk requests; next to GET /api/me.
// Run with `pnpm bench:wellbeing` (builds first). See README, "Benchmark".
//
//   BENCH_DURATION, BENCH_WARMUP   seconds per run / warm-up (default 5 / 1)
//   BENCH_CONNECTIONS              concurrent connections of the second run (default 10)
//   BENCH_DEFUSINGS                generated defusings (default 200000)
//
// Fails (exit code 1) on any error, timeout or non-2xx response.
import os from 'node:os';
import {
  DEMO_PASSWORD,
  TENANT,
  envInt,
  failOnErrors,
  logIn,
  pgClient,
  printTable,
  run,
  withApiServer,
} from './lib/bench-harness.mjs';

const as = (email) => ({ tenant: TENANT, email, password: DEMO_PASSWORD });
const UAO = as('mette.kjaer@regionh.dk');
const HEAD = as('hanne.vestergaard@regionh.dk');
const CENTRE = as('karen.bech@regionh.dk');
const SUPERVISOR = as('jens.mikkelsen@regionh.dk');

/** Inserts the generated data as the owner role, in one transaction. */
async function generate(ownerUrl, defusings) {
  const c = pgClient(ownerUrl);
  await c.connect();
  const q = (sql, params = []) => c.query(sql, params);
  try {
    const tenantId = (await q('SELECT id FROM tenant WHERE slug = $1', [TENANT])).rows[0].id;
    const one = async (sql, params = []) => (await q(sql, [tenantId, ...params])).rows[0];
    await q('BEGIN');
    await q("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const ahh = (await one(`SELECT id FROM org_unit WHERE tenant_id = $1 AND kind = 'HOSPITAL' LIMIT 1`)).id;
    const kard = (await one(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = 'Kardiologisk Afdeling'`)).id;
    const user = async (email) =>
      (await one(`SELECT id FROM app_user WHERE tenant_id = $1 AND email = $2`, [email])).id;
    const [mette, jens, karen] = [await user(UAO.email), await user(SUPERVISOR.email), await user(CENTRE.email)];
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
       SELECT gen_random_uuid(), $1, 'DEPARTMENT', 'Bench-afdeling ' || i, $2, now() FROM generate_series(1, 40) i`,
      [tenantId, ahh],
    );
    // Trainees and their running courses: 60 per generated department, 200 more in Kardiologisk.
    await q(
      `WITH d AS (SELECT id, row_number() OVER (ORDER BY name) AS k FROM org_unit
                   WHERE tenant_id = $1 AND name LIKE 'Bench-afdeling %'),
            slots AS (SELECT d.id AS unit_id, d.k * 1000 + i AS n FROM d CROSS JOIN generate_series(1, 60) i
                      UNION ALL SELECT $2::uuid, 900000 + i FROM generate_series(1, 200) i)
       INSERT INTO app_user (id, tenant_id, email, name, home_unit_id, updated_at)
       SELECT gen_random_uuid(), $1, 'bench-trainee-' || n || '@regionh.dk', 'Bench-læge ' || n, unit_id, now() FROM slots`,
      [tenantId, kard],
    );
    await q(
      `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, updated_at)
       SELECT gen_random_uuid(), $1, u.id, u.home_unit_id,
              (ARRAY['KBU','INTRODUCTION','SPECIALIST'])[1 + abs(hashtext(u.email)) % 3],
              current_date - (abs(hashtext(u.email)) % 300), current_date + 30 + (abs(hashtext(u.email || 'e')) % 700), now()
         FROM app_user u WHERE u.tenant_id = $1 AND u.email LIKE 'bench-trainee-%'`,
      [tenantId],
    );
    await q(
      `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main)
       SELECT gen_random_uuid(), $1, c.id, $3, true FROM course c JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
        WHERE c.tenant_id = $1 AND c.unit_id = $2 AND u.email LIKE 'bench-trainee-%'
        ORDER BY u.email LIMIT 100`,
      [tenantId, kard, jens],
    );
    await q(
      `INSERT INTO feedback_record (id, tenant_id, course_id, giver_id, given_on, went_well, to_improve, next_step, concern, updated_at)
       SELECT gen_random_uuid(), $1, c.id, $2, greatest(c.start_date, current_date - (i * 17 + abs(hashtext(c.id::text)) % 17)),
              'Godt', 'Mere', 'Næste', (i = 1 AND abs(hashtext(c.id::text)) % 40 = 0), now()
         FROM course c CROSS JOIN generate_series(1, 10) i
         JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
        WHERE c.tenant_id = $1 AND u.email LIKE 'bench-trainee-%'`,
      [tenantId, jens],
    );
    // Three years of defusings, spread over the generated courses.
    await q(
      `WITH c AS (SELECT c.id, c.trainee_id, c.unit_id, row_number() OVER (ORDER BY c.id) - 1 AS k, count(*) OVER () AS n
                    FROM course c JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
                   WHERE c.tenant_id = $1 AND u.email LIKE 'bench-trainee-%')
       INSERT INTO defusing (id, tenant_id, course_id, trainee_id, unit_id, recorded_by_id, shift_date, shift_kind,
                             how_went, had_challenges, challenges_note, created_at)
       SELECT gen_random_uuid(), $1, c.id, c.trainee_id, c.unit_id, c.trainee_id, current_date - (i % 1095)::int,
              (ARRAY['DAY','EVENING','NIGHT'])[1 + i % 3], 1 + (i * 7) % 5, i % 4 = 0,
              CASE WHEN i % 8 = 0 THEN 'Travl nat' END, now()
         FROM generate_series(1, $2::int) i JOIN c ON c.k = i % c.n`,
      [tenantId, defusings],
    );
    await q(
      `INSERT INTO talk_request (id, tenant_id, course_id, trainee_id, unit_id, defusing_id, requested_of_id, message,
                                 state, held_on, resolved_at, created_at)
       SELECT gen_random_uuid(), $1, d.course_id, d.trainee_id, d.unit_id, d.id, $2, 'Kan vi tale sammen?',
              CASE WHEN k % 3 = 0 THEN 'OPEN' ELSE 'HELD' END, CASE WHEN k % 3 = 0 THEN NULL ELSE d.shift_date END,
              CASE WHEN k % 3 = 0 THEN NULL ELSE now() END, d.shift_date::timestamptz
         FROM (SELECT d.*, row_number() OVER (ORDER BY d.id) AS k FROM defusing d
                WHERE d.tenant_id = $1 AND d.challenges_note IS NOT NULL LIMIT 2000) d`,
      [tenantId, jens],
    );
    await q(
      `INSERT INTO difficulty_case (id, tenant_id, course_id, cause, description, opened_on, opened_by_id, updated_at)
       SELECT gen_random_uuid(), $1, c.id, (ARRAY['TRAINEE','DEPARTMENT','BOTH'])[1 + k % 3], 'Forløb med udfordringer',
              current_date - (k % 200)::int, $2, now()
         FROM (SELECT c.id, row_number() OVER (ORDER BY c.id) AS k FROM course c
                 JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
                WHERE c.tenant_id = $1 AND u.email LIKE 'bench-trainee-%') c WHERE k % 9 = 0 LIMIT 300`,
      [tenantId, mette],
    );
    // The questionnaire: 5 scales, a choice, two free texts; 6 closed rounds and an open one.
    const qn = (
      await one(
        `INSERT INTO questionnaire (id, tenant_id, owner_unit_id, title, audience, schedule, created_by_id, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'Bench-spørgeskema', 'ALL', 'HALF_YEARLY', $3, now()) RETURNING id`,
        [ahh, karen],
      )
    ).id;
    await q(
      `INSERT INTO questionnaire_question (id, tenant_id, questionnaire_id, position, kind, text, options, scale_min, scale_max)
       SELECT gen_random_uuid(), $1, $2, p, CASE WHEN p <= 5 THEN 'SCALE' WHEN p = 6 THEN 'CHOICE' ELSE 'TEXT' END,
              'Spørgsmål ' || p, CASE WHEN p = 6 THEN ARRAY['Møde','Mail','Intranet','Kollega'] ELSE ARRAY[]::text[] END,
              CASE WHEN p <= 5 THEN 1 END, CASE WHEN p <= 5 THEN 5 END
         FROM generate_series(1, 8) p`,
      [tenantId, qn],
    );
    await q(
      `INSERT INTO questionnaire_round (id, tenant_id, questionnaire_id, label, opens_on, closes_on, state, sent_at, closed_at, updated_at)
       SELECT gen_random_uuid(), $1, $2, 'Runde ' || r, current_date - (7 - r) * 182, current_date - (7 - r) * 182 + 30,
              CASE WHEN r = 7 THEN 'OPEN' ELSE 'CLOSED' END, now(), CASE WHEN r < 7 THEN now() END, now()
         FROM generate_series(1, 7) r`,
      [tenantId, qn],
    );
    await q(
      `WITH d AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k FROM org_unit
                   WHERE tenant_id = $1 AND name LIKE 'Bench-afdeling %')
       INSERT INTO questionnaire_response (id, tenant_id, round_id, group_unit_id, role_group)
       SELECT gen_random_uuid(), $1, r.id, d.id, CASE WHEN i % 4 = 0 THEN 'SUPERVISOR' ELSE 'TRAINEE' END
         FROM questionnaire_round r CROSS JOIN generate_series(1, 2000) i JOIN d ON d.k = i % 40
        WHERE r.tenant_id = $1 AND r.questionnaire_id = $2 AND r.state = 'CLOSED'`,
      [tenantId, qn],
    );
    await q(
      `INSERT INTO questionnaire_answer (id, tenant_id, response_id, question_id, scale_value, choice_index, text)
       SELECT gen_random_uuid(), $1, s.id, qq.id,
              CASE WHEN qq.kind = 'SCALE' THEN 1 + abs(hashtext(s.id::text || qq.position)) % 5 END,
              CASE WHEN qq.kind = 'CHOICE' THEN abs(hashtext(s.id::text)) % 4 END,
              CASE WHEN qq.kind = 'TEXT' THEN 'Forslag ' || abs(hashtext(s.id::text || qq.position)) % 500 END
         FROM questionnaire_response s JOIN questionnaire_round r ON r.tenant_id = s.tenant_id AND r.id = s.round_id
         JOIN questionnaire_question qq ON qq.tenant_id = s.tenant_id AND qq.questionnaire_id = r.questionnaire_id
        WHERE s.tenant_id = $1 AND r.questionnaire_id = $2`,
      [tenantId, qn],
    );
    await q(
      `INSERT INTO questionnaire_round_group (id, tenant_id, round_id, group_unit_id, role_group, recipients, answered)
       SELECT gen_random_uuid(), $1, round_id, group_unit_id, role_group, count(*) + 20, count(*)
         FROM questionnaire_response s WHERE s.tenant_id = $1
          AND s.round_id IN (SELECT id FROM questionnaire_round WHERE questionnaire_id = $2)
        GROUP BY round_id, group_unit_id, role_group`,
      [tenantId, qn],
    );
    const open = (
      await one(
        `SELECT id FROM questionnaire_round WHERE tenant_id = $1 AND questionnaire_id = $2 AND state = 'OPEN'`,
        [qn],
      )
    ).id;
    await q(
      `INSERT INTO questionnaire_recipient (id, tenant_id, round_id, user_id, token_hash, group_unit_id, role_group, answered, invited_at)
       SELECT gen_random_uuid(), $1, $2, u.id, encode(sha256(u.id::text::bytea), 'hex'), u.home_unit_id, 'TRAINEE',
              row_number() OVER (ORDER BY u.id) <= 1200, now()
         FROM app_user u WHERE u.tenant_id = $1 AND u.email LIKE 'bench-trainee-%'`,
      [tenantId, open],
    );
    const latest = (
      await one(
        `SELECT id FROM questionnaire_round WHERE tenant_id = $1 AND questionnaire_id = $2 AND state = 'CLOSED'
          ORDER BY opens_on DESC LIMIT 1`,
        [qn],
      )
    ).id;
    const counts = await one(
      `SELECT (SELECT count(*) FROM course WHERE tenant_id = $1) AS courses,
              (SELECT count(*) FROM feedback_record WHERE tenant_id = $1) AS feedback,
              (SELECT count(*) FROM defusing WHERE tenant_id = $1) AS defusings,
              (SELECT count(*) FROM difficulty_case WHERE tenant_id = $1) AS cases,
              (SELECT count(*) FROM questionnaire_answer WHERE tenant_id = $1) AS answers`,
    );
    await q('COMMIT');
    await q('ANALYZE');
    return { kard, qn, latest, open, counts };
  } finally {
    await c.end();
  }
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const defusings = envInt('BENCH_DEFUSINGS', 200_000);
  const { default: autocannon } = await import('autocannon');
  await withApiServer('wellbeing', async ({ base, ownerUrl, api }) => {
    const t0 = Date.now();
    const { kard, qn, latest, open, counts } = await generate(ownerUrl, defusings);
    console.log(
      `Generated in ${Date.now() - t0} ms: ${counts.courses} courses, ${counts.feedback} feedback records, ` +
        `${counts.defusings} defusings, ${counts.cases} cases, ${counts.answers} questionnaire answers`,
    );
    const uao = await logIn(base, UAO);
    const head = await logIn(base, HEAD);
    const centre = await logIn(base, CENTRE);
    const supervisor = await logIn(base, SUPERVISOR);
    const month = (back) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - back);
      return d.toISOString().slice(0, 7);
    };
    const period = `from=${month(11)}&to=${month(0)}`;
    const len = (k) => (b) => b[k]?.length ?? '–';
    const cases = [
      ['reference: GET /api/me', uao, `${base}/api/me`, () => '–'],
      ['UAO: early warnings (Kardiologisk, 200+ courses)', uao, `${base}/api/early-warnings`, len('items')],
      ['UAO: cases I may read', uao, `${base}/api/difficulty-cases`, len('items')],
      [
        'cheflæge: department well-being, 12 months',
        head,
        `${base}/api/wellbeing/departments/${kard}?${period}`,
        () => '–',
      ],
      ['Tutorcentret: hospital overview, 12 months', centre, `${base}/api/wellbeing/overview?${period}`, len('items')],
      [
        'Tutorcentret: round results (2,000 responses)',
        centre,
        `${base}/api/questionnaire-results/rounds/${latest}`,
        len('questions'),
      ],
      [
        '… by department (40 groups)',
        centre,
        `${base}/api/questionnaire-results/rounds/${latest}?groupBy=department`,
        len('groups'),
      ],
      [
        'Tutorcentret: live response rate (2,600 recipients)',
        centre,
        `${base}/api/questionnaires/${qn}/rounds/${open}/status`,
        () => '–',
      ],
      ['supervisor: talk requests to me', supervisor, `${base}/api/talk-requests`, len('items')],
    ];
    const rows = { one: [], many: [] };
    for (const [key, conns] of [
      ['one', 1],
      ['many', connections],
    ]) {
      for (const [title, cookie, url, matches] of cases) {
        console.log(`▶ ${title} (${conns} connection${conns > 1 ? 's' : ''})`);
        rows[key].push(await run(autocannon, { title, url, cookie, connections: conns, duration, warmup, matches }));
      }
    }
    const cpus = os.availableParallelism();
    console.log(
      `\nResults: ${duration} s each after ${warmup} s warm-up; Node ${process.versions.node}; ${cpus} CPU core(s) ` +
        `shared by autocannon, the API and PostgreSQL; load average ${os.loadavg()[0].toFixed(2)}.\n`,
    );
    console.log('One connection:');
    printTable(rows.one, { title: 'request' });
    console.log(`\n${connections} connections:`);
    printTable(rows.many, { title: 'request' });
    failOnErrors([...rows.one, ...rows.many]);
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  });
}

await main();
