// Preloaded into the API server by bench-dashboards.mjs (`node --import …/sql-capture.mjs
// dist/server.js`), never in production: records the SQL statements (text and parameters) that
// the server sends to PostgreSQL while capture is on, so the benchmark can run exactly the same
// statements as raw SQL next to the HTTP figures. SIGUSR2 toggles capture; switching it off writes
// the statements as JSON to SQL_CAPTURE_FILE. Patches node-postgres's Client#query, which both the
// Prisma adapter and the plain-SQL reads go through.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiRequire = createRequire(path.join(root, 'apps/api/package.json'));
const clients = new Set();
for (const from of [apiRequire, createRequire(apiRequire.resolve('@prisma/adapter-pg'))]) {
  try {
    clients.add(from('pg').Client);
  } catch {
    // not resolvable from there: the other one covers it
  }
}

let capturing = false;
let captured = [];
const plain = (v) => (v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? `\\x${v.toString('hex')}` : v);
for (const Client of clients) {
  const query = Client.prototype.query;
  Client.prototype.query = function (config, values, callback) {
    if (capturing) {
      const text = typeof config === 'string' ? config : config?.text;
      const params = (Array.isArray(values) ? values : config?.values) ?? [];
      if (text) captured.push({ text, values: params.map(plain) });
    }
    return query.call(this, config, values, callback);
  };
}

process.on('SIGUSR2', () => {
  if (!capturing) {
    captured = [];
    capturing = true;
    return;
  }
  capturing = false;
  writeFileSync(process.env.SQL_CAPTURE_FILE, JSON.stringify(captured));
});
