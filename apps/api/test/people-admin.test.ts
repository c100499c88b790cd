import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageGaps, PeopleList, Person } from '@portal/contracts';
import { todayInDenmark } from '@portal/contracts';
import { createTestApp, csrfToken, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';

const KAREN = 'karen.bech@regionh.dk'; // Tutorcentret, AHH
const THOMAS = 'thomas.krogh@regionh.dk'; // regional administrator
const METTE = 'mette.kjaer@regionh.dk'; // UAO, Kardiologi AHH

let t: TestApp;
let karen: LoggedIn;
let thomas: LoggedIn;
const unit: Record<string, string> = {};
let tenantId: string;
/** A person whose only role is in another hospital of the region (made for this test). */
let elsewhere: { id: string; name: string; deptId: string; hospitalId: string };

const uniq = () => randomUUID().slice(0, 8);

async function asOwner<T>(fn: (q: (sql: string, params?: unknown[]) => Promise<{ rows: T[] }>) => Promise<void>) {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await fn((sql, params) => c.query(sql, params) as never);
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

async function createPerson(s: LoggedIn, body: Record<string, unknown> = {}) {
  const n = uniq();
  const res = await s.agent
    .post('/api/people')
    .set('x-csrf-token', s.csrf)
    .send({ name: `Test Person ${n}`, email: `test.${n}@regionh.dk`, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; invitation: { emailed: boolean; link: string | null } | null };
}

const getPerson = async (s: LoggedIn, id: string) =>
  (await s.agent.get(`/api/people/${id}`).expect(200)).body as Person;

beforeAll(async () => {
  t = createTestApp();
  karen = await login(t.app, HOVEDSTADEN, KAREN);
  thomas = await login(t.app, HOVEDSTADEN, THOMAS);
  tenantId = thomas.me.tenant.id;
  const units = (await thomas.agent.get('/api/org-units').expect(200)).body.items as { id: string; name: string }[];
  for (const u of units) unit[u.name] = u.id;
  // Another hospital in the region, with a department and a doctor who works only there.
  const hospitalId = randomUUID();
  const deptId = randomUUID();
  const personId = randomUUID();
  const name = `Vibeke Fjord ${uniq()}`;
  await asOwner(async (q) => {
    await q(`INSERT INTO org_unit (id, tenant_id, kind, name, updated_at) VALUES ($1, $2, 'HOSPITAL', $3, now())`, [
      hospitalId,
      tenantId,
      `Bispebjerg og Frederiksberg Hospital ${uniq()}`,
    ]);
    await q(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at) VALUES ($1, $2, 'DEPARTMENT', 'Lungemedicinsk Afdeling', $3, now())`,
      [deptId, tenantId, hospitalId],
    );
    await q(`INSERT INTO app_user (id, tenant_id, email, name, updated_at) VALUES ($1, $2, $3, $4, now())`, [
      personId,
      tenantId,
      `vibeke.${uniq()}@regionh.dk`,
      name,
    ]);
    await q(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from) VALUES ($1, $2, $3, 'SUPERVISOR', $4, '2025-01-01')`,
      [randomUUID(), tenantId, personId, deptId],
    );
  });
  elsewhere = { id: personId, name, deptId, hospitalId };
});
afterAll(() => t.close());

const list = async (s: LoggedIn, qs: string) => (await s.agent.get(`/api/people?${qs}`).expect(200)).body as PeopleList;

describe('people list', () => {
  it('pages through the matches with a stable order and a correct total', async () => {
    const all = await list(thomas, 'pageSize=100&status=all');
    expect(all.total).toBeGreaterThanOrEqual(22);
    expect(all.items.length).toBe(Math.min(100, all.total));
    // A set no other test touches: the four people of Anæstesiologi (one added by the
    // function-descriptions demo data as an experienced UKS).
    const anae = `unitId=${unit['Anæstesiologisk Afdeling']}`;
    const p1 = await list(thomas, `${anae}&pageSize=2&page=1`);
    const p2 = await list(thomas, `${anae}&pageSize=2&page=2`);
    const p3 = await list(thomas, `${anae}&pageSize=2&page=3`);
    expect([p1.total, p2.total, p3.total]).toEqual([4, 4, 4]);
    expect(p1.items.map((p) => p.name)).toEqual(['Julie Thygesen', 'Mads Kragh']);
    expect(p2.items.map((p) => p.name)).toEqual(['Martin Lykke', 'Mikkel Friis']);
    expect(p3.items).toEqual([]);
    expect(p2.page).toBe(2);
  });

  it('sorts names in Danish order (æ, ø, å after z; case-insensitive), both directions', async () => {
    const n = uniq();
    for (const [i, name] of ['Åge Åberg', 'Øjvind Ørum', 'anna Bak', 'Ærø Hansen', 'Zakarias Berg'].entries()) {
      await createPerson(thomas, { name, email: `sortcheck.${n}.${i}@regionh.dk` });
    }
    const names = async (dir: string) =>
      (await list(thomas, `q=sortcheck.${n}&sort=name&dir=${dir}`)).items.map((p) => p.name);
    expect(await names('asc')).toEqual(['anna Bak', 'Zakarias Berg', 'Ærø Hansen', 'Øjvind Ørum', 'Åge Åberg']);
    expect(await names('desc')).toEqual(['Åge Åberg', 'Øjvind Ørum', 'Ærø Hansen', 'Zakarias Berg', 'anna Bak']);
    const collator = new Intl.Collator('da');
    const all = (await list(thomas, 'pageSize=100&status=all&sort=name')).items.map((p) => p.name);
    expect(all).toEqual([...all].sort(collator.compare));
  });

  it('sorts by e-mail and by creation time', async () => {
    const byEmail = (await list(thomas, 'pageSize=100&sort=email')).items.map((p) => p.email);
    expect(byEmail).toEqual([...byEmail].sort());
    const byCreated = (await list(thomas, 'pageSize=100&sort=created&dir=desc')).items.map((p) => p.createdAt);
    expect(byCreated).toEqual([...byCreated].sort().reverse());
  });

  it('searches name and e-mail case-insensitively, æ, ø and å included', async () => {
    const names = async (q: string) =>
      (await list(thomas, `q=${encodeURIComponent(q)}&status=all`)).items.map((p) => p.name).sort();
    expect(await names('øster')).toEqual(['Camilla Øster', 'Nanna Østergaard']);
    expect(await names('ØSTER')).toEqual(['Camilla Øster', 'Nanna Østergaard']);
    expect(await names('åkes')).toEqual(['Søren Åkesson']);
    expect(await names('ÆRENFRIED')).toEqual(['Ærenfried Holst']);
    expect(await names('BRONDUM@')).toEqual(['Louise Brøndum']);
    // LIKE wildcards are taken literally.
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });

  it('filters by status, role and unit (the unit and what lies below it)', async () => {
    const deactivated = await list(thomas, 'status=deactivated&pageSize=100');
    expect(deactivated.items.map((p) => p.name)).toContain('Bjarke Møller');
    expect(deactivated.items.every((p) => !p.active)).toBe(true);
    const active = await list(thomas, 'pageSize=100');
    expect(active.items.map((p) => p.name)).not.toContain('Bjarke Møller');

    const anae = await list(thomas, `unitId=${unit['Anæstesiologisk Afdeling']}&pageSize=100`);
    expect(anae.items.map((p) => p.name).sort()).toEqual([
      'Julie Thygesen',
      'Mads Kragh',
      'Martin Lykke',
      'Mikkel Friis',
    ]);
    const uaoAnae = await list(thomas, `unitId=${unit['Anæstesiologisk Afdeling']}&role=UAO`);
    expect(uaoAnae.items.map((p) => p.name)).toEqual(['Martin Lykke']);
    expect(uaoAnae.items[0]!.roles.map((r) => r.role).sort()).toEqual(['SUPERVISOR', 'UAO']);
    const ahh = await list(thomas, `unitId=${unit['Amager og Hvidovre Hospital']}&role=UAO&pageSize=100`);
    expect(ahh.items.map((p) => p.name)).toEqual(expect.arrayContaining(['Mette Kjær', 'Martin Lykke']));
  });

  it('refuses bad query parameters with 400 and field errors', async () => {
    for (const qs of ['pageSize=101', 'page=0', 'sort=password', 'page=1&page=2', 'role=KING', 'unitId=x']) {
      const res = await thomas.agent.get(`/api/people?${qs}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors[0].path).toMatch(/^query\./);
    }
  });
});

describe('scope', () => {
  it('Tutorcentret AHH does not see a person assigned only in another hospital (404, not listed); the region does', async () => {
    const res = await karen.agent.get(`/api/people/${elsewhere.id}`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect((await list(karen, `q=${encodeURIComponent(elsewhere.name)}&status=all`)).total).toBe(0);
    // Control: the person exists and the regional administrator sees them.
    await thomas.agent.get(`/api/people/${elsewhere.id}`).expect(200);
    expect((await list(thomas, `q=${encodeURIComponent(elsewhere.name)}`)).items.map((p) => p.id)).toEqual([
      elsewhere.id,
    ]);
    // Tutorcentret sees its own hospital's people, including one created for it without a role.
    expect((await list(karen, 'q=nanna')).items.map((p) => p.name)).toEqual(['Nanna Østergaard']);
    expect((await list(karen, 'q=thomas')).total).toBe(0);
  });

  it('a UAO lists only the people of their department', async () => {
    const mette = await login(t.app, HOVEDSTADEN, METTE);
    const names = (await list(mette, 'pageSize=100&status=all')).items.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Sofie Lindberg', 'Anders Holm', 'Mette Kjær']));
    expect(names).not.toContain('Søren Åkesson');
    expect(names).not.toContain('Nanna Østergaard');
  });
});

describe('create and edit a person', () => {
  it('Tutorcentret creates a person for its hospital; the e-mail is unique in any case (409 with field error)', async () => {
    const n = uniq();
    const created = await createPerson(karen, { email: `Ny.Laege.${n}@RegionH.dk`, title: 'KBU-læge' });
    expect(created.invitation).toBeNull();
    const p = await getPerson(karen, created.id);
    expect(p.email).toBe(`ny.laege.${n}@regionh.dk`);
    expect(p.homeUnit?.name).toBe('Amager og Hvidovre Hospital');
    expect(p.version).toBe(1);
    const dup = await karen.agent
      .post('/api/people')
      .set('x-csrf-token', karen.csrf)
      .send({ name: 'Someone', email: `ny.laege.${n}@regionh.dk ` })
      .expect(409);
    expect(dup.body.code).toBe('CONFLICT');
    expect(dup.body.errors).toEqual([expect.objectContaining({ path: 'body.email', code: 'duplicate' })]);
  });

  it('refuses invalid input with 400 and the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', email: 'a@b.dk' }, 'body.name'],
      [{ name: 'A', email: 'not-an-email' }, 'body.email'],
      [{ name: 'A', email: ['a@b.dk'] }, 'body.email'],
      [{ name: 'A', email: 'a@b.dk', locale: 'de' }, 'body.locale'],
      [{ name: 'A', email: 'a@b.dk', isAdmin: true }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await karen.agent.post('/api/people').set('x-csrf-token', karen.csrf).send(body).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('Tutorcentret cannot create a person for another hospital (404); a department is not a home unit (400)', async () => {
    await karen.agent
      .post('/api/people')
      .set('x-csrf-token', karen.csrf)
      .send({ name: 'X', email: `x.${uniq()}@regionh.dk`, homeUnitId: elsewhere.hospitalId })
      .expect(404);
    const res = await thomas.agent
      .post('/api/people')
      .set('x-csrf-token', thomas.csrf)
      .send({ name: 'X', email: `x.${uniq()}@regionh.dk`, homeUnitId: unit['Kardiologisk Afdeling'] })
      .expect(400);
    expect(res.body.errors[0].path).toBe('body.homeUnitId');
  });

  it('edits with the current version; a stale version answers 409 and changes nothing', async () => {
    const { id } = await createPerson(karen);
    const p = await getPerson(karen, id);
    const edit = { name: 'Åse Ørsted', email: p.email, title: 'Afdelingslæge', locale: 'en', version: p.version };
    const ok = await karen.agent.put(`/api/people/${id}`).set('x-csrf-token', karen.csrf).send(edit).expect(200);
    expect(ok.body).toEqual({ id, version: p.version + 1 });
    const stale = await thomas.agent
      .put(`/api/people/${id}`)
      .set('x-csrf-token', thomas.csrf)
      .send({ ...edit, name: 'Someone Else' })
      .expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    const after = await getPerson(karen, id);
    expect(after).toMatchObject({ name: 'Åse Ørsted', title: 'Afdelingslæge', locale: 'en', version: 2 });
    // Another person's e-mail: 409 on the field.
    const dup = await karen.agent
      .put(`/api/people/${id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ ...edit, email: METTE, version: 2 })
      .expect(409);
    expect(dup.body.errors[0].path).toBe('body.email');
  });

  it('a UAO (people:read only) cannot create or edit people (403)', async () => {
    const mette = await login(t.app, HOVEDSTADEN, METTE);
    await mette.agent
      .post('/api/people')
      .set('x-csrf-token', mette.csrf)
      .send({ name: 'X', email: `x.${uniq()}@regionh.dk` })
      .expect(403);
  });
});

/** Creates a person with an invitation (no SMTP: the link comes back) and sets their password. */
async function personWithPassword(s: LoggedIn, password: string) {
  const n = uniq();
  const email = `login.${n}@regionh.dk`;
  const created = await createPerson(s, { email, sendInvitation: true });
  expect(created.invitation?.emailed).toBe(false);
  const link = created.invitation!.link!;
  const token = link.slice(link.lastIndexOf('/') + 1);
  const agent = request.agent(t.app);
  const csrf = await csrfToken(agent);
  await agent.post(`/api/invitations/${token}/accept`).set('x-csrf-token', csrf).send({ password }).expect(204);
  return { id: created.id, email, token };
}

describe('deactivate and reactivate', () => {
  it('deactivating ends the person’s sessions at once: their next request gets 401', async () => {
    const password = 'Et-langt-kodeord-2026';
    const person = await personWithPassword(karen, password);
    // A role in force, so that the person may read /api/me at all.
    await karen.agent
      .post(`/api/people/${person.id}/assignments`)
      .set('x-csrf-token', karen.csrf)
      .send({ role: 'SUPERVISOR', unitId: unit['Akutmodtagelsen'], validFrom: '2025-01-01' })
      .expect(201);
    const them = await login(t.app, HOVEDSTADEN, person.email, password);
    await them.agent.get('/api/me').expect(200);
    const sessions = async () => {
      const c = await ownerClient();
      try {
        const r = await c.query(
          `SELECT count(*)::int AS n FROM session WHERE sess->'passport'->'user'->>'userId' = $1`,
          [person.id],
        );
        return r.rows[0].n as number;
      } finally {
        await c.end();
      }
    };
    expect(await sessions()).toBe(1);
    await karen.agent.post(`/api/people/${person.id}/deactivate`).set('x-csrf-token', karen.csrf).expect(204);
    expect(await sessions()).toBe(0);
    const res = await them.agent.get('/api/me').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    const p = await getPerson(karen, person.id);
    expect(p.active).toBe(false);
    expect(p.deactivatedAt).not.toBeNull();
    // Deactivated people cannot sign in...
    await expect(login(t.app, HOVEDSTADEN, person.email, password)).rejects.toThrow(/401/);
    // ...until reactivated.
    await karen.agent.post(`/api/people/${person.id}/reactivate`).set('x-csrf-token', karen.csrf).expect(204);
    expect((await getPerson(karen, person.id)).active).toBe(true);
    const again = await login(t.app, HOVEDSTADEN, person.email, password);
    await again.agent.get('/api/me').expect(200);
  });

  it('Tutorcentret cannot deactivate someone with roles outside its hospital (403), nor itself (400)', async () => {
    // Give the out-of-hospital doctor a role in AHH too, so Tutorcentret sees them.
    await thomas.agent
      .post(`/api/people/${elsewhere.id}/assignments`)
      .set('x-csrf-token', thomas.csrf)
      .send({ role: 'SUPERVISOR', unitId: unit['Akutmodtagelsen'], validFrom: '2025-06-01', validTo: null })
      .expect(201);
    await karen.agent.get(`/api/people/${elsewhere.id}`).expect(200);
    const res = await karen.agent
      .post(`/api/people/${elsewhere.id}/deactivate`)
      .set('x-csrf-token', karen.csrf)
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await karen.agent.post(`/api/people/${karen.me.user.id}/deactivate`).set('x-csrf-token', karen.csrf).expect(400);
    expect((await getPerson(thomas, elsewhere.id)).active).toBe(true);
  });
});

describe('invitations', () => {
  let smtp: SMTPServer;
  let port: number;
  const inbox: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  /** The text body, decoded from quoted-printable or base64. */
  function bodyText(raw: string): string {
    const [head, ...rest] = raw.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    if (/content-transfer-encoding:\s*base64/i.test(head!)) return Buffer.from(body, 'base64').toString('utf8');
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head!)) {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => `%${h}`);
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    return body;
  }

  it('e-mails the invitation over SMTP; the link sets a password once; the person signs in', async () => {
    const mailApp = createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://portal.example' });
    try {
      const admin = await login(mailApp.app, HOVEDSTADEN, KAREN);
      const n = uniq();
      const email = `invited.${n}@regionh.dk`;
      const res = await admin.agent
        .post('/api/people')
        .set('x-csrf-token', admin.csrf)
        .send({ name: `Åsa Invitéret ${n}`, email, sendInvitation: true })
        .expect(201);
      expect(res.body.invitation).toMatchObject({ emailed: true, link: null });
      const mail = inbox.find((m) => m.to.includes(email));
      expect(mail, 'an e-mail to the person').toBeDefined();
      const subject = /^Subject: (.*)$/im.exec(mail!.raw)?.[1] ?? '';
      expect(subject).toMatch(/Invitation til Uddannelsesportalen|=\?UTF-8\?/);
      const text = bodyText(mail!.raw);
      const link = /https:\/\/portal\.example\/invitation\/(\S+)/.exec(text);
      expect(link, text).not.toBeNull();
      const token = link![1]!;

      const anon = request.agent(mailApp.app);
      const info = await anon.get(`/api/invitations/${token}`).expect(200);
      expect(info.body).toMatchObject({ name: `Åsa Invitéret ${n}`, email, tenantName: 'Region Hovedstaden' });
      const csrf = await csrfToken(anon);
      const short = await anon
        .post(`/api/invitations/${token}/accept`)
        .set('x-csrf-token', csrf)
        .send({ password: 'kort' })
        .expect(400);
      expect(short.body.errors[0].path).toBe('body.password');
      await anon
        .post(`/api/invitations/${token}/accept`)
        .set('x-csrf-token', csrf)
        .send({ password: 'Mit nye kodeord 2026' })
        .expect(204);
      await login(mailApp.app, HOVEDSTADEN, email, 'Mit nye kodeord 2026');
      // Single use.
      await anon.get(`/api/invitations/${token}`).expect(404);
      await anon
        .post(`/api/invitations/${token}/accept`)
        .set('x-csrf-token', csrf)
        .send({ password: 'Et andet kodeord 2026' })
        .expect(404);
    } finally {
      await mailApp.close();
    }
  });

  it('without SMTP the administrator gets the link once; a new invitation voids the old link', async () => {
    const created = await createPerson(karen, { sendInvitation: true });
    expect(created.invitation).toMatchObject({ emailed: false });
    expect(created.invitation!.link).toMatch(/\/invitation\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const first = created.invitation!.link!.split('/invitation/')[1]!;
    const again = await karen.agent
      .post(`/api/people/${created.id}/invitations`)
      .set('x-csrf-token', karen.csrf)
      .expect(201);
    const second = (again.body.link as string).split('/invitation/')[1]!;
    const anon = request.agent(t.app);
    await anon.get(`/api/invitations/${first}`).expect(404);
    await anon.get(`/api/invitations/${second}`).expect(200);
    // The person record never carries the token or its hash.
    expect(JSON.stringify(await getPerson(karen, created.id))).not.toContain(second.split('.')[1]);
  });

  it('refuses an expired, unknown or malformed token', async () => {
    const created = await createPerson(karen, { sendInvitation: true });
    const token = created.invitation!.link!.split('/invitation/')[1]!;
    const anon = request.agent(t.app);
    await anon.get(`/api/invitations/${token}`).expect(200);
    await asOwner(async (q) => {
      await q(
        `UPDATE user_invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE user_id = $1`,
        [created.id],
      );
    });
    await anon.get(`/api/invitations/${token}`).expect(404);
    const csrf = await csrfToken(anon);
    await anon
      .post(`/api/invitations/${token}/accept`)
      .set('x-csrf-token', csrf)
      .send({ password: 'Mit nye kodeord 2026' })
      .expect(404);
    await anon.get(`/api/invitations/${tenantId}.${'A'.repeat(43)}`).expect(404);
    await anon.get(`/api/invitations/${randomUUID()}.${'A'.repeat(43)}`).expect(404);
    await anon.get('/api/invitations/not-a-token').expect(400);
  });
});

describe('role assignments', () => {
  const assign = (s: LoggedIn, userId: string, body: Record<string, unknown>) =>
    s.agent.post(`/api/people/${userId}/assignments`).set('x-csrf-token', s.csrf).send(body);

  it('Tutorcentret gives a UAO role in a department of its hospital; it shows on the person', async () => {
    const { id } = await createPerson(karen);
    const res = await assign(karen, id, {
      role: 'UAO',
      unitId: unit['Gynækologisk-Obstetrisk Afdeling'],
      validFrom: '2026-01-01',
      validTo: null,
    }).expect(201);
    expect(res.body).toMatchObject({ role: 'UAO', unit: { name: 'Gynækologisk-Obstetrisk Afdeling' }, validTo: null });
    const p = await getPerson(karen, id);
    expect(p.assignments.map((a) => a.role)).toEqual(['UAO']);
  });

  it('refuses a unit of the wrong kind (400), a missing unit (400) and a unit for a regional role (400)', async () => {
    const { id } = await createPerson(karen);
    const wrongKind = await assign(karen, id, {
      role: 'UAO',
      unitId: unit['Amager og Hvidovre Hospital'],
      validFrom: '2026-01-01',
    }).expect(400);
    expect(wrongKind.body.errors[0]).toMatchObject({ path: 'body.unitId', code: 'wrong_unit_kind' });
    await assign(karen, id, { role: 'UKS', unitId: null, validFrom: '2026-01-01' }).expect(400);
    await assign(thomas, id, {
      role: 'CME_COORDINATOR',
      unitId: unit['Kardiologisk Afdeling'],
      validFrom: '2026-01-01',
    }).expect(400);
  });

  it('refuses a unit outside Tutorcentret’s hospital (404) and regional or platform roles (403)', async () => {
    const { id } = await createPerson(karen);
    const out = await assign(karen, id, { role: 'SUPERVISOR', unitId: elsewhere.deptId, validFrom: '2026-01-01' });
    expect(out.status).toBe(404);
    for (const role of ['TENANT_ADMIN', 'CME_COORDINATOR', 'GP_COORDINATOR', 'PLATFORM_ADMIN']) {
      const res = await assign(karen, id, { role, unitId: null, validFrom: '2026-01-01' });
      expect(res.status, role).toBe(403);
    }
    // The region may give regional roles, never the platform role.
    await assign(thomas, id, { role: 'CME_COORDINATOR', unitId: null, validFrom: '2026-01-01' }).expect(201);
    await assign(thomas, id, { role: 'PLATFORM_ADMIN', unitId: null, validFrom: '2026-01-01' }).expect(403);
    // A person out of Tutorcentret's sight: 404.
    await assign(karen, thomas.me.user.id, {
      role: 'SUPERVISOR',
      unitId: unit['Kardiologisk Afdeling'],
      validFrom: '2026-01-01',
    }).expect(404);
  });

  it('refuses an end date before the start (400) and an overlapping duplicate (409); history is kept when ended', async () => {
    const { id } = await createPerson(karen);
    const dept = unit['Gynækologisk-Obstetrisk Afdeling'];
    const bad = await assign(karen, id, {
      role: 'SUPERVISOR',
      unitId: dept,
      validFrom: '2026-05-01',
      validTo: '2026-04-30',
    }).expect(400);
    expect(bad.body.errors[0].path).toBe('body.validTo');
    const first = await assign(karen, id, { role: 'SUPERVISOR', unitId: dept, validFrom: '2026-01-01' }).expect(201);
    const dup = await assign(karen, id, {
      role: 'SUPERVISOR',
      unitId: dept,
      validFrom: '2027-01-01',
      validTo: '2027-06-30',
    }).expect(409);
    expect(dup.body.code).toBe('CONFLICT');
    // Another role in the same unit, or the same role elsewhere, is no duplicate.
    await assign(karen, id, { role: 'UKS', unitId: dept, validFrom: '2026-01-01' }).expect(201);
    // End the first on a day: then a later period no longer overlaps.
    const end = await karen.agent
      .post(`/api/role-assignments/${first.body.id}/end`)
      .set('x-csrf-token', karen.csrf)
      .send({ validTo: '2026-12-31' })
      .expect(200);
    expect(end.body.validTo).toBe('2026-12-31');
    await assign(karen, id, { role: 'SUPERVISOR', unitId: dept, validFrom: '2027-01-01' }).expect(201);
    const p = await getPerson(karen, id);
    expect(p.assignments.filter((a) => a.role === 'SUPERVISOR')).toHaveLength(2);
    // Editing the ended one back over the new one overlaps: 409; a valid edit works.
    await karen.agent
      .patch(`/api/role-assignments/${first.body.id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ validFrom: '2026-01-01', validTo: '2027-03-01' })
      .expect(409);
    const edit = await karen.agent
      .patch(`/api/role-assignments/${first.body.id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ validFrom: '2026-02-01', validTo: '2026-12-31' })
      .expect(200);
    expect(edit.body.validFrom).toBe('2026-02-01');
    await karen.agent
      .patch(`/api/role-assignments/${first.body.id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ validFrom: '2026-02-01', validTo: '2026-01-01' })
      .expect(400);
    // Ending before the start is refused.
    await karen.agent
      .post(`/api/role-assignments/${first.body.id}/end`)
      .set('x-csrf-token', karen.csrf)
      .send({ validTo: '2025-01-01' })
      .expect(400);
  });

  it('ends an assignment today by default; Tutorcentret cannot end a regional assignment (404)', async () => {
    const { id } = await createPerson(karen);
    const a = await assign(karen, id, {
      role: 'SUPERVISOR',
      unitId: unit['Akutmodtagelsen'],
      validFrom: '2025-01-01',
    }).expect(201);
    const ended = await karen.agent
      .post(`/api/role-assignments/${a.body.id}/end`)
      .set('x-csrf-token', karen.csrf)
      .send({})
      .expect(200);
    expect(ended.body.validTo).toBe(todayInDenmark());
    const thomasAssignment = thomas.me.assignments[0]!.id;
    await karen.agent
      .post(`/api/role-assignments/${thomasAssignment}/end`)
      .set('x-csrf-token', karen.csrf)
      .send({})
      .expect(404);
  });
});

describe('who holds which role where', () => {
  it('lists assignments in force on a date, filtered by role and unit, in scope', async () => {
    const items = async (s: LoggedIn, qs: string) =>
      (
        (await s.agent.get(`/api/role-assignments?${qs}`).expect(200)).body as {
          items: { person: { name: string }; role: string }[];
        }
      ).items;
    const uaos = await items(thomas, 'role=UAO&pageSize=100');
    expect(uaos.map((a) => a.person.name)).toEqual(expect.arrayContaining(['Mette Kjær', 'Martin Lykke']));
    expect(uaos.every((a) => a.role === 'UAO')).toBe(true);
    const orto = unit['Ortopædkirurgisk Afdeling'];
    // Louise Krag took over as UKS a month ago (function-descriptions demo data).
    expect((await items(thomas, `unitId=${orto}&role=UKS`)).map((a) => a.person.name)).toEqual(['Louise Krag']);
    expect((await items(thomas, `unitId=${orto}&role=UKS&on=2025-06-01`)).map((a) => a.person.name).sort()).toEqual([
      'Camilla Øster',
      'Søren Bak',
    ]);
    // Tenant-wide roles only for a tenant-wide reader; another hospital's not for Tutorcentret.
    expect((await items(thomas, 'role=TENANT_ADMIN')).map((a) => a.person.name)).toContain('Thomas Krogh');
    expect(await items(karen, 'role=TENANT_ADMIN')).toEqual([]);
    // A unit outside Tutorcentret's hospital is not found, like another region's.
    await karen.agent.get(`/api/role-assignments?unitId=${elsewhere.deptId}`).expect(404);
    expect((await items(thomas, `unitId=${elsewhere.deptId}`)).map((a) => a.person.name)).toEqual([elsewhere.name]);
  });
});

describe('coverage gaps', () => {
  it('lists open departments lacking a UAO, UKS or UKYL today, as in the demo data', async () => {
    const gaps = (await karen.agent.get('/api/coverage-gaps').expect(200)).body as CoverageGaps;
    const byName = Object.fromEntries(gaps.items.map((g) => [g.unit.name, g.missing]));
    expect(byName['Kardiologisk Afdeling']).toBeUndefined();
    expect(byName['Anæstesiologisk Afdeling']).toBeUndefined();
    // Jonas Winther became UKYL of Kirurgi two months ago (function-descriptions demo data).
    expect(byName['Kirurgisk Gastroenterologisk Afdeling']).toBeUndefined();
    // Ortopædkirurgi has a new UKS (Louise Krag) but no UKYL.
    expect(byName['Ortopædkirurgisk Afdeling']).toEqual(['UKYL']);
    expect(byName['Akutmodtagelsen']).toEqual(['UAO', 'UKS', 'UKYL']);
    // Only AHH's departments for Tutorcentret; the other hospital's for the region.
    expect(gaps.departmentsChecked).toBe(6);
    expect(byName['Lungemedicinsk Afdeling']).toBeUndefined();
    const region = (await thomas.agent.get('/api/coverage-gaps').expect(200)).body as CoverageGaps;
    expect(region.items.map((g) => g.unit.id)).toContain(elsewhere.deptId);
    // A UAO sees their own department: complete.
    const mette = await login(t.app, HOVEDSTADEN, METTE);
    const own = (await mette.agent.get('/api/coverage-gaps').expect(200)).body as CoverageGaps;
    expect(own).toMatchObject({ departmentsChecked: 1, items: [] });
  });
});
