import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInDenmark, type CmeAnnualReport, type CmeCoverage, type CmeGroup } from '@portal/contracts';
import { withTenant } from '../src/lib/db.js';
import { computeIndicator } from '../src/modules/indicators/indicator-service.js';
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

/**
 * Continuing-education groups (seed 002) on a hand-computed data set: a made-up GP area
 * "Testområde" with two practices and six GPs in Region Hovedstaden, so that the figures do not
 * depend on the demo data or on other test files.
 *
 *   A  Anders Ager   settled 2010        member of G1 from 2020             → covered
 *   B  Bent Berg     settled 2015        member of G1 2020 – 2025-06-30     → not covered today
 *   C  Carl Clausen  settled 2012        member of G2 (closed 2025-12-31)   → not covered today
 *   D  Ditte Dahl    settled 3 months ago (newly settled), in no group      → not covered
 *   E  Eva Eskildsen settled 2000, left practice 2025-01-01, member of G1  → not active
 *   F  Frede Fisk    settles in two years (not yet in practice)            → not active
 *
 * Today: active A, B, C, D = 4; covered A = 1 → 25 %. On 2025-06-01: active A, B, C (D not yet
 * settled, E left), all three covered → 100 %.
 */

let t: TestApp;
let lone: LoggedIn;
let marianne: LoggedIn;
let peter: LoggedIn;
let tenantId = '';
let areaId = '';
const practices: string[] = [];
const gp: Record<string, string> = {};
const today = todayInDenmark();
const year = Number(today.slice(0, 4));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthsFromToday = (m: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + m);
  return iso(d);
};

async function createArea() {
  const c = await ownerClient();
  try {
    tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    areaId = randomUUID();
    await c.query(
      `INSERT INTO org_unit (id, tenant_id, kind, name, updated_at) VALUES ($1, $2, 'GP_AREA', 'Testområde', now())`,
      [areaId, tenantId],
    );
    for (const name of ['Testpraksis Et', 'Testpraksis To']) {
      const id = randomUUID();
      await c.query(
        `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at) VALUES ($1, $2, 'PRACTICE', $3, $4, now())`,
        [id, tenantId, `${name} ${areaId.slice(0, 4)}`, areaId],
      );
      practices.push(id);
    }
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

const post = (who: LoggedIn, path: string, body: object) =>
  who.agent.post(path).set('x-csrf-token', who.csrf).send(body);
const put = (who: LoggedIn, path: string, body: object) => who.agent.put(path).set('x-csrf-token', who.csrf).send(body);

async function addGp(key: string, name: string, settledOn: string, leftOn: string | null, practice = 0) {
  const res = await post(lone, '/api/general-practitioners', {
    practiceId: practices[practice],
    name,
    email: null,
    authorisationId: null,
    settledOn,
    leftOn,
  }).expect(201);
  gp[key] = res.body.id;
}

async function newGroup(name: string, kind = 'EFTERUDDANNELSE'): Promise<CmeGroup> {
  return (await post(lone, '/api/cme-groups', { kind, name, topics: ['KOL'], startedOn: '2019-01-01' }).expect(201))
    .body;
}
const addMember = (groupId: string, gpId: string, joinedOn = '2020-01-01') =>
  post(lone, `/api/cme-groups/${groupId}/members`, { gpId, joinedOn });
const coverage = async () => (await lone.agent.get('/api/cme-groups/coverage').expect(200)).body as CmeCoverage;
const areaRow = (c: CmeCoverage) => c.areas.find((a) => a.area?.id === areaId);
const groupBody = (g: CmeGroup, over: Record<string, unknown> = {}) => ({
  kind: g.kind,
  name: g.name,
  topics: g.topics,
  leaderId: g.leader?.id ?? null,
  startedOn: g.startedOn,
  closedOn: g.closedOn,
  version: g.version,
  ...over,
});

let g1: CmeGroup;
let g2: CmeGroup;

beforeAll(async () => {
  t = createTestApp();
  lone = await login(t.app, HOVEDSTADEN, 'lone.friis@regionh.dk');
  peter = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
  marianne = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'CME_COORDINATOR'));
  await createArea();
  await addGp('A', 'Anders Ager', '2010-01-01', null);
  await addGp('B', 'Bent Berg', '2015-01-01', null);
  await addGp('C', 'Carl Clausen', '2012-01-01', null, 1);
  await addGp('D', 'Ditte Dahl', monthsFromToday(-3), null, 1);
  await addGp('E', 'Eva Eskildsen', '2000-01-01', '2025-01-01');
  await addGp('F', 'Frede Fisk', monthsFromToday(24), null);
  g1 = await newGroup(`Testgruppe Et ${areaId.slice(0, 4)}`);
  g2 = await newGroup(`Testgruppe To ${areaId.slice(0, 4)}`, 'SUPERVISION');
  for (const k of ['A', 'B', 'E']) await addMember(g1.id, gp[k]!).expect(201);
  await addMember(g2.id, gp.C!).expect(201);
  const b = (await lone.agent.get(`/api/cme-groups/${g1.id}`).expect(200)).body as CmeGroup;
  const bMember = b.members.find((m) => m.gp.id === gp.B)!;
  await put(lone, `/api/cme-groups/${g1.id}/members/${bMember.id}`, { leftOn: '2025-06-30' }).expect(200);
  g2 = (await lone.agent.get(`/api/cme-groups/${g2.id}`).expect(200)).body;
  g2 = (await put(lone, `/api/cme-groups/${g2.id}`, groupBody(g2, { closedOn: '2025-12-31' })).expect(200)).body;
  g1 = (await lone.agent.get(`/api/cme-groups/${g1.id}`).expect(200)).body;
}, 60_000);
afterAll(() => t.close());

