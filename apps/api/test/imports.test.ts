import ExcelJS from 'exceljs';
import type pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_KINDS, IMPORT_MAX_ROWS, IMPORT_TEMPLATES, type ImportPreview } from '@portal/contracts';
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
let karen: LoggedIn; // Tutorcentret, Amager og Hvidovre Hospital (AHH)
let admin: LoggedIn; // regional administrator, Region Hovedstaden
let owner: pg.Client;
let hovedstadenId: string;
const run = Math.random().toString(36).slice(2, 8);

type Encoding = 'utf8' | 'utf8-bom' | 'latin1';
function csv(lines: string[], enc: Encoding = 'utf8', fileName = 'import.csv') {
  const text = lines.join('\r\n');
  const buf =
    enc === 'latin1'
      ? Buffer.from(text, 'latin1') // Windows-1252 and Latin-1 agree on æ, ø, å
      : Buffer.concat([
          enc === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
          Buffer.from(text, 'utf8'),
        ]);
  return { fileName, contentType: 'text/csv', contentBase64: buf.toString('base64') };
}

const post = (s: LoggedIn, path: string, body: object) => s.agent.post(path).set('x-csrf-token', s.csrf).send(body);
const preview = async (s: LoggedIn, kind: string, body: object) => {
  const res = await post(s, `/api/imports/${kind}/preview`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as ImportPreview;
};
const codes = (p: ImportPreview, row: number) => p.rows.find((r) => r.row === row)!.issues.map((i) => i.code);

/** Rows of a table in a tenant, counted as the owner (RLS applies: the tenant is set). */
async function count(
  table: 'app_user' | 'org_unit' | 'role_assignment' | 'audit_event',
  where = 'TRUE',
  params: unknown[] = [],
) {
  await owner.query('BEGIN');
  try {
    await owner.query("SELECT set_config('app.tenant_id', $1, true)", [hovedstadenId]);
    const r = await owner.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE ${where}`, params);
    return Number(r.rows[0]!.n);
  } finally {
    await owner.query('COMMIT');
  }
}

beforeAll(async () => {
  t = createTestApp();
  owner = await ownerClient();
  hovedstadenId = (await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!
    .id;
  // A second hospital in Region Hovedstaden, outside Tutorcentret AHH's scope.
  await owner.query('BEGIN');
  await owner.query("SELECT set_config('app.tenant_id', $1, true)", [hovedstadenId]);
  await owner.query(
    `INSERT INTO org_unit (id, tenant_id, kind, name, short_name, updated_at)
     SELECT gen_random_uuid(), $1, 'HOSPITAL', 'Bispebjerg og Frederiksberg Hospital', 'BFH', now()
      WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE tenant_id = $1 AND short_name = 'BFH')`,
    [hovedstadenId],
  );
  await owner.query('COMMIT');
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

describe('reading files', () => {
  it('semicolon CSV with BOM, Danish headers: rows numbered as in the spreadsheet, values normalised', async () => {
    const p = await preview(
      karen,
      'people',
      csv(
        ['Navn;E-mail;Titel', `Åse Østergaard;  ASE.${run}@Example.DK ;KBU-læge`, ';;', `Bo Ærø;bo.${run}@example.dk;`],
        'utf8-bom',
      ),
    );
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(p.columns.map((c) => c.field)).toEqual(['name', 'email', 'title']);
    // The blank row 3 is left out, the numbering is kept.
    expect(p.rows.map((r) => [r.row, r.status, r.action])).toEqual([
      [2, 'ok', 'create'],
      [4, 'ok', 'create'],
    ]);
    expect(p.rows[0]!.values).toEqual({ name: 'Åse Østergaard', email: `ase.${run}@example.dk`, title: 'KBU-læge' });
    expect(p.summary).toMatchObject({ rows: 2, ok: 2, errors: 0, toCreate: 2 });
  });

  it('comma CSV with quotes, English headers', async () => {
    const p = await preview(
      karen,
      'people',
      csv(['name,email,title', `"Hansen, Ib",ib.${run}@example.dk,"Overlæge, UAO"`]),
    );
    expect(p.delimiter).toBe(',');
    expect(p.rows[0]!.values).toMatchObject({ name: 'Hansen, Ib', title: 'Overlæge, UAO' });
  });

  it('Windows-1252 (Danish Excel "CSV (semikolonsepareret)") keeps æ, ø and å', async () => {
    const p = await preview(
      karen,
      'people',
      csv(['navn;e-mail;titel', `Søren Kærgård;soren.${run}@example.dk;Læge på prøve`], 'latin1'),
    );
    expect(p.encoding).toBe('windows-1252');
    expect(p.rows[0]!.values).toMatchObject({ name: 'Søren Kærgård', title: 'Læge på prøve' });
  });

  it('XLSX (first sheet): hyperlinked e-mails and date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Roller');
    wb.addWorksheet('Andet ark').addRow(['ignored']);
    ws.addRow(['E-mail', 'Rolle', 'Enhed', 'Gyldig fra', 'Gyldig til']);
    ws.addRow([
      { text: 'jens.mikkelsen@regionh.dk', hyperlink: 'mailto:jens.mikkelsen@regionh.dk' },
      'Vejleder',
      'AHH / Ortopædkirurgisk Afdeling',
      new Date(Date.UTC(2027, 1, 1)),
      '31-07-2027',
    ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await preview(karen, 'role-assignments', {
      fileName: 'roller.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: buf.toString('base64'),
    });
    expect(p.format).toBe('xlsx');
    expect(p.rows[0]).toMatchObject({
      row: 2,
      status: 'ok',
      values: {
        email: 'jens.mikkelsen@regionh.dk',
        role: 'SUPERVISOR',
        unit: 'AHH / Ortopædkirurgisk Afdeling',
        validFrom: '2027-02-01',
        validTo: '2027-07-31',
      },
    });
  });

  it('every template is read with all its columns (the example row names this region’s units)', async () => {
    for (const kind of IMPORT_KINDS) {
      const { headers, example } = IMPORT_TEMPLATES[kind];
      // An intake of courses is the department's UAO's (courses:manage), not the region admin's.
      const caller = kind === 'courses' ? await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk') : admin;
      const p = await preview(caller, kind, csv([headers.join(';'), example.join(';')], 'utf8-bom'));
      expect(
        p.columns.every((c) => c.field !== null),
        kind,
      ).toBe(true);
      expect(p.columns).toHaveLength(headers.length);
    }
  });

  it('refuses a file without a required column, a binary file, and more rows than the cap (400 on body.file)', async () => {
    let res = await post(karen, '/api/imports/people/preview', csv(['navn;titel', 'A;B']));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors[0]).toMatchObject({ path: 'body.file', code: 'MISSING_COLUMN' });
    expect(res.body.errors[0].message).toContain('e-mail');

    res = await post(karen, '/api/imports/people/preview', {
      fileName: 'x.xls',
      contentType: 'application/vnd.ms-excel',
      contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]).toString('base64'),
    });
    expect(res.body.errors[0]).toMatchObject({ path: 'body.file', code: 'FILE_TYPE' });

    const many = ['navn;e-mail'];
    for (let i = 0; i <= IMPORT_MAX_ROWS; i++) many.push(`P ${i};p${i}.${run}@example.dk`);
    res = await post(karen, '/api/imports/people/preview', csv(many));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'body.file', code: 'TOO_MANY_ROWS' });
    expect(res.body.errors[0].message).toContain('5.001');
  });

  it('a body over 5 MB → 413 problem+json; the import limit does not apply to other routes', async () => {
    const big = { fileName: 'big.csv', contentType: 'text/csv', contentBase64: 'A'.repeat(5 * 1024 * 1024 + 10) };
    const res = await post(karen, '/api/imports/people/preview', big);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    // 200 kB is fine for an import, too large for anything else.
    const medium = 'x'.repeat(200_000);
    const other = await post(karen, '/api/me/active-scope', { assignmentId: medium });
    expect(other.status).toBe(413);
    const ok = await post(karen, '/api/imports/people/preview', {
      ...csv(['navn;e-mail', `A;a.${run}@example.dk`]),
      fileName: 'a.csv',
    });
    expect(ok.status).toBe(200);
  });

  it('an anonymous upload is refused before its body is read (401)', async () => {
    const agent = request.agent(t.app);
    const token = (await agent.get('/api/auth/csrf')).body.csrfToken as string;
    const res = await agent
      .post('/api/imports/people/preview')
      .set('x-csrf-token', token)
      .send({ fileName: 'a.csv', contentType: 'text/csv', contentBase64: 'A'.repeat(1_000_000) });
    expect(res.status).toBe(401);
  });
});

describe('people', () => {
  it('a file with one bad row: the row error is shown, commit answers 400 and writes nothing; fixed, it imports', async () => {
    const lines = [
      'navn;e-mail;titel',
      `Anna Jensen;anna.${run}@regionh.dk;KBU-læge`,
      `Bo Nielsen;bo.nielsen.${run}(at)regionh.dk;Introduktionslæge`,
      `Carl Berg;carl.${run}@regionh.dk;`,
    ];
    const p = await preview(karen, 'people', csv(lines));
    expect(p.summary).toMatchObject({ rows: 3, ok: 2, errors: 1 });
    expect(p.rows[1]).toMatchObject({ row: 3, status: 'error', action: 'none' });
    // The value that could not be read is shown as written, so the user sees what to fix.
    expect(p.rows[1]!.values.email).toBe(`bo.nielsen.${run}(at)regionh.dk`);
    expect(p.rows[1]!.issues[0]).toMatchObject({
      field: 'email',
      code: 'INVALID_EMAIL',
      message: expect.stringContaining('e-mail'),
    });

    // Counted by this run's e-mails: other test files may create people in parallel.
    const mine = () => count('app_user', `email LIKE '%.' || $1 || '@regionh.dk'`, [run]);
    const before = await mine();
    const res = await post(karen, '/api/imports/people/commit', csv(lines));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'rows.3.email', code: 'INVALID_EMAIL' }],
    });
    expect(await mine()).toBe(before);
    expect(await count('app_user', 'email = $1', [`anna.${run}@regionh.dk`])).toBe(0);

    lines[2] = `Bo Nielsen;bo.nielsen.${run}@regionh.dk;Introduktionslæge`;
    const ok = await post(karen, '/api/imports/people/commit', csv(lines, 'utf8', 'personer.csv'));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'people', created: 3, skipped: 0 });
    expect(ok.body.records.map((r: { row: number; label: string }) => [r.row, r.label])).toEqual([
      [2, 'Anna Jensen'],
      [3, 'Bo Nielsen'],
      [4, 'Carl Berg'],
    ]);
    expect(await mine()).toBe(before + 3);
    // One event for the import and one per person, in the same transaction.
    expect(await count('audit_event', `action = 'import.committed' AND data->>'fileName' = 'personer.csv'`)).toBe(1);
    const ids = ok.body.records.map((r: { id: string }) => r.id);
    expect(await count('audit_event', `action = 'person.created' AND entity_id = ANY($1)`, [ids])).toBe(3);
    // The title is kept, the e-mail stored lower-case, no password set.
    expect(
      await count('app_user', `email = $1 AND title = 'KBU-læge' AND password_hash IS NULL`, [
        `anna.${run}@regionh.dk`,
      ]),
    ).toBe(1);
  });

  it('duplicate e-mails in the file are errors pointing at the first row; existing people are skipped with a warning', async () => {
    const p = await preview(
      karen,
      'people',
      csv([
        'navn;e-mail',
        `Dorte;dorte.${run}@regionh.dk`,
        `Dorte igen;DORTE.${run}@regionh.dk`,
        'Jens Mikkelsen;jens.mikkelsen@regionh.dk',
        ';',
        'Uden mail;',
      ]),
    );
    expect(p.rows.find((r) => r.row === 3)!.issues[0]).toMatchObject({ code: 'DUPLICATE_IN_FILE', params: { row: 2 } });
    expect(p.rows.find((r) => r.row === 4)).toMatchObject({
      status: 'warning',
      action: 'skip',
      issues: [{ code: 'EXISTS_SKIPPED' }],
    });
    expect(codes(p, 6)).toEqual(['REQUIRED']);
    expect(p.summary).toMatchObject({ ok: 1, warnings: 1, errors: 2, toCreate: 1, toSkip: 1 });
  });

  it('a file at the row cap commits in one transaction, well inside its timeout', async () => {
    const lines = ['navn;e-mail;titel'];
    for (let i = 0; i < IMPORT_MAX_ROWS; i++) lines.push(`Person ${i};cap${i}.${run}@regionh.dk;Læge`);
    const res = await post(karen, '/api/imports/people/commit', csv(lines, 'utf8', `cap-${run}.csv`));
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
    expect(res.body.created).toBe(IMPORT_MAX_ROWS);
    expect(await count('app_user', `email LIKE $1`, [`cap%.${run}@regionh.dk`])).toBe(IMPORT_MAX_ROWS);
    expect(
      await count('audit_event', `action = 'person.created' AND entity_id = ANY($1)`, [
        res.body.records.map((r: { id: string }) => r.id),
      ]),
    ).toBe(IMPORT_MAX_ROWS);
  });

  it('an error discovered late (the database refuses the last write) rolls back every row', async () => {
    // Fault injection: the final audit insert of this one file fails, after all users are inserted.
    await owner.query(`CREATE OR REPLACE FUNCTION test_import_fail_late() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'import.committed' AND NEW.data->>'fileName' = 'late-failure-${run}.csv' THEN
          RAISE EXCEPTION 'injected failure' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$`);
    await owner.query(
      `CREATE TRIGGER test_import_fail_late BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_import_fail_late()`,
    );
    try {
      const lines = ['navn;e-mail'];
      for (let i = 0; i < 50; i++) lines.push(`Sen ${i};late${i}.${run}@regionh.dk`);
      const res = await post(karen, '/api/imports/people/commit', csv(lines, 'utf8', `late-failure-${run}.csv`));
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.code).toBe('CONFLICT');
      expect(res.headers['content-type']).toContain('application/problem+json');
      // All 50 users were inserted before the failing write: none of them is left.
      expect(await count('app_user', `email LIKE $1`, [`late%.${run}@regionh.dk`])).toBe(0);
      expect(
        await count('audit_event', `action = 'import.committed' AND data->>'fileName' = $1`, [
          `late-failure-${run}.csv`,
        ]),
      ).toBe(0);
      // The same file without the fault goes in whole.
      const ok = await post(karen, '/api/imports/people/commit', csv(lines, 'utf8', `late-ok-${run}.csv`));
      expect(ok.status).toBe(201);
      expect(await count('app_user', `email LIKE $1`, [`late%.${run}@regionh.dk`])).toBe(50);
    } finally {
      await owner.query('DROP TRIGGER test_import_fail_late ON audit_event');
      await owner.query('DROP FUNCTION test_import_fail_late()');
    }
  });
});

describe('departments', () => {
  it('Tutorcentret AHH creates departments under AHH only; another hospital or region is a row error', async () => {
    const name = `Neurologisk Afdeling ${run}`;
    const lines = [
      'navn;kortnavn;hospital;speciale',
      `${name};NEU;AHH;Akutmedicin`,
      `Lungemedicinsk Afdeling ${run};;Bispebjerg og Frederiksberg Hospital;`,
      `Geriatrisk Afdeling ${run};;Midt- og Vestsjællands Hospital;`,
      `Ny afdeling ${run};;MVH;Ukendt speciale`,
      'Kardiologisk Afdeling;;Amager og Hvidovre Hospital;',
      `${name.toUpperCase()};;ahh;`,
    ];
    const p = await preview(karen, 'departments', csv(lines));
    expect(p.rows[0]).toMatchObject({
      status: 'ok',
      values: { name, shortName: 'NEU', hospital: 'Amager og Hvidovre Hospital', specialty: 'Akutmedicin' },
    });
    expect(codes(p, 3)).toEqual(['HOSPITAL_OUT_OF_SCOPE']);
    // The other region's hospital does not resolve at all.
    expect(codes(p, 4)).toEqual(['UNKNOWN_HOSPITAL']);
    expect(codes(p, 5)).toEqual(['UNKNOWN_HOSPITAL', 'UNKNOWN_SPECIALTY']);
    expect(p.rows.find((r) => r.row === 6)).toMatchObject({ status: 'warning', action: 'skip' });
    expect(p.rows.find((r) => r.row === 7)!.issues[0]).toMatchObject({ code: 'DUPLICATE_IN_FILE', params: { row: 2 } });

    const mine = () => count('org_unit', `name LIKE '%' || $1`, [run]);
    const before = await mine();
    const res = await post(karen, '/api/imports/departments/commit', csv(lines));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['rows.3.hospital', 'rows.4.hospital', 'rows.5.specialty', 'rows.7.name']),
    );
    expect(await mine()).toBe(before);

    const ok = await post(karen, '/api/imports/departments/commit', csv([lines[0]!, lines[1]!, lines[5]!]));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ created: 1, skipped: 1 });
    expect(await count('org_unit', `kind = 'DEPARTMENT' AND name = $1 AND short_name = 'NEU'`, [name])).toBe(1);
    expect(await count('audit_event', `action = 'org-unit.created' AND entity_id = $1`, [ok.body.records[0].id])).toBe(
      1,
    );
  });

  it('the regional administrator may create departments under any hospital of the region', async () => {
    const p = await preview(admin, 'departments', csv(['navn;hospital', `Lungemedicinsk Afdeling ${run};BFH`]));
    expect(p.rows[0]!.status).toBe('ok');
  });
});

describe('role assignments', () => {
  it('Tutorcentret gives roles in its hospital; roles it may not give, units outside it and bad dates are row errors', async () => {
    const p = await preview(
      karen,
      'role-assignments',
      csv([
        'e-mail;rolle;enhed;gyldig fra;gyldig til',
        'jens.mikkelsen@regionh.dk;UAO;Amager og Hvidovre Hospital / Ortopædkirurgisk Afdeling;01-03-2027;',
        'jens.mikkelsen@regionh.dk;TENANT_ADMIN;;;',
        'jens.mikkelsen@regionh.dk;Efteruddannelseskoordinator;;;',
        'jens.mikkelsen@regionh.dk;AMU;Almen praksis, Område Syd;;',
        'jens.mikkelsen@regionh.dk;Vejleder;Medicinsk Afdeling, Holbæk;;',
        'jens.mikkelsen@regionh.dk;UAO;AHH;;',
        'jens.mikkelsen@regionh.dk;Kok;Akutmodtagelsen;;',
        'jens.mikkelsen@regionh.dk;Vejleder;Akutmodtagelsen;31-02-2027;',
        'jens.mikkelsen@regionh.dk;Vejleder;Akutmodtagelsen;2027-05-01;2027-04-30',
        'ingen.person@regionh.dk;Vejleder;Akutmodtagelsen;;',
        'lars.norgaard@regionsjaelland.dk;Vejleder;Akutmodtagelsen;;',
        'jens.mikkelsen@regionh.dk;Vejleder;Kardiologisk Afdeling;;',
        'jens.mikkelsen@regionh.dk;Platform admin;;;',
      ]),
    );
    expect(p.rows[0]).toMatchObject({
      status: 'ok',
      values: { role: 'UAO', unit: 'AHH / Ortopædkirurgisk Afdeling', validFrom: '2027-03-01', validTo: null },
    });
    expect(codes(p, 3)).toEqual(['ROLE_NOT_ALLOWED']);
    expect(codes(p, 4)).toEqual(['ROLE_NOT_ALLOWED']);
    expect(codes(p, 5)).toEqual(['ROLE_NOT_ALLOWED']);
    // A unit of the other region is an unknown unit here.
    expect(codes(p, 6)).toEqual(['UNKNOWN_UNIT']);
    expect(p.rows.find((r) => r.row === 7)!.issues[0]).toMatchObject({
      code: 'UNIT_KIND_MISMATCH',
      params: { expected: 'DEPARTMENT' },
    });
    expect(codes(p, 8)).toEqual(['UNKNOWN_ROLE']);
    expect(codes(p, 9)).toEqual(['INVALID_DATE']);
    expect(codes(p, 10)).toEqual(['DATE_ORDER']);
    expect(codes(p, 11)).toEqual(['UNKNOWN_PERSON']);
    // A person of the other region is unknown too.
    expect(codes(p, 12)).toEqual(['UNKNOWN_PERSON']);
    // Jens is already supervisor in Kardiologisk Afdeling from 2025: skipped.
    expect(p.rows.find((r) => r.row === 13)).toMatchObject({
      status: 'warning',
      issues: [{ code: 'OVERLAPS_EXISTING' }],
    });
    expect(codes(p, 14)).toEqual(['ROLE_NOT_ALLOWED']);
  });

  it('a unit outside Tutorcentret’s hospital is refused; the regional administrator may give region roles', async () => {
    const lines = [
      'e-mail;rolle;enhed',
      'jens.mikkelsen@regionh.dk;AP-UKYL;BFH',
      'jens.mikkelsen@regionh.dk;Efteruddannelseskoordinator;',
    ];
    const p = await preview(karen, 'role-assignments', csv(lines));
    expect(codes(p, 2)).toEqual(['UNIT_OUT_OF_SCOPE']);
    const q = await preview(admin, 'role-assignments', csv(lines));
    expect(q.rows.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('commit writes every assignment and an audit event for each; the person now holds the role', async () => {
    const email = `anna.${run}@regionh.dk`; // imported in the people test above
    await post(karen, '/api/imports/people/commit', csv(['navn;e-mail', `Anna Jensen;${email}`]));
    const lines = [
      'e-mail;rolle;enhed;gyldig fra;gyldig til',
      `${email};Uddannelseslæge;AHH / Kardiologisk Afdeling;01-02-2026;31-07-2027`,
      `${email};UAO;Akutmodtagelsen;2026-01-01;`,
      `${email};uddannelseslæge;Kardiologisk Afdeling;2027-06-01;2027-12-31`,
    ];
    const p = await preview(karen, 'role-assignments', csv(lines));
    expect(p.rows.find((r) => r.row === 4)!.issues[0]).toMatchObject({ code: 'DUPLICATE_IN_FILE', params: { row: 2 } });
    const bad = await post(karen, '/api/imports/role-assignments/commit', csv(lines));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: 'rows.4.row', code: 'DUPLICATE_IN_FILE' });

    const res = await post(karen, '/api/imports/role-assignments/commit', csv(lines.slice(0, 3), 'utf8', 'roller.csv'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.created).toBe(2);
    expect(
      await count(
        'role_assignment',
        `user_id = (SELECT id FROM app_user WHERE email = $1) AND role = 'UAO' AND valid_from = '2026-01-01' AND valid_to IS NULL`,
        [email],
      ),
    ).toBe(1);
    expect(
      await count('audit_event', `action = 'role-assignment.created' AND entity_id = ANY($1)`, [
        res.body.records.map((r: { id: string }) => r.id),
      ]),
    ).toBe(2);
    // Importing the same file again creates nothing: both rows overlap what exists.
    const again = await preview(karen, 'role-assignments', csv(lines.slice(0, 3)));
    expect(again.summary).toMatchObject({ toCreate: 0, toSkip: 2 });
  });

  it('the other region’s Tutorcentret cannot resolve this region’s people or units', async () => {
    const camilla = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'EDUCATION_CENTRE'));
    const p = await preview(
      camilla,
      'role-assignments',
      csv(['e-mail;rolle;enhed', 'jens.mikkelsen@regionh.dk;Vejleder;AHH / Kardiologisk Afdeling']),
    );
    expect(codes(p, 2)).toEqual(['UNKNOWN_PERSON', 'UNKNOWN_UNIT']);
  });
});
