import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, todayInDenmark, type EvaluationOverview, type TutorOverview } from '@portal/contracts';
import { withTenant } from '../src/lib/db.js';
import { computeIndicator } from '../src/modules/indicators/indicator-service.js';
import { createTestApp, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let peter: LoggedIn; // AMU, gp-syd
let mads: LoggedIn; // AMU, gp-nord
let thomas: LoggedIn; // regional administrator
let tenantId: string;
const units: Record<string, string> = {};
const today = todayInDenmark();

const csrf = (s: LoggedIn, r: ReturnType<LoggedIn['agent']['post']>) => r.set('x-csrf-token', s.csrf);
const post = (s: LoggedIn, path: string, body: object) => csrf(s, s.agent.post(path)).send(body);
const put = (s: LoggedIn, path: string, body: object) => csrf(s, s.agent.put(path)).send(body);
const overview = async (s: LoggedIn, area: string) =>
  (await s.agent.get(`/api/gp-areas/${area}/tutors`).expect(200)).body as TutorOverview;
const evaluations = async (s: LoggedIn, area: string) =>
  (await s.agent.get(`/api/gp-areas/${area}/evaluations`).expect(200)).body as EvaluationOverview;
const file = (name: string, csv: string) => ({
  fileName: name,
  contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
});
const requirements = { courseCompleted: false, courseCompletedOn: null, yearsAsGp: 6, yearsInPractice: 4, notes: null };

async function scoreCount(): Promise<number> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM evaluation_score WHERE tenant_id = $1', [
      tenantId,
    ]);
    await c.query('COMMIT');
    return r.rows[0]!.n;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  t = createTestApp();
  peter = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
  mads = await login(t.app, HOVEDSTADEN, 'mads.winther@regionh.dk');
  thomas = await login(t.app, HOVEDSTADEN, 'thomas.krogh@regionh.dk');
  tenantId = peter.me.tenant.id;
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await c.query<{ id: string; name: string }>(
      `SELECT id, name FROM org_unit WHERE tenant_id = $1 AND kind IN ('GP_AREA', 'PRACTICE', 'DEPARTMENT')`,
      [tenantId],
    );
    for (const u of r.rows) units[u.name] = u.id;
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
});
afterAll(() => t.close());

const SYD = () => units['Almen praksis, Område Syd']!;
const NORD = () => units['Almen praksis, Område Nord']!;