describe('coverage', () => {
  it('counts the area by hand: 1 of 4 active GPs in an active group; newly settled first among the uncovered', async () => {
    const c = await coverage();
    expect(areaRow(c)).toEqual({ area: { id: areaId, name: 'Testområde' }, activeGps: 4, covered: 1, percent: 25 });
    const uncovered = c.uncovered.filter((u) => u.area?.id === areaId);
    expect(uncovered.map((u) => u.name)).toEqual(['Ditte Dahl', 'Bent Berg', 'Carl Clausen']);
    expect(uncovered[0]!.newlySettled).toBe(true);
    // The total is the sum of the areas.
    expect(c.total.activeGps).toBe(c.areas.reduce((s, a) => s + a.activeGps, 0));
    expect(c.total.covered).toBe(c.areas.reduce((s, a) => s + a.covered, 0));
    // G1 has no leader and no meeting this year; G2 is closed and listed in neither.
    expect(c.groupsWithoutLeader.map((g) => g.id)).toContain(g1.id);
    expect(c.groupsWithoutMeetingThisYear.map((g) => g.id)).toContain(g1.id);
    expect(c.groupsWithoutLeader.map((g) => g.id)).not.toContain(g2.id);
  });

  it('GPS_IN_GROUP gives the same figures for the area, by hand, today and on 2025-06-01', async () => {
    const compute = (unitIds: (string | null)[], to: string) =>
      withTenant(t.db, tenantId, (tx) =>
        computeIndicator({ tx, tenantId }, 'GPS_IN_GROUP', { unitIds, from: '2025-01-01', to }),
      );
    const [area, practiceTwo, region] = await compute([areaId, practices[1]!, null], today);
    expect([area!.numerator, area!.denominator, area!.value]).toEqual([1, 4, 25]);
    // Practice two: C (closed group) and D (no group).
    expect([practiceTwo!.numerator, practiceTwo!.denominator, practiceTwo!.value]).toEqual([0, 2, 0]);
    const c = await coverage();
    expect([region!.numerator, region!.denominator]).toEqual([c.total.covered, c.total.activeGps]);
    const [past] = await compute([areaId], '2025-06-01');
    expect([past!.numerator, past!.denominator, past!.value]).toEqual([3, 3, 100]);
  });

  it('rises when the newly settled GP joins a group (2 of 4 = 50 %)', async () => {
    const res = await addMember(g1.id, gp.D!, today).expect(201);
    const g = res.body as CmeGroup;
    // Current members: A, D and E (E left practice but not the group); B left the group.
    expect(
      g.members
        .filter((m) => m.current)
        .map((m) => m.gp.name)
        .sort(),
    ).toEqual(['Anders Ager', 'Ditte Dahl', 'Eva Eskildsen']);
    expect(areaRow(await coverage())).toMatchObject({ activeGps: 4, covered: 2, percent: 50 });
    // Twice: refused.
    const again = await addMember(g1.id, gp.D!, today).expect(400);
    expect(again.body.errors[0].path).toBe('body.gpId');
  });
});

