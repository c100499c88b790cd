import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../src/lib/db.js';
import { collectForExport, toCsv } from '../src/modules/audit/audit.service.js';
import { AUDIT_EXPORT_MAX_ROWS } from '@portal/contracts';
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

interface Event {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  data: Record<string, unknown> | null;
}

let t: TestApp;
let admin: LoggedIn;
let tutor: LoggedIn;
let trainee: LoggedIn;
let ahhId: string;
let bfhId: string;
/** Events made in beforeAll: by the admin on AHH, by the admin elsewhere, by Tutorcentret. */
let adminOnAhh: string;
let adminOnBfh: string;
let adminSpecialty: string;
let tutorDept: string;

const rand = () => Math.random().toString(36).slice(2, 8);
const events = async (s: LoggedIn, query: string) => {
  const res = await s.agent.get(`/api/audit-events?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Event[]; nextBefore: string | null };
};
const post = (s: LoggedIn, url: string, body: unknown) =>
  s.agent
    .post(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);

beforeAll(async () => {
  t = createTestApp();
  admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
  tutor = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  trainee = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TRAINEE'));
  const units = (await admin.agent.get('/api/org-admin/units').expect(200)).body.items as {
    id: string;
    name: string;
  }[];
  ahhId = units.find((u) => u.name === 'Amager og Hvidovre Hospital')!.id;
  bfhId = units.find((u) => u.name === 'Bispebjerg og Frederiksberg Hospital')!.id;
  const dept = (parentId: string, s: LoggedIn) =>
    post(s, '/api/org-admin/units', { kind: 'DEPARTMENT', name: `Auditafdeling ${rand()}`, parentId }).expect(201);
  adminOnAhh = (await dept(ahhId, admin)).body.id;
  adminOnBfh = (await dept(bfhId, admin)).body.id;
  adminSpecialty = (await post(admin, '/api/org-admin/specialties', { name: `Auditspeciale ${rand()}` }).expect(201))
    .body.id;
  tutorDept = (await dept(ahhId, tutor)).body.id;
});
afterAll(() => t.close());

describe('audit log for the region admin', () => {
  it('shows actor name, action, entity, IP and request id, newest first', async () => {
    const { items } = await events(admin, `entityType=org_unit&entityId=${tutorDept}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorId: tutor.me.user.id,
      actorName: 'Karen Bech',
      action: 'org_unit.created',
      entityType: 'org_unit',
      entityId: tutorDept,
    });
    expect(items[0]!.requestId).toBeTruthy();
    expect(items[0]!.ip).toBeTruthy();
    expect(items[0]!.data).toMatchObject({ kind: 'DEPARTMENT', parentId: ahhId });
  });

  it('filters by person, action and time range', async () => {
    const byActor = await events(admin, `actorId=${tutor.me.user.id}&limit=200`);
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorId === tutor.me.user.id)).toBe(true);
    const byAction = await events(admin, 'action=specialty.created&limit=200');
    expect(byAction.items.map((e) => e.entityId)).toContain(adminSpecialty);
    expect(byAction.items.every((e) => e.action === 'specialty.created')).toBe(true);

    const all = await events(admin, `entityType=org_unit&entityId=${adminOnAhh}`);
    const at = new Date(all.items[0]!.at);
    const from = new Date(at.getTime() - 1).toISOString();
    const to = new Date(at.getTime() + 1).toISOString();
    const inside = await events(admin, `entityId=${adminOnAhh}&from=${from}&to=${to}`);
    expect(inside.items).toHaveLength(1);
    const after = await events(admin, `entityId=${adminOnAhh}&from=${to}`);
    expect(after.items).toHaveLength(0);
    const before = await events(admin, `entityId=${adminOnAhh}&to=${from}`);
    expect(before.items).toHaveLength(0);
  });

  it('paginates with a cursor, newest first, without overlaps or gaps', async () => {
    const first = await events(admin, 'limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextBefore).toBe(first.items[2]!.id);
    const second = await events(admin, `limit=3&before=${first.nextBefore}`);
    const both = await events(admin, 'limit=6');
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(both.items.map((e) => e.id));
    const ids = both.items.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
  });

  it('rejects bad filters with field errors', async () => {
    for (const [q, path] of [
      ['from=yesterday', 'query.from'],
      ['limit=500', 'query.limit'],
      ['actorId=x', 'query.actorId'],
      ['actorId=a&actorId=b', 'query.actorId'],
      ['entityType=Org-Unit', 'query.entityType'],
      ['page=2', 'query'],
    ] as const) {
      const res = await admin.agent.get(`/api/audit-events?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});

describe('audit log scoped to Tutorcentret’s hospital', () => {
  it('the control: the region admin’s events outside AHH exist', async () => {
    expect((await events(admin, `entityId=${adminOnBfh}`)).items).toHaveLength(1);
    expect((await events(admin, `entityId=${adminSpecialty}`)).items).toHaveLength(1);
    expect(
      (await events(admin, `actorId=${admin.me.user.id}&action=auth.login.succeeded`)).items.length,
    ).toBeGreaterThan(0);
  });

  it('sees events about its hospital’s units, even by the region admin', async () => {
    const { items } = await events(tutor, `entityId=${adminOnAhh}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actorId: admin.me.user.id, action: 'org_unit.created' });
  });

  it('sees events of people with a role in its hospital (a trainee’s sign-in, its own changes)', async () => {
    const mine = await events(tutor, `actorId=${trainee.me.user.id}&action=auth.login.succeeded`);
    expect(mine.items.length).toBeGreaterThan(0);
    expect((await events(tutor, `entityId=${tutorDept}`)).items).toHaveLength(1);
  });

  it('does not see the region admin’s unrelated events', async () => {
    expect((await events(tutor, `entityId=${adminOnBfh}`)).items).toHaveLength(0);
    expect((await events(tutor, `entityId=${adminSpecialty}`)).items).toHaveLength(0);
    expect((await events(tutor, `actorId=${admin.me.user.id}&action=auth.login.succeeded`)).items).toHaveLength(0);
    // Everything it sees of the admin is about its hospital's records.
    const { items } = await events(tutor, `actorId=${admin.me.user.id}&limit=200`);
    expect(items.length).toBeGreaterThan(0);
    const owner = await ownerClient();
    try {
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [admin.me.tenant.id]);
      const inAhh = await owner.query<{ id: string }>('SELECT id::text FROM org_unit WHERE id = $1 OR parent_id = $1', [
        ahhId,
      ]);
      await owner.query('COMMIT');
      const allowed = new Set(inAhh.rows.map((r) => r.id));
      for (const e of items)
        expect(e.entityType === 'org_unit' && allowed.has(e.entityId!), JSON.stringify(e)).toBe(true);
    } finally {
      await owner.end();
    }
  });

  it('the actor list covers the hospital’s people only', async () => {
    const all = (await admin.agent.get('/api/audit-events/actors').expect(200)).body.items as { id: string }[];
    const mine = (await tutor.agent.get('/api/audit-events/actors').expect(200)).body.items as { id: string }[];
    expect(all.map((a) => a.id)).toContain(admin.me.user.id);
    expect(mine.map((a) => a.id)).not.toContain(admin.me.user.id);
    expect(mine.map((a) => a.id)).toEqual(expect.arrayContaining([trainee.me.user.id, tutor.me.user.id]));
  });

  it('a role without audit:read is refused', async () => {
    const uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
    await uao.agent.get('/api/audit-events').expect(403);
    await uao.agent.get('/api/audit-events/export').expect(403);
  });
});

