import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneralPractitioner, GpImportPreview, GpListItem } from '@portal/contracts';
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
 * The GP register (issue 6): the continuing-education coordinator reads the whole region, an AMU
 * only the practices of their area (404 outside it), a trainee nothing (403).
 */

let t: TestApp;
let lone: LoggedIn; // CME coordinator, Region Hovedstaden
let peter: LoggedIn; // AMU, Område Syd
let mads: LoggedIn; // AMU, Område Nord
let marianne: LoggedIn; // CME coordinator, Region Sjælland
let trainee: LoggedIn;
const practice: Record<string, string> = {};

const csv = (text: string) => ({
  fileName: 'laeger.csv',
  contentType: 'text/csv',
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});
const list = async (who: LoggedIn, q = '') =>
  (await who.agent.get(`/api/general-practitioners${q}`).expect(200)).body.items as GpListItem[];
const names = (items: { name: string }[]) => items.map((i) => i.name);
async function countGps(tenantSlug: string): Promise<number> {
  const c = await ownerClient();
  try {
    const tenant = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [tenantSlug])).rows[0]!.id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const n = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM general_practitioner')).rows[0]!.n;
    await c.query('COMMIT');
    return n;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  t = createTestApp();
  lone = await login(t.app, HOVEDSTADEN, 'lone.friis@regionh.dk');
  peter = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
  mads = await login(t.app, HOVEDSTADEN, 'mads.winther@regionh.dk');
  marianne = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'CME_COORDINATOR'));
  trainee = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TRAINEE'));
  const ps = (await lone.agent.get('/api/general-practitioners/practices').expect(200)).body.items as {
    id: string;
    name: string;
  }[];
  for (const p of ps) practice[p.name] = p.id;
});
afterAll(() => t.close());

describe('reading the register', () => {
  it('the CME coordinator reads every area; an AMU only their own', async () => {
    const all = names(await list(lone));
    expect(all).toEqual(expect.arrayContaining(['Nanna Vinther', 'Mads Winther', 'Peter Juhl']));
    expect(all).not.toContain('Poul Ravn'); // left practice
    expect(names(await list(lone, '?includeLeft=true'))).toContain('Poul Ravn');
    const syd = await list(peter);
    expect(names(syd)).toContain('Nanna Vinther');
    expect(names(syd)).not.toContain('Mads Winther');
    expect(new Set(syd.map((g) => g.practice.area?.name))).toEqual(new Set(['Almen praksis, Område Syd']));
    const nord = await list(mads);
    expect(names(nord)).toContain('Bo Rasmussen');
    expect(names(nord)).not.toContain('Nanna Vinther');
    // Practices offered to the AMU are their area's only.
    const ps = (await peter.agent.get('/api/general-practitioners/practices').expect(200)).body.items;
    expect(ps.map((p: { name: string }) => p.name).sort()).toEqual(
      ['Hvidovre Lægehus', 'Lægerne på Amagerbrogade', 'Valby Lægecenter'].sort(),
    );
  });

  it('an AMU gets 404 for a GP of another area of the same region, reading or editing', async () => {
    const bo = (await list(lone, '?q=Bo%20Rasmussen'))[0]!;
    await lone.agent.get(`/api/general-practitioners/${bo.id}`).expect(200);
    await mads.agent.get(`/api/general-practitioners/${bo.id}`).expect(200);
    const r = await peter.agent.get(`/api/general-practitioners/${bo.id}`).expect(404);
    expect(r.body.code).toBe('NOT_FOUND');
    await peter.agent
      .put(`/api/general-practitioners/${bo.id}`)
      .set('x-csrf-token', peter.csrf)
      .send({
        practiceId: bo.practice.id,
        name: bo.name,
        email: bo.email,
        authorisationId: bo.authorisationId,
        settledOn: bo.settledOn,
        leftOn: bo.leftOn,
        version: bo.version,
      })
      .expect(404);
    await peter.agent
      .post(`/api/general-practitioners/${bo.id}/leave`)
      .set('x-csrf-token', peter.csrf)
      .send({ leftOn: '2026-12-31', version: bo.version })
      .expect(404);
    // Adding a GP to a practice of another area: 404 like a practice that does not exist.
    await peter.agent
      .post('/api/general-practitioners')
      .set('x-csrf-token', peter.csrf)
      .send({
        practiceId: practice['Lægehuset i Hillerød'],
        name: 'Ny Læge',
        email: null,
        authorisationId: null,
        settledOn: '2026-01-01',
        leftOn: null,
      })
      .expect(404);
  });

  it('another region’s coordinator gets 404; a trainee 403', async () => {
    const nanna = (await list(lone, '?q=Nanna'))[0]!;
    await marianne.agent.get(`/api/general-practitioners/${nanna.id}`).expect(404);
    expect(names(await list(marianne))).not.toContain('Nanna Vinther');
    const r = await trainee.agent.get('/api/general-practitioners').expect(403);
    expect(r.body.code).toBe('FORBIDDEN');
  });

  it('filters: search, area, practice, newly settled, in no group', async () => {
    expect(names(await list(lone, '?q=6H3V9'))).toEqual(['Nanna Vinther']);
    const areaId = (await list(lone, '?q=Nanna'))[0]!.practice.area!.id;
    const inArea = await list(lone, `?areaId=${areaId}`);
    expect(inArea.every((g) => g.practice.area?.id === areaId)).toBe(true);
    const inPractice = await list(lone, `?practiceId=${practice['Valby Lægecenter']}`);
    expect(names(inPractice)).toEqual(['Helle Bak', 'Michael Storm']);
    const newly = await list(lone, '?newlySettled=true');
    expect(newly.length).toBeGreaterThan(0);
    expect(newly.every((g) => g.newlySettled)).toBe(true);
    expect(names(newly)).toEqual(expect.arrayContaining(['Nanna Vinther', 'Sara Holst', 'Line Kofoed']));
    const noGroup = await list(lone, '?inNoGroup=true');
    expect(names(noGroup)).toContain('Nanna Vinther');
    expect(noGroup.every((g) => g.groupCount === 0)).toBe(true);
    expect(names(noGroup)).not.toContain('Anne Mølgaard');
    await lone.agent.get('/api/general-practitioners?newlySettled=yes').expect(400);
  });
});