describe('scope', () => {
  it('the AMU of gp-syd sees gp-syd; gp-nord answers 404; the administrator sees both', async () => {
    const syd = await overview(peter, SYD());
    expect(syd.area.name).toBe('Almen praksis, Område Syd');
    expect(syd.practices.map((p) => p.name)).toEqual([
      'Hvidovre Lægehus',
      'Lægerne på Amagerbrogade',
      'Valby Lægecenter',
    ]);
    const res = await peter.agent.get(`/api/gp-areas/${NORD()}/tutors`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await peter.agent.get(`/api/gp-areas/${NORD()}/evaluations`).expect(404);
    await overview(thomas, NORD());
    await overview(thomas, SYD());
  });

  it('Mads Winther (gp-nord) sees none of gp-syd: its pages, records and writes answer 404', async () => {
    await mads.agent.get(`/api/gp-areas/${SYD()}/tutors`).expect(404);
    await mads.agent.get(`/api/gp-areas/${SYD()}/evaluations`).expect(404);
    const syd = await overview(peter, SYD());
    const kristian = syd.practices.flatMap((p) => p.tutorDoctors).find((d) => d.gp.name === 'Kristian Bundgaard')!;
    // Through his own area the gp-syd record is not found either.
    const r1 = await post(mads, `/api/gp-areas/${NORD()}/tutor-doctors/${kristian.id}/decision`, {
      decision: 'REJECTED',
      decidedOn: today,
      version: kristian.version,
    });
    expect(r1.status).toBe(404);
    const r2 = await post(mads, `/api/gp-areas/${SYD()}/practices/${syd.practices[0]!.id}/programme-versions`, {
      summary: 'x',
      body: null,
      fileName: null,
      submittedOn: today,
    });
    expect(r2.status).toBe(404);
    const r3 = await post(mads, `/api/gp-areas/${NORD()}/practices/${syd.practices[0]!.id}/recruitment`, {
      stage: 'CONTACTED',
      changedOn: today,
      note: null,
      nextStep: null,
      nextStepOn: null,
      version: null,
    });
    expect(r3.status).toBe(404);
    const nord = await overview(mads, NORD());
    expect(JSON.stringify(nord)).not.toContain(kristian.id);
  });

  it('Peter Juhl gets 404 on a gp-nord tutor doctor, also through his own area', async () => {
    const nord = await overview(thomas, NORD());
    const gp = nord.candidates.find((c) => c.name === 'Bo Rasmussen')!;
    const created = await post(thomas, `/api/gp-areas/${NORD()}/tutor-doctors`, {
      ...requirements,
      gpId: gp.id,
      newGp: null,
    }).expect(201);
    const upd = { ...requirements, version: created.body.version };
    expect((await put(peter, `/api/gp-areas/${NORD()}/tutor-doctors/${created.body.id}`, upd)).status).toBe(404);
    expect((await put(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${created.body.id}`, upd)).status).toBe(404);
    // A GP of gp-nord cannot be made a tutor doctor of gp-syd.
    const other = nord.candidates.find((c) => c.name === 'Carsten Aagaard')!;
    const r = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      gpId: other.id,
      newGp: null,
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toBe('body.gpId');
  });
});

describe('tutor doctors', () => {
  it('refuses approval without a completed tutor course (400, field error), approves once it is recorded', async () => {
    const syd = await overview(peter, SYD());
    const valby = syd.practices.find((p) => p.name === 'Valby Lægecenter')!;
    // A GP not yet in the register is added with the candidate.
    const created = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      gpId: null,
      newGp: { practiceId: valby.id, name: 'Ida Kjær', email: null, authorisationId: 'TP9Z1', settledOn: '2019-05-01' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ decision: 'PENDING', gp: { name: 'Ida Kjær' }, practiceId: valby.id });
    const id = created.body.id as string;

    const refused = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${id}/decision`, {
      decision: 'APPROVED',
      decidedOn: today,
      version: 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.courseCompleted']);

    // A course date without a completed course is refused.
    const bad = await put(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${id}`, {
      ...requirements,
      courseCompletedOn: '2026-10-01',
      version: 1,
    });
    expect(bad.status).toBe(400);

    const upd = await put(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${id}`, {
      ...requirements,
      courseCompleted: true,
      courseCompletedOn: '2026-10-01',
      version: 1,
    }).expect(200);
    expect(upd.body.version).toBe(2);

    // A stale version answers 409 and changes nothing.
    const stale = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${id}/decision`, {
      decision: 'APPROVED',
      decidedOn: today,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');

    const ok = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors/${id}/decision`, {
      decision: 'APPROVED',
      decidedOn: today,
      version: 2,
    }).expect(200);
    expect(ok.body).toMatchObject({
      decision: 'APPROVED',
      decidedOn: today,
      decidedBy: 'Peter Juhl',
      reapprovalDueOn: addYears(today, 3),
      current: true,
    });
    const after = await overview(peter, SYD());
    expect(after.practices.find((p) => p.id === valby.id)!.isTutorPractice).toBe(true);
    expect(after.candidates.map((c) => c.name)).not.toContain('Ida Kjær');
  });

  it('validates the body: a GP of the register or a new one (exactly one), bad authorisation ID, unknown fields', async () => {
    const both = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      gpId: null,
      newGp: null,
    });
    expect(both.status).toBe(400);
    expect(both.body.errors[0].path).toBe('body.gpId');
    const badAuth = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      gpId: null,
      newGp: { practiceId: units['Valby Lægecenter'], name: 'X', email: null, authorisationId: 'x!', settledOn: null },
    });
    expect(badAuth.status).toBe(400);
    expect(badAuth.body.errors[0].path).toBe('body.newGp.authorisationId');
    const extra = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      gpId: null,
      newGp: null,
      x: 1,
    });
    expect(extra.status).toBe(400);
    const years = await post(peter, `/api/gp-areas/${SYD()}/tutor-doctors`, {
      ...requirements,
      yearsAsGp: 99,
      gpId: null,
      newGp: null,
    });
    expect(years.body.errors.map((e: { path: string }) => e.path)).toContain('body.yearsAsGp');
  });

  it('the re-approval list shows the overdue programme of Hvidovre Lægehus', async () => {
    const syd = await overview(peter, SYD());
    const hvidovre = syd.due.find((d) => d.practiceName === 'Hvidovre Lægehus' && d.kind === 'PROGRAMME')!;
    expect(hvidovre).toMatchObject({ dueOn: '2026-06-01', overdue: today > '2026-06-01' });
  });
});