describe('CSV export', () => {
  it('is an attachment with the same filters, the columns named, and is itself audited', async () => {
    const res = await tutor.agent.get(`/api/audit-events/export?entityType=org_unit&entityId=${adminOnAhh}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-export-truncated']).toBe('false');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(res.text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: admin.me.user.id,
      actor_name: 'Thomas Krogh',
      action: 'org_unit.created',
      entity_type: 'org_unit',
      entity_id: adminOnAhh,
    });
    expect(rows[0]!.time_danish).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}\.\d{2}$/);
    const copenhagen = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).formatToParts(new Date(rows[0]!.time_utc!));
    const p = Object.fromEntries(copenhagen.map((x) => [x.type, x.value]));
    expect(rows[0]!.time_danish).toBe(`${p.day}.${p.month}.${p.year} ${p.hour}.${p.minute}.${p.second}`);
    expect(JSON.parse(rows[0]!.data!)).toMatchObject({ parentId: ahhId });

    const log = await events(admin, `actorId=${tutor.me.user.id}&action=audit.exported`);
    expect(log.items[0]!.data).toMatchObject({
      filters: { entityType: 'org_unit', entityId: adminOnAhh },
      rows: 1,
      truncated: false,
      truncatedBy: null,
    });
  });

  it('keeps to the caller’s scope: Tutorcentret’s export has none of the admin’s unrelated events', async () => {
    const res = await tutor.agent.get('/api/audit-events/export').expect(200);
    expect(res.text).toContain(adminOnAhh);
    expect(res.text).not.toContain(adminOnBfh);
    expect(res.text).not.toContain(adminSpecialty);
    const full = await admin.agent.get('/api/audit-events/export').expect(200);
    expect(full.text).toContain(adminOnBfh);
  });

  it('stops at the row cap and says so, within the request’s time limit', async () => {
    const sjAdmin = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'TENANT_ADMIN'));
    const owner = await ownerClient();
    try {
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [sjAdmin.me.tenant.id]);
      await owner.query(
        `INSERT INTO audit_event (tenant_id, action, entity_type, entity_id, data)
         SELECT $1, 'test.bulk', 'org_unit', g::text, jsonb_build_object('n', g) FROM generate_series(1, $2::int) g`,
        [sjAdmin.me.tenant.id, AUDIT_EXPORT_MAX_ROWS + 5],
      );
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
    // On a busy machine the read may stop at its time budget first: then it says so, and still
    // answers (the request's transaction never times out).
    const res = await sjAdmin.agent.get('/api/audit-events/export?action=test.bulk').expect(200);
    expect(res.headers['x-export-truncated']).toBe('true');
    expect(res.headers['content-disposition']).toMatch(/-afkortet\.csv"$/);
    const lines = res.text.split('\r\n').filter(Boolean);
    const log = await events(sjAdmin, `actorId=${sjAdmin.me.user.id}&action=audit.exported`);
    const data = log.items[0]!.data as { rows: number; truncated: boolean; truncatedBy: string };
    expect(data.truncated).toBe(true);
    expect(lines).toHaveLength(data.rows + 1); // the header and the rows
    expect(lines[1]).toContain(`,${AUDIT_EXPORT_MAX_ROWS + 5},`); // newest first
    if (data.truncatedBy === 'rows') expect(data.rows).toBe(AUDIT_EXPORT_MAX_ROWS);
    else expect(data).toMatchObject({ truncatedBy: 'time' });
    expect(data.rows).toBeGreaterThanOrEqual(10_000);
    expect(data.rows).toBeLessThanOrEqual(AUDIT_EXPORT_MAX_ROWS);
  }, 60_000);

  it('stops reading at the row cap, or at the time budget, and says which', async () => {
    // A transaction stand-in that always has another full chunk of events.
    let next = 10_000_000;
    const tx = {
      $queryRaw: (_sql: TemplateStringsArray, ...values: unknown[]) => {
        const limit = values.at(-1) as number;
        return Promise.resolve(Array.from({ length: limit }, () => ({ id: String(next--), action: 'x', data: null })));
      },
    } as unknown as Tx;
    const capped = await collectForExport(tx, 'tenant', 'tenant', {}, () => 0);
    expect(capped.truncatedBy).toBe('rows');
    expect(capped.rows).toHaveLength(AUDIT_EXPORT_MAX_ROWS);
    let clock = 0;
    const slow = await collectForExport(tx, 'tenant', 'tenant', {}, () => (clock += 3_000));
    expect(slow.truncatedBy).toBe('time');
    expect(slow.rows.length).toBeLessThan(AUDIT_EXPORT_MAX_ROWS);
    expect(slow.rows.length).toBeGreaterThan(0);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([
      {
        id: '1',
        time_utc: '2026-11-23T09:00:00.000Z',
        time_danish: '23.11.2026 10.00.00',
        actor_id: null,
        actor_name: '=HYPERLINK("http://x")',
        action: '+cmd',
        entity_type: null,
        entity_id: '@x',
        data: '{"a": 1}',
        ip: '-1',
        request_id: null,
      },
    ]);
    const [row] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      actor_name: `'=HYPERLINK("http://x")`,
      action: "'+cmd",
      entity_id: "'@x",
      ip: "'-1",
      time_danish: '23.11.2026 10.00.00',
    });
  });
});
