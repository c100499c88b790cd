import { startEmbeddedDatabase } from './src/lib/embedded-db.js';
const e = await startEmbeddedDatabase({ dataDir: '/tmp/x/pg', port: 55437, database: 'portal', persistent: false });
console.log('OWNER', e.ownerUrl);
console.log('APP', e.appUrl);
process.on('SIGTERM', async () => { await e.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
