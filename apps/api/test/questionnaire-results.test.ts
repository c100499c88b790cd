/**
 * Questionnaire results (issue 7): the anonymous results of a closed round, computed on a small
 * round inserted here with every figure worked out by hand; the ≥ 5 rule (a group of 4 shows
 * nothing, 5 shows; the smallest shown group is hidden too when the hidden ones hold 1–4 answers);
 * the comparison with the previous round; open rounds refused; scope; the indicator feed through
 * the strategy module's service. The demo data (MVH) is checked at the end.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsList, RoundResults } from '@portal/contracts';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { suppress } from '../src/modules/questionnaire-results/questionnaire-results.service.js';
import { configureResultsCache } from '../src/modules/questionnaire-results/results-cache.js';
import {
  createTestApp,
  demoUser,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

const PASSWORD = 'Resultater2026!';
let t: TestApp;
let tenantId = '';
let slug = '';
const u: Record<string, string> = {};
const p: Record<string, string> = {};
const q: Record<string, string> = {};
const r: Record<string, string> = {};
let ec1: LoggedIn; // Tutorcentret of H1 (owner of the questionnaire)

const UPDATED = new Set(['org_unit', 'app_user', 'questionnaire', 'questionnaire_round']);
async function ins(db: pg.Client, table: string, row: Record<string, unknown>): Promise<string> {
  const id = (row.id as string | undefined) ?? randomUUID();
  const full: Record<string, unknown> = { ...row, id, tenant_id: tenantId };
  if (UPDATED.has(table)) full.updated_at = new Date();
  const cols = Object.keys(full);
  await db.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
    cols.map((k) => full[k]),
  );
  return id;
}

/** [unit key, role group, scale values, choice indexes, texts] per result group. */
type G = [string, string, number[], number[], string[]];
const CURRENT: G[] = [
  ['D1', 'TRAINEE', [5, 4, 4, 3, 5, 2], [0, 0, 1, 2, 0, 1], ['Bedre vagtplan', 'Ankomst var god']],
  ['D2', 'SUPERVISOR', [3, 3, 4, 2, 1], [1, 1, 1, 0, 2], ['Zebra tekst']],
  ['D3', 'TRAINEE', [5, 5, 5, 5], [2, 2, 2, 2], ['Hemmelig tekst fra lille afdeling']],
  ['H1', 'EDUCATION_LEADER', [1, 1], [0, 0], []],
];
const PREVIOUS: G[] = [
  ['D1', 'TRAINEE', [3, 3, 2, 4, 3], [0, 0, 0, 1, 2], []],
  ['D2', 'SUPERVISOR', [2, 2, 3, 1, 2], [0, 1, 1, 1, 1], []],
];

async function responses(db: pg.Client, round: string, groups: G[]) {
  for (const [unit, role, scale, choice, texts] of groups) {
    for (const [i, v] of scale.entries()) {
      const resp = await ins(db, 'questionnaire_response', {
        round_id: round,
        group_unit_id: u[unit],
        role_group: role,
      });
      await ins(db, 'questionnaire_answer', { response_id: resp, question_id: q.S1, scale_value: v });
      await ins(db, 'questionnaire_answer', { response_id: resp, question_id: q.C1, choice_index: choice[i] });
      if (texts[i]) await ins(db, 'questionnaire_answer', { response_id: resp, question_id: q.T1, text: texts[i] });
    }
  }
}

