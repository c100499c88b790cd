// Region-scale data for bench-courses.mjs, generated with set-based SQL (generate_series, no row
// loops in JavaScript) as the owner role inside one transaction. Row-level security stays on
// (FORCE): the owner sets app.tenant_id like the app does and inserts into the demo tenant.
//
// What it makes (defaults; see `defaults` below):
// - 10 hospitals of 30 departments each (300), each department with its specialty;
// - 2–5 supervisors (hovedvejledere and vejledere) per department, SUPERVISOR assignments;
// - 5,000 active courses (KBU 6 months, introduction 12 months, specialist 24 months at one
//   department) of 5,000 trainees, started between today and one course length ago, each with a
//   hovedvejleder and, on every second course, one more supervisor of the department;
// - 10,000 ended courses over the last 3 years (a KBU, then an introduction course) of 5,000
//   former trainees, supervised by the same departments' supervisors;
// - competence lists for the three tracks (20 competences each);
// - the supervision and feedback records, spread over the courses by how many of their days lie
//   in the past, inserted in date order like real ones (see generateRecords; their tables'
//   foreign keys and plain indexes are dropped for the bulk load and added back, which checks
//   every row).
// Every generated user can sign in with the demo password (the password hash is copied from a
// demo user), so the benchmark can measure as any supervisor or trainee.
import { pgClient } from './bench-harness.mjs';

export const defaults = {
  hospitals: 10,
  departmentsPerHospital: 30,
  activeCourses: 5000,
  endedCourses: 10_000,
  records: 1_000_000,
};

const HOSPITALS = [
  ['Rigshospitalet', 'RH'],
  ['Bispebjerg og Frederiksberg Hospital', 'BFH'],
  ['Herlev og Gentofte Hospital', 'HGH'],
  ['Nordsjællands Hospital', 'NOH'],
  ['Bornholms Hospital', 'BOH'],
  ['Rigshospitalet Glostrup', 'RHG'],
  ['Hvidovre Hospital', 'HVH'],
  ['Frederiksberg Hospital', 'FH'],
  ['Gentofte Hospital', 'GEH'],
  ['Hillerød Hospital', 'HIH'],
];

/** Department names with the specialty their specialist and introduction courses are in. */
const DEPARTMENTS = [
  ['Kardiologisk Afdeling', 'Intern medicin: kardiologi'],
  ['Lungemedicinsk Afdeling', 'Intern medicin: lungesygdomme'],
  ['Endokrinologisk Afdeling', 'Intern medicin: endokrinologi'],
  ['Medicinsk Gastroenheden', 'Intern medicin: gastroenterologi og hepatologi'],
  ['Nefrologisk Afdeling', 'Intern medicin: nefrologi'],
  ['Geriatrisk Afdeling', 'Intern medicin: geriatri'],
  ['Infektionsmedicinsk Afdeling', 'Intern medicin: infektionsmedicin'],
  ['Hæmatologisk Afdeling', 'Intern medicin: hæmatologi'],
  ['Reumatologisk Afdeling', 'Intern medicin: reumatologi'],
  ['Neurologisk Afdeling', 'Neurologi'],
  ['Ortopædkirurgisk Afdeling', 'Ortopædisk kirurgi'],
  ['Karkirurgisk Afdeling', 'Karkirurgi'],
  ['Urologisk Afdeling', 'Urologi'],
  ['Kirurgisk Gastroenheden', 'Kirurgi'],
  ['Plastikkirurgisk Afdeling', 'Plastikkirurgi'],
  ['Anæstesiologisk Afdeling', 'Anæstesiologi'],
  ['Akutmodtagelsen', 'Akutmedicin'],
  ['Børneafdelingen', 'Pædiatri'],
  ['Gynækologisk-Obstetrisk Afdeling', 'Gynækologi og obstetrik'],
  ['Psykiatrisk Center', 'Psykiatri'],
  ['Børne- og Ungdomspsykiatrisk Center', 'Børne- og ungdomspsykiatri'],
  ['Øre-næse-halskirurgisk Afdeling', 'Oto-rhino-laryngologi'],
  ['Øjenafdelingen', 'Oftalmologi'],
  ['Dermatologisk Afdeling', 'Dermato-venerologi'],
  ['Onkologisk Afdeling', 'Klinisk onkologi'],
  ['Radiologisk Afdeling', 'Radiologi'],
  ['Klinisk Biokemisk Afdeling', 'Klinisk biokemi'],
  ['Patologiafdelingen', 'Patologisk anatomi og cytologi'],
  ['Klinisk Fysiologisk og Nuklearmedicinsk Afdeling', 'Klinisk fysiologi og nuklearmedicin'],
  ['Arbejds- og Miljømedicinsk Afdeling', 'Arbejdsmedicin'],
];