describe('recruitment and programme versions', () => {
  it('records stage changes with dated notes; a second "first" stage or a stale version is 409', async () => {
    const practice = units['Hvidovre Lægehus']!;
    const path = `/api/gp-areas/${SYD()}/practices/${practice}/recruitment`;
    const syd = await overview(peter, SYD());
    const rec = syd.practices.find((p) => p.id === practice)!.recruitment!;
    expect(rec.stage).toBe('APPROVED');
    const first = await post(peter, path, {
      stage: 'PAUSED',
      changedOn: today,
      note: 'Pause under ombygning.',
      nextStep: 'Genoptag efter ombygning',
      nextStepOn: '2027-03-01',
      version: null,
    });
    expect(first.status).toBe(409);
    const ok = await post(peter, path, {
      stage: 'PAUSED',
      changedOn: today,
      note: 'Pause under ombygning.',
      nextStep: 'Genoptag efter ombygning',
      nextStepOn: '2027-03-01',
      version: rec.version,
    }).expect(201);
    expect(ok.body).toMatchObject({ stage: 'PAUSED', nextStepOn: '2027-03-01', version: rec.version + 1 });
    expect(ok.body.events[0]).toMatchObject({
      stage: 'PAUSED',
      note: 'Pause under ombygning.',
      changedBy: 'Peter Juhl',
    });
    expect(ok.body.events).toHaveLength(rec.events.length + 1);
    const stale = await post(peter, path, {
      ...ok.body.events[0],
      nextStep: null,
      nextStepOn: null,
      version: rec.version,
    });
    expect(stale.status).toBe(400); // unknown keys (id, changedBy) are refused before anything else
    const stale2 = await post(peter, path, {
      stage: 'APPROVED',
      changedOn: today,
      note: null,
      nextStep: null,
      nextStepOn: null,
      version: rec.version,
    });
    expect(stale2.status).toBe(409);
    const bad = await post(peter, path, {
      stage: 'MAYBE',
      changedOn: today,
      note: null,
      nextStep: null,
      nextStepOn: null,
      version: 2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.stage');
  });

  it('adds versions with the next number, approves once with a re-approval date; approval before submission is 400', async () => {
    const practice = units['Hvidovre Lægehus']!;
    const v = await post(peter, `/api/gp-areas/${SYD()}/practices/${practice}/programme-versions`, {
      summary: 'Revideret program 2026',
      body: 'Fast supervision tirsdag og torsdag.',
      fileName: 'program-2026.pdf',
      submittedOn: today,
    }).expect(201);
    expect(v.body).toMatchObject({ number: 2, approvedOn: null, reapprovalDueOn: null });
    const early = await post(peter, `/api/gp-areas/${SYD()}/programme-versions/${v.body.id}/approval`, {
      approvedOn: '2020-01-01',
      version: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].path).toBe('body.approvedOn');
    const ok = await post(peter, `/api/gp-areas/${SYD()}/programme-versions/${v.body.id}/approval`, {
      approvedOn: today,
      version: 1,
    }).expect(200);
    expect(ok.body).toMatchObject({ approvedOn: today, approvedBy: 'Peter Juhl', reapprovalDueOn: addYears(today, 3) });
    const again = await post(peter, `/api/gp-areas/${SYD()}/programme-versions/${v.body.id}/approval`, {
      approvedOn: today,
      version: 2,
    });
    expect(again.status).toBe(409);
    const syd = await overview(peter, SYD());
    const p = syd.practices.find((x) => x.id === practice)!;
    expect(p.programmeVersions.map((x) => x.number)).toEqual([2, 1]);
    expect(p.currentProgrammeId).toBe(v.body.id);
    // The old version is kept unchanged (append-only).
    expect(p.programmeVersions[1]).toMatchObject({ approvedOn: '2023-06-01', reapprovalDueOn: '2026-06-01' });
    const fileName = await post(peter, `/api/gp-areas/${SYD()}/practices/${practice}/programme-versions`, {
      summary: 'x',
      body: null,
      fileName: '../etc/passwd',
      submittedOn: today,
    });
    expect(fileName.status).toBe(400);
  });

  it('settings: the re-approval period is configurable per area (version 0 = defaults; stale = 409)', async () => {
    const s = (await overview(thomas, NORD())).settings;
    expect(s).toEqual({ evaluationThreshold: 3.5, reapprovalYears: 3, version: 0 });
    const saved = await put(thomas, `/api/gp-areas/${NORD()}/tutor-settings`, {
      evaluationThreshold: 3.8,
      reapprovalYears: 2,
      version: 0,
    }).expect(200);
    expect(saved.body).toEqual({ evaluationThreshold: 3.8, reapprovalYears: 2, version: 1 });
    const stale = await put(thomas, `/api/gp-areas/${NORD()}/tutor-settings`, {
      evaluationThreshold: 3.5,
      reapprovalYears: 3,
      version: 0,
    });
    expect(stale.status).toBe(409);
    const nord = await overview(thomas, NORD());
    const gp = nord.candidates.find((c) => c.name === 'Carsten Aagaard')!;
    const d = await post(thomas, `/api/gp-areas/${NORD()}/tutor-doctors`, {
      ...requirements,
      courseCompleted: true,
      courseCompletedOn: '2026-01-10',
      gpId: gp.id,
      newGp: null,
    }).expect(201);
    const ok = await post(thomas, `/api/gp-areas/${NORD()}/tutor-doctors/${d.body.id}/decision`, {
      decision: 'APPROVED',
      decidedOn: today,
      version: 1,
    }).expect(200);
    expect(ok.body.reapprovalDueOn).toBe(addYears(today, 2));
    expect(ok.body.decidedBy).toBe('Thomas Krogh');
  });
});

describe('evaluation import', () => {
  const header = 'Uddannelsessted;Periode;Spørgsmål;Score;N\n';
  const good =
    header +
    'Valby Lægecenter;2030-1;Supervision;4,0;4\n' +
    'Valby Lægecenter;2030H1;Introduktion;4,2;4\n' +
    'Valby Lægecenter;2030-2;Supervision;3,6;5\n' +
    'valby lægecenter;2030-2;Introduktion;3.6;5\n' +
    'AHH / Ortopædkirurgisk Afdeling;2030-1;Supervision;3,4;6\n' +
    'Ortopædkirurgisk Afdeling;2030-1;Introduktion;3,5;6\n' +
    'Ortopædkirurgisk Afdeling;2030-2;Supervision;3,5;6\n' +
    'Ortopædkirurgisk Afdeling;2030-2;Introduktion;3,5;6\n';

  it('a file with one malformed row is refused with that row’s error and writes nothing', async () => {
    const bad = header + 'Valby Lægecenter;2030-1;Supervision;4,0;4\nValby Lægecenter;2030-3;Introduktion;6;0\n';
    const before = await scoreCount();
    const preview = await post(peter, `/api/gp-areas/${SYD()}/evaluations/preview`, file('bad.csv', bad)).expect(200);
    expect(preview.body).toMatchObject({ errorCount: 1, canCommit: false });
    expect(preview.body.rows[0].errors).toEqual([]);
    expect(preview.body.rows[1].row).toBe(3);
    expect(preview.body.rows[1].errors.map((e: { column: string }) => e.column)).toEqual(['period', 'score', 'n']);
    const commit = await post(peter, `/api/gp-areas/${SYD()}/evaluations/commit`, file('bad.csv', bad));
    expect(commit.status).toBe(400);
    expect(commit.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'rows.3.period',
      'rows.3.score',
      'rows.3.n',
    ]);
    expect(await scoreCount()).toBe(before);
  });

  it('unknown placements, a practice of another area and duplicate rows are row errors; a missing column is a file error', async () => {
    const csv =
      header +
      'Lægehuset i Hillerød;2030-1;Supervision;4;3\n' +
      'Ukendt Sted;2030-1;Supervision;4;3\n' +
      'Valby Lægecenter;2030-1;Supervision;4;3\n' +
      'Valby Lægecenter;2030-1;Supervision;4;3\n';
    const p = await post(peter, `/api/gp-areas/${SYD()}/evaluations/preview`, file('x.csv', csv)).expect(200);
    expect(p.body.rows.map((r: { errors: unknown[] }) => r.errors.length)).toEqual([1, 1, 0, 1]);
    expect(p.body.rows[3].errors[0].message).toContain('række 4');
    const missing = await post(
      peter,
      `/api/gp-areas/${SYD()}/evaluations/preview`,
      file('x.csv', 'Uddannelsessted;Periode\nA;2030-1\n'),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].code).toBe('MISSING_COLUMN');
  });

  it('a good file commits; re-importing it replaces (said in the preview); the flags are computed as by hand', async () => {
    const c = await post(peter, `/api/gp-areas/${SYD()}/evaluations/commit`, file('good.csv', good));
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ rowCount: 8, replacedCount: 0 });
    const again = await post(peter, `/api/gp-areas/${SYD()}/evaluations/preview`, file('good.csv', good)).expect(200);
    expect(again.body).toMatchObject({ errorCount: 0, replaceCount: 8, canCommit: true });
    const before = await scoreCount();
    await post(peter, `/api/gp-areas/${SYD()}/evaluations/commit`, file('good.csv', good)).expect(201);
    expect(await scoreCount()).toBe(before);

    const ev = await evaluations(peter, SYD());
    expect(ev.threshold).toBe(3.5);
    expect(ev.imports[0]).toMatchObject({
      fileName: 'good.csv',
      rowCount: 8,
      replacedCount: 8,
      importedBy: 'Peter Juhl',
    });
    const of = (name: string, period: string) =>
      ev.results.find((r) => r.placementName === name && r.period === period)!;
    // Valby: 2030-1 mean (4.0 + 4.2) / 2 = 4.10; 2030-2 mean 3.60: a drop of 0.50 ≥ 0.5, not below 3.5.
    expect(of('Valby Lægecenter', '2030-1')).toMatchObject({ mean: 4.1, questions: 2, respondents: 8, reasons: [] });
    expect(of('Valby Lægecenter', '2030-2')).toMatchObject({
      mean: 3.6,
      previousPeriod: '2030-1',
      previousMean: 4.1,
      reasons: ['DROP'],
    });
    // Ortopædkirurgisk: 2030-1 mean (3.4 + 3.5) / 2 = 3.45 < 3.5; 2030-2 mean 3.50: neither below nor a drop.
    expect(of('AHH / Ortopædkirurgisk Afdeling', '2030-1')).toMatchObject({ mean: 3.45, reasons: ['BELOW_THRESHOLD'] });
    expect(of('AHH / Ortopædkirurgisk Afdeling', '2030-2')).toMatchObject({ mean: 3.5, reasons: [] });
    // The demo import: Hvidovre Lægehus fell from 4.10 to 3.50.
    expect(of('Hvidovre Lægehus', '2026-1')).toMatchObject({ mean: 3.5, previousMean: 4.1, reasons: ['DROP'] });
    expect(of('Lægerne på Amagerbrogade', '2026-1').reasons).toEqual([]);
  });

  it('a follow-up note per flag, with OPEN/DONE and 409 on a stale version', async () => {
    const path = `/api/gp-areas/${SYD()}/evaluation-follow-ups`;
    const body = {
      placementId: units['Valby Lægecenter'],
      period: '2030-2',
      note: 'Samtale med tutorlægen om supervision.',
      notedOn: today,
      state: 'OPEN',
      version: null,
    };
    const created = await put(peter, path, body).expect(200);
    expect(created.body).toMatchObject({ state: 'OPEN', version: 1 });
    expect((await put(peter, path, body)).status).toBe(409);
    const done = await put(peter, path, { ...body, state: 'DONE', version: 1 }).expect(200);
    expect(done.body).toMatchObject({ state: 'DONE', version: 2 });
    expect((await put(peter, path, { ...body, state: 'OPEN', version: 1 })).status).toBe(409);
    const ev = await evaluations(peter, SYD());
    const r = ev.results.find((x) => x.placementId === units['Valby Lægecenter'] && x.period === '2030-2')!;
    expect(r.followUp).toMatchObject({ state: 'DONE', note: body.note });
    // No result for the placement-period: 404; Mads may not write in gp-syd.
    expect((await put(peter, path, { ...body, period: '2031-1' })).status).toBe(404);
    expect((await put(mads, path, body)).status).toBe(404);
  });
});

