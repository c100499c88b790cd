/**
 * The database URLs of the running test file. Every API test file gets its own copy of the
 * migrated, demo-loaded database (made in setup-each.ts from the global setup's database as a
 * template), so one module's tests can never see the records another module's tests create.
 */
export interface DbUrls {
  ownerUrl: string;
  appUrl: string;
}

let current: DbUrls | undefined;

export function setDbUrls(urls: DbUrls): void {
  current = urls;
}

export function dbUrls(): DbUrls {
  if (!current) throw new Error('dbUrls() before setup-each.ts created the file’s database');
  return current;
}
