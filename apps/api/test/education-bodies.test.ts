import type { BodyDetail, BodySummary, MeetingDetail } from '@portal/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/lib/db.js';
import { listBodyStatus } from '../src/modules/education-bodies/education-bodies.repository.js';
import { toStatus } from '../src/modules/education-bodies/education-bodies.service.js';
import { createTestApp, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let mette: LoggedIn; // UAO, Kardiologisk Afdeling
let karen: LoggedIn; // Tutorcentret, AHH
let jens: LoggedIn; // vejleder, member of the forum only
let ida: LoggedIn; // UKYL, member of the team, council and network, not of the forum
let sofie: LoggedIn; // KBU-læge, member of nothing
let units: Record<string, string>;

beforeAll(async () => {
  t = createTestApp();
  mette = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  jens = await login(t.app, HOVEDSTADEN, 'jens.mikkelsen@regionh.dk');
  ida = await login(t.app, HOVEDSTADEN, 'ida.sorensen@regionh.dk');
  sofie = await login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk');
  const res = await karen.agent.get('/api/org-units').expect(200);
  units = Object.fromEntries((res.body.items as { id: string; name: string }[]).map((u) => [u.name, u.id]));
});
afterAll(() => t.close());

const kard = () => units['Kardiologisk Afdeling']!;
const kir = () => units['Kirurgisk Gastroenterologisk Afdeling']!;
const ahh = () => units['Amager og Hvidovre Hospital']!;

async function createBody(s: LoggedIn, body: Record<string, unknown>): Promise<BodyDetail> {
  const res = await s.agent.post('/api/education-bodies').set('x-csrf-token', s.csrf).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as BodyDetail;
}

async function createMeeting(s: LoggedIn, bodyId: string, body: Record<string, unknown>): Promise<MeetingDetail> {
  const res = await s.agent.post(`/api/education-bodies/${bodyId}/meetings`).set('x-csrf-token', s.csrf).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as MeetingDetail;
}

async function demoBody(s: LoggedIn, kind: string, unitId = kard()): Promise<BodySummary> {
  const res = await s.agent.get(`/api/education-bodies?kind=${kind}&unitId=${unitId}`).expect(200);
  // By the demo name: other test files create (and rename) bodies of the same kind in parallel.
  const demoName: Record<string, string> = { FORUM: 'Uddannelsesforum', TEAM: 'Uddannelsesteamet' };
  const item = (res.body.items as BodySummary[]).find((b) => b.name === demoName[kind]);
  expect(item, `a demo ${kind}`).toBeDefined();
  return item!;
}

describe('standing agenda items', () => {
  it('a forum meeting gets "Uddannelseslæger i vanskeligheder" first, marked standing', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test forum' });
    const m = await createMeeting(mette, body.id, {
      date: '2026-12-03',
      startTime: '15:00',
      endTime: '16:00',
      agenda: ['Kompetencekort'],
    });
    expect(m.agenda.map((a) => [a.title, a.standing])).toEqual([
      ['Uddannelseslæger i vanskeligheder: forebyggelse, tidlig opsporing og håndtering', true],
      ['Kompetencekort', false],
    ]);
  });

  it('a network meeting gets "Strategiinitiativer"; a team meeting gets none', async () => {
    const network = await createBody(karen, { kind: 'NETWORK', unitId: ahh(), name: 'Test netværk' });
    const n = await createMeeting(karen, network.id, { date: '2026-12-04', startTime: '13:00', endTime: '15:00' });
    expect(n.agenda).toEqual([expect.objectContaining({ title: 'Strategiinitiativer', standing: true })]);
    const team = await createBody(mette, { kind: 'TEAM', unitId: kard(), name: 'Test team' });
    const tm = await createMeeting(mette, team.id, {
      date: '2026-12-04',
      startTime: '08:00',
      endTime: '09:00',
      agenda: ['Introduktion'],
    });
    expect(tm.agenda.map((a) => a.standing)).toEqual([false]);
  });

  it('editing the agenda keeps the standing item', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test forum 2' });
    const m = await createMeeting(mette, body.id, { date: '2026-12-05', startTime: '15:00', endTime: '16:00' });
    const res = await mette.agent
      .put(`/api/education-meetings/${m.id}`)
      .set('x-csrf-token', mette.csrf)
      .send({
        date: '2026-12-06',
        startTime: '15:00',
        endTime: '16:30',
        place: 'Lokale 3',
        agenda: ['A', 'B'],
        version: 1,
      })
      .expect(200);
    expect((res.body as MeetingDetail).agenda.map((a) => a.title)).toEqual([m.agenda[0]!.title, 'A', 'B']);
    expect((res.body as MeetingDetail).endTime).toBe('16:30');
  });
});