async function buildDataSet() {
  const db = await ownerClient();
  try {
    tenantId = randomUUID();
    slug = `testregion-resultater-${tenantId.slice(0, 8)}`;
    await db.query('INSERT INTO tenant (id, slug, name) VALUES ($1, $2, $3)', [
      tenantId,
      slug,
      'Testregion Resultater',
    ]);
    await db.query('BEGIN');
    await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    u.H1 = await ins(db, 'org_unit', { kind: 'HOSPITAL', name: 'Testhospital Et' });
    u.H2 = await ins(db, 'org_unit', { kind: 'HOSPITAL', name: 'Testhospital To' });
    u.D1 = await ins(db, 'org_unit', { kind: 'DEPARTMENT', name: 'Afdeling A', parent_id: u.H1 });
    u.D2 = await ins(db, 'org_unit', { kind: 'DEPARTMENT', name: 'Afdeling B', parent_id: u.H1 });
    u.D3 = await ins(db, 'org_unit', { kind: 'DEPARTMENT', name: 'Afdeling C', parent_id: u.H1 });
    u.D4 = await ins(db, 'org_unit', { kind: 'DEPARTMENT', name: 'Afdeling D', parent_id: u.H2 });
    const hash = await hashPassword(PASSWORD);
    const person = async (key: string, role: string, unit: string | null) => {
      p[key] = await ins(db, 'app_user', {
        email: `${key.toLowerCase()}@resultater.example`,
        name: `Person ${key}`,
        password_hash: hash,
      });
      await ins(db, 'role_assignment', { user_id: p[key], role, scope_unit_id: unit, valid_from: '2020-01-01' });
    };
    await person('EC1', 'EDUCATION_CENTRE', u.H1);
    await person('EC2', 'EDUCATION_CENTRE', u.H2);
    await person('UAO1', 'UAO', u.D1);
    await person('UAO4', 'UAO', u.D4);
    await person('TR', 'TRAINEE', u.D1);
    await person('ADM', 'TENANT_ADMIN', null);

    q.Q = await ins(db, 'questionnaire', {
      owner_unit_id: u.H1,
      title: 'Testskema',
      audience: 'ALL',
      schedule: 'HALF_YEARLY',
    });
    q.S1 = await ins(db, 'questionnaire_question', {
      questionnaire_id: q.Q,
      position: 1,
      kind: 'SCALE',
      text: 'Kender du strategien?',
      scale_min: 1,
      scale_max: 5,
    });
    q.C1 = await ins(db, 'questionnaire_question', {
      questionnaire_id: q.Q,
      position: 2,
      kind: 'CHOICE',
      text: 'Hvor har du hørt om den?',
      options: ['Afdelingen', 'Intranettet', 'Vejlederen'],
    });
    q.T1 = await ins(db, 'questionnaire_question', {
      questionnaire_id: q.Q,
      position: 3,
      kind: 'TEXT',
      text: 'Forslag?',
      required: false,
    });
    const round = (label: string, opens: string, closes: string, state: string) =>
      ins(db, 'questionnaire_round', {
        questionnaire_id: q.Q,
        label,
        opens_on: opens,
        closes_on: closes,
        state,
      });
    r.R1 = await round('2025, 1. halvår', '2025-01-01', '2025-01-31', 'CLOSED');
    r.R2 = await round('2025, 2. halvår', '2025-07-01', '2025-07-31', 'CLOSED');
    r.R3 = await round('2026, 1. halvår', '2026-01-01', '2026-01-31', 'OPEN');
    await responses(db, r.R1, PREVIOUS);
    await responses(db, r.R2, CURRENT);
    await responses(db, r.R3, CURRENT); // an open round with answers: never shown
    for (const [unit, role, recipients, answered] of [
      ['D1', 'TRAINEE', 8, 6],
      ['D2', 'SUPERVISOR', 5, 5],
      ['D3', 'TRAINEE', 9, 4],
      ['H1', 'EDUCATION_LEADER', 3, 2],
    ] as const) {
      await ins(db, 'questionnaire_round_group', {
        round_id: r.R2,
        group_unit_id: u[unit],
        role_group: role,
        recipients,
        answered,
      });
    }
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
}

const as = (key: string) => login(t.app, slug, `${key.toLowerCase()}@resultater.example`, PASSWORD);
const results = async (s: LoggedIn, round: string, groupBy = 'department') =>
  s.agent.get(`/api/questionnaire-results/rounds/${round}?groupBy=${groupBy}`);
const post = (s: LoggedIn, url: string, body: object) => s.agent.post(url).set('x-csrf-token', s.csrf).send(body);

beforeAll(async () => {
  t = createTestApp();
  await buildDataSet();
  ec1 = await as('EC1');
});
afterAll(() => t.close());

describe('the results of a closed round', () => {
  it('computes n, mean, distribution, option counts and sorted texts by hand', async () => {
    const res = await results(ec1, r.R2!);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const b = res.body as RoundResults;
    expect(b.round.label).toBe('2025, 2. halvår');
    expect(b.previousRound?.id).toBe(r.R1);
    expect(b.responses).toBe(17);
    expect(b.overallHidden).toBeNull();
    // 17 of 25 recipients (8 + 5 + 9 + 3).
    expect(b.responseRate).toEqual({ recipients: 25, answered: 17, percent: 68 });
    const [s1, c1, t1] = b.questions;
    // 5+4+4+3+5+2 + 3+3+4+2+1 + 5+5+5+5 + 1+1 = 58; 58/17 = 3.41; 4–5: 4 + 1 + 4 + 0 = 9 of 17.
    expect(s1!.overall).toMatchObject({ hidden: null, n: 17, mean: 3.41, topShare: 52.9 });
    expect(s1!.overall.distribution.map((d) => d.count)).toEqual([3, 2, 3, 3, 6]);
    expect(s1!.overall.distribution[4]).toEqual({ value: 5, count: 6, percent: 35.3 });
    expect(c1!.overall.choices).toEqual([
      { index: 0, count: 6, percent: 35.3 },
      { index: 1, count: 5, percent: 29.4 },
      { index: 2, count: 6, percent: 35.3 },
    ]);
    // Alphabetical, not in the order they came in.
    expect(t1!.overall.texts).toEqual([
      'Ankomst var god',
      'Bedre vagtplan',
      'Hemmelig tekst fra lille afdeling',
      'Zebra tekst',
    ]);
  });

  it('a group of 4 shows no figure and no text; a group of 5 shows', async () => {
    const b = (await results(ec1, r.R2!)).body as RoundResults;
    const names = Object.fromEntries(b.groups.map((g) => [g.key, g]));
    expect(names[u.D1!]).toMatchObject({ name: 'Afdeling A', hidden: null, responses: 6 });
    expect(names[u.D1!]!.responseRate).toEqual({ recipients: 8, answered: 6, percent: 75 });
    expect(names[u.D2!]).toMatchObject({ hidden: null, responses: 5 });
    expect(names[u.D3!]).toEqual({
      key: u.D3,
      name: 'Afdeling C',
      hidden: 'TOO_FEW',
      responses: null,
      responseRate: null,
    });
    // The hospital-level group of 2 is hidden too; together the hidden hold 6, so no more is hidden.
    expect(names[u.H1!]).toMatchObject({ hidden: 'TOO_FEW', responses: null, responseRate: null });
    const [s1, , t1] = b.questions;
    const fig = (qr: typeof s1, key: string) => qr!.groups.find((g) => g.key === key)!.figures;
    expect(fig(s1, u.D2!)).toMatchObject({ hidden: null, n: 5, mean: 2.6, topShare: 20 });
    expect(fig(s1, u.D1!)).toMatchObject({ n: 6, mean: 3.83, topShare: 66.7 });
    expect(fig(s1, u.D3!)).toEqual({
      hidden: 'TOO_FEW',
      n: null,
      mean: null,
      topShare: null,
      distribution: [],
      choices: [],
      texts: [],
    });
    expect(fig(t1, u.D3!).texts).toEqual([]);
    expect(fig(t1, u.D2!).texts).toEqual(['Zebra tekst']);
    expect(JSON.stringify(b.groups)).not.toContain('"responses":4');
  });

  it('hides the smallest shown group too when the hidden ones hold 1–4 answers (no subtracting)', async () => {
    // By role group: trainees 10, supervisors 5, education leaders 2 → 17 − 10 − 5 would give the 2.
    const b = (await results(ec1, r.R2!, 'roleGroup')).body as RoundResults;
    expect(b.groups.map((g) => [g.key, g.hidden, g.responses])).toEqual([
      ['TRAINEE', null, 10],
      ['SUPERVISOR', 'PROTECTS_SMALL_GROUP', null],
      ['EDUCATION_LEADER', 'TOO_FEW', null],
    ]);
    expect(b.questions[0]!.groups.map((g) => g.figures.hidden)).toEqual([null, 'PROTECTS_SMALL_GROUP', 'TOO_FEW']);
    // The rule itself: nothing hidden, 0 hidden answers, or ≥ 5 hidden need no more hiding.
    expect([
      ...suppress(
        new Map([
          ['a', 5],
          ['b', 0],
        ]),
      ).values(),
    ]).toEqual([null, 'TOO_FEW']);
    expect([
      ...suppress(
        new Map([
          ['a', 5],
          ['b', 3],
          ['c', 2],
        ]),
      ).values(),
    ]).toEqual([null, 'TOO_FEW', 'TOO_FEW']);
    expect([
      ...suppress(
        new Map([
          ['a', 7],
          ['b', 6],
          ['c', 1],
        ]),
      ).values(),
    ]).toEqual([null, 'PROTECTS_SMALL_GROUP', 'TOO_FEW']);
  });

  it('by hospital: the owner hospital holds every response', async () => {
    const b = (await results(ec1, r.R2!, 'hospital')).body as RoundResults;
    expect(b.groups).toEqual([
      { key: u.H1, name: 'Testhospital Et', hidden: null, responses: 17, responseRate: expect.any(Object) },
    ]);
  });

  it('compares with the previous closed round and gives the trend', async () => {
    const b = (await results(ec1, r.R2!)).body as RoundResults;
    const [s1, c1, t1] = b.questions;
    // Previous: 3+3+2+4+3 + 2+2+3+1+2 = 25 over 10 = 2.5; 4–5: 1 of 10.
    expect(s1!.comparison).toMatchObject({
      previous: { n: 10, mean: 2.5, topShare: 10 },
      meanChange: 0.91,
      topShareChange: 42.9,
      choiceChanges: null,
    });
    // Previous options: 4, 5, 1 of 10.
    expect(c1!.comparison!.previous.choices.map((c) => c.percent)).toEqual([40, 50, 10]);
    expect(c1!.comparison!.choiceChanges).toEqual([-4.7, -20.6, 25.3]);
    // Per group, the same rule on both sides: D1 3.83 against 3.0, D2 2.6 against 2.0; D3 was not there.
    const change = (key: string) => s1!.groups.find((g) => g.key === key)!.comparison;
    expect(change(u.D1!)).toMatchObject({ previous: { n: 5, mean: 3 }, meanChange: 0.83, topShareChange: 46.7 });
    expect(change(u.D2!)).toMatchObject({ previous: { n: 5, mean: 2 }, meanChange: 0.6, topShareChange: 20 });
    expect(change(u.D3!)).toBeNull();
    // No text was answered in the previous round: the question was not asked then.
    expect(t1!.comparison).toBeNull();
    // The open round is not part of the trend.
    expect(s1!.trend).toEqual([
      { roundId: r.R1, label: '2025, 1. halvår', mean: 2.5, topShare: 10 },
      { roundId: r.R2, label: '2025, 2. halvår', mean: 3.41, topShare: 52.9 },
    ]);
    const first = (await results(ec1, r.R1!)).body as RoundResults;
    expect(first.previousRound).toBeNull();
    expect(first.questions[0]!.comparison).toBeNull();
  });

  it('refuses the results of an open round (409, saying why) and a bad groupBy (400)', async () => {
    const res = await results(ec1, r.R3!);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/closed/);
    const bad = await results(ec1, r.R2!, 'person');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.groupBy');
  });
});

