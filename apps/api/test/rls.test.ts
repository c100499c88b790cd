import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbUrls } from './db-urls.js';
import { assertRoleCannotBypassRls, createPrisma } from '../src/lib/db.js';
import { appRoleClient, HOVEDSTADEN, ownerClient, SJAELLAND } from './helpers.js';

let app: pg.Client;
let owner: pg.Client;
let hId: string;
let sId: string;

beforeAll(async () => {
  app = await appRoleClient();
  owner = await ownerClient();
  const t = await app.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant');
  hId = t.rows.find((r) => r.slug === HOVEDSTADEN)!.id;
  sId = t.rows.find((r) => r.slug === SJAELLAND)!.id;
});
afterAll(async () => {
  await app.end();
  await owner.end();
});

async function tenantTables(): Promise<string[]> {
  const r = await owner.query<{ table_name: string }>(
    `SELECT c.relname AS table_name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return r.rows.map((x) => x.table_name);
}

async function asTenant<T extends pg.QueryResultRow>(
  client: pg.Client,
  tenantId: string | null,
  sql: string,
): Promise<T[]> {
  await client.query('BEGIN');
  try {
    if (tenantId !== null) await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('row-level security catalog', () => {
  it('finds the tenant tables (the catalog query itself works)', async () => {
    expect(await tenantTables()).toEqual(
      expect.arrayContaining(['app_user', 'audit_event', 'org_unit', 'role_assignment', 'specialty']),
    );
  });

  it('every table with tenant_id has RLS enabled and forced and a policy on tenant_id', async () => {
    const tables = await tenantTables();
    const r = await owner.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      policies: string[];
    }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              coalesce(array_agg(p.qual) FILTER (WHERE p.qual IS NOT NULL), '{}') AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_policies p ON p.tablename = c.relname AND p.schemaname = n.nspname
        WHERE n.nspname = 'public' AND c.relname = ANY($1) GROUP BY 1, 2, 3`,
      [tables],
    );
    expect(r.rows).toHaveLength(tables.length);
    for (const row of r.rows) {
      expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
      });
      expect(row.policies.length, `${row.relname} has no policy`).toBeGreaterThan(0);
      for (const q of row.policies) expect(q).toContain('app_current_tenant()');
    }
  });

  it('every unique index on a tenant table includes tenant_id (a duplicate elsewhere is never revealed)', async () => {
    const r = await owner.query<{ table: string; index: string; def: string }>(
      `SELECT t.relname AS table, i.relname AS index, pg_get_indexdef(i.oid) AS def
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE x.indisunique AND NOT x.indisprimary AND t.relname = ANY($1)`,
      [await tenantTables()],
    );
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) expect(row.def, row.index).toContain('tenant_id');
  });

  it('every foreign key between tenant tables includes tenant_id', async () => {
    const tables = await tenantTables();
    const r = await owner.query<{ name: string; def: string; target: string }>(
      `SELECT con.conname AS name, pg_get_constraintdef(con.oid) AS def, ft.relname AS target
         FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class ft ON ft.oid = con.confrelid
        WHERE con.contype = 'f' AND t.relname = ANY($1) AND ft.relname = ANY($1)`,
      [tables],
    );
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) expect(row.def, row.name).toMatch(/^FOREIGN KEY \(tenant_id, /);
  });

  it('every index on a tenant table leads with tenant_id (apart from the primary key)', async () => {
    const r = await owner.query<{ index: string; def: string }>(
      `SELECT i.relname AS index, pg_get_indexdef(i.oid) AS def
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE NOT x.indisprimary AND t.relname = ANY($1)`,
      [await tenantTables()],
    );
    for (const row of r.rows) expect(row.def, row.index).toMatch(/USING btree \(tenant_id/);
  });
});

describe('the app role', () => {
  it('is not superuser, has no BYPASSRLS and owns no table', async () => {
    const r = await app.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(
      `SELECT rolsuper, rolbypassrls, (SELECT count(*) FROM pg_class WHERE relowner = r.oid) AS owned
         FROM pg_roles r WHERE rolname = current_user`,
    );
    expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: '0' });
  });

  it('the server refuses to start as a role that could bypass RLS (the owner), and accepts the app role', async () => {
    const { ownerUrl, appUrl } = dbUrls();
    const asOwner = createPrisma(ownerUrl, { max: 1 });
    const asApp = createPrisma(appUrl, { max: 1 });
    try {
      await expect(assertRoleCannotBypassRls(asOwner)).rejects.toThrow(/owns \d+ table/);
      await expect(assertRoleCannotBypassRls(asApp)).resolves.toBeUndefined();
    } finally {
      await asOwner.$disconnect();
      await asApp.$disconnect();
    }
  });

  it('cannot update, delete or truncate audit events; can insert and read them', async () => {
    await app.query('BEGIN');
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [hId]);
    await app.query(`INSERT INTO audit_event (tenant_id, action) VALUES ($1, 'test.append')`, [hId]);
    const read = await app.query(`SELECT 1 FROM audit_event WHERE action = 'test.append'`);
    expect(read.rowCount).toBe(1);
    await app.query('ROLLBACK');
    for (const sql of ["UPDATE audit_event SET action = 'x'", 'DELETE FROM audit_event', 'TRUNCATE audit_event']) {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [hId]);
      await expect(app.query(sql), sql).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    }
  });

  it('not even the owner can truncate the audit log', async () => {
    await owner.query('BEGIN');
    await expect(owner.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    await owner.query('ROLLBACK');
  });
});