describe('groups', () => {
  it('a leader must be a current member; a stale version answers 409 with what is current', async () => {
    const notMember = await put(lone, `/api/cme-groups/${g1.id}`, groupBody(g1, { leaderId: gp.C })).expect(400);
    expect(notMember.body.errors[0].path).toBe('body.leaderId');
    const ok = await put(
      lone,
      `/api/cme-groups/${g1.id}`,
      groupBody(g1, { leaderId: gp.A, topics: ['KOL', 'Diabetes'] }),
    ).expect(200);
    expect(ok.body.leader).toEqual({ id: gp.A, name: 'Anders Ager' });
    expect(ok.body.version).toBe(g1.version + 1);
    const stale = await put(lone, `/api/cme-groups/${g1.id}`, groupBody(g1, { name: 'Gammel udgave' })).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('Anders Ager');
    g1 = ok.body;
    expect((await coverage()).groupsWithoutLeader.map((g) => g.id)).not.toContain(g1.id);
  });

  it('meetings: recorded, counted this year, removed; bad input refused', async () => {
    const m = await post(lone, `/api/cme-groups/${g1.id}/meetings`, {
      heldOn: today,
      topic: 'Hjertesvigt',
      attendedCount: 3,
    }).expect(201);
    expect(m.body.meetingsThisYear).toBe(1);
    expect((await coverage()).groupsWithoutMeetingThisYear.map((g) => g.id)).not.toContain(g1.id);
    const list = (await lone.agent.get('/api/cme-groups').expect(200)).body.items as {
      id: string;
      meetingsThisYear: number;
    }[];
    expect(list.find((g) => g.id === g1.id)!.meetingsThisYear).toBe(1);
    const bad = await post(lone, `/api/cme-groups/${g1.id}/meetings`, {
      heldOn: '2018-01-01',
      topic: '',
      attendedCount: -1,
    }).expect(400);
    expect((bad.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'body.attendedCount',
      'body.topic',
    ]);
    await post(lone, `/api/cme-groups/${g1.id}/meetings`, {
      heldOn: '2018-01-01',
      topic: 'Før start',
      attendedCount: 1,
    }).expect(400);
    const del = await lone.agent
      .delete(`/api/cme-groups/${g1.id}/meetings/${m.body.meetings[0].id}`)
      .set('x-csrf-token', lone.csrf);
    expect(del.status).toBe(200);
    expect(del.body.meetingsThisYear).toBe(0);
  });

  it('a leader who leaves the group is no longer its leader', async () => {
    const g = await newGroup(`Lederskifte ${areaId.slice(0, 4)}`);
    const withA = (await addMember(g.id, gp.A!).expect(201)).body as CmeGroup;
    const led = (await put(lone, `/api/cme-groups/${g.id}`, groupBody(withA, { leaderId: gp.A })).expect(200))
      .body as CmeGroup;
    const member = led.members[0]!;
    const after = await put(lone, `/api/cme-groups/${g.id}/members/${member.id}`, { leftOn: today }).expect(200);
    expect(after.body.leader).toBeNull();
    expect(after.body.memberCount).toBe(0);
  });

  it('another region and an AMU are refused; a group of another tenant is 404', async () => {
    await marianne.agent.get(`/api/cme-groups/${g1.id}`).expect(404);
    await put(marianne, `/api/cme-groups/${g1.id}`, groupBody(g1)).expect(404);
    await peter.agent.get('/api/cme-groups').expect(403);
    // Marianne cannot add Region Hovedstaden's GP to her own group.
    const hers = (
      await post(marianne, '/api/cme-groups', {
        kind: 'SUPERVISION',
        name: 'Sjællandsk gruppe',
        topics: [],
        startedOn: '2020-01-01',
      }).expect(201)
    ).body as CmeGroup;
    await post(marianne, `/api/cme-groups/${hers.id}/members`, { gpId: gp.A, joinedOn: '2021-01-01' }).expect(404);
  });
});