const FIRST = [
  'Anders',
  'Birgitte',
  'Søren',
  'Ærenfried',
  'Øjvind',
  'Åse',
  'Mette',
  'Jens',
  'Ida',
  'Rasmus',
  'Karen',
  'Mads',
  'Louise',
  'Frederik',
  'Signe',
  'Jonas',
  'Line',
  'Mikkel',
  'Sofie',
  'Thea',
  'Emil',
  'Freja',
  'Bjørn',
  'Astrid',
  'Kasper',
  'Nanna',
  'Oliver',
  'Clara',
  'Ahmad',
  'Fatima',
  'Magnus',
  'Cecilie',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Møller',
  'Østergaard',
  'Bæk',
  'Ågaard',
  'Lykke',
  'Dahl',
  'Holm',
  'Kjær',
  'Brøndum',
  'Aagaard',
  'Frandsen',
  'Vestergaard',
  'Lund',
  'Rahimi',
  'Bjerre',
  'Søgaard',
];

const COMPETENCES = {
  KBU: [
    'Modtagelse og vurdering af den akut syge patient',
    'Anamnese og objektiv undersøgelse',
    'Journalføring og epikriser',
    'Ordination og medicinafstemning',
    'Stuegang: plan og prioritering',
    'Samtale med patient og pårørende',
    'Tværfagligt samarbejde i afsnittet',
    'Overlevering efter ISBAR',
    'Genoplivning (basal og avanceret)',
    'Smertebehandling',
    'Væske- og elektrolytbehandling',
    'Tolkning af EKG',
    'Tolkning af blodgasser',
    'Arteriepunktur og venflon',
    'Udskrivelse og opfølgning',
    'Dødsfald og dødsattest',
    'Kvalitet og patientsikkerhed: utilsigtede hændelser',
    'Prioritering af egen tid og opgaver',
    'Egen læring og uddannelsesplan',
    'Undervisning af kolleger og studerende',
  ],
};
COMPETENCES.INTRODUCTION = COMPETENCES.KBU.map((t) => `${t} (introduktionsniveau)`);
COMPETENCES.SPECIALIST = COMPETENCES.KBU.map((t) => `${t} (speciallægeniveau)`);

const DOCTOR_ROLES = [
  'MEDICAL_EXPERT',
  'COMMUNICATOR',
  'COLLABORATOR',
  'LEADER',
  'HEALTH_ADVOCATE',
  'SCHOLAR',
  'PROFESSIONAL',
];
const METHODS = [
  'COMPETENCE_CARD',
  'STRUCTURED_OBSERVATION',
  'CASE_BASED_DISCUSSION',
  'FEEDBACK_360',
  'STRUCTURED_INTERVIEW',
];

/**
 * Inserts the region as the owner in one transaction and ANALYZEs the tables. Returns the time of
 * each step and a summary (counts, trainees per supervisor) for the report.
 */
