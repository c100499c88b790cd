import { startEmbeddedDatabase } from './src/lib/embedded-db.ts';
const db = await startEmbeddedDatabase({ dataDir: '/tmp/probe-pg2', port: 55432, database: 'portal', persistent: false });
console.log('READY', db.ownerUrl);
process.on('SIGTERM', async () => { await db.stop(); process.exit(0); });
setInterval(() => {}, 1000);
