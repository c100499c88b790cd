// Prisma CLI configuration: the WebAssembly schema engine through the pg driver adapter, so that
// generate and migrate need no engine download (see docs/decisions/0003-prisma-offline.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// The CLI skips its engine downloads when these point at an existing file; neither file is run.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

function adapterConfig() {
  const raw = process.env.DATABASE_URL;
  if (!raw) throw new Error('DATABASE_URL is not set (the owner role that runs migrations)');
  const url = new URL(raw);
  // Discrete fields, not connectionString: the adapter's shadow database code spreads
  // { ...config, database } and a connectionString would override that database.
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  };
}

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg(adapterConfig()),
});