export async function generateRegion(ownerUrl, tenantSlug, opts = {}) {
  const o = { ...defaults, ...opts };
  if (o.hospitals > HOSPITALS.length) throw new Error(`at most ${HOSPITALS.length} hospitals`);
  if (o.departmentsPerHospital > DEPARTMENTS.length)
    throw new Error(`at most ${DEPARTMENTS.length} departments a hospital`);
  const c = pgClient(ownerUrl);
  await c.connect();
  const steps = [];
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    const r = await c.query(sql, params);
    steps.push({ label, ms: Date.now() - t, rows: r.rowCount });
    return r;
  };
  try {
    const tenant = (await c.query('SELECT id FROM tenant WHERE slug = $1', [tenantSlug])).rows[0];
    if (!tenant) throw new Error(`tenant ${tenantSlug} not found`);
    const t0 = Date.now();
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.id]);
    await c.query(
      `CREATE TEMP TABLE g_param ON COMMIT DROP AS
       SELECT $1::uuid AS tenant_id, $2::text[] AS first, $3::text[] AS last,
              (SELECT password_hash FROM app_user WHERE tenant_id = $1 AND password_hash IS NOT NULL
                ORDER BY email LIMIT 1) AS password_hash`,
      [tenant.id, FIRST, LAST],
    );
    const P = (col) => `(SELECT ${col} FROM g_param)`;
    const name = (n) =>
      `${P('first')}[1 + ((${n}) * 7) % ${FIRST.length}] || ' ' || ${P('last')}[1 + ((${n}) * 13 / 3) % ${LAST.length}]`;

    // Organisation: hospitals, specialties, departments.
    await step(
      'hospitals',
      `CREATE TEMP TABLE g_hosp ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, (ord - 1)::int AS hk, name, short
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS h(name, short, ord)`,
      [HOSPITALS.slice(0, o.hospitals).map((h) => h[0]), HOSPITALS.slice(0, o.hospitals).map((h) => h[1])],
    );
    await step(
      'org_unit: hospitals',
      `INSERT INTO org_unit (id, tenant_id, kind, name, short_name, updated_at)
       SELECT id, ${P('tenant_id')}, 'HOSPITAL', name, short, now() FROM g_hosp`,
    );
    const deps = DEPARTMENTS.slice(0, o.departmentsPerHospital);
    await step(
      'specialty',
      `INSERT INTO specialty (id, tenant_id, name)
       SELECT gen_random_uuid(), ${P('tenant_id')}, s FROM unnest($1::text[]) AS s
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [[...new Set(deps.map((d) => d[1]))]],
    );
    // n_sup: 2–5 supervisors, so that a supervisor has from a few to about fifteen trainees.
    await step(
      'departments',
      `CREATE TEMP TABLE g_dept ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, (h.hk * $3 + t.tk)::int AS k, h.id AS hospital_id,
              t.name || ', ' || h.short AS name, s.id AS specialty_id, 2 + ((h.hk * $3 + t.tk) * 7) % 4 AS n_sup
         FROM g_hosp h
        CROSS JOIN (SELECT name, spec, (ord - 1)::int AS tk
                      FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, spec, ord)) t
         JOIN specialty s ON s.tenant_id = ${P('tenant_id')} AND s.name = t.spec`,
      [deps.map((d) => d[0]), deps.map((d) => d[1]), deps.length],
    );
    await step(
      'org_unit: departments',
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, specialty_id, updated_at)
       SELECT id, ${P('tenant_id')}, 'DEPARTMENT', name, hospital_id, specialty_id, now() FROM g_dept`,
    );
    await c.query('CREATE UNIQUE INDEX ON g_dept (k)');
    const D = o.hospitals * deps.length;

    // Supervisors.
    await step(
      'supervisors',
      `CREATE TEMP TABLE g_sup ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, d.k AS dept_k, d.id AS dept_id, s.idx,
              row_number() OVER (ORDER BY d.k, s.idx) AS n
         FROM g_dept d CROSS JOIN LATERAL generate_series(0, d.n_sup - 1) AS s(idx)`,
    );
    await c.query('CREATE UNIQUE INDEX ON g_sup (dept_k, idx)');
    await step(
      'app_user: supervisors',
      `INSERT INTO app_user (id, tenant_id, email, name, title, password_hash, home_unit_id, created_at, updated_at)
       SELECT id, ${P('tenant_id')}, 'bench.vejleder.' || n || '@regionh.dk', ${name('n + 3')},
              CASE WHEN idx = 0 THEN 'Overlæge' ELSE 'Afdelingslæge' END, ${P('password_hash')}, dept_id, now(), now()
         FROM g_sup`,
    );
    await step(
      'role_assignment: supervisors',
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
       SELECT gen_random_uuid(), ${P('tenant_id')}, id, 'SUPERVISOR', dept_id, CURRENT_DATE - 1500 FROM g_sup`,
    );

    // Courses: active ones (one per trainee), then two ended ones per former trainee.
    // r = the course's rank within its department; it picks the supervisors, weighted so that
    // the first supervisor of a department has more trainees than the last.
    await step(
      'courses (plan)',
      `CREATE TEMP TABLE g_course ON COMMIT DROP AS
       WITH active AS (
         SELECT i, i % $1 AS dept_k, i / $1 AS r,
                CASE WHEN i % 10 < 4 THEN 'KBU' WHEN i % 10 < 7 THEN 'INTRODUCTION' ELSE 'SPECIALIST' END AS track,
                CASE WHEN i % 10 < 4 THEN 180 WHEN i % 10 < 7 THEN 365 ELSE 730 END AS days
           FROM generate_series(0, $2::int - 1) AS i),
       ended AS (
         SELECT j, j % $1 AS dept_k, j / $1 AS r, j / 2 AS f, j % 2 AS q
           FROM generate_series(0, $3::int - 1) AS j)
       SELECT gen_random_uuid() AS id, true AS active, i AS n, dept_k, r, track,
              CURRENT_DATE - ((i * 7919) % days) AS start_date,
              CURRENT_DATE - ((i * 7919) % days) + days - 1 AS end_date
         FROM active
       UNION ALL
       SELECT gen_random_uuid(), false, f, dept_k, r, CASE WHEN q = 0 THEN 'KBU' ELSE 'INTRODUCTION' END,
              CURRENT_DATE - 1095 + (f * 37) % 365 + q * 330,
              CURRENT_DATE - 1095 + (f * 37) % 365 + q * 330 + 299
         FROM ended`,
      [D, o.activeCourses, o.endedCourses],
    );
    await step(
      'trainees',
      `CREATE TEMP TABLE g_trainee ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, active, n, min(track) AS track
         FROM g_course GROUP BY active, n`,
    );
    await c.query('CREATE UNIQUE INDEX ON g_trainee (active, n)');
    await step(
      'app_user: trainees',
      `INSERT INTO app_user (id, tenant_id, email, name, title, password_hash, created_at, updated_at)
       SELECT id, ${P('tenant_id')},
              CASE WHEN active THEN 'bench.laege.' ELSE 'bench.tidligere.' END || n || '@regionh.dk',
              ${name('n + CASE WHEN active THEN 0 ELSE 11 END')},
              CASE track WHEN 'KBU' THEN 'KBU-læge' WHEN 'INTRODUCTION' THEN 'Introduktionslæge'
                         ELSE 'Hoveduddannelseslæge' END,
              ${P('password_hash')}, now(), now()
         FROM g_trainee`,
    );
    await step(
      'course',
      `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, specialty_id, start_date, end_date, updated_at)
       SELECT c.id, ${P('tenant_id')}, t.id, d.id, c.track, CASE WHEN c.track <> 'KBU' THEN d.specialty_id END,
              c.start_date, c.end_date, now()
         FROM g_course c JOIN g_trainee t ON t.active = c.active AND t.n = c.n JOIN g_dept d ON d.k = c.dept_k`,
    );
    await step(
      'role_assignment: trainees',
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from, valid_to)
       SELECT gen_random_uuid(), ${P('tenant_id')}, t.id, 'TRAINEE', d.id, c.start_date, c.end_date
         FROM g_course c JOIN g_trainee t ON t.active = c.active AND t.n = c.n JOIN g_dept d ON d.k = c.dept_k`,
    );
    // Each course's hovedvejleder, its second supervisor (every second course) and another doctor
    // of the department (who gives some of the feedback).
    await step(
      'course supervisors (plan)',
      `CREATE TEMP TABLE g_cs ON COMMIT DROP AS
       SELECT b.course_id, b.active, b.n, m.id AS main_sup, s2.id AS second_sup, o.id AS other_doc
         FROM (SELECT c.id AS course_id, c.active, c.n, c.dept_k, d.n_sup,
                      (CASE WHEN c.r % 10 < 4 THEN 0 WHEN c.r % 10 < 7 THEN 1 WHEN c.r % 10 < 9 THEN 2 ELSE 3 END)
                        % d.n_sup AS main_idx
                 FROM g_course c JOIN g_dept d ON d.k = c.dept_k) b
         JOIN g_sup m ON m.dept_k = b.dept_k AND m.idx = b.main_idx
         LEFT JOIN g_sup s2 ON b.n % 2 = 0 AND s2.dept_k = b.dept_k AND s2.idx = (b.main_idx + 1) % b.n_sup
         JOIN g_sup o ON o.dept_k = b.dept_k AND o.idx = (b.main_idx + b.n_sup - 1) % b.n_sup`,
    );
    await step(
      'course_supervisor',
      `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main)
       SELECT gen_random_uuid(), ${P('tenant_id')}, course_id, main_sup, true FROM g_cs
       UNION ALL
       SELECT gen_random_uuid(), ${P('tenant_id')}, course_id, second_sup, false FROM g_cs WHERE second_sup IS NOT NULL`,
    );

    // Competence lists, one per track, 20 competences each.
    await step(
      'competence lists (plan)',
      `CREATE TEMP TABLE g_list ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, track, titles
         FROM (VALUES ('KBU', $1::text[]), ('INTRODUCTION', $2::text[]), ('SPECIALIST', $3::text[])) AS l(track, titles)`,
      [COMPETENCES.KBU, COMPETENCES.INTRODUCTION, COMPETENCES.SPECIALIST],
    );
    await step(
      'competence_list',
      `INSERT INTO competence_list (id, tenant_id, track, name, source_url)
       SELECT id, ${P('tenant_id')}, track,
              CASE track WHEN 'KBU' THEN 'Målbeskrivelse for KBU (region)' WHEN 'INTRODUCTION' THEN 'Introduktionsuddannelse (region)'
                         ELSE 'Hoveduddannelse (region)' END,
              'https://www.uddannelseslaege.dk'
         FROM g_list`,
    );
    await step(
      'competence',
      `INSERT INTO competence (id, tenant_id, list_id, code, title, doctor_roles, methods, sort_order)
       SELECT gen_random_uuid(), ${P('tenant_id')}, l.id,
              CASE l.track WHEN 'KBU' THEN 'K' WHEN 'INTRODUCTION' THEN 'I' ELSE 'H' END || k, t.title,
              ARRAY[($1::text[])[1 + k % 7], ($1::text[])[1 + (k + 3) % 7]],
              ARRAY[($2::text[])[1 + k % 5]], k
         FROM g_list l CROSS JOIN LATERAL unnest(l.titles) WITH ORDINALITY AS t(title, k)`,
      [DOCTOR_ROLES, METHODS],
    );
    const hasRecords = (await c.query("SELECT to_regclass('supervision_record') IS NOT NULL AS ok")).rows[0].ok;
    if (hasRecords && o.records > 0) await generateRecords(c, step, P, o);
    await c.query('COMMIT');
    const ta = Date.now();
    await c.query(
      'ANALYZE org_unit; ANALYZE specialty; ANALYZE app_user; ANALYZE role_assignment; ANALYZE course; ' +
        'ANALYZE course_supervisor; ANALYZE competence_list; ANALYZE competence;' +
        (hasRecords
          ? ' ANALYZE supervision_record; ANALYZE supervision_record_competence; ANALYZE feedback_record;' +
            ' ANALYZE feedback_request;'
          : ''),
    );
    steps.push({ label: 'ANALYZE', ms: Date.now() - ta });
    return { steps, totalMs: Date.now() - t0, hasRecords, summary: await summarize(c, tenant.id, hasRecords) };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
}

