import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  todayInDenmark,
  type GpAreaList,
  type GpAreaOverview,
  type GpHoursSummary,
  type GpTraineeList,
} from '@portal/contracts';
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

let t: TestApp;
let peter: LoggedIn; // AMU, gp-syd
let mads: LoggedIn; // AMU, gp-nord (same tenant)
let henrik: LoggedIn; // AMU, gp-vest (Region Sjælland)
let thomas: LoggedIn; // regional administrator (TENANT_ADMIN)
let tenantId: string;
let sydId: string;
let nordId: string;
let vestId: string;
let amalieCourse: string; // KBU at Hvidovre Lægehus (gp-syd), current
let vestCourse: string; // a course in gp-vest (other tenant)

async function sql<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await c.query(text, params);
    await c.query('COMMIT');
    return r.rows as T[];
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

beforeAll(async () => {
  t = createTestApp();
  peter = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
  mads = await login(t.app, HOVEDSTADEN, 'mads.winther@regionh.dk');
  thomas = await login(t.app, HOVEDSTADEN, 'thomas.krogh@regionh.dk');
  henrik = await login(t.app, SJAELLAND, 'henrik.thomsen@regionsjaelland.dk');
  tenantId = peter.me.tenant.id;
  const all = (await thomas.agent.get('/api/gp-areas').expect(200)).body as GpAreaList;
  sydId = all.items.find((a) => a.name === 'Almen praksis, Område Syd')!.id;
  nordId = all.items.find((a) => a.name === 'Almen praksis, Område Nord')!.id;
  vestId = ((await henrik.agent.get('/api/gp-areas').expect(200)).body as GpAreaList).items[0]!.id;
  const syd = (await peter.agent.get(`/api/gp-areas/${sydId}/trainees`).expect(200)).body as GpTraineeList;
  amalieCourse = syd.items.find((i) => i.trainee.name === 'Amalie Kjær')!.courseId;
  const vest = (await henrik.agent.get(`/api/gp-areas/${vestId}/trainees`).expect(200)).body as GpTraineeList;
  vestCourse = vest.items[0]!.courseId;
});
afterAll(() => t.close());