describe('working / overdue', () => {
  async function statusAt(bodyId: string, now: Date) {
    const rows = await withTenant(t.db, mette.me.tenant.id, (tx) =>
      listBodyStatus(tx, mette.me.tenant.id, { visibleUnits: 'tenant', bodyIds: [bodyId], now }),
    );
    return toStatus(rows[0]!, now);
  }

  it('monthly: working until held + 1 month + 14 days inclusive, overdue from the next moment', async () => {
    const body = await createBody(mette, { kind: 'TEAM', unitId: kard(), name: 'Test grænse' });
    const m = await createMeeting(mette, body.id, { date: '2026-01-15', startTime: '14:00', endTime: '15:00' });
    expect(m.startsAt).toBe('2026-01-15T13:00:00.000Z'); // 14:00 in Copenhagen in winter
    await mette.agent
      .put(`/api/education-meetings/${m.id}/status`)
      .set('x-csrf-token', mette.csrf)
      .send({ status: 'HELD', version: 1 })
      .expect(200);
    const due = new Date('2026-03-01T13:00:00.000Z'); // 15 Feb + 14 days
    const atDue = await statusAt(body.id, due);
    expect(atDue).toMatchObject({ working: true, health: 'WORKING', overdueSince: null });
    expect(atDue.lastHeldAt).toBe('2026-01-15T13:00:00.000Z');
    const after = await statusAt(body.id, new Date(due.getTime() + 1));
    expect(after).toMatchObject({ working: false, health: 'OVERDUE', overdueSince: due.toISOString() });
    // Before the meeting was held, the body was new (no meeting yet) — not "working".
    const before = await statusAt(body.id, new Date('2026-01-15T12:59:00.000Z'));
    expect(before.working).toBe(false);
    expect(before.lastHeldAt).toBeNull();
  });

  it('a cadence in days: 10 days + 14 days of grace', async () => {
    const body = await createBody(mette, {
      kind: 'TEAM',
      unitId: kard(),
      name: 'Test dage',
      cadence: { value: 10, unit: 'DAY' },
    });
    const m = await createMeeting(mette, body.id, { date: '2026-06-10', startTime: '10:00', endTime: '11:00' });
    expect(m.startsAt).toBe('2026-06-10T08:00:00.000Z'); // summer time
    await mette.agent
      .put(`/api/education-meetings/${m.id}/status`)
      .set('x-csrf-token', mette.csrf)
      .send({ status: 'HELD', version: 1 })
      .expect(200);
    expect((await statusAt(body.id, new Date('2026-07-04T08:00:00.000Z'))).working).toBe(true);
    expect((await statusAt(body.id, new Date('2026-07-04T08:00:00.001Z'))).working).toBe(false);
  });

  it('planned and cancelled meetings do not count as held; the next planned one is shown', async () => {
    const body = await createBody(mette, { kind: 'TEAM', unitId: kard(), name: 'Test aflyst' });
    const m = await createMeeting(mette, body.id, { date: '2026-02-01', startTime: '14:00', endTime: '15:00' });
    await mette.agent
      .put(`/api/education-meetings/${m.id}/status`)
      .set('x-csrf-token', mette.csrf)
      .send({ status: 'CANCELLED', version: 1 })
      .expect(200);
    const next = await createMeeting(mette, body.id, { date: '2026-03-01', startTime: '14:00', endTime: '15:00' });
    const s = await statusAt(body.id, new Date('2026-02-10T00:00:00.000Z'));
    expect(s.lastHeldAt).toBeNull();
    expect(s.nextPlannedAt).toBe(next.startsAt);
  });

  it('the demo forum of Kardiologisk is overdue, the team is working; the list filters on overdue', async () => {
    const forum = await demoBody(mette, 'FORUM');
    const team = await demoBody(mette, 'TEAM');
    expect(forum.status.health).toBe('OVERDUE');
    expect(forum.status.overdueSince).not.toBeNull();
    expect(team.status).toMatchObject({ health: 'WORKING', working: true });
    const overdue = await mette.agent.get('/api/education-bodies?overdue=true').expect(200);
    const ids = (overdue.body.items as BodySummary[]).map((b) => b.id);
    expect(ids).toContain(forum.id);
    expect(ids).not.toContain(team.id);
  });

  it('a team without management, UAO or UKYL shows what it lacks', async () => {
    const body = await createBody(mette, { kind: 'TEAM', unitId: kard(), name: 'Test mangler' });
    expect(body.missingFunctions).toEqual(['MANAGEMENT', 'UAO', 'UKYL']);
    await mette.agent
      .post(`/api/education-bodies/${body.id}/members`)
      .set('x-csrf-token', mette.csrf)
      .send({ userId: mette.me.user.id, function: 'UAO', startDate: '2025-01-01' })
      .expect(201);
    const res = await mette.agent.get(`/api/education-bodies/${body.id}`).expect(200);
    expect(res.body.missingFunctions).toEqual(['MANAGEMENT', 'UKYL']);
    expect((await demoBody(mette, 'TEAM')).status).toBeDefined();
    const demoTeam = await mette.agent.get(`/api/education-bodies/${(await demoBody(mette, 'TEAM')).id}`).expect(200);
    expect(demoTeam.body.missingFunctions).toEqual([]);
  });
});