/** Counts and the distribution of active trainees per generated supervisor, for the report. */
async function summarize(c, tenantId, hasRecords) {
  await c.query('BEGIN');
  await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const r = await c.query(
    `WITH per AS (
       SELECT u.email, count(*) FILTER (WHERE c.end_date >= CURRENT_DATE AND c.cancelled_at IS NULL) AS active,
              count(*) AS all_courses
         FROM app_user u JOIN course_supervisor cs ON cs.tenant_id = u.tenant_id AND cs.supervisor_id = u.id
         JOIN course c ON c.tenant_id = cs.tenant_id AND c.id = cs.course_id
        WHERE u.tenant_id = $1 AND u.email LIKE 'bench.vejleder.%'
        GROUP BY u.email)
     SELECT (SELECT count(*) FROM org_unit WHERE tenant_id = $1 AND kind = 'DEPARTMENT') AS departments,
            (SELECT count(*) FROM course WHERE tenant_id = $1 AND end_date >= CURRENT_DATE) AS active_courses,
            (SELECT count(*) FROM course WHERE tenant_id = $1) AS courses,
            (SELECT count(*) FROM app_user WHERE tenant_id = $1) AS users,
            (SELECT count(*) FROM per) AS supervisors,
            (SELECT min(active) FROM per) AS min_trainees,
            (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY active) FROM per) AS median_trainees,
            (SELECT percentile_disc(0.1) WITHIN GROUP (ORDER BY active) FROM per) AS p10_trainees,
            (SELECT percentile_disc(0.9) WITHIN GROUP (ORDER BY active) FROM per) AS p90_trainees,
            (SELECT max(active) FROM per) AS max_trainees
            ${
              hasRecords
                ? `, (SELECT count(*) FROM supervision_record WHERE tenant_id = $1) AS supervision_records,
                   (SELECT count(*) FROM feedback_record WHERE tenant_id = $1) AS feedback_records,
                   (SELECT count(*) FROM supervision_record_competence WHERE tenant_id = $1) AS record_competences,
                   (SELECT count(*) FROM feedback_request WHERE tenant_id = $1) AS feedback_requests,
                   (SELECT min(given_on)::text FROM feedback_record WHERE tenant_id = $1) AS first_record_on`
                : ''
            }`,
    [tenantId],
  );
  await c.query('COMMIT');
  return Object.fromEntries(Object.entries(r.rows[0]).map(([k, v]) => [k, k.endsWith('_on') ? v : Number(v)]));
}