describe('indicator TUTOR_PRACTICES_APPROVED_PROGRAMME', () => {
  const compute = (to: string, unitIds: (string | null)[]) =>
    withTenant(t.db, tenantId, (tx) =>
      computeIndicator({ tx, tenantId }, 'TUTOR_PRACTICES_APPROVED_PROGRAMME', { unitIds, from: '2020-01-01', to }),
    );
  const triple = (r: { numerator: number; denominator: number | null; value: number | null }) => [
    r.numerator,
    r.denominator,
    r.value,
  ];

  it('counts tutor practices at `to` whose programme has an approved version not past re-approval', async () => {
    // Demo data of gp-syd (later writes in these tests are dated today, after every `to` below):
    // Amagerbrogade: tutor doctor approved 2024-03-01 (due 2027-03-01), programme v2 approved
    // 2024-03-01 (due 2027-03-01). Hvidovre: tutor doctor approved 2024-06-01 (due 2027-06-01),
    // programme v1 approved 2023-06-01 (due 2026-06-01). Valby: candidate only.
    const amager = units['Lægerne på Amagerbrogade']!;
    const hvidovre = units['Hvidovre Lægehus']!;
    // 2026-07-01: both are tutor practices; Hvidovre's programme is past re-approval → 1 / 2.
    const july = await compute('2026-07-01', [SYD(), amager, hvidovre, NORD(), null]);
    expect(july.map(triple)).toEqual([
      [1, 2, 50],
      [1, 1, 100],
      [0, 1, 0],
      [0, 0, null],
      [1, 2, 50],
    ]);
    // 2026-05-01: Hvidovre's programme is still valid → 2 / 2.
    const may = await compute('2026-05-01', [SYD()]);
    expect(may.map(triple)).toEqual([[2, 2, 100]]);
    // 2024-04-01: Hvidovre's tutor doctor is not approved yet → only Amagerbrogade, 1 / 1.
    const y2024 = await compute('2024-04-01', [SYD()]);
    expect(y2024.map(triple)).toEqual([[1, 1, 100]]);
  });

  it('is left off a department’s panel and shown for a GP area', async () => {
    const dept = await thomas.agent.get(`/api/indicators?unitId=${units['Ortopædkirurgisk Afdeling']}`).expect(200);
    expect(dept.body.indicators.map((i: { key: string }) => i.key)).not.toContain('TUTOR_PRACTICES_APPROVED_PROGRAMME');
    const region = await thomas.agent.get('/api/indicators').expect(200);
    expect(region.body.indicators.map((i: { key: string }) => i.key)).toContain('TUTOR_PRACTICES_APPROVED_PROGRAMME');
  });
});