describe('isolation with the application filter removed', () => {
  const tables = ['org_unit', 'app_user', 'role_assignment', 'specialty', 'audit_event'];

  it.each(tables)(
    '%s: a raw query under the other tenant shows 0 rows of this tenant (control: rows exist)',
    async (table) => {
      const own = await asTenant<{ n: string }>(
        app,
        hId,
        `SELECT count(*) AS n FROM ${table} WHERE tenant_id = '${hId}'`,
      );
      expect(Number(own[0]!.n)).toBeGreaterThan(0);
      const other = await asTenant<{ n: string }>(
        app,
        sId,
        `SELECT count(*) AS n FROM ${table} WHERE tenant_id = '${hId}'`,
      );
      expect(Number(other[0]!.n)).toBe(0);
      const all = await asTenant<{ t: string }>(app, sId, `SELECT DISTINCT tenant_id::text AS t FROM ${table}`);
      expect(all.map((r) => r.t)).toEqual([sId]);
    },
  );

  it.each(tables)('%s: with no tenant set, 0 rows (fail closed), also after a transaction set one', async (table) => {
    expect(await asTenant(app, null, `SELECT 1 FROM ${table}`)).toHaveLength(0);
    // After a previous transaction, current_setting returns '' rather than NULL: still 0 rows.
    expect(await asTenant(app, '', `SELECT 1 FROM ${table}`)).toHaveLength(0);
  });

  it('refuses to insert a row for another tenant', async () => {
    await app.query('BEGIN');
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [sId]);
    await expect(
      app.query(`INSERT INTO specialty (id, tenant_id, name) VALUES (gen_random_uuid(), $1, 'Smuglet speciale')`, [
        hId,
      ]),
    ).rejects.toThrow(/row-level security/);
    await app.query('ROLLBACK');
  });

  it('an update of another tenant’s row touches 0 rows', async () => {
    const unit = await asTenant<{ id: string }>(app, hId, 'SELECT id FROM org_unit LIMIT 1');
    await app.query('BEGIN');
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [sId]);
    const r = await app.query(`UPDATE org_unit SET name = 'Overtaget' WHERE id = $1`, [unit[0]!.id]);
    expect(r.rowCount).toBe(0);
    await app.query('ROLLBACK');
  });
});

describe('enable_tenant_rls (for later migrations)', () => {
  it('puts a new tenant table under forced RLS with the fail-closed policy', async () => {
    await owner.query('BEGIN');
    try {
      await owner.query('CREATE TABLE rls_probe (id int PRIMARY KEY, tenant_id uuid NOT NULL)');
      await owner.query("SELECT enable_tenant_rls('rls_probe')");
      const r = await owner.query<{ relrowsecurity: boolean; relforcerowsecurity: boolean; qual: string }>(
        `SELECT c.relrowsecurity, c.relforcerowsecurity, p.qual FROM pg_class c
           JOIN pg_policies p ON p.tablename = c.relname WHERE c.relname = 'rls_probe'`,
      );
      expect(r.rows).toEqual([
        { relrowsecurity: true, relforcerowsecurity: true, qual: expect.stringContaining('app_current_tenant()') },
      ]);
      // Fail closed for the owner too (FORCE): a row is invisible without the tenant setting.
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [hId]);
      await owner.query('INSERT INTO rls_probe VALUES (1, $1)', [hId]);
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [sId]);
      expect((await owner.query('SELECT * FROM rls_probe')).rowCount).toBe(0);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  it('cannot be called by the app role', async () => {
    await expect(app.query("SELECT enable_tenant_rls('org_unit')")).rejects.toThrow(/permission denied/);
  });
});

describe('start-up refusal for roles that could bypass RLS', () => {
  it('refuses a superuser and a BYPASSRLS role', async () => {
    const { appUrl } = dbUrls();
    const su = new pg.Client({
      connectionString: appUrl.replace('portal_app:embedded-app', 'postgres:embedded-superuser'),
    });
    await su.connect();
    await su.query("DROP ROLE IF EXISTS rls_bypasser; CREATE ROLE rls_bypasser LOGIN BYPASSRLS PASSWORD 'bypass'");
    const asSuper = createPrisma(appUrl.replace('portal_app:embedded-app', 'postgres:embedded-superuser'), { max: 1 });
    const asBypass = createPrisma(appUrl.replace('portal_app:embedded-app', 'rls_bypasser:bypass'), { max: 1 });
    try {
      await expect(assertRoleCannotBypassRls(asSuper)).rejects.toThrow(/is a superuser/);
      await expect(assertRoleCannotBypassRls(asBypass)).rejects.toThrow(/has BYPASSRLS/);
    } finally {
      await asSuper.$disconnect();
      await asBypass.$disconnect();
      await su.query('DROP ROLE rls_bypasser');
      await su.end();
    }
  });
});