const SETTINGS = ['WARD_ROUND', 'OUTPATIENT_CLINIC', 'SHIFT', 'PROCEDURE', 'CONFERENCE'];
const SUPERVISED = [
  'Stuegang på sengeafsnittet: seks patienter, prioritering og plan for hver',
  'Ambulant samtale med en patient med nydiagnosticeret hjertesvigt',
  'Anlæggelse af pleuradræn under direkte supervision',
  'Vurdering af akut dyspnø i modtagelsen, inkl. A-gas og røntgen af thorax',
  'Fremlæggelse af et kompliceret forløb ved middagskonferencen',
  'Aftenvagt: modtagelse og prioritering af fire indlæggelser',
  'Gennemgang af journaler og epikriser fra ugens udskrivelser',
  'Samtale med pårørende om behandlingsniveau',
];
const NEXT_STEPS = [
  'Øver struktureret overlevering efter ISBAR i næste vagt',
  'Læser op på instruksen for antikoagulation før næste ambulatoriedag',
  'Udfylder kompetencekortet for anamnese med hovedvejlederen',
  'Fører selv samtalen næste gang; vejlederen observerer',
];
const WENT_WELL = [
  'Klar og rolig kommunikation med patienten og god inddragelse af pårørende',
  'God struktur i journalen og relevante differentialdiagnoser',
  'Sikker håndtering af proceduren og god hygiejne undervejs',
  'Prioriterede opgaverne godt i en travl vagt og bad om hjælp i tide',
  'Præcis og kort fremlæggelse ved konferencen',
];
const TO_IMPROVE = [
  'Inddrag sygeplejersken tidligere, når planen lægges',
  'Opsummér til sidst og tjek, at patienten har forstået planen',
  'Tilkald bagvagten tidligere ved tvivl om behandlingsniveau',
  'Vær mere præcis i ordinationerne (dosis, tidspunkt, varighed)',
];
const NEXT_STEP = [
  'Vi gennemgår to journaler sammen på fredag',
  'Du prøver selv næste gang, med mig på sidelinjen',
  'Læs instruksen og tag det op ved næste vejledersamtale',
  'Bed om feedback på den næste procedure, du laver',
];

