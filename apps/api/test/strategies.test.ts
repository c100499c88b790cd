import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IndicatorResult, StrategyDashboard, StrategyList } from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';
import { snapshotAllTenants } from '../src/modules/strategies/snapshot-job.js';
import type * as IndicatorService from '../src/modules/indicators/indicator-service.js';

// computeIndicator is the indicators module's (it throws until that module lands). Tests that need
// computed values set `computed.impl`; every other call goes to the real function.
const computed = vi.hoisted(() => ({
  impl: null as
    | null
    | ((key: string, scopes: { unitIds: readonly (string | null)[]; from: string; to: string }) => IndicatorResult[]),
  calls: 0,
}));
vi.mock('../src/modules/indicators/indicator-service.js', async (importOriginal) => {
  const orig = await importOriginal<typeof IndicatorService>();
  return {
    ...orig,
    computeIndicator: async (...a: Parameters<typeof orig.computeIndicator>) => {
      computed.calls++;
      return computed.impl ? computed.impl(a[1], a[2]) : orig.computeIndicator(...a);
    },
  };
});

let t: TestApp;
let camilla: LoggedIn; // Uddannelsessekretariatet MVH (strategy:manage for MVH)
let susanne: LoggedIn; // cheflæge Medicinsk Afdeling, Holbæk (strategy:read)
let freja: LoggedIn; // UKYL, member of MVH's Uddannelsesråd (no strategy:read)
let emma: LoggedIn; // KBU trainee, no council
let kasper: LoggedIn; // regional administrator, Region Sjælland
let karen: LoggedIn; // Tutorcentret AHH (the other tenant)
const units: Record<string, string> = {};
let sjTenant = '';

async function unitIds(slug: string) {
  const c = await ownerClient();
  try {
    const tenant = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0]!.id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const rows = (await c.query<{ id: string; name: string }>('SELECT id, name FROM org_unit')).rows;
    await c.query('COMMIT');
    return { tenant, rows };
  } finally {
    await c.end();
  }
}

const post = (s: LoggedIn, url: string, body: unknown) =>
  s.agent
    .post(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);
const put = (s: LoggedIn, url: string, body: unknown) =>
  s.agent
    .put(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);