describe('scope', () => {
  it('lists the closed rounds the caller may read', async () => {
    const list = (await ec1.agent.get('/api/questionnaire-results').expect(200)).body as ResultsList;
    expect(list.items.map((i) => [i.title, i.rounds.map((x) => x.id)])).toEqual([['Testskema', [r.R2, r.R1]]]);
    const other = (await (await as('EC2')).agent.get('/api/questionnaire-results').expect(200)).body as ResultsList;
    expect(other.items).toEqual([]);
  });

  it('a UAO of a department of the hospital reads it; Tutorcentret or a UAO of another hospital gets 404', async () => {
    const uao = await as('UAO1');
    const ok = await results(uao, r.R2!);
    expect(ok.status).toBe(200);
    expect(ok.body.coverage).toBe('hospitals');
    expect(ok.body.responses).toBe(17);
    for (const key of ['EC2', 'UAO4']) {
      const res = await results(await as(key), r.R2!);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    const admin = await results(await as('ADM'), r.R2!);
    expect(admin.body.coverage).toBe('region');
  });

  it('a trainee gets 403; another tenant’s Tutorcentret gets 404', async () => {
    expect((await results(await as('TR'), r.R2!)).status).toBe(403);
    const other = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'EDUCATION_CENTRE'));
    const res = await results(other, r.R2!);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('Testskema');
  });
});

