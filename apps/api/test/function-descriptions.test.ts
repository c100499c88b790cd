import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appRoleClient,
  createTestApp,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

const FD = '/api/function-descriptions';
let t: TestApp;
let tenantId: string;
let gynId: string;
let kardId: string;
let ahhId: string;
let admin: LoggedIn; // Thomas Krogh, TENANT_ADMIN
let centre: LoggedIn; // Karen Bech, Tutorcentret AHH
let kardUao: LoggedIn; // Mette Kjær, UAO Kardiologi

/** Runs SQL as the app role inside a transaction with the tenant set (like a request). */
async function asApp<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await appRoleClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await fn(c);
    await c.query('COMMIT');
    return r;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    await c.end();
  }
}

/** A new user with the demo password and one role assignment; returns the user and assignment ids. */
async function addHolder(email: string, role: string, unitId: string, validFrom: string) {
  return asApp(async (c) => {
    const hash = (
      await c.query<{ h: string }>("SELECT password_hash h FROM app_user WHERE email = 'mette.kjaer@regionh.dk'")
    ).rows[0]!.h;
    const u = await c.query<{ id: string }>(
      `INSERT INTO app_user (id, tenant_id, email, name, title, password_hash, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'Læge', $4, now()) RETURNING id`,
      [tenantId, email, email.split('@')[0]!.replace('.', ' '), hash],
    );
    const a = await c.query<{ id: string }>(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING id`,
      [tenantId, u.rows[0]!.id, role, unitId, validFrom],
    );
    return { userId: u.rows[0]!.id, assignmentId: a.rows[0]!.id };
  });
}

const monthsAgo = (m: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - m);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = createTestApp();
  const owner = await ownerClient();
  tenantId = (await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
  await owner.query('BEGIN');
  await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const unit = async (name: string) =>
    (await owner.query<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [name])).rows[0]!.id;
  gynId = await unit('Gynækologisk-Obstetrisk Afdeling');
  kardId = await unit('Kardiologisk Afdeling');
  ahhId = await unit('Amager og Hvidovre Hospital');
  await owner.query('COMMIT');
  await owner.end();
  admin = await login(t.app, HOVEDSTADEN, 'thomas.krogh@regionh.dk');
  centre = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  kardUao = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
});
afterAll(() => t.close());

describe('templates: versions, and approved ones never change', () => {
  it('has the seven region templates with an approved first version; AMU is the seed text', async () => {
    const res = await centre.agent.get(`${FD}/templates`).expect(200);
    expect(res.body.items.map((i: { role: string }) => i.role).sort()).toEqual(
      ['AP_UKYL', 'CME_COORDINATOR', 'EDUCATION_CENTRE', 'GP_COORDINATOR', 'UAO', 'UKS', 'UKYL'].sort(),
    );
    const amu = res.body.items.find((i: { role: string }) => i.role === 'GP_COORDINATOR');
    const v = await centre.agent.get(`${FD}/templates/${amu.id}/versions/${amu.currentVersion.id}`).expect(200);
    expect(v.body.status).toBe('APPROVED');
    expect(v.body.content.qualifications).toContain('Har gennemført tutorlægekursus');
    expect(v.body.content.optionalTasks).toHaveLength(5);
  });

  it('draft → edit → publish; an approved version refuses edits (API 409 and database trigger)', async () => {
    const list = await admin.agent.get(`${FD}/templates`).expect(200);
    const tpl = list.body.items.find((i: { role: string }) => i.role === 'CME_COORDINATOR');
    const v1 = tpl.currentVersion.id as string;
    // Tutorcentret reads templates but does not write the region's.
    await centre.agent.post(`${FD}/templates/${tpl.id}/versions`).set('x-csrf-token', centre.csrf).expect(403);
    const draft = await admin.agent
      .post(`${FD}/templates/${tpl.id}/versions`)
      .set('x-csrf-token', admin.csrf)
      .expect(201);
    expect(draft.body).toMatchObject({ number: 2, status: 'DRAFT', version: 1 });
    await admin.agent.post(`${FD}/templates/${tpl.id}/versions`).set('x-csrf-token', admin.csrf).expect(409);
    const content = {
      ...draft.body.content,
      qualifications: [...draft.body.content.qualifications, 'Ny kvalifikation'],
    };
    const saved = await admin.agent
      .put(`${FD}/templates/${tpl.id}/versions/${draft.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ content, version: 1 })
      .expect(200);
    expect(saved.body.version).toBe(2);
    // Stale version.
    await admin.agent
      .put(`${FD}/templates/${tpl.id}/versions/${draft.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ content, version: 1 })
      .expect(409);
    await admin.agent
      .post(`${FD}/templates/${tpl.id}/versions/${draft.body.id}/publish`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: 2 })
      .expect(200);
    // The old approved version is unchanged, and no approved version can be edited through the API.
    const old = await admin.agent.get(`${FD}/templates/${tpl.id}/versions/${v1}`).expect(200);
    expect(old.body.content.qualifications).not.toContain('Ny kvalifikation');
    const put = await admin.agent
      .put(`${FD}/templates/${tpl.id}/versions/${v1}`)
      .set('x-csrf-token', admin.csrf)
      .send({ content, version: old.body.version });
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('CONFLICT');
    // …nor in the database, as the app role or the owner.
    await expect(
      asApp((c) => c.query("UPDATE fd_template_version SET content = '{}'::jsonb WHERE id = $1", [v1])),
    ).rejects.toThrow(/immutable/);
    await expect(asApp((c) => c.query('DELETE FROM fd_template_version WHERE id = $1', [v1]))).rejects.toThrow(
      /immutable/,
    );
    const owner = await ownerClient();
    try {
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      await expect(
        owner.query("UPDATE fd_template_version SET status = 'DRAFT', approved_at = NULL WHERE id = $1", [v1]),
      ).rejects.toThrow(/immutable/);
      await owner.query('ROLLBACK');
    } finally {
      await owner.end();
    }
    const detail = await admin.agent.get(`${FD}/templates/${tpl.id}`).expect(200);
    expect(detail.body.versions.map((v: { status: string }) => v.status)).toEqual(['APPROVED', 'APPROVED']);
  });

  it('publishing needs a purpose; bad content is a 400 with field errors', async () => {
    const list = await admin.agent.get(`${FD}/templates`).expect(200);
    const tpl = list.body.items.find((i: { role: string }) => i.role === 'EDUCATION_CENTRE');
    const draft = await admin.agent
      .post(`${FD}/templates/${tpl.id}/versions`)
      .set('x-csrf-token', admin.csrf)
      .expect(201);
    const bad = await admin.agent
      .put(`${FD}/templates/${tpl.id}/versions/${draft.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ content: { ...draft.body.content, areas: 'x' }, version: 1 })
      .expect(400);
    expect(bad.body.errors[0].path).toBe('body.content.areas');
    await admin.agent
      .put(`${FD}/templates/${tpl.id}/versions/${draft.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ content: { ...draft.body.content, purpose: '' }, version: 1 })
      .expect(200);
    const pub = await admin.agent
      .post(`${FD}/templates/${tpl.id}/versions/${draft.body.id}/publish`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: 2 })
      .expect(400);
    expect(pub.body.errors[0].path).toBe('body.content.purpose');
  });
});

describe('local part: two sign-offs, reset on edit, status transitions', () => {
  let uao: LoggedIn;
  let head: LoggedIn;
  const url = () => `${FD}/local/${gynId}/UKS`;
  const put = (s: LoggedIn, text: string, version: number) =>
    s.agent.put(url()).set('x-csrf-token', s.csrf).send({ text, version });
  const post = (s: LoggedIn, action: string, body: object) =>
    s.agent.post(`${url()}/${action}`).set('x-csrf-token', s.csrf).send(body);

  beforeAll(async () => {
    await addHolder('uao.gyn@regionh.dk', 'UAO', gynId, '2020-01-01');
    await addHolder('cheflaege.gyn@regionh.dk', 'DEPARTMENT_HEAD', gynId, '2020-01-01');
    uao = await login(t.app, HOVEDSTADEN, 'uao.gyn@regionh.dk');
    head = await login(t.app, HOVEDSTADEN, 'cheflaege.gyn@regionh.dk');
  });

  it('runs missing → draft → submitted → one sign-off → edit resets → approved by both → implemented', async () => {
    let r = await uao.agent.get(url()).expect(200);
    expect(r.body).toMatchObject({ status: 'MISSING', version: 0, can: { edit: true } });
    expect(r.body.template.title).toContain('UKS');

    // Only the UAO drafts; another department's UAO does not even see it.
    await put(head, 'Udkast', 0).expect(403);
    await put(kardUao, 'Udkast', 0).expect(404);
    await put(uao, ['a'] as unknown as string, 0).expect(400);

    r = await put(uao, 'UKS holder introduktion for nye uddannelseslæger.', 0).expect(200);
    expect(r.body).toMatchObject({ status: 'DRAFT', version: 1 });
    // Stale: someone saved in between.
    const stale = await put(uao, 'Andet', 0).expect(409);
    expect(stale.body.code).toBe('CONFLICT');

    await post(head, 'sign', { version: 1, as: 'DEPARTMENT_HEAD' }).expect(409); // not submitted yet
    r = await post(uao, 'submit', { version: 1 }).expect(200);
    expect(r.body).toMatchObject({ status: 'SUBMITTED', version: 2 });
    await post(uao, 'submit', { version: 2 }).expect(409);
    await post(uao, 'implement', { version: 2, implementedOn: '2026-11-01' }).expect(409);

    // The cheflæge signs; signing in a capacity one does not hold is refused.
    await post(uao, 'sign', { version: 2, as: 'DEPARTMENT_HEAD' }).expect(403);
    await post(kardUao, 'sign', { version: 2, as: 'UAO' }).expect(404);
    r = await post(head, 'sign', { version: 2, as: 'DEPARTMENT_HEAD' }).expect(200);
    expect(r.body.status).toBe('SUBMITTED');
    expect(r.body.headSignOff.by).toBe('cheflaege gyn');
    expect(r.body.uaoSignOff).toBeNull();
    await post(head, 'sign', { version: 3, as: 'DEPARTMENT_HEAD' }).expect(409);

    // An edit after one sign-off clears it and goes back to draft.
    r = await put(uao, 'UKS holder introduktion og leder simulationstræning.', 3).expect(200);
    expect(r.body).toMatchObject({ status: 'DRAFT', headSignOff: null, uaoSignOff: null, version: 4 });

    r = await post(uao, 'submit', { version: 4 }).expect(200);
    r = await post(uao, 'sign', { version: 5, as: 'UAO' }).expect(200);
    expect(r.body.status).toBe('SUBMITTED');
    r = await post(head, 'sign', { version: 6, as: 'DEPARTMENT_HEAD' }).expect(200);
    expect(r.body.status).toBe('APPROVED');
    expect(r.body.history).toHaveLength(1);
    expect(r.body.history[0]).toMatchObject({
      revision: 1,
      text: 'UKS holder introduktion og leder simulationstræning.',
      uaoSignedBy: 'uao gyn',
      headSignedBy: 'cheflaege gyn',
    });
    await post(uao, 'submit', { version: 7 }).expect(409);

    // Tutorcentret marks it implemented; the date is kept.
    r = await post(centre, 'implement', { version: 7, implementedOn: '2026-11-15' }).expect(200);
    expect(r.body).toMatchObject({ status: 'IMPLEMENTED', implementedOn: '2026-11-15' });
    await post(centre, 'implement', { version: 8, implementedOn: '2026-11-15' }).expect(409);

    // A new edit starts a new draft; the approved text stays in the history.
    r = await put(uao, 'Ny version', 8).expect(200);
    expect(r.body).toMatchObject({ status: 'DRAFT', implementedOn: null });
    expect(r.body.history).toHaveLength(1);
    // The history cannot be rewritten by the app role.
    await expect(asApp((c) => c.query("UPDATE local_fd_revision SET text = 'x'"))).rejects.toThrow(/permission denied/);
  });

  it('the hospital overview shows every department × role with counts; a UAO sees only their department', async () => {
    const r = await centre.agent.get(`${FD}/overview`).expect(200);
    expect(r.body.hospitals).toHaveLength(1);
    const ahh = r.body.hospitals[0];
    expect(ahh.id).toBe(ahhId);
    expect(ahh.departments).toHaveLength(6);
    const cells = ahh.departments.flatMap((d: { cells: unknown[] }) => d.cells);
    expect(cells).toHaveLength(18);
    const total = Object.values(r.body.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(19); // 6 departments × 3 roles + the hospital's AP-UKYL
    const kard = ahh.departments.find((d: { id: string }) => d.id === kardId);
    expect(kard.cells.find((c: { role: string }) => c.role === 'UAO').status).toBe('IMPLEMENTED');
    const gyn = ahh.departments.find((d: { id: string }) => d.id === gynId);
    expect(gyn.cells.find((c: { role: string }) => c.role === 'UKS').status).toBe('DRAFT');
    const fromCells =
      cells.filter((c: { status: string }) => c.status === 'MISSING').length + (ahh.apUkyl === 'MISSING' ? 1 : 0);
    expect(r.body.counts.MISSING).toBe(fromCells);

    const mine = await kardUao.agent.get(`${FD}/overview`).expect(200);
    expect(mine.body.hospitals[0].departments.map((d: { id: string }) => d.id)).toEqual([kardId]);
    expect(mine.body.hospitals[0].apUkyl).toBeNull();
    expect(Object.values(mine.body.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('another region’s Tutorcentret sees none of it', async () => {
    const other = await login(t.app, SJAELLAND, 'camilla.jeppesen@regionsjaelland.dk');
    await other.agent.get(url()).expect(404);
    const r = await other.agent.get(`${FD}/overview?hospitalId=${ahhId}`).expect(200);
    expect(r.body.hospitals).toEqual([]);
  });
});

describe('handover when a new person takes a role', () => {
  it('a new UKYL assignment (inserted as the app role) opens a checklist from the last holder; other roles do not', async () => {
    const count = () =>
      asApp(async (c) => (await c.query<{ n: number }>('SELECT count(*)::int n FROM handover')).rows[0]!.n);
    const before = await count();
    const newcomer = await addHolder('ny.ukyl@regionh.dk', 'UKYL', kardId, new Date().toISOString().slice(0, 10));
    expect(await count()).toBe(before + 1);
    await addHolder('ny.vejleder@regionh.dk', 'SUPERVISOR', kardId, '2026-01-01');
    await addHolder('foerste.uks@regionh.dk', 'UKS', gynId, '2026-01-01'); // nobody held it before
    expect(await count()).toBe(before + 1);

    const list = await kardUao.agent.get('/api/handovers').expect(200);
    const h = list.body.items.find((x: { incoming: { id: string } }) => x.incoming.id === newcomer.userId);
    expect(h).toMatchObject({
      role: 'UKYL',
      status: 'OPEN',
      outgoing: { name: 'Ida Sørensen' },
      itemsDone: 0,
      itemsTotal: 6,
    });

    // The new holder ticks items; the outgoing one sees the handover too; all ticked → done.
    const me = await login(t.app, HOVEDSTADEN, 'ny.ukyl@regionh.dk');
    const ida = await login(t.app, HOVEDSTADEN, 'ida.sorensen@regionh.dk');
    const detail = await ida.agent.get(`/api/handovers/${h.id}`).expect(200);
    expect(detail.body.items[0].label).toMatch(/uddannelseslæger i vanskeligheder/);
    // A trainee with no part in it does not see it.
    const sofie = await login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk');
    await sofie.agent.get(`/api/handovers/${h.id}`).expect(404);
    let last;
    for (const [i, item] of detail.body.items.entries()) {
      const who = i % 2 === 0 ? me : ida;
      last = await who.agent
        .put(`/api/handovers/${h.id}/items/${item.id}`)
        .set('x-csrf-token', who.csrf)
        .send({ done: true })
        .expect(200);
    }
    expect(last!.body.status).toBe('DONE');
    const open = await centre.agent.get('/api/handovers?status=open').expect(200);
    expect(open.body.items.map((x: { id: string }) => x.id)).not.toContain(h.id);
  });
});

describe('mentor scheme', () => {
  it('lists new holders without a mentor, suggests experienced holders and assigns one', async () => {
    const mentee = await addHolder('ny.uks@regionh.dk', 'UKS', gynId, monthsAgo(6));
    let r = await centre.agent.get('/api/mentors/new-holders?withoutMentor=true').expect(200);
    const before = { with: r.body.withMentor, without: r.body.withoutMentor };
    const item = r.body.items.find((i: { assignmentId: string }) => i.assignmentId === mentee.assignmentId);
    expect(item).toMatchObject({ role: 'UKS', mentorship: null, startedOn: monthsAgo(6) });
    // Long-standing holders are not new.
    expect(r.body.items.map((i: { person: { name: string } }) => i.person.name)).not.toContain('Anders Holm');

    const c = await centre.agent.get(`/api/mentors/new-holders/${mentee.assignmentId}/candidates`).expect(200);
    const names = c.body.items.map((i: { person: { name: string } }) => i.person.name);
    expect(names).toContain('Anders Holm');
    expect(names).not.toContain('Louise Krag'); // a UKS for a month only
    expect(names).not.toContain('Søren Bak'); // no longer a UKS
    const anders = c.body.items.find((i: { person: { name: string } }) => i.person.name === 'Anders Holm');

    const body = {
      menteeAssignmentId: mentee.assignmentId,
      mentorUserId: kardUao.me.user.id, // a UAO, not a UKS
      focusAreas: ['PROCEDURES_CULTURE', 'STRATEGY'],
      startsOn: '2026-11-01',
    };
    const bad = await centre.agent
      .post('/api/mentors/mentorships')
      .set('x-csrf-token', centre.csrf)
      .send(body)
      .expect(400);
    expect(bad.body.errors[0].path).toBe('body.mentorUserId');
    await centre.agent
      .post('/api/mentors/mentorships')
      .set('x-csrf-token', centre.csrf)
      .send({ ...body, mentorUserId: anders.person.id, focusAreas: ['X'] })
      .expect(400);
    const ok = await centre.agent
      .post('/api/mentors/mentorships')
      .set('x-csrf-token', centre.csrf)
      .send({ ...body, mentorUserId: anders.person.id })
      .expect(201);
    expect(ok.body.mentorship).toMatchObject({
      mentor: { name: 'Anders Holm' },
      focusAreas: ['PROCEDURES_CULTURE', 'STRATEGY'],
    });
    await centre.agent
      .post('/api/mentors/mentorships')
      .set('x-csrf-token', centre.csrf)
      .send({ ...body, mentorUserId: anders.person.id })
      .expect(409);

    r = await centre.agent.get('/api/mentors/new-holders').expect(200);
    expect(r.body.withMentor).toBeGreaterThanOrEqual(before.with + 1);
    const after = await centre.agent.get('/api/mentors/new-holders?withoutMentor=true').expect(200);
    expect(after.body.items.map((i: { assignmentId: string }) => i.assignmentId)).not.toContain(mentee.assignmentId);
  });

  it('is for Tutorcentret and the regional administrator only; another region’s gets 404', async () => {
    await kardUao.agent.get('/api/mentors/new-holders').expect(403);
    const r = await admin.agent.get('/api/mentors/new-holders').expect(200);
    const id = r.body.items[0].assignmentId;
    const other = await login(t.app, SJAELLAND, 'camilla.jeppesen@regionsjaelland.dk');
    await other.agent.get(`/api/mentors/new-holders/${id}/candidates`).expect(404);
  });
});