describe('leaders’ course', () => {
  it('records a course with attendance; one per year; 409 when stale; current leaders who did not attend', async () => {
    const created = await post(lone, '/api/cme-groups/leader-courses', {
      heldOn: '2029-09-10',
      title: 'Gruppeledertræf 2029',
      place: 'Hotel Marienlyst',
      attendeeIds: [gp.A],
    }).expect(201);
    expect(created.body).toMatchObject({ year: 2029, attendees: [{ id: gp.A, name: 'Anders Ager' }], version: 1 });
    const dup = await post(lone, '/api/cme-groups/leader-courses', {
      heldOn: '2029-10-01',
      title: 'Igen',
      place: null,
      attendeeIds: [],
    }).expect(400);
    expect(dup.body.errors[0].path).toBe('body.heldOn');
    const body = { heldOn: '2029-09-10', title: 'Gruppeledertræf 2029', place: null, attendeeIds: [gp.A, gp.B] };
    const upd = await put(lone, `/api/cme-groups/leader-courses/${created.body.id}`, { ...body, version: 1 }).expect(
      200,
    );
    expect(upd.body.attendees).toHaveLength(2);
    await put(lone, `/api/cme-groups/leader-courses/${created.body.id}`, { ...body, version: 1 }).expect(409);

    const y2029 = (await lone.agent.get('/api/cme-groups/leader-courses?year=2029').expect(200)).body;
    expect(y2029.leaders.find((l: { gp: { id: string } }) => l.gp.id === gp.A).attended).toBe(true);
    // This year (demo): Anne Mølgaard attended, Michael Storm, a current leader, did not.
    const now = (await lone.agent.get('/api/cme-groups/leader-courses').expect(200)).body;
    expect(now.year).toBe(year);
    const byName = Object.fromEntries(
      now.leaders.map((l: { gp: { name: string }; attended: boolean }) => [l.gp.name, l.attended]),
    );
    expect(byName['Anne Mølgaard']).toBe(true);
    expect(byName['Michael Storm']).toBe(false);
    expect(byName['Anders Ager']).toBe(false);
  });
});

describe('annual report', () => {
  it('counts the year’s members, meetings, attendance and topics by hand', async () => {
    for (const [heldOn, topic, n] of [
      ['2025-03-01', 'KOL', 4],
      ['2025-09-01', 'Diabetes', 5],
      ['2025-10-01', 'KOL', 3],
    ] as const)
      await post(lone, `/api/cme-groups/${g1.id}/meetings`, { heldOn, topic, attendedCount: n }).expect(201);
    const r = (await lone.agent.get('/api/cme-groups/annual-report?year=2025').expect(200)).body as CmeAnnualReport;
    const one = r.groups.find((g) => g.id === g1.id)!;
    // 2025: A, B (left 2025-06-30) and E were members; D joined this year (not in 2025).
    expect(one).toMatchObject({ members: 3, joined: 0, meetings: 3, attendances: 12, topics: ['KOL', 'Diabetes'] });
    const two = r.groups.find((g) => g.id === g2.id)!;
    expect(two).toMatchObject({ members: 1, meetings: 0, active: false });
    expect(r.coverage.date).toBe('2025-12-31');
    // 2025-12-31 in the test area: A, B, C active (D settled later, E left); only A is covered
    // (B left the group on 2025-06-30; C's group closed that day).
    const area = r.coverage.areas.find((a) => a.area?.id === areaId)!;
    expect(area.covered).toBe(1);
    expect(r.totals.groups).toBe(r.groups.length);
    expect(r.totals.meetings).toBe(r.groups.reduce((s, g) => s + g.meetings, 0));
    await lone.agent.get('/api/cme-groups/annual-report').expect(400);
    await lone.agent.get('/api/cme-groups/annual-report?year=abc').expect(400);
  });
});