/**
 * The supervision and feedback records: o.records in all, 60 % feedback and 40 % supervision,
 * shared out over the generated courses by how many of their days lie in the past (an active
 * 24-month course near its end has the most), evenly spaced from the course's start to today or
 * its end. Givers: the hovedvejleder, the second supervisor (every other record) or another doctor
 * of the department (every tenth feedback). Every tenth feedback answers a request of the trainee;
 * every fifth active course has one open request. A supervision record links 0–2 competences of
 * its track's list. Ids of records and requests that other rows point to are derived from (course,
 * number) with md5, shaped as UUID v4, so that no join over a million rows is needed.
 */
async function generateRecords(c, step, P, o) {
  // Bulk load, the usual way: the foreign keys and the plain (non-unique) indexes of the record
  // tables are dropped and added back from their own definitions after the inserts, in the same
  // transaction. Adding a foreign key back checks every row in one pass (instead of one lookup per
  // row per key), so nothing goes unchecked; unique, primary-key and CHECK constraints and
  // row-level security apply to every row as they do in the app.
  const tables = ['feedback_request', 'feedback_record', 'supervision_record', 'supervision_record_competence'];
  const plain = (
    await c.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary
        ORDER BY 1`,
      [tables],
    )
  ).rows;
  const fks = (
    await c.query(
      `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint
        WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)
        ORDER BY 1, 2`,
      [tables],
    )
  ).rows;
  await step(
    `drop ${fks.length} foreign keys`,
    fks.map((f) => `ALTER TABLE ${f.tbl} DROP CONSTRAINT ${f.name};`).join('\n'),
  );
  await step(`drop ${plain.length} plain indexes`, plain.map((i) => `DROP INDEX ${i.name};`).join('\n'));
  const uuidOf = (prefix, k) =>
    `overlay(overlay(md5('${prefix}' || w.course_id::text || ':' || ${k}) placing '4' from 13) placing '8' from 17)::uuid`;
  const feedback = Math.round(o.records * 0.6);
  const supervision = o.records - feedback;
  // Weight = the course's days up to today; lo/hi = its share of the records (cumulative).
  await step(
    'records (plan)',
    `CREATE TEMP TABLE g_cw ON COMMIT DROP AS
     WITH base AS (
       SELECT c.id AS course_id, c.track, c.start_date, c.active, c.n, t.id AS trainee_id,
              cs.main_sup, cs.second_sup, cs.other_doc,
              GREATEST(LEAST(c.end_date, CURRENT_DATE) - c.start_date + 1, 1)::bigint AS days
         FROM g_course c JOIN g_trainee t ON t.active = c.active AND t.n = c.n JOIN g_cs cs ON cs.course_id = c.id),
     cum AS (SELECT *, (sum(days) OVER (ORDER BY course_id))::bigint AS hi, (sum(days) OVER ())::bigint AS total FROM base)
     SELECT course_id, track, start_date, active, n, trainee_id, main_sup, second_sup, other_doc, days,
            ($1::bigint * hi / total - $1::bigint * (hi - days) / total)::int AS n_f,
            ($2::bigint * hi / total - $2::bigint * (hi - days) / total)::int AS n_s
       FROM cum`,
    [feedback, supervision],
  );
  const dayOf = (count) => `w.start_date + ((2 * k + 1) * w.days / (2 * w.${count}))::int`;
  const at = (count, hour) =>
    `(${dayOf(count)})::timestamp + interval '${hour} hours' + (k % 480) * interval '1 minute'`;
  await step(
    'feedback_request: answered',
    `INSERT INTO feedback_request (id, tenant_id, course_id, asked_by_id, supervisor_id, message, state, answered_at,
                                   created_at, updated_at)
     SELECT ${uuidOf('r', 'k')}, ${P('tenant_id')}, w.course_id, w.trainee_id,
            CASE WHEN k % 20 = 3 THEN NULL ELSE w.main_sup END,
            CASE WHEN k % 40 = 3 THEN NULL ELSE ($1::text[])[1 + k % 3] END, 'ANSWERED',
            ${at('n_f', 8)}, ${at('n_f', 7)} - interval '2 days', ${at('n_f', 8)}
       FROM g_cw w CROSS JOIN LATERAL generate_series(0, w.n_f - 1) AS k
      WHERE k % 10 = 3`,
    [
      [
        'Må jeg få feedback på min stuegang i morgen?',
        'Kan du se mig modtage en akut patient i vagten?',
        'Jeg vil gerne have feedback på min fremlæggelse ved konferencen',
      ],
    ],
  );
  await step(
    'feedback_request: open',
    `INSERT INTO feedback_request (id, tenant_id, course_id, asked_by_id, supervisor_id, message, state, created_at,
                                   updated_at)
     SELECT gen_random_uuid(), ${P('tenant_id')}, w.course_id, w.trainee_id,
            CASE WHEN w.n % 10 = 0 THEN NULL ELSE w.main_sup END, 'Må jeg få feedback på en ambulant samtale?', 'OPEN',
            now() - (w.n % 14) * interval '1 day', now() - (w.n % 14) * interval '1 day'
       FROM g_cw w WHERE w.active AND w.n % 5 = 0`,
  );
  await step(
    'feedback_record',
    `INSERT INTO feedback_record (id, tenant_id, course_id, giver_id, given_on, setting, went_well, to_improve,
                                  next_step, request_id, created_at, updated_at)
     SELECT gen_random_uuid(), ${P('tenant_id')}, w.course_id,
            CASE WHEN k % 10 = 9 THEN w.other_doc WHEN k % 2 = 1 AND w.second_sup IS NOT NULL THEN w.second_sup
                 ELSE w.main_sup END,
            ${dayOf('n_f')},
            CASE WHEN k % 7 = 6 THEN NULL ELSE ($1::text[])[1 + k % 5] END,
            ($2::text[])[1 + (k + w.n) % ${WENT_WELL.length}], ($3::text[])[1 + (k * 3 + w.n) % ${TO_IMPROVE.length}],
            ($4::text[])[1 + (k * 7 + w.n) % ${NEXT_STEP.length}],
            CASE WHEN k % 10 = 3 THEN ${uuidOf('r', 'k')} END,
            ${at('n_f', 8)}, ${at('n_f', 8)}
       FROM g_cw w CROSS JOIN LATERAL generate_series(0, w.n_f - 1) AS k
      ORDER BY 5, 11`,
    [SETTINGS, WENT_WELL, TO_IMPROVE, NEXT_STEP],
  );
  await step(
    'supervision_record',
    `INSERT INTO supervision_record (id, tenant_id, course_id, supervisor_id, occurred_on, setting, supervised,
                                     next_steps, created_at, updated_at)
     SELECT ${uuidOf('s', 'k')}, ${P('tenant_id')}, w.course_id,
            CASE WHEN k % 2 = 1 AND w.second_sup IS NOT NULL THEN w.second_sup ELSE w.main_sup END,
            ${dayOf('n_s')}, ($1::text[])[1 + (k + w.n) % 5], ($2::text[])[1 + (k * 5 + w.n) % ${SUPERVISED.length}],
            CASE WHEN k % 4 = 3 THEN NULL ELSE ($3::text[])[1 + (k + w.n) % ${NEXT_STEPS.length}] END,
            ${at('n_s', 10)}, ${at('n_s', 10)}
       FROM g_cw w CROSS JOIN LATERAL generate_series(0, w.n_s - 1) AS k
      ORDER BY 5, 9`,
    [SETTINGS, SUPERVISED, NEXT_STEPS],
  );
  await step(
    'supervision_record_competence',
    `INSERT INTO supervision_record_competence (id, tenant_id, record_id, competence_id)
     SELECT gen_random_uuid(), ${P('tenant_id')}, ${uuidOf('s', 'k')}, comp.id
       FROM g_cw w CROSS JOIN LATERAL generate_series(0, w.n_s - 1) AS k
      CROSS JOIN LATERAL generate_series(1, k % 3) AS m
       JOIN (SELECT l.track, cp.sort_order - 1 AS idx, cp.id
               FROM g_list l JOIN competence cp ON cp.tenant_id = ${P('tenant_id')} AND cp.list_id = l.id) comp
         ON comp.track = w.track AND comp.idx = (k * 7 + m * 5) % 20`,
  );
  await step(`rebuild ${plain.length} plain indexes`, plain.map((i) => `${i.def};`).join('\n'));
  await step(
    `add back and check ${fks.length} foreign keys`,
    fks.map((f) => `ALTER TABLE ${f.tbl} ADD CONSTRAINT ${f.name} ${f.def};`).join('\n'),
  );
}