describe('a region-wide questionnaire', () => {
  it('a hospital’s reader sees only the groups of their hospital; the admin sees all', async () => {
    const db = await ownerClient();
    try {
      await db.query('BEGIN');
      await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      const qid = await ins(db, 'questionnaire', { title: 'Regionsskema', audience: 'ALL', schedule: 'ONCE' });
      const sid = await ins(db, 'questionnaire_question', {
        questionnaire_id: qid,
        position: 1,
        kind: 'SCALE',
        text: 'Trives du?',
        scale_min: 1,
        scale_max: 5,
      });
      q.RQ = qid;
      r.RR = await ins(db, 'questionnaire_round', {
        questionnaire_id: qid,
        label: 'Region 2025',
        opens_on: '2025-03-01',
        closes_on: '2025-03-31',
        state: 'CLOSED',
      });
      for (const [unit, values] of [
        ['D1', [5, 5, 4, 4, 2]],
        ['D4', [1, 1, 2, 2, 1, 3]],
      ] as const) {
        for (const v of values) {
          const resp = await ins(db, 'questionnaire_response', {
            round_id: r.RR,
            group_unit_id: u[unit],
            role_group: 'TRAINEE',
          });
          await ins(db, 'questionnaire_answer', { response_id: resp, question_id: sid, scale_value: v });
        }
      }
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    const uao = (await results(await as('UAO1'), r.RR!)).body as RoundResults;
    expect(uao.coverage).toBe('hospitals');
    expect(uao.responses).toBe(5);
    expect(uao.groups.map((g) => g.key)).toEqual([u.D1]);
    expect(uao.questions[0]!.overall).toMatchObject({ n: 5, mean: 4 });
    const ec2 = (await results(await as('EC2'), r.RR!)).body as RoundResults;
    expect(ec2.groups.map((g) => g.key)).toEqual([u.D4]);
    expect(ec2.questions[0]!.overall).toMatchObject({ n: 6, mean: 1.67 });
    const adm = (await results(await as('ADM'), r.RR!)).body as RoundResults;
    expect(adm.responses).toBe(11);
    // (20 + 10) / 11 = 2.73
    expect(adm.questions[0]!.overall.mean).toBe(2.73);
  });
});

describe('the cache of closed rounds (RESULTS_CACHE_SECONDS)', () => {
  it('serves each caller their own view from the cache, never a wider one', async () => {
    const cached = createTestApp({ RESULTS_CACHE_SECONDS: '600' });
    try {
      const asCached = (key: string) => login(cached.app, slug, `${key.toLowerCase()}@resultater.example`, PASSWORD);
      // The widest view first, so that it is in the cache when the narrower readers ask.
      const adm = (await results(await asCached('ADM'), r.RR!)).body as RoundResults;
      expect(adm.responses).toBe(11);
      const uao = (await results(await asCached('UAO1'), r.RR!)).body as RoundResults;
      expect(uao.groups.map((g) => g.key)).toEqual([u.D1]);
      expect(uao.questions[0]!.overall).toMatchObject({ n: 5, mean: 4 });
      const ec2 = (await results(await asCached('EC2'), r.RR!)).body as RoundResults;
      expect(ec2.groups.map((g) => g.key)).toEqual([u.D4]);
      expect(ec2.questions[0]!.overall).toMatchObject({ n: 6, mean: 1.67 });

      // It is the cache that answers: a response slipped into the closed round behind the API's
      // back (the API never adds one to a closed round) shows without the cache, not with it.
      const db = await ownerClient();
      try {
        await db.query('BEGIN');
        await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
        await ins(db, 'questionnaire_response', { round_id: r.RR, group_unit_id: u.D1, role_group: 'TRAINEE' });
        await db.query('COMMIT');
      } finally {
        await db.end();
      }
      expect(((await results(await asCached('ADM'), r.RR!)).body as RoundResults).responses).toBe(11);
      configureResultsCache(0); // the cache is per process: off again for every other test
      expect(((await results(await asCached('ADM'), r.RR!)).body as RoundResults).responses).toBe(12);
    } finally {
      configureResultsCache(0);
      await cached.close();
    }
  });
});

describe('feeding a strategy indicator', () => {
  async function indicator(valueType = 'PERCENT') {
    const s = await post(ec1, '/api/strategies', {
      title: 'Teststrategi',
      description: '',
      unitId: u.H1,
      periodStart: '2025-01-01',
      periodEnd: '2026-12-31',
      greenThreshold: 90,
      amberThreshold: 75,
    }).expect(201);
    const th = await post(ec1, `/api/strategies/${s.body.id}/themes`, {
      title: 'Tema',
      description: '',
      sortOrder: 0,
    }).expect(201);
    const ini = await post(ec1, `/api/strategies/${s.body.id}/initiatives`, {
      themeId: th.body.id,
      title: 'Kendskab',
      description: '',
      ownerText: 'Uddannelsesrådet',
      deadline: null,
      appliesPer: 'STRATEGY',
      stateSource: 'STATUS',
      sortOrder: 0,
    }).expect(201);
    const ind = await post(ec1, `/api/strategies/${s.body.id}/initiatives/${ini.body.id}/indicators`, {
      title: 'Andel 4–5',
      kind: 'MANUAL',
      computedKey: null,
      valueType,
      target: 60,
      direction: 'AT_LEAST',
      sortOrder: 0,
    }).expect(201);
    return { strategyId: s.body.id as string, indicatorId: ind.body.id as string };
  }

  it('records the share answering 4–5 through the strategy service, audited, and shows it on the dashboard', async () => {
    const target = await indicator();
    const targets = (await ec1.agent.get('/api/questionnaire-results/indicator-targets').expect(200)).body;
    expect(targets.items.map((x: { indicatorId: string }) => x.indicatorId)).toContain(target.indicatorId);
    const res = await post(ec1, `/api/questionnaire-results/rounds/${r.R2}/indicator-value`, {
      questionId: q.S1,
      measure: 'TOP_SHARE',
      ...target,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.value).toBe(52.9);
    expect(res.body.note).toContain('Testskema');
    expect(res.body.note).toContain('2025, 2. halvår');
    const dash = (await ec1.agent.get(`/api/strategies/${target.strategyId}/dashboard?asOf=2025-12-31`).expect(200))
      .body;
    expect(dash.initiatives[0].indicators[0]).toMatchObject({ value: 52.9, measuredOn: '2025-07-31' });
    const db = await ownerClient();
    try {
      await db.query('BEGIN');
      await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      const audit = await db.query<{ action: string }>(
        'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY action',
        [res.body.id],
      );
      expect(audit.rows.map((x) => x.action)).toEqual([
        'questionnaire-results.indicator-feed',
        'strategy.indicator-value.create',
      ]);
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    // The mean instead.
    const mean = await post(ec1, `/api/questionnaire-results/rounds/${r.R2}/indicator-value`, {
      questionId: q.S1,
      measure: 'MEAN',
      measuredOn: '2025-08-01',
      ...target,
    }).expect(201);
    expect(mean.body.value).toBe(3.41);
  });

  it('refuses without strategy:manage (403), a text question (400), an open round (409)', async () => {
    const target = await indicator();
    const uao = await as('UAO1');
    const denied = await post(uao, `/api/questionnaire-results/rounds/${r.R2}/indicator-value`, {
      questionId: q.S1,
      measure: 'MEAN',
      ...target,
    });
    expect(denied.status).toBe(403);
    expect((await uao.agent.get('/api/questionnaire-results/indicator-targets').expect(200)).body.items).toEqual([]);
    const text = await post(ec1, `/api/questionnaire-results/rounds/${r.R2}/indicator-value`, {
      questionId: q.T1,
      measure: 'MEAN',
      ...target,
    });
    expect(text.status).toBe(400);
    expect(text.body.errors[0].path).toBe('body.questionId');
    const open = await post(ec1, `/api/questionnaire-results/rounds/${r.R3}/indicator-value`, {
      questionId: q.S1,
      measure: 'MEAN',
      ...target,
    });
    expect(open.status).toBe(409);
  });
});

describe('the MVH demo questionnaire', () => {
  it('four closed rounds, awareness rising, Børne- og Ungeafdelingen hidden, counts consistent', async () => {
    const tc = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'EDUCATION_CENTRE'));
    const list = (await tc.agent.get('/api/questionnaire-results').expect(200)).body as ResultsList;
    const mvh = list.items.find((i) => i.title === 'Kendskab til og effekt af uddannelsesstrategien')!;
    expect(mvh.rounds.map((x) => x.label)).toEqual([
      '2026, 1. halvår',
      '2025, 2. halvår',
      '2025, 1. halvår',
      '2024, 2. halvår',
    ]);
    const b = (await results(tc, mvh.rounds[0]!.id)).body as RoundResults;
    const trend = b.questions[0]!.trend.map((x) => x.mean!);
    for (let i = 1; i < trend.length; i++) expect(trend[i]!).toBeGreaterThan(trend[i - 1]!);
    const paed = b.groups.find((g) => g.name === 'Børne- og Ungeafdelingen, Holbæk')!;
    expect(paed.hidden).toBe('TOO_FEW');
    expect(b.groups.filter((g) => g.hidden === null).length).toBe(4);
    expect(b.responseRate!.answered).toBe(b.responses);
    expect(b.questions[0]!.comparison!.meanChange).toBeGreaterThan(0);
  });
});