async function newStrategy(s: LoggedIn, unitId: string | null, title = `Teststrategi ${randomUUID().slice(0, 8)}`) {
  const res = await post(s, '/api/strategies', {
    title,
    description: '',
    unitId,
    periodStart: '2023-01-01',
    periodEnd: '2026-12-31',
    greenThreshold: 90,
    amberThreshold: 75,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
async function newTheme(s: LoggedIn, strategyId: string, title = 'Tema') {
  const res = await post(s, `/api/strategies/${strategyId}/themes`, { title, description: '', sortOrder: 0 });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
async function newInitiative(
  s: LoggedIn,
  strategyId: string,
  themeId: string,
  o: Partial<{ appliesPer: 'STRATEGY' | 'DEPARTMENT'; stateSource: 'STATUS' | 'INDICATORS'; title: string }> = {},
) {
  const res = await post(s, `/api/strategies/${strategyId}/initiatives`, {
    themeId,
    title: o.title ?? 'Indsats',
    description: '',
    ownerText: 'Uddannelsesrådet',
    deadline: null,
    appliesPer: o.appliesPer ?? 'STRATEGY',
    stateSource: o.stateSource ?? 'STATUS',
    sortOrder: 0,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
async function status(
  s: LoggedIn,
  strategyId: string,
  initiativeId: string,
  state: string,
  asOf = '2025-11-01',
  departmentId: string | null = null,
) {
  const res = await post(s, `/api/strategies/${strategyId}/initiatives/${initiativeId}/status-updates`, {
    departmentId,
    asOf,
    periodLabel: 'november 2025',
    state,
    text: 'Status',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}
async function dash(s: LoggedIn, strategyId: string, asOf = '2025-12-01'): Promise<StrategyDashboard> {
  const res = await s.agent.get(`/api/strategies/${strategyId}/dashboard?asOf=${asOf}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as StrategyDashboard;
}
const MVH_DEPTS = [
  'Medicinsk Afdeling, Holbæk',
  'Kirurgisk Afdeling, Slagelse',
  'Ortopædkirurgisk Afdeling, Slagelse',
  'Børne- og Ungeafdelingen, Holbæk',
  'Akutafdelingen, Slagelse',
];

beforeAll(async () => {
  t = createTestApp();
  camilla = await login(t.app, SJAELLAND, 'camilla.jeppesen@regionsjaelland.dk');
  susanne = await login(t.app, SJAELLAND, 'susanne.lund@regionsjaelland.dk');
  freja = await login(t.app, SJAELLAND, 'freja.poulsen@regionsjaelland.dk');
  emma = await login(t.app, SJAELLAND, 'emma.christensen@regionsjaelland.dk');
  kasper = await login(t.app, SJAELLAND, 'kasper.villadsen@regionsjaelland.dk');
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  const sj = await unitIds(SJAELLAND);
  sjTenant = sj.tenant;
  for (const r of sj.rows) units[r.name] = r.id;
});
afterAll(() => t.close());

describe('attainment (hand-computed)', () => {
  it('9 of 10 achieved is 90 % and GREEN; 8 of 9 is 88.9 % and AMBER (integer comparison at the edge)', async () => {
    const mvh = units['Midt- og Vestsjællands Hospital']!;
    const a = await newStrategy(camilla, mvh);
    const themeA = await newTheme(camilla, a, 'A');
    const themeB = await newTheme(camilla, a, 'B');
    for (let i = 0; i < 10; i++) {
      const id = await newInitiative(camilla, a, i < 6 ? themeA : themeB);
      await status(camilla, a, id, i === 9 ? 'PARTLY' : 'ACHIEVED');
    }
    const d = await dash(susanne, a);
    expect(d.overall).toEqual({ achieved: 9, total: 10, percent: 90, colour: 'GREEN' });
    expect(d.themes.map((x) => [x.title, x.attainment.achieved, x.attainment.total, x.attainment.colour])).toEqual([
      ['A', 6, 6, 'GREEN'],
      ['B', 3, 4, 'AMBER'],
    ]);
    expect(computed.calls).toBe(0); // no computed indicators: never asked for

    const b = await newStrategy(camilla, mvh);
    const th = await newTheme(camilla, b);
    for (let i = 0; i < 9; i++)
      await status(camilla, b, await newInitiative(camilla, b, th), i === 0 ? 'NOT_ACHIEVED' : 'ACHIEVED');
    expect((await dash(camilla, b)).overall).toEqual({ achieved: 8, total: 9, percent: 88.9, colour: 'AMBER' });
    // The list agrees with the dashboard (today is after the statuses).
    const list = (await camilla.agent.get('/api/strategies').expect(200)).body as StrategyList;
    expect(list.items.find((x) => x.id === b)?.overall.colour).toBe('AMBER');
    expect(list.items.find((x) => x.id === a)?.overall).toEqual({
      achieved: 9,
      total: 10,
      percent: 90,
      colour: 'GREEN',
    });
  });

  it('the latest status on or before asOf counts; later ones do not; RED below the amber band', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const i1 = await newInitiative(camilla, s, th);
    const i2 = await newInitiative(camilla, s, th);
    await status(camilla, s, i1, 'PARTLY', '2024-08-31');
    await status(camilla, s, i1, 'ACHIEVED', '2025-06-30');
    await status(camilla, s, i2, 'ACHIEVED', '2024-08-31');
    await status(camilla, s, i2, 'NOT_ACHIEVED', '2025-06-30');
    const before = await dash(camilla, s, '2025-01-01');
    expect(before.overall).toMatchObject({ achieved: 1, total: 2, colour: 'RED' });
    expect(before.initiatives.find((x) => x.id === i1)!.latestStatus).toMatchObject({
      state: 'PARTLY',
      asOf: '2024-08-31',
    });
    const after = await dash(camilla, s, '2025-07-01');
    expect(after.overall).toMatchObject({ achieved: 1, total: 2 });
    expect(Object.fromEntries(after.initiatives.map((x) => [x.id, x.achieved]))).toEqual({ [i1]: true, [i2]: false });
    // Nothing yet on 2024-01-01: no status, nothing achieved.
    expect((await dash(camilla, s, '2024-01-01')).overall).toMatchObject({ achieved: 0, total: 2, percent: 0 });
  });

  it('a DEPARTMENT initiative counts as achieved only when achieved in every department of the hospital', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const perDept = await newInitiative(camilla, s, th, { appliesPer: 'DEPARTMENT' });
    const whole = await newInitiative(camilla, s, th);
    await status(camilla, s, whole, 'ACHIEVED');
    for (const name of MVH_DEPTS.slice(0, 4)) await status(camilla, s, perDept, 'ACHIEVED', '2025-11-01', units[name]!);
    await status(camilla, s, perDept, 'PARTLY', '2025-11-01', units['Akutafdelingen, Slagelse']!);

    let d = await dash(camilla, s);
    expect(d.overall).toMatchObject({ achieved: 1, total: 2 });
    expect(d.departments).toHaveLength(5);
    const byName = Object.fromEntries(d.departments.map((x) => [x.name, x.attainment.achieved]));
    expect(byName).toEqual({
      'Medicinsk Afdeling, Holbæk': 1,
      'Kirurgisk Afdeling, Slagelse': 1,
      'Ortopædkirurgisk Afdeling, Slagelse': 1,
      'Børne- og Ungeafdelingen, Holbæk': 1,
      'Akutafdelingen, Slagelse': 0,
    });
    const ini = d.initiatives.find((x) => x.id === perDept)!;
    expect(ini.achieved).toBe(false);
    expect(ini.departments.filter((x) => x.achieved)).toHaveLength(4);

    await status(camilla, s, perDept, 'ACHIEVED', '2025-11-15', units['Akutafdelingen, Slagelse']!);
    d = await dash(camilla, s);
    expect(d.overall).toMatchObject({ achieved: 2, total: 2, colour: 'GREEN' });
    // Each department's latest status, fetched per initiative (the dashboard carries only achieved).
    const url = `/api/strategies/${s}/initiatives/${perDept}/department-statuses`;
    const res = await camilla.agent.get(url);
    expect(res.status).toBe(200);
    const byDept = Object.fromEntries(
      (res.body.items as { departmentName: string; latestStatus: { state: string; asOf: string } | null }[]).map(
        (x) => [x.departmentName, `${x.latestStatus?.state}@${x.latestStatus?.asOf}`],
      ),
    );
    expect(byDept).toEqual({
      'Akutafdelingen, Slagelse': 'ACHIEVED@2025-11-15',
      'Børne- og Ungeafdelingen, Holbæk': 'ACHIEVED@2025-11-01',
      'Kirurgisk Afdeling, Slagelse': 'ACHIEVED@2025-11-01',
      'Medicinsk Afdeling, Holbæk': 'ACHIEVED@2025-11-01',
      'Ortopædkirurgisk Afdeling, Slagelse': 'ACHIEVED@2025-11-01',
    });
    // On an earlier date the later status is not yet there.
    const before = await camilla.agent.get(`${url}?asOf=2025-11-10`);
    expect(
      before.body.items.find((x: { departmentName: string }) => x.departmentName === 'Akutafdelingen, Slagelse'),
    ).toMatchObject({ latestStatus: { state: 'PARTLY', asOf: '2025-11-01' } });
    // An initiative of another strategy, or none at all: 404.
    const other = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    expect(
      (await camilla.agent.get(`/api/strategies/${other}/initiatives/${perDept}/department-statuses`)).status,
    ).toBe(404);
  });

  it('an INDICATORS initiative is achieved when its manual indicator meets the target on asOf', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const ini = await newInitiative(camilla, s, th, { stateSource: 'INDICATORS' });
    const empty = await newInitiative(camilla, s, th, { stateSource: 'INDICATORS' });
    const ind = await post(camilla, `/api/strategies/${s}/initiatives/${ini}/indicators`, {
      title: 'Andel afdelinger med trivselsmøder',
      kind: 'MANUAL',
      computedKey: null,
      valueType: 'PERCENT',
      target: 80,
      direction: 'AT_LEAST',
      sortOrder: 0,
    });
    expect(ind.status).toBe(201);
    const value = (measuredOn: string, v: number) =>
      post(camilla, `/api/strategies/${s}/indicators/${ind.body.id}/values`, {
        departmentId: null,
        measuredOn,
        value: v,
        note: '',
      });
    expect((await value('2025-03-01', 60)).status).toBe(201);
    expect((await value('2025-09-01', 80)).status).toBe(201);

    const march = await dash(camilla, s, '2025-04-01');
    expect(march.overall).toMatchObject({ achieved: 0, total: 2 });
    expect(march.initiatives.find((x) => x.id === ini)!.indicators[0]).toMatchObject({
      value: 60,
      target: 80,
      met: false,
      measuredOn: '2025-03-01',
    });
    const sept = await dash(camilla, s, '2025-10-01');
    // 80 ≥ 80 is met; an INDICATORS initiative without indicators is never achieved.
    expect(sept.overall).toMatchObject({ achieved: 1, total: 2 });
    expect(Object.fromEntries(sept.initiatives.map((x) => [x.id, x.achieved]))).toEqual({
      [ini]: true,
      [empty]: false,
    });
    expect(computed.calls).toBe(0);
  });

  it('computed indicators: one call per key for all departments; met per department decides a DEPARTMENT initiative', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const ini = await newInitiative(camilla, s, th, { stateSource: 'INDICATORS', appliesPer: 'DEPARTMENT' });
    const res = await post(camilla, `/api/strategies/${s}/initiatives/${ini}/indicators`, {
      title: 'Forventningssamtaler til tiden',
      kind: 'COMPUTED',
      computedKey: 'MEETINGS_ON_TIME',
      valueType: 'PERCENT',
      target: 90,
      direction: 'AT_LEAST',
      sortOrder: 0,
    });
    expect(res.status).toBe(201);
    const seen: { unitIds: readonly (string | null)[]; from: string; to: string }[] = [];
    computed.impl = (key, scopes) => {
      seen.push(scopes);
      return scopes.unitIds.map((unitId) => ({
        key: key as 'MEETINGS_ON_TIME',
        unitId,
        from: scopes.from,
        to: scopes.to,
        valueType: 'PERCENT',
        // Akutafdelingen 85 %, every other department 95 %, the hospital 93 %.
        value:
          unitId === units['Akutafdelingen, Slagelse']
            ? 85
            : unitId === units['Midt- og Vestsjællands Hospital']
              ? 93
              : 95,
        numerator: 0,
        denominator: 0,
      }));
    };
    computed.calls = 0;
    try {
      const d = await dash(camilla, s, '2025-12-01');
      expect(computed.calls).toBe(1);
      expect(seen[0]!.unitIds).toHaveLength(6); // the hospital (shown) + 5 departments (attainment)
      expect(seen[0]).toMatchObject({ from: '2023-01-01', to: '2025-12-01' });
      expect(d.overall).toMatchObject({ achieved: 0, total: 1 });
      expect(d.departments.filter((x) => x.attainment.achieved === 1)).toHaveLength(4);
      expect(d.initiatives[0]!.indicators[0]).toMatchObject({
        value: 93,
        met: true,
        computedKey: 'MEETINGS_ON_TIME',
        scope: { unitId: units['Midt- og Vestsjællands Hospital'], from: '2023-01-01', to: '2025-12-01' },
        unavailable: false,
      });
    } finally {
      computed.impl = null;
      // Until the indicators module lands, computeIndicator throws: remove this strategy so that the
      // list and the snapshot job in the other tests do not ask for it.
      const c = await ownerClient();
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.tenant_id', $1, true)", [sjTenant]);
      await c.query('DELETE FROM strategy WHERE id = $1', [s]);
      await c.query('COMMIT');
      await c.end();
    }
  });
});

describe('who reads and who edits', () => {
  let mvhStrategy = '';
  let regionStrategy = '';
  beforeAll(async () => {
    mvhStrategy = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    regionStrategy = await newStrategy(kasper, null, 'Regionens uddannelsesstrategi (test)');
  });

  it('a cheflæge of an MVH department reads MVH’s and the region’s strategy but cannot edit (403)', async () => {
    await dash(susanne, mvhStrategy);
    const d = await dash(susanne, regionStrategy);
    expect(d.canManage).toBe(false);
    const list = (await susanne.agent.get('/api/strategies').expect(200)).body as StrategyList;
    expect(list.items.map((x) => x.id)).toEqual(expect.arrayContaining([mvhStrategy, regionStrategy]));
    expect(list.canCreate).toEqual({ region: false, hospitals: [] });
    const th = await newTheme(camilla, mvhStrategy);
    const res = await post(susanne, `/api/strategies/${mvhStrategy}/themes`, {
      title: 'X',
      description: '',
      sortOrder: 0,
    });
    expect(res.status).toBe(403);
    void th;
  });

  it('Tutorcentret edits its hospital’s strategy, reads the region’s but may not edit it (403) nor create one', async () => {
    expect((await dash(camilla, mvhStrategy)).canManage).toBe(true);
    expect((await dash(camilla, regionStrategy)).canManage).toBe(false);
    const res = await post(camilla, `/api/strategies/${regionStrategy}/themes`, {
      title: 'X',
      description: '',
      sortOrder: 0,
    });
    expect(res.status).toBe(403);
    const create = await post(camilla, '/api/strategies', {
      title: 'Region',
      description: '',
      unitId: null,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      greenThreshold: 90,
      amberThreshold: 75,
    });
    expect(create.status).toBe(403);
    // A department is not a strategy's unit.
    const dept = await post(camilla, '/api/strategies', {
      title: 'Afdeling',
      description: '',
      unitId: units['Medicinsk Afdeling, Holbæk'],
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      greenThreshold: 90,
      amberThreshold: 75,
    });
    expect(dept.status).toBe(400);
    expect(dept.body.errors[0].path).toBe('body.unitId');
  });

  it('a council member without strategy:read reads their council’s hospital strategy, not the region’s (404)', async () => {
    expect(freja.me.permissions).not.toContain('strategy:read');
    const d = await dash(freja, mvhStrategy);
    expect(d.canManage).toBe(false);
    const res = await freja.agent.get(`/api/strategies/${regionStrategy}/dashboard`);
    expect(res.status).toBe(404);
    const list = (await freja.agent.get('/api/strategies').expect(200)).body as StrategyList;
    expect(list.items.map((x) => x.id)).toContain(mvhStrategy);
    expect(list.items.map((x) => x.id)).not.toContain(regionStrategy);
    const write = await post(freja, `/api/strategies/${mvhStrategy}/snapshots`, {});
    expect(write.status).toBe(403);
  });

  it('a trainee in no council reads nothing (empty list, 404)', async () => {
    const list = (await emma.agent.get('/api/strategies').expect(200)).body as StrategyList;
    expect(list.items).toEqual([]);
    expect((await emma.agent.get(`/api/strategies/${mvhStrategy}/dashboard`)).status).toBe(404);
  });

  it('another tenant’s strategy answers 404, even to its Tutorcentret', async () => {
    const res = await karen.agent.get(`/api/strategies/${mvhStrategy}/dashboard`);
    expect(res.status).toBe(404);
    const w = await post(karen, `/api/strategies/${mvhStrategy}/snapshots`, {});
    expect(w.status).toBe(404);
  });
});

describe('editing', () => {
  it('a stale version answers 409 (strategy, theme, initiative, indicator) and the current version is named', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const ini = await newInitiative(camilla, s, th);
    const body = {
      themeId: th,
      title: 'Ny titel',
      description: '',
      ownerText: 'CHRU (tovholder)',
      deadline: '2026-03-31',
      appliesPer: 'STRATEGY',
      stateSource: 'STATUS',
      sortOrder: 1,
    };
    expect((await put(camilla, `/api/strategies/${s}/initiatives/${ini}`, { ...body, version: 1 })).body.version).toBe(
      2,
    );
    const stale = await put(camilla, `/api/strategies/${s}/initiatives/${ini}`, {
      ...body,
      title: 'Anden',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('version 2');

    const sb = {
      title: 'Omdøbt',
      description: '',
      periodStart: '2023-01-01',
      periodEnd: '2025-12-31',
      greenThreshold: 85,
      amberThreshold: 70,
    };
    expect((await put(camilla, `/api/strategies/${s}`, { ...sb, version: 1 })).status).toBe(200);
    expect((await put(camilla, `/api/strategies/${s}`, { ...sb, version: 1 })).status).toBe(409);
    const d = await dash(camilla, s);
    expect(d.strategy).toMatchObject({ title: 'Omdøbt', greenThreshold: 85, version: 2 });

    // Two people edit one theme: the later save (from version 1) is refused, nothing overwritten.
    const tb = { title: 'Tema A', description: '', sortOrder: 0 };
    expect((await put(camilla, `/api/strategies/${s}/themes/${th}`, { ...tb, version: 1 })).body.version).toBe(2);
    const staleTheme = await put(camilla, `/api/strategies/${s}/themes/${th}`, { ...tb, title: 'Tema B', version: 1 });
    expect(staleTheme.status).toBe(409);
    expect(staleTheme.body.detail).toContain('version 2');
    expect((await dash(camilla, s)).themes.find((x: { id: string }) => x.id === th)).toMatchObject({
      title: 'Tema A',
      version: 2,
    });
    expect((await put(camilla, `/api/strategies/${s}/themes/${th}`, tb)).status).toBe(400);

    const ind = await post(camilla, `/api/strategies/${s}/initiatives/${ini}/indicators`, {
      title: 'Ja/nej',
      kind: 'MANUAL',
      computedKey: null,
      valueType: 'BOOLEAN',
      target: 1,
      direction: 'AT_LEAST',
      sortOrder: 0,
    });
    const ib = {
      title: 'Ja/nej 2',
      kind: 'MANUAL',
      computedKey: null,
      valueType: 'BOOLEAN',
      target: 1,
      direction: 'AT_LEAST',
      sortOrder: 0,
    };
    expect((await put(camilla, `/api/strategies/${s}/indicators/${ind.body.id}`, { ...ib, version: 1 })).status).toBe(
      200,
    );
    expect((await put(camilla, `/api/strategies/${s}/indicators/${ind.body.id}`, { ...ib, version: 1 })).status).toBe(
      409,
    );
  });

  it('refuses bad input with field errors', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const perDept = await newInitiative(camilla, s, th, { appliesPer: 'DEPARTMENT' });
    const whole = await newInitiative(camilla, s, th);
    const su = (id: string, departmentId: string | null) =>
      post(camilla, `/api/strategies/${s}/initiatives/${id}/status-updates`, {
        departmentId,
        asOf: '2025-11-01',
        periodLabel: '',
        state: 'ACHIEVED',
        text: '',
      });
    expect((await su(perDept, null)).body.errors[0].path).toBe('body.departmentId');
    expect((await su(whole, units['Medicinsk Afdeling, Holbæk']!)).status).toBe(400);
    // A department of another hospital (here: a practice) is not the strategy's.
    expect((await su(perDept, units['Lægehuset i Sorø']!)).status).toBe(400);
    const bad = await post(camilla, `/api/strategies/${s}/initiatives/${whole}/indicators`, {
      title: 'Beregnet uden nøgle',
      kind: 'COMPUTED',
      computedKey: null,
      valueType: 'PERCENT',
      target: 90,
      direction: 'AT_LEAST',
      sortOrder: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.computedKey');
    const bool = await post(camilla, `/api/strategies/${s}/initiatives/${whole}/indicators`, {
      title: 'Ja/nej',
      kind: 'MANUAL',
      computedKey: null,
      valueType: 'BOOLEAN',
      target: 1,
      direction: 'AT_LEAST',
      sortOrder: 0,
    });
    const v = await post(camilla, `/api/strategies/${s}/indicators/${bool.body.id}/values`, {
      departmentId: null,
      measuredOn: '2025-01-01',
      value: 2,
      note: '',
    });
    expect(v.status).toBe(400);
    const thresholds = await post(camilla, '/api/strategies', {
      title: 'X',
      description: '',
      unitId: units['Midt- og Vestsjællands Hospital'],
      periodStart: '2025-01-01',
      periodEnd: '2024-12-31',
      greenThreshold: 70,
      amberThreshold: 80,
    });
    expect(thresholds.status).toBe(400);
    expect(thresholds.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.amberThreshold',
      'body.periodEnd',
    ]);
    const otherTheme = await post(camilla, `/api/strategies/${s}/initiatives`, {
      themeId: randomUUID(),
      title: 'X',
      description: '',
      ownerText: '',
      deadline: null,
      appliesPer: 'STRATEGY',
      stateSource: 'STATUS',
      sortOrder: 0,
    });
    expect(otherTheme.status).toBe(400);
  });

  it('every write is audited', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const ini = await newInitiative(camilla, s, th);
    await status(camilla, s, ini, 'ACHIEVED');
    await post(camilla, `/api/strategies/${s}/snapshots`, {}).expect(201);
    const c = await ownerClient();
    try {
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.tenant_id', $1, true)", [sjTenant]);
      const rows = (
        await c.query<{ action: string }>(
          `SELECT action FROM audit_event WHERE entity_id IN ($1, $2, $3)
              OR (action = 'strategy.status.create' AND data->>'initiativeId' = $3)
            ORDER BY id`,
          [s, th, ini],
        )
      ).rows.map((r) => r.action);
      await c.query('COMMIT');
      expect(rows).toEqual([
        'strategy.create',
        'strategy.theme.create',
        'strategy.initiative.create',
        'strategy.status.create',
        'strategy.snapshot',
      ]);
    } finally {
      await c.end();
    }
  });
});

describe('snapshots', () => {
  it('the scheduled job snapshots every strategy of every tenant once per day; the trend shows them', async () => {
    const s = await newStrategy(camilla, units['Midt- og Vestsjællands Hospital']!);
    const th = await newTheme(camilla, s);
    const i1 = await newInitiative(camilla, s, th);
    await newInitiative(camilla, s, th);
    await status(camilla, s, i1, 'ACHIEVED', '2025-01-01');

    const day1 = new Date('2030-02-01T10:00:00Z');
    const first = await snapshotAllTenants(t.db, day1);
    expect(first.taken).toBeGreaterThanOrEqual(2);
    // Same Danish day (23:30 UTC on 1 Feb is 00:30 on 2 Feb in Denmark: a new day).
    const again = await snapshotAllTenants(t.db, new Date('2030-02-01T20:00:00Z'));
    expect(again.taken).toBe(0);
    expect(again.skipped).toBe(first.taken);
    const next = await snapshotAllTenants(t.db, new Date('2030-02-01T23:30:00Z'));
    expect(next.taken).toBe(first.taken);

    const d = await dash(camilla, s);
    const scheduled = d.trend.filter((p) => p.trigger === 'SCHEDULE');
    expect(scheduled).toHaveLength(2);
    expect(scheduled[0]).toMatchObject({ takenAt: day1.toISOString(), achieved: 1, total: 2, percent: 50 });

    // On demand: as many as asked for, each counted.
    const m = await post(camilla, `/api/strategies/${s}/snapshots`, {});
    expect(m.status).toBe(201);
    expect(m.body).toMatchObject({ trigger: 'MANUAL', achieved: 1, total: 2, percent: 50 });
  });
});

describe('demo data (seeds 003 and 004)', () => {
  it('MVH’s strategy: 25 of 29 goals achieved in November 2025 = 86.2 %, amber against green at 90 %', async () => {
    const list = (await susanne.agent.get('/api/strategies').expect(200)).body as StrategyList;
    const mvh = list.items.find((x) => x.title === 'Sammen om lægelig videreuddannelse 2023–2025')!;
    expect(mvh.unit?.name).toBe('Midt- og Vestsjællands Hospital');
    const d = await dash(susanne, mvh.id, '2025-12-01');
    expect(d.overall).toEqual({ achieved: 25, total: 29, percent: 86.2, colour: 'AMBER' });
    expect(d.themes.map((x) => x.title)).toEqual([
      'Uddannelsesledelse',
      'Roller og ansvar',
      'Uddannelsesstruktur i hverdagen',
      'Pædagogiske metoder',
      'Trivsel og tryghed',
      'Implementering af strategien',
    ]);
    // Three goals apply per department; Akutafdelingen has not yet held every expectation meeting on time.
    expect(d.initiatives.filter((x) => x.appliesPer === 'DEPARTMENT')).toHaveLength(3);
    expect(
      Object.fromEntries(d.departments.map((x) => [x.name, `${x.attainment.achieved}/${x.attainment.total}`])),
    ).toEqual({
      'Akutafdelingen, Slagelse': '2/3',
      'Børne- og Ungeafdelingen, Holbæk': '3/3',
      'Kirurgisk Afdeling, Slagelse': '3/3',
      'Medicinsk Afdeling, Holbæk': '3/3',
      'Ortopædkirurgisk Afdeling, Slagelse': '3/3',
    });
    // Computed indicators are shown with their scope and period (the drill-down link), whether or
    // not they can be computed yet; the goals' own state comes from their status.
    const facilitators = d.initiatives.find((x) => x.title.startsWith('Der er altid mindst 10'))!;
    expect(facilitators.deadline).toBe('2026-08-31');
    expect(facilitators.indicators[0]).toMatchObject({
      computedKey: 'TRAINED_FACILITATORS',
      target: 10,
      scope: { unitId: mvh.unit!.id, from: '2023-01-01', to: '2025-12-01' },
    });
    const survey = d.initiatives.find((x) => x.title.startsWith('Spørgeskemaundersøgelsen er gennemført'))!;
    expect(survey.indicators[0]).toMatchObject({ kind: 'MANUAL', value: 1, measuredOn: '2025-07-31', met: true });
    expect(d.trend.slice(0, 6).map((p) => p.achieved)).toEqual([21, 22, 23, 23, 24, 25]);
  });

  it('Region Hovedstaden’s strategy: four themes and the August 2024 statuses', async () => {
    const hanne = await login(t.app, HOVEDSTADEN, 'hanne.vestergaard@regionh.dk');
    const list = (await hanne.agent.get('/api/strategies').expect(200)).body as StrategyList;
    const region = list.items.find((x) => x.unit === null)!;
    const d = await dash(hanne, region.id, '2024-09-01');
    expect(d.themes.map((x) => [x.title, x.attainment.total])).toEqual([
      ['En fælles prioritet i det daglige arbejde', 4],
      ['Det bedste sted at tage sin grunduddannelse', 4],
      ['Systematisk kompetenceudvikling i hele arbejdslivet', 4],
      ['På vej mod fremtidens læringsformer', 5],
    ]);
    expect(d.overall).toMatchObject({ achieved: 3, total: 17, colour: 'RED' });
    const first = d.initiatives[0]!;
    expect(first).toMatchObject({ title: 'Sammenhængende data om uddannelse', ownerText: 'CHRU (tovholder)' });
    expect(first.latestStatus).toMatchObject({ asOf: '2024-08-31', state: 'NOT_STARTED', periodLabel: 'august 2024' });
  });
});