describe('scope and membership', () => {
  it('the UAO of Kardiologisk cannot see or manage Kirurgisk’s team (404)', async () => {
    const team = await createBody(karen, { kind: 'TEAM', unitId: kir(), name: 'Test kirurgi' });
    expect(team.canManage).toBe(true);
    await mette.agent.get(`/api/education-bodies/${team.id}`).expect(404);
    const put = await mette.agent
      .put(`/api/education-bodies/${team.id}`)
      .set('x-csrf-token', mette.csrf)
      .send({ name: 'x', cadence: { value: 1, unit: 'MONTH' }, termsOfReference: '', version: 1 });
    expect(put.status).toBe(404);
    expect(put.body.code).toBe('NOT_FOUND');
    await mette.agent
      .post(`/api/education-bodies/${team.id}/meetings`)
      .set('x-csrf-token', mette.csrf)
      .send({ date: '2026-12-01', startTime: '08:00', endTime: '09:00' })
      .expect(404);
    // Nor create one there, nor a hospital-level body.
    await mette.agent
      .post('/api/education-bodies')
      .set('x-csrf-token', mette.csrf)
      .send({ kind: 'TEAM', unitId: kir(), name: 'x' })
      .expect(404);
    await mette.agent
      .post('/api/education-bodies')
      .set('x-csrf-token', mette.csrf)
      .send({ kind: 'COUNCIL', unitId: ahh(), name: 'x' })
      .expect(404);
    const list = await mette.agent.get('/api/education-bodies').expect(200);
    expect((list.body.items as BodySummary[]).map((b) => b.id)).not.toContain(team.id);
  });

  it('a member without the manage permission reads their body and its meetings, and cannot change them', async () => {
    const forum = await demoBody(mette, 'FORUM');
    const res = await jens.agent.get(`/api/education-bodies/${forum.id}`).expect(200);
    const detail = res.body as BodyDetail;
    expect(detail.canManage).toBe(false);
    expect(detail.members.map((m) => m.person.name)).toContain('Jens Mikkelsen');
    const meetingId = detail.meetings[0]!.id;
    const meeting = await jens.agent.get(`/api/education-meetings/${meetingId}`).expect(200);
    expect(meeting.body.canManage).toBe(false);
    await jens.agent
      .put(`/api/education-meetings/${meetingId}/minutes`)
      .set('x-csrf-token', jens.csrf)
      .send({ minutes: 'x', decisions: '', minutesVersion: 1 })
      .expect(403);
    // His list holds the forum only (he is a member of nothing else).
    const list = await jens.agent.get('/api/education-bodies').expect(200);
    expect((list.body.items as BodySummary[]).map((b) => b.id)).toEqual([forum.id]);
  });

  it('non-members cannot read a body or its meetings (404)', async () => {
    const forum = await demoBody(mette, 'FORUM');
    const detail = (await mette.agent.get(`/api/education-bodies/${forum.id}`).expect(200)).body as BodyDetail;
    for (const s of [sofie, ida]) {
      await s.agent.get(`/api/education-bodies/${forum.id}`).expect(404);
      await s.agent.get(`/api/education-meetings/${detail.meetings[0]!.id}`).expect(404);
      await s.agent.get(`/api/education-meetings/${detail.meetings[0]!.id}/meeting.ics`).expect(404);
    }
    expect((await sofie.agent.get('/api/education-bodies').expect(200)).body.items).toEqual([]);
  });

  it('the owner of an action item may tick it off; another member may not', async () => {
    const team = await demoBody(mette, 'TEAM');
    const detail = (await mette.agent.get(`/api/education-bodies/${team.id}`).expect(200)).body as BodyDetail;
    const held = detail.meetings.find((m) => m.status === 'HELD')!;
    const hanne = detail.members.find((m) => m.person.name === 'Hanne Vestergaard')!.person;
    const add = async (text: string, ownerId: string) => {
      const res = await mette.agent
        .post(`/api/education-meetings/${held.id}/action-items`)
        .set('x-csrf-token', mette.csrf)
        .send({ text, ownerId, dueDate: '2026-12-31' })
        .expect(201);
      return (res.body as MeetingDetail).actionItems.find((a) => a.text === text)!;
    };
    const hannes = await add('Test: godkende mødeplan', hanne.id);
    const idas = await add('Test: evaluere introduktion', ida.me.user.id);
    expect(idas.done).toBe(false);
    // Ida is a member (reads the meeting) but neither manages the team nor owns Hanne's item.
    await ida.agent
      .put(`/api/education-action-items/${hannes.id}/done`)
      .set('x-csrf-token', ida.csrf)
      .send({ done: true })
      .expect(403);
    const done = await ida.agent
      .put(`/api/education-action-items/${idas.id}/done`)
      .set('x-csrf-token', ida.csrf)
      .send({ done: true })
      .expect(200);
    expect((done.body as MeetingDetail).actionItems.find((a) => a.id === idas.id)!.done).toBe(true);
    // Someone who cannot read the body gets 404, not 403.
    await sofie.agent
      .put(`/api/education-action-items/${idas.id}/done`)
      .set('x-csrf-token', sofie.csrf)
      .send({ done: false })
      .expect(404);
  });

  it('GET /api/me/meetings lists the upcoming meetings of the caller’s bodies only', async () => {
    const mine = await mette.agent.get('/api/me/meetings').expect(200);
    const names = (mine.body.items as { body: { name: string; kind: string } }[]).map((m) => m.body.kind);
    expect(names).toContain('TEAM');
    for (const m of mine.body.items as { startsAt: string }[])
      expect(Date.parse(m.startsAt)).toBeGreaterThan(Date.now() - 86_400_000);
    expect((await sofie.agent.get('/api/me/meetings').expect(200)).body.items).toEqual([]);
    const jensMeetings = (await jens.agent.get('/api/me/meetings').expect(200)).body.items as {
      body: { kind: string };
    }[];
    for (const m of jensMeetings) expect(m.body.kind).toBe('FORUM');
  });
});