describe('areas, overview and scope', () => {
  it('an AMU lists only their own area, with practice and trainee counts', async () => {
    const res = (await peter.agent.get('/api/gp-areas').expect(200)).body as GpAreaList;
    // Demo: 3 practices; current = Amalie Kjær (KBU) and Jonas Lund (intro); upcoming = Viktor
    // Kähler, whose practice placement starts in 121 days (within 6 months).
    expect(res.items).toEqual([
      { id: sydId, name: 'Almen praksis, Område Syd', practiceCount: 3, traineesCurrent: 2, traineesUpcoming: 1 },
    ]);
    const m = (await mads.agent.get('/api/gp-areas').expect(200)).body as GpAreaList;
    expect(m.items.map((a) => a.id)).toEqual([nordId]);
    expect(JSON.stringify(m)).not.toContain(sydId);
  });

  it('the overview lists the practices with their GPs, trainee counts and the AMU’s hours', async () => {
    const o = (await peter.agent.get(`/api/gp-areas/${sydId}`).expect(200)).body as GpAreaOverview;
    expect(o.practices.map((p) => p.name)).toEqual([
      'Hvidovre Lægehus',
      'Lægerne på Amagerbrogade',
      'Valby Lægecenter',
    ]);
    expect(o.practices[1]!.gps.map((g) => g.name)).toEqual([
      'Anne Mølgaard',
      'Kristian Bundgaard',
      'Peter Juhl',
      'Sara Holst',
    ]);
    expect(o.trainees).toEqual({ current: 2, upcoming: 1 });
    // Seeded log: 1.5 + 2 + 6.5 + 4 + 3 + 1.75 + 2.5 + 1 + 3 + 0.75 = 26 hours; 300 allotted.
    expect(o.coordinators).toEqual([expect.objectContaining({ name: 'Peter Juhl', allotted: 300, logged: 26 })]);
    expect(o.isCoordinator).toBe(true);
    expect(o.canSetAllotments).toBe(false);
    const admin = (await thomas.agent.get(`/api/gp-areas/${sydId}`).expect(200)).body as GpAreaOverview;
    expect(admin.canSetAllotments).toBe(true);
    expect(admin.isCoordinator).toBe(false);
  });

  it('Peter Juhl of gp-syd gets 404 on gp-nord and on a trainee of gp-vest’s tenant', async () => {
    for (const url of [
      `/api/gp-areas/${nordId}`,
      `/api/gp-areas/${nordId}/trainees`,
      `/api/gp-areas/${nordId}/time-entries`,
    ]) {
      const res = await peter.agent.get(url).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    await peter.agent.get(`/api/gp-areas/${vestId}/trainees/${vestCourse}`).expect(404);
    await peter.agent.get(`/api/gp-areas/${sydId}/trainees/${vestCourse}`).expect(404);
    await peter.agent.get(`/api/gp-areas/${sydId}/trainees/${vestCourse}/difficulty`).expect(404);
  });

  it('Mads Winther (gp-nord) sees none of gp-syd', async () => {
    await mads.agent.get(`/api/gp-areas/${sydId}`).expect(404);
    await mads.agent.get(`/api/gp-areas/${sydId}/trainees`).expect(404);
    await mads.agent.get(`/api/gp-areas/${sydId}/trainees/${amalieCourse}`).expect(404);
    await mads.agent.get(`/api/gp-areas/${sydId}/hours-summary`).expect(404);
    // Nor through his own area: the course is not in general practice in gp-nord.
    await mads.agent.get(`/api/gp-areas/${nordId}/trainees/${amalieCourse}`).expect(404);
    await post(mads, `/api/gp-areas/${sydId}/trainees/${amalieCourse}/contacts`, {
      contactOn: '2026-01-05',
      kind: 'PHONE',
      note: 'x',
    }).expect(404);
  });

  it('a role without gp-area:manage gets 403', async () => {
    const uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
    const res = await uao.agent.get('/api/gp-areas').expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});

describe('trainees in general practice', () => {
  it('lists current and upcoming trainees with track, practice and tutor doctor', async () => {
    const res = (await peter.agent.get(`/api/gp-areas/${sydId}/trainees`).expect(200)).body as GpTraineeList;
    const byName = new Map(res.items.map((i) => [i.trainee.name, i]));
    expect([...byName.keys()].sort()).toEqual(['Amalie Kjær', 'Jonas Lund', 'Viktor Kähler']);
    expect(byName.get('Amalie Kjær')).toMatchObject({
      track: 'KBU',
      status: 'CURRENT',
      practice: { name: 'Hvidovre Lægehus' },
      tutor: { name: 'Jesper Kragh' },
    });
    // Viktor's course is managed by the hospital; his practice period is a placement.
    const v = byName.get('Viktor Kähler')!;
    expect(v).toMatchObject({
      track: 'SPECIALIST',
      status: 'UPCOMING',
      practice: { name: 'Lægerne på Amagerbrogade' },
    });
    expect(v.startDate > v.courseStart).toBe(true);
  });

  it('a cancelled course is not listed and its page answers 404', async () => {
    const jonas = (
      (await peter.agent.get(`/api/gp-areas/${sydId}/trainees`).expect(200)).body as GpTraineeList
    ).items.find((i) => i.trainee.name === 'Jonas Lund')!;
    await sql(`UPDATE course SET cancelled_at = now() WHERE id = $1`, [jonas.courseId]);
    try {
      const res = (await peter.agent.get(`/api/gp-areas/${sydId}/trainees`).expect(200)).body as GpTraineeList;
      expect(res.items.map((i) => i.trainee.name)).not.toContain('Jonas Lund');
      await peter.agent.get(`/api/gp-areas/${sydId}/trainees/${jonas.courseId}`).expect(404);
    } finally {
      await sql(`UPDATE course SET cancelled_at = NULL WHERE id = $1`, [jonas.courseId]);
    }
  });

  it('the contact log: add (audited, no note text in the audit) and list; bad input is a 400 with field errors', async () => {
    const url = `/api/gp-areas/${sydId}/trainees/${amalieCourse}`;
    const before = (await peter.agent.get(url).expect(200)).body;
    expect(before.contacts).toHaveLength(2);
    const created = await post(peter, `${url}/contacts`, {
      contactOn: todayInDenmark(),
      kind: 'PHONE',
      note: 'Fortrolig samtale om vagtbelastning',
    }).expect(201);
    const after = (await peter.agent.get(url).expect(200)).body;
    expect(after.contacts[0]).toMatchObject({ id: created.body.id, kind: 'PHONE', author: { name: 'Peter Juhl' } });
    const audit = await sql<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE action = 'gp-trainee-contact.create' AND entity_id = $1`,
      [amalieCourse],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.data)).not.toContain('vagtbelastning');

    const bad = await post(peter, `${url}/contacts`, { contactOn: '2026-13-02', kind: 'FAX', note: ['a'] }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['body.contactOn', 'body.kind', 'body.note']);
  });
});

describe('hours', () => {
  it('only a tenant-wide caller sets allotted hours: the AMU gets 403; a stale version 409', async () => {
    const url = `/api/gp-areas/${sydId}/allotments/${peter.me.user.id}`;
    const denied = await put(peter, url, { year: 2025, hours: 120, version: null }).expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    const first = await put(thomas, url, { year: 2025, hours: 100, version: null }).expect(200);
    expect(first.body).toMatchObject({ allotted: 100, version: 1 });
    await put(thomas, url, { year: 2025, hours: 110, version: null }).expect(409);
    const second = await put(thomas, url, { year: 2025, hours: 120, version: 1 }).expect(200);
    expect(second.body).toMatchObject({ allotted: 120, version: 2 });
    const stale = await put(thomas, url, { year: 2025, hours: 130, version: 1 }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    // Not a coordinator of the area: 404.
    await put(thomas, `/api/gp-areas/${sydId}/allotments/${mads.me.user.id}`, {
      year: 2025,
      hours: 10,
      version: null,
    }).expect(404);
    // Whole hours only.
    const bad = await put(thomas, url, { year: 2025, hours: 10.5, version: 2 }).expect(400);
    expect(bad.body.errors[0].path).toBe('body.hours');
    const audit = await sql(`SELECT 1 FROM audit_event WHERE action = 'gp-hours-allotment.set' AND entity_id = $1`, [
      sydId,
    ]);
    expect(audit).toHaveLength(2);
  });

  it('the summary sums hours per kind in SQL against the allotment (figures by hand)', async () => {
    const url = `/api/gp-areas/${sydId}/time-entries`;
    await post(peter, url, { workedOn: '2025-03-04', kind: 'TEACHING', hours: 2.5, note: 'Temadag' }).expect(201);
    await post(peter, url, { workedOn: '2025-06-10', kind: 'TEACHING', hours: 1.25, note: null }).expect(201);
    await post(peter, url, { workedOn: '2025-12-31', kind: 'MEETINGS', hours: 0.75, note: null }).expect(201);
    // Outside the year and outside the area: not counted.
    await post(peter, url, { workedOn: '2024-12-31', kind: 'MEETINGS', hours: 8, note: null }).expect(201);
    await post(mads, `/api/gp-areas/${nordId}/time-entries`, {
      workedOn: '2025-05-05',
      kind: 'TEACHING',
      hours: 4,
      note: null,
    }).expect(201);
    const s = (await peter.agent.get(`/api/gp-areas/${sydId}/hours-summary?year=2025`).expect(200))
      .body as GpHoursSummary;
    expect(s.year).toBe(2025);
    // Allotment 2025 set to 120 in the test above; 2.5 + 1.25 + 0.75 = 4.5 logged.
    expect(s.allotted).toBe(120);
    expect(s.logged).toBe(4.5);
    const kinds = Object.fromEntries(s.byKind.map((k) => [k.kind, [k.hours, k.entries]]));
    expect(kinds).toEqual({
      TRAINEE_CONTACT: [0, 0],
      TUTOR_SUPPORT: [0, 0],
      DEPARTMENT_VISIT: [0, 0],
      EVALUATION_FOLLOW_UP: [0, 0],
      TEACHING: [3.75, 2],
      RECRUITMENT_APPROVAL: [0, 0],
      MEETINGS: [0.75, 1],
      OTHER: [0, 0],
    });
    const list = (await peter.agent.get(`${url}?year=2025`).expect(200)).body;
    expect(list.items.map((i: { hours: number }) => i.hours)).toEqual([0.75, 1.25, 2.5]);
  });

  it('validates a time entry: quarter hours 0.25–24, a known kind, a date', async () => {
    const url = `/api/gp-areas/${sydId}/time-entries`;
    for (const [body, path] of [
      [{ workedOn: '2026-01-02', kind: 'TEACHING', hours: 0.3, note: null }, 'body.hours'],
      [{ workedOn: '2026-01-02', kind: 'TEACHING', hours: 0, note: null }, 'body.hours'],
      [{ workedOn: '2026-01-02', kind: 'TEACHING', hours: 24.25, note: null }, 'body.hours'],
      [{ workedOn: '2026-01-02', kind: 'GOLF', hours: 1, note: null }, 'body.kind'],
      [{ workedOn: 'i går', kind: 'TEACHING', hours: 1, note: null }, 'body.workedOn'],
      [{ workedOn: '2026-01-02', kind: 'TEACHING', hours: 1, note: ['x'] }, 'body.note'],
    ] as const) {
      const res = await post(peter, url, body).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    await post(peter, url, { workedOn: '2026-01-02', kind: 'TEACHING', hours: 24, note: null }).expect(201);
  });

  it('edit and delete own entries with the version: a stale one is 409; others’ entries are refused', async () => {
    const url = `/api/gp-areas/${sydId}/time-entries`;
    const e = (await post(peter, url, { workedOn: '2026-02-02', kind: 'OTHER', hours: 1, note: 'a' }).expect(201)).body;
    const v2 = await put(peter, `${url}/${e.id}`, {
      workedOn: '2026-02-02',
      kind: 'TUTOR_SUPPORT',
      hours: 1.5,
      note: 'b',
      version: 1,
    }).expect(200);
    expect(v2.body).toMatchObject({ kind: 'TUTOR_SUPPORT', hours: 1.5, version: 2, own: true });
    const stale = await put(peter, `${url}/${e.id}`, {
      workedOn: '2026-02-02',
      kind: 'OTHER',
      hours: 2,
      note: 'c',
      version: 1,
    }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('TUTOR_SUPPORT');
    await peter.agent.delete(`${url}/${e.id}?version=1`).set('x-csrf-token', peter.csrf).expect(409);
    // The administrator reads the log but neither logs time nor edits the AMU's entries.
    await post(thomas, url, { workedOn: '2026-02-02', kind: 'OTHER', hours: 1, note: null }).expect(403);
    await thomas.agent.delete(`${url}/${e.id}?version=2`).set('x-csrf-token', thomas.csrf).expect(403);
    // Another area's AMU: 404.
    await mads.agent.delete(`${url}/${e.id}?version=2`).set('x-csrf-token', mads.csrf).expect(404);
    await peter.agent.delete(`${url}/${e.id}?version=2`).set('x-csrf-token', peter.csrf).expect(204);
    await peter.agent.delete(`${url}/${e.id}?version=2`).set('x-csrf-token', peter.csrf).expect(404);
  });
});

describe('courses in difficulty (restricted note)', () => {
  const url = () => `/api/gp-areas/${sydId}/trainees/${amalieCourse}/difficulty`;
  const SECRET = 'Sygemeldt to uger; tutor bekymret for trivsel';

  it('only the area’s AMU reads and writes it; every read and write is audited without the text', async () => {
    const empty = await peter.agent.get(url()).expect(200);
    expect(empty.body).toEqual({ note: null });
    const created = await post(peter, `${url()}/entries`, {
      entryOn: '2026-11-01',
      text: SECRET,
      handledWith: 'TUTOR',
    }).expect(201);
    expect(created.body.note).toMatchObject({ state: 'OPEN', handledWith: 'TUTOR', version: 1 });
    expect(created.body.note.entries).toHaveLength(1);
    await post(peter, `${url()}/entries`, {
      entryOn: '2026-11-10',
      text: 'Møde med afdelingen',
      handledWith: 'BOTH',
    }).expect(201);
    const read = await peter.agent.get(url()).expect(200);
    expect(read.body.note.entries.map((e: { entryOn: string }) => e.entryOn)).toEqual(['2026-11-10', '2026-11-01']);
    // Opened with TUTOR; a later entry does not change it (the PUT does).
    expect(read.body.note.handledWith).toBe('TUTOR');

    const changed = await put(peter, url(), { state: 'CLOSED', handledWith: 'BOTH', version: 1 }).expect(200);
    expect(changed.body.note).toMatchObject({ state: 'CLOSED', handledWith: 'BOTH', version: 2 });
    const stale = await put(peter, url(), { state: 'OPEN', handledWith: 'BOTH', version: 1 }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');

    const rows = await sql<{ action: string; actor_id: string; data: unknown }>(
      `SELECT action, actor_id::text, data FROM audit_event
        WHERE action LIKE 'gp-difficulty-note.%' AND entity_id = $1 ORDER BY id`,
      [amalieCourse],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'gp-difficulty-note.read',
      'gp-difficulty-note.open',
      'gp-difficulty-note.add-entry',
      'gp-difficulty-note.add-entry',
      'gp-difficulty-note.read',
      'gp-difficulty-note.update',
    ]);
    expect(new Set(rows.map((r) => r.actor_id))).toEqual(new Set([peter.me.user.id]));
    const all = JSON.stringify(rows.map((r) => r.data));
    expect(all).not.toContain('Sygemeldt');
    expect(all).not.toContain('afdelingen');
  });

  it('the regional administrator, Tutorcentret, the UAO and another area’s AMU get 404; a trainee 403', async () => {
    const others = [
      thomas,
      await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'EDUCATION_CENTRE')),
      await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO')),
      mads,
    ];
    const before = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'gp-difficulty-note.%'`,
    );
    for (const s of others) {
      for (const res of [
        await s.agent.get(url()),
        await post(s, `${url()}/entries`, { entryOn: '2026-11-12', text: 'x', handledWith: 'TUTOR' }),
        await put(s, url(), { state: 'OPEN', handledWith: 'TUTOR', version: 2 }),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
        expect(JSON.stringify(res.body)).not.toContain('Sygemeldt');
      }
    }
    const after = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'gp-difficulty-note.%'`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    const trainee = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TRAINEE'));
    await trainee.agent.get(url()).expect(403);
    // The AMU sees whether they may open it.
    const detail = await thomas.agent.get(`/api/gp-areas/${sydId}/trainees/${amalieCourse}`).expect(200);
    expect(detail.body.canReadDifficulty).toBe(false);
    const own = await peter.agent.get(`/api/gp-areas/${sydId}/trainees/${amalieCourse}`).expect(200);
    expect(own.body.canReadDifficulty).toBe(true);
  });

  it('validates an entry (400 with field errors)', async () => {
    const res = await post(peter, `${url()}/entries`, { entryOn: '2026-11-12', text: '  ', handledWith: 'HR' }).expect(
      400,
    );
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.handledWith', 'body.text']);
  });
});
