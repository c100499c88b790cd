import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendar,
  todayInDenmark,
  visitDueStatus,
  type Activity,
  type GpDepartmentVisit,
  type GpVisitList,
} from '@portal/contracts';
import { createTestApp, demoUser, HOVEDSTADEN, login, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let peter: LoggedIn; // AMU, gp-syd
let mads: LoggedIn; // AMU, gp-nord
let karen: LoggedIn; // Tutorcentret, AHH
let thomas: LoggedIn; // regional administrator
let syd = '';
let nord = '';
const dept: Record<string, string> = {}; // AHH departments by name

const areaOf = (s: LoggedIn) => s.me.assignments.find((a) => a.role === 'GP_COORDINATOR')!.unit!.id;
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
const visitsUrl = (area: string) => `/api/gp-areas/${area}/department-visits`;
const dueList = async (s: LoggedIn, area: string) =>
  (await s.agent.get(visitsUrl(area)).expect(200)).body as GpVisitList;
const rowOf = (l: GpVisitList, name: string) => l.items.find((i) => i.department.name === name);

const today = todayInDenmark();
const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

function activityBody(over: Record<string, unknown>) {
  return {
    kind: 'DEPARTMENT_VISIT',
    title: 'Besøg fra almen medicin',
    startsOn: plusDays(today, 20),
    endsOn: null,
    place: null,
    audience: 'ALL',
    capacity: null,
    description: null,
    departmentId: null,
    hospitalId: null,
    ...over,
  };
}

/** Sets an activity's state (HELD / PLANNED) through the activities module's edit. */
async function setState(s: LoggedIn, a: Activity, state: string) {
  const res = await put(s, `/api/activities/${a.id}`, {
    kind: a.kind,
    title: a.title,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    place: a.place,
    audience: a.audience,
    capacity: a.capacity,
    description: a.description,
    departmentId: a.department?.id ?? null,
    state,
    version: a.version,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Activity;
}

beforeAll(async () => {
  t = createTestApp();
  peter = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
  mads = await login(t.app, HOVEDSTADEN, 'mads.winther@regionh.dk');
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  thomas = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
  syd = areaOf(peter);
  nord = areaOf(mads);
  const res = await mads.agent.get(`${visitsUrl(nord)}/linkable`).expect(200);
  for (const d of res.body.items as { id: string; name: string; hospital: { name: string } | null }[])
    if (d.hospital?.name === 'Amager og Hvidovre Hospital') dept[d.name] = d.id;
});
afterAll(() => t.close());

describe('due list', () => {
  it('gives gp-syd’s demo departments with hand-computed due dates, overdue first', async () => {
    const l = await dueList(peter, syd);
    expect(l.area).toEqual({ id: syd, name: 'Almen praksis, Område Syd' });
    const names = ['Kardiologisk Afdeling', 'Ortopædkirurgisk Afdeling', 'Kirurgisk Gastroenterologisk Afdeling'];
    const demo = l.items.filter((i) => [...names, 'Gynækologisk-Obstetrisk Afdeling'].includes(i.department.name));
    // Kardiologisk: last held visit 3 years 4 months ago → due 4 months ago (overdue).
    // Ortopædkirurgisk: joined 2 years 10 months ago, never visited → due in 2 months; planned in 35 days.
    // Kirurgisk: last visit 2 years 9 months ago → due in 3 months.
    // Gynækologisk-Obstetrisk: visited 1 year 1 month ago → due in 1 year 11 months (later).
    expect(demo.map((i) => [i.department.name, i.status, i.dueOn])).toEqual([
      ['Kardiologisk Afdeling', 'OVERDUE', addCalendar(addCalendar(today, -3, -4), 3)],
      ['Ortopædkirurgisk Afdeling', 'DUE_SOON', addCalendar(addCalendar(today, -3, 2), 3)],
      ['Kirurgisk Gastroenterologisk Afdeling', 'DUE_SOON', addCalendar(addCalendar(today, -3, 3), 3)],
      ['Gynækologisk-Obstetrisk Afdeling', 'LATER', addCalendar(addCalendar(today, -1, -1), 3)],
    ]);
    expect(l.items[0]!.status).toBe('OVERDUE');
    const orto = rowOf(l, 'Ortopædkirurgisk Afdeling')!;
    expect(orto.lastVisit).toBeNull();
    expect(orto.plannedVisit?.startsOn).toBe(plusDays(today, 35));
    expect(rowOf(l, 'Kardiologisk Afdeling')!.lastVisit?.startsOn).toBe(addCalendar(today, -3, -4));
    expect(rowOf(l, 'Kardiologisk Afdeling')!.clinicalLecturers).toBe('Anne Møller, Søren Dahl');
    // The counts agree with the rows.
    expect(l.counts.overdue).toBe(l.items.filter((i) => i.status === 'OVERDUE').length);
    expect(l.counts.dueSoon).toBeGreaterThanOrEqual(2);
    // The held visit of Gynækologisk-Obstetrisk is an activity with a report and follow-ups.
    const gyn = rowOf(l, 'Gynækologisk-Obstetrisk Afdeling')!;
    const a = (await peter.agent.get(`/api/activities/${gyn.lastVisit!.activityId}`).expect(200)).body as Activity;
    expect(a.state).toBe('HELD');
    expect(a.report).toContain('ambulatoriedag');
    expect(a.followUps).toHaveLength(2);
  });

  it('links a department, counts 3 years from the last HELD visit (29 Feb + 3 years = 28 Feb) and moves it out of overdue', async () => {
    const kard = dept['Kardiologisk Afdeling']!;
    const link = await post(mads, visitsUrl(nord), {
      departmentId: kard,
      joinedOn: '2010-01-01',
      clinicalLecturers: 'Jonas Krog',
    });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const created = link.body as GpDepartmentVisit;
    // Never visited: due 2013-01-01 → overdue.
    expect([created.dueOn, created.status, created.lastVisit, created.plannedVisit]).toEqual([
      '2013-01-01',
      'OVERDUE',
      null,
      null,
    ]);

    // A visit on 29 Feb 2024, planned, then recorded as held.
    const v = await post(
      mads,
      '/api/activities',
      activityBody({ hospitalId: nord, departmentId: kard, startsOn: '2024-02-29' }),
    );
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    expect((v.body as Activity).hospital).toEqual({ id: nord, name: 'Almen praksis, Område Nord', kind: 'GP_AREA' });
    let row = rowOf(await dueList(mads, nord), 'Kardiologisk Afdeling')!;
    expect(row.plannedVisit).toEqual({ activityId: v.body.id, startsOn: '2024-02-29' });
    expect(row.dueOn).toBe('2013-01-01'); // a planned visit does not count
    await setState(mads, v.body as Activity, 'HELD');
    row = rowOf(await dueList(mads, nord), 'Kardiologisk Afdeling')!;
    expect(row.lastVisit).toEqual({ activityId: v.body.id, startsOn: '2024-02-29' });
    expect(row.plannedVisit).toBeNull();
    expect(row.dueOn).toBe('2027-02-28');
    expect(row.status).toBe(visitDueStatus('2027-02-28', today));

    // Tutorcentret's own visit to the same department does not count for the GP area.
    const tc = await post(
      karen,
      '/api/activities',
      activityBody({ hospitalId: null, departmentId: kard, startsOn: today }),
    );
    expect(tc.status).toBe(400); // Tutorcentret's activities are its hospital's
    const ahh = (await karen.agent.get('/api/org-units').expect(200)).body;
    const ahhId = ((ahh.items ?? ahh) as { id: string; name: string }[]).find(
      (u) => u.name === 'Amager og Hvidovre Hospital',
    )!.id;
    const tcVisit = await post(
      karen,
      '/api/activities',
      activityBody({ hospitalId: ahhId, departmentId: kard, startsOn: today }),
    );
    expect(tcVisit.status, JSON.stringify(tcVisit.body)).toBe(201);
    await setState(karen, tcVisit.body as Activity, 'HELD');
    expect(rowOf(await dueList(mads, nord), 'Kardiologisk Afdeling')!.lastVisit?.startsOn).toBe('2024-02-29');
  });

  it('the regional administrator sees every area; another AMU’s area answers 404', async () => {
    expect((await dueList(thomas, syd)).items.length).toBeGreaterThanOrEqual(4);
    await thomas.agent.get(visitsUrl(nord)).expect(200);
    const a = await peter.agent.get(visitsUrl(nord)).expect(404);
    expect(a.body.code).toBe('NOT_FOUND');
    await mads.agent.get(visitsUrl(syd)).expect(404);
    await mads.agent.get(`${visitsUrl(syd)}/linkable`).expect(404);
  });
});

describe('linking departments', () => {
  it('validates the department, the date and the fields', async () => {
    const akut = dept['Akutmodtagelsen']!;
    // A GP area is not a hospital department.
    const wrongKind = await post(mads, visitsUrl(nord), {
      departmentId: syd,
      joinedOn: '2020-01-01',
      clinicalLecturers: null,
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors[0].path).toBe('body.departmentId');
    const future = await post(mads, visitsUrl(nord), {
      departmentId: akut,
      joinedOn: plusDays(today, 1),
      clinicalLecturers: null,
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('body.joinedOn');
    const arr = await post(mads, visitsUrl(nord), {
      departmentId: akut,
      joinedOn: '2020-01-01',
      clinicalLecturers: ['A'],
    });
    expect(arr.status).toBe(400);
    const badDate = await post(mads, visitsUrl(nord), {
      departmentId: akut,
      joinedOn: '2020-02-30',
      clinicalLecturers: null,
    });
    expect(badDate.status).toBe(400);
    const unknown = await post(mads, visitsUrl(nord), {
      departmentId: '00000000-0000-4000-8000-000000000001',
      joinedOn: '2020-01-01',
      clinicalLecturers: null,
    });
    expect(unknown.status).toBe(404);
    // Linking twice: 409.
    await post(mads, visitsUrl(nord), { departmentId: akut, joinedOn: '2020-01-01', clinicalLecturers: null }).expect(
      201,
    );
    const dup = await post(mads, visitsUrl(nord), {
      departmentId: akut,
      joinedOn: '2021-01-01',
      clinicalLecturers: null,
    });
    expect(dup.status).toBe(409);
  });

  it('edits with optimistic concurrency (409 on a stale version) and keeps the AMU to their own area', async () => {
    const gyn = dept['Gynækologisk-Obstetrisk Afdeling']!;
    const created = (
      await post(mads, visitsUrl(nord), { departmentId: gyn, joinedOn: '2019-04-01', clinicalLecturers: null }).expect(
        201,
      )
    ).body as GpDepartmentVisit;
    expect(created.dueOn).toBe('2022-04-01');
    const url = `${visitsUrl(nord)}/${created.id}`;
    const ok = await put(mads, url, {
      joinedOn: '2024-04-01',
      clinicalLecturers: 'Jonas Krog',
      version: created.version,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect([ok.body.dueOn, ok.body.clinicalLecturers, ok.body.version]).toEqual(['2027-04-01', 'Jonas Krog', 2]);
    const stale = await put(mads, url, { joinedOn: '2018-01-01', clinicalLecturers: null, version: created.version });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain('version 2');
    // Peter Juhl (gp-syd): gp-nord's link answers 404, also when addressed through his own area.
    await put(peter, url, { joinedOn: '2024-04-01', clinicalLecturers: null, version: 2 }).expect(404);
    await put(peter, `${visitsUrl(syd)}/${created.id}`, {
      joinedOn: '2024-04-01',
      clinicalLecturers: null,
      version: 2,
    }).expect(404);
    await peter.agent.delete(`${url}?version=2`).set('x-csrf-token', peter.csrf).expect(404);
    // Unlinking: a stale version 409, then gone.
    await mads.agent.delete(`${url}?version=1`).set('x-csrf-token', mads.csrf).expect(409);
    const del = await mads.agent.delete(`${url}?version=2`).set('x-csrf-token', mads.csrf).expect(200);
    expect((del.body as GpVisitList).items.some((i) => i.id === created.id)).toBe(false);
  });

  it('refuses to unlink a department the area has visits to', async () => {
    const row = rowOf(await dueList(peter, syd), 'Kardiologisk Afdeling')!;
    const res = await peter.agent
      .delete(`${visitsUrl(syd)}/${row.id}?version=${row.version}`)
      .set('x-csrf-token', peter.csrf);
    expect(res.status).toBe(409);
  });
});

describe('activities organised by a GP area', () => {
  it('the AMU creates a theme day for gp-syd, not for gp-nord, and sees only their area’s activities', async () => {
    const theme = await post(
      peter,
      '/api/activities',
      activityBody({
        kind: 'THEME_DAY',
        title: 'Temadag for tutorlæger',
        hospitalId: syd,
        capacity: 30,
        audience: 'SUPERVISORS',
      }),
    );
    expect(theme.status, JSON.stringify(theme.body)).toBe(201);
    expect(theme.body.hospital.kind).toBe('GP_AREA');
    const intro = await post(
      peter,
      '/api/activities',
      activityBody({ kind: 'INTRO_MEETING', title: 'Intro', hospitalId: syd, capacity: 20 }),
    );
    expect(intro.status).toBe(201);
    const course = await post(
      peter,
      '/api/activities',
      activityBody({ kind: 'COURSE', title: 'Logbogskursus', hospitalId: syd, capacity: 20 }),
    );
    expect(course.status).toBe(201);
    const other = await post(
      peter,
      '/api/activities',
      activityBody({ kind: 'THEME_DAY', title: 'Nord', hospitalId: nord, capacity: 30 }),
    );
    expect(other.status).toBe(404);
    // A hospital is not the AMU's to organise for.
    const list = (await peter.agent.get('/api/activities').expect(200)).body.items as Activity[];
    expect(list.some((a) => a.id === theme.body.id)).toBe(true);
    expect(list.every((a) => a.hospital?.id === syd)).toBe(true);
    expect(list.some((a) => a.kind === 'INTRO_MEETING' && a.title.startsWith('Introduktionsmøde'))).toBe(true);
    // Mads Winther sees none of gp-syd's activities; Tutorcentret none either.
    await mads.agent.get(`/api/activities/${theme.body.id}`).expect(404);
    const madsList = (await mads.agent.get('/api/activities').expect(200)).body.items as Activity[];
    expect(madsList.every((a) => a.hospital?.id === nord)).toBe(true);
    const karenList = (await karen.agent.get('/api/activities').expect(200)).body.items as Activity[];
    expect(karenList.some((a) => a.hospital?.id === syd)).toBe(false);
    await karen.agent.get(`/api/activities/${theme.body.id}`).expect(404);
    // Tutorcentret cannot organise for a GP area.
    const tc = await post(
      karen,
      '/api/activities',
      activityBody({ kind: 'THEME_DAY', title: 'X', hospitalId: syd, capacity: 5 }),
    );
    expect(tc.status).toBe(404);
  });

  it('a GP-area visit needs a department linked to the area; a hospital visit a department of that hospital', async () => {
    const anae = dept['Anæstesiologisk Afdeling']!;
    const notLinked = await post(peter, '/api/activities', activityBody({ hospitalId: syd, departmentId: anae }));
    expect(notLinked.status).toBe(400);
    expect(notLinked.body.errors[0].path).toBe('body.departmentId');
    const kard = dept['Kardiologisk Afdeling']!;
    const ok = await post(peter, '/api/activities', activityBody({ hospitalId: syd, departmentId: kard }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    // The visit carries participants, a report and follow-ups like Tutorcentret's.
    const id = ok.body.id as string;
    await post(peter, `/api/activities/${id}/registrations`, { userId: peter.me.user.id }).expect(201);
    await post(peter, `/api/activities/${id}/registrations`, {
      name: 'Anne Møller',
      email: 'anne.moeller@regionh.dk',
      department: 'Klinisk lektor',
    }).expect(201);
    const held = await setState(peter, ok.body as Activity, 'HELD');
    const rep = await put(peter, `/api/activities/${id}/report`, { report: 'Godt besøg.', version: held.version });
    expect(rep.status).toBe(200);
    await post(peter, `/api/activities/${id}/follow-ups`, {
      text: 'Plan for ambulatoriedage',
      ownerUserId: null,
      ownerText: 'UAO',
      dueOn: null,
      done: false,
    }).expect(201);
    // Held today → Kardiologisk is no longer overdue for gp-syd.
    const row = rowOf(await dueList(peter, syd), 'Kardiologisk Afdeling')!;
    expect([row.lastVisit?.startsOn, row.status]).toEqual([plusDays(today, 20), 'LATER']);
    // Tutorcentret: a department of another hospital is still refused (as before).
    const ahh = (await karen.agent.get('/api/activities').expect(200)).body.items as Activity[];
    const ahhId = ahh.find((a) => a.hospital?.name === 'Amager og Hvidovre Hospital')!.hospital!.id;
    const wrong = await post(karen, '/api/activities', activityBody({ hospitalId: ahhId, departmentId: syd }));
    expect(wrong.status).toBe(404);
  });

  it('an AMU’s stats list the intro meetings once held; Tutorcentret’s kinds stay the five', async () => {
    const from = addCalendar(today, -2);
    const intro = await post(
      peter,
      '/api/activities',
      activityBody({
        kind: 'INTRO_MEETING',
        title: 'Intro, forår',
        hospitalId: syd,
        capacity: 20,
        startsOn: plusDays(today, -10),
      }),
    );
    expect(intro.status).toBe(201);
    await setState(peter, intro.body as Activity, 'HELD');
    const mine = await peter.agent.get(`/api/activities/stats?from=${from}&to=${today}`).expect(200);
    const kinds = (mine.body.byKind as { kind: string; held: number }[]).map((k) => [k.kind, k.held]);
    expect(kinds.find(([k]) => k === 'INTRO_MEETING')).toEqual(['INTRO_MEETING', 1]);
    expect(kinds.some(([k]) => k === 'COURSE')).toBe(false);
    const s = await karen.agent.get(`/api/activities/stats?from=${from}&to=${today}`).expect(200);
    expect(s.body.byKind.map((k: { kind: string }) => k.kind)).toEqual([
      'DEPARTMENT_VISIT',
      'SUPERVISOR_COURSE',
      'THEME_DAY',
      'WORKSHOP',
      'THEME_HOUR',
    ]);
  });
});