describe('minutes concurrency', () => {
  it('a save on a stale version answers 409 and keeps the other person’s text', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test referat' });
    const m = await createMeeting(mette, body.id, { date: '2026-02-02', startTime: '15:00', endTime: '16:00' });
    const anders = await login(t.app, HOVEDSTADEN, 'anders.holm@regionh.dk');
    const first = await anders.agent
      .put(`/api/education-meetings/${m.id}/minutes`)
      .set('x-csrf-token', anders.csrf)
      .send({ minutes: 'Anders’ referat', decisions: 'Beslutning A', minutesVersion: m.minutesVersion })
      .expect(200);
    expect(first.body.minutesVersion).toBe(m.minutesVersion + 1);
    const stale = await mette.agent
      .put(`/api/education-meetings/${m.id}/minutes`)
      .set('x-csrf-token', mette.csrf)
      .send({ minutes: 'Mettes referat', decisions: '', minutesVersion: m.minutesVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    const now = (await mette.agent.get(`/api/education-meetings/${m.id}`).expect(200)).body as MeetingDetail;
    expect(now.minutes).toBe('Anders’ referat');
    // With the current version, her save goes through.
    await mette.agent
      .put(`/api/education-meetings/${m.id}/minutes`)
      .set('x-csrf-token', mette.csrf)
      .send({ minutes: 'Mettes referat', decisions: '', minutesVersion: now.minutesVersion })
      .expect(200);
  });

  it('the kommissorium is versioned too: a stale body edit answers 409', async () => {
    const body = await createBody(mette, { kind: 'TEAM', unitId: kard(), name: 'Test kommissorium' });
    const edit = { name: 'Test kommissorium', cadence: { value: 1, unit: 'MONTH' }, termsOfReference: 'v2' };
    await mette.agent
      .put(`/api/education-bodies/${body.id}`)
      .set('x-csrf-token', mette.csrf)
      .send({ ...edit, version: body.version })
      .expect(200);
    const res = await mette.agent
      .put(`/api/education-bodies/${body.id}`)
      .set('x-csrf-token', mette.csrf)
      .send({ ...edit, termsOfReference: 'v3', version: body.version });
    expect(res.status).toBe(409);
  });
});

describe('calendar files', () => {
  it('one meeting: text/calendar with VEVENT, DTSTART in UTC, SUMMARY and a stable UID', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test kalender' });
    const m = await createMeeting(mette, body.id, {
      date: '2026-12-10',
      startTime: '15:00',
      endTime: '16:00',
      place: 'Mødelokale 3',
    });
    const res = await mette.agent.get(`/api/education-meetings/${m.id}/meeting.ics`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const text = res.text;
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('DTSTART:20261210T140000Z'); // 15:00 in Copenhagen (winter, +1)
    expect(text).toContain('DTEND:20261210T150000Z');
    expect(text).toContain('SUMMARY:Test kalender – Kardiologisk Afdeling');
    expect(text).toContain(`UID:${m.id}@uddannelsesportal.dk`);
    expect(text).toContain('LOCATION:Mødelokale 3');
    const again = await mette.agent.get(`/api/education-meetings/${m.id}/meeting.ics`).expect(200);
    expect(again.text).toContain(`UID:${m.id}@uddannelsesportal.dk`);
  });

  it('a body’s file holds its upcoming planned meetings only, with summer times right', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test kalender 2' });
    const past = await createMeeting(mette, body.id, { date: '2026-01-10', startTime: '15:00', endTime: '16:00' });
    const future = await createMeeting(mette, body.id, { date: '2027-06-10', startTime: '15:00', endTime: '16:00' });
    const res = await mette.agent.get(`/api/education-bodies/${body.id}/meetings.ics`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.text).toContain(`UID:${future.id}@uddannelsesportal.dk`);
    expect(res.text).toContain('DTSTART:20270610T130000Z'); // summer time, +2
    expect(res.text).not.toContain(past.id);
  });
});