describe('writing the register', () => {
  const fields = (over: Record<string, unknown> = {}) => ({
    practiceId: practice['Hvidovre Lægehus'],
    name: 'Jonas Frost',
    email: 'jonas.frost@dadlnet.dk',
    authorisationId: 'ZZ1234',
    settledOn: '2026-02-01',
    leftOn: null,
    ...over,
  });

  it('adds, edits with a version (409 when stale) and marks a GP as left, each audited', async () => {
    const created = await peter.agent
      .post('/api/general-practitioners')
      .set('x-csrf-token', peter.csrf)
      .send(fields())
      .expect(201);
    const gp = created.body as GeneralPractitioner;
    expect(gp).toMatchObject({ name: 'Jonas Frost', newlySettled: true, active: true, version: 1 });
    expect(gp.practice.name).toBe('Hvidovre Lægehus');

    const edited = await lone.agent
      .put(`/api/general-practitioners/${gp.id}`)
      .set('x-csrf-token', lone.csrf)
      .send({ ...fields({ name: 'Jonas Frost Madsen' }), version: 1 })
      .expect(200);
    expect(edited.body.version).toBe(2);
    // Peter still holds version 1: 409 that says what is current.
    const stale = await peter.agent
      .put(`/api/general-practitioners/${gp.id}`)
      .set('x-csrf-token', peter.csrf)
      .send({ ...fields({ email: null }), version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('Jonas Frost Madsen');

    const left = await peter.agent
      .post(`/api/general-practitioners/${gp.id}/leave`)
      .set('x-csrf-token', peter.csrf)
      .send({ leftOn: '2026-03-01', version: 2 })
      .expect(200);
    expect(left.body).toMatchObject({ leftOn: '2026-03-01', active: false, version: 3 });
    expect(names(await list(lone))).not.toContain('Jonas Frost Madsen');

    const admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
    const audit = await admin.agent.get(`/api/audit-events?entityId=${gp.id}`).expect(200);
    const actions = (audit.body.items as { action: string }[]).map((a) => a.action).sort();
    expect(actions).toEqual([
      'general_practitioner.create',
      'general_practitioner.leave',
      'general_practitioner.update',
    ]);
  });

  it('refuses bad input with field errors', async () => {
    const post = (body: object) =>
      lone.agent.post('/api/general-practitioners').set('x-csrf-token', lone.csrf).send(body);
    const bad = await post(fields({ authorisationId: 'x!', email: 'not-an-email', name: '' })).expect(400);
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['body.authorisationId', 'body.email', 'body.name']);
    const order = await post(fields({ authorisationId: null, leftOn: '2025-01-01' })).expect(400);
    expect(order.body.errors[0].path).toBe('body.leftOn');
    // Nanna Vinther's authorisation ID is taken.
    const dup = await post(fields({ authorisationId: '6H3V9' })).expect(400);
    expect(dup.body.errors[0].path).toBe('body.authorisationId');
    await post({ ...fields(), extra: 1 }).expect(400);
  });
});

describe('importing a GP list', () => {
  const good =
    'navn;autorisations-id;praksis;nedsat;ophørt;e-mail\n' +
    'Astrid Lund;QQ7781;Valby Lægecenter;01-05-2026;;astrid.lund@dadlnet.dk\n' +
    'Nanna Vinther;6H3V9;Valby Lægecenter;2026-08-01;;nanna.vinther@dadlnet.dk\n';

  it('shows every row’s errors and writes nothing when one row is wrong', async () => {
    const before = await countGps(HOVEDSTADEN);
    const bad =
      good +
      'Ukendt Praksis;QQ7782;Lægehuset på Månen;01-01-2020;;\n' +
      'Dårlig Dato;QQ7783;Hvidovre Lægehus;31-02-2020;;\n' +
      ';QQ7781;Hvidovre Lægehus;01-01-2020;;\n';
    const prev = await lone.agent
      .post('/api/imports/general-practitioners/preview')
      .set('x-csrf-token', lone.csrf)
      .send(csv(bad))
      .expect(200);
    const p = prev.body as GpImportPreview;
    expect(p.summary).toEqual({ rows: 5, errors: 3, toCreate: 1, toUpdate: 1 });
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'update', 'none', 'none', 'none']);
    expect(p.rows[1]!.existing?.name).toBe('Nanna Vinther');
    expect(p.rows[2]!.errors.map((e) => e.code)).toEqual(['UNKNOWN_PRACTICE']);
    expect(p.rows[3]!.errors.map((e) => e.code)).toEqual(['INVALID_DATE']);
    expect(p.rows[4]!.errors.map((e) => e.code).sort()).toEqual(['DUPLICATE_IN_FILE', 'REQUIRED']);
    const commit = await lone.agent
      .post('/api/imports/general-practitioners/commit')
      .set('x-csrf-token', lone.csrf)
      .send(csv(bad))
      .expect(400);
    expect(commit.body.errors.length).toBe(4);
    expect(await countGps(HOVEDSTADEN)).toBe(before);
  });

  it('an AMU cannot import into another area’s practice (row error)', async () => {
    const res = await peter.agent
      .post('/api/imports/general-practitioners/preview')
      .set('x-csrf-token', peter.csrf)
      .send(csv('navn;praksis;nedsat\nNy Læge;Lægehuset i Hillerød;01-01-2026\n'))
      .expect(200);
    expect(res.body.rows[0].errors[0].code).toBe('PRACTICE_OUT_OF_SCOPE');
  });

  it('a file without a required column is refused as a whole', async () => {
    const res = await lone.agent
      .post('/api/imports/general-practitioners/preview')
      .set('x-csrf-token', lone.csrf)
      .send(csv('navn;e-mail\nA;a@b.dk\n'))
      .expect(400);
    expect(res.body.errors[0].code).toBe('MISSING_COLUMN');
  });

  it('commits all rows: creates the new GP and updates the one with a known authorisation ID', async () => {
    const before = await countGps(HOVEDSTADEN);
    const res = await lone.agent
      .post('/api/imports/general-practitioners/commit')
      .set('x-csrf-token', lone.csrf)
      .send(csv(good))
      .expect(201);
    expect(res.body).toEqual({ created: 1, updated: 1 });
    expect(await countGps(HOVEDSTADEN)).toBe(before + 1);
    const nanna = (await list(lone, '?q=6H3V9'))[0]!;
    expect(nanna).toMatchObject({ email: 'nanna.vinther@dadlnet.dk', settledOn: '2026-08-01' });
    expect(names(await list(lone, '?q=QQ7781'))).toEqual(['Astrid Lund']);
  });
});