describe('bad input', () => {
  it('refuses a team at hospital level, a meeting ending before it starts, OTHER without text, arrays for strings', async () => {
    const r1 = await karen.agent
      .post('/api/education-bodies')
      .set('x-csrf-token', karen.csrf)
      .send({ kind: 'TEAM', unitId: ahh(), name: 'x' })
      .expect(400);
    expect(r1.body.errors[0].path).toBe('body.unitId');
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test input' });
    const r2 = await mette.agent
      .post(`/api/education-bodies/${body.id}/meetings`)
      .set('x-csrf-token', mette.csrf)
      .send({ date: '2026-12-01', startTime: '15:00', endTime: '14:00' })
      .expect(400);
    expect(r2.body.errors.map((e: { path: string }) => e.path)).toContain('body.endTime');
    const r3 = await mette.agent
      .post(`/api/education-bodies/${body.id}/members`)
      .set('x-csrf-token', mette.csrf)
      .send({ userId: jens.me.user.id, function: 'OTHER', startDate: '2026-01-01' })
      .expect(400);
    expect(r3.body.errors.map((e: { path: string }) => e.path)).toContain('body.functionOther');
    await mette.agent
      .post('/api/education-bodies')
      .set('x-csrf-token', mette.csrf)
      .send({ kind: 'FORUM', unitId: kard(), name: ['a', 'b'] })
      .expect(400);
    await mette.agent.get('/api/education-bodies?kind=FORUM&kind=TEAM').expect(400);
    await mette.agent.get('/api/education-bodies?kind=BOARD').expect(400);
  });

  it('a meeting cannot be marked held before its date', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test fremtid' });
    const m = await createMeeting(mette, body.id, { date: '2099-01-01', startTime: '15:00', endTime: '16:00' });
    const res = await mette.agent
      .put(`/api/education-meetings/${m.id}/status`)
      .set('x-csrf-token', mette.csrf)
      .send({ status: 'HELD', version: m.version })
      .expect(400);
    expect(res.body.errors[0].path).toBe('body.status');
  });

  it('attendance only for members of the body', async () => {
    const body = await createBody(mette, { kind: 'FORUM', unitId: kard(), name: 'Test fremmøde' });
    const m = await createMeeting(mette, body.id, { date: '2026-02-02', startTime: '15:00', endTime: '16:00' });
    const forum = await demoBody(mette, 'FORUM');
    const other = (await mette.agent.get(`/api/education-bodies/${forum.id}`).expect(200)).body as BodyDetail;
    await mette.agent
      .put(`/api/education-meetings/${m.id}/attendance`)
      .set('x-csrf-token', mette.csrf)
      .send({ entries: [{ memberId: other.members[0]!.id, status: 'PRESENT' }] })
      .expect(400);
  });
});

describe('row-level security on the new tables', () => {
  it('every education table has rows for Hovedstaden, none visible under Sjælland', async () => {
    const owner = await ownerClient();
    try {
      const tenants = await owner.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant');
      const h = tenants.rows.find((r) => r.slug === HOVEDSTADEN)!.id;
      const s = tenants.rows.find((r) => r.slug !== HOVEDSTADEN && r.slug === 'region-sjaelland')!.id;
      for (const table of [
        'education_body',
        'education_body_member',
        'education_meeting',
        'education_agenda_item',
        'education_attendance',
        'education_action_item',
      ]) {
        await owner.query('BEGIN');
        await owner.query("SELECT set_config('app.tenant_id', $1, true)", [h]);
        const own = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
        await owner.query('ROLLBACK');
        expect(Number(own.rows[0]!.n), table).toBeGreaterThan(0);
        await owner.query('BEGIN');
        await owner.query("SELECT set_config('app.tenant_id', $1, true)", [s]);
        const other = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`, [h]);
        await owner.query('ROLLBACK');
        expect(Number(other.rows[0]!.n), table).toBe(0);
      }
    } finally {
      await owner.end();
    }
  });
});
