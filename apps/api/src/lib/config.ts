import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Owner role: runs migrations. Unset → an embedded PostgreSQL is started. */
  DATABASE_URL: z.url().optional(),
  /** The application role (no superuser, no BYPASSRLS, owns nothing). Required with DATABASE_URL. */
  APP_DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SESSION_SECRET: z.string().min(32).optional(),
  COOKIE_SECURE: bool,
  /** Number of proxy hops in front of the app (never `true`). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  LOAD_DEMO_DATA: bool,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Failed logins per user name + IP before 429, within LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Failed logins per IP per day. */
  LOGIN_MAX_FAILURES_PER_IP_DAY: z.coerce.number().int().min(1).default(200),
  SESSION_MAX_AGE_MINUTES: z.coerce.number().int().min(1).default(480),
  WEB_DIST: z.string().optional(),
  /** SMTP server for invitation e-mails, e.g. smtp://user:pass@mail.example:587. Unset: no e-mail is sent. */
  SMTP_URL: z.url().optional(),
  /** Sender of the portal's e-mails. */
  MAIL_FROM: z.string().min(3).max(254).default('Uddannelsesportalen <no-reply@uddannelsesportalen.local>'),
  /** The portal's public address for links in e-mails (e.g. https://portal.regionh.dk). Unset: taken from the request. */
  PUBLIC_URL: z.url().optional(),
  /** Background jobs (pg-boss: expectation-meeting reminders). Off: no reminders are scanned or sent. */
  JOBS_ENABLED: bool,
  /** Days before an expectation meeting's due date that the trainee and hovedvejleder are reminded. */
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(3),
  /** How often the reminder scan runs (it also runs at start-up). */
  REMINDER_SCAN_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** How often every strategy of every tenant is snapshotted for the trend line (at most once a day each). */
  SNAPSHOT_INTERVAL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(24),
  /**
   * How long the strategy dashboard may show a computed indicator's value before computing it again
   * (ADR 0011); 0 = always compute. Tests default to 0.
   */
  INDICATOR_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  /** How long a closed questionnaire round's aggregates are kept in memory; 0 = always compute. Tests default to 0. */
  RESULTS_CACHE_SECONDS: z.coerce.number().int().min(0).max(86400).optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  appDatabaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  sessionSecret: string | undefined;
  cookieSecure: boolean;
  trustProxy: number;
  loadDemoData: boolean | undefined;
  logLevel: Env['LOG_LEVEL'];
  dbPoolMax: number;
  login: { maxFailures: number; windowSeconds: number; maxFailuresPerIpDay: number };
  sessionMaxAgeMs: number;
  webDist: string | undefined;
  mail: { smtpUrl: string | undefined; from: string; publicUrl: string | undefined };
  jobs: { enabled: boolean; reminderDaysBefore: number; scanIntervalSeconds: number; snapshotIntervalHours: number };
  indicatorCacheSeconds: number;
  resultsCacheSeconds: number;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.APP_DATABASE_URL) {
    throw new Error(
      'APP_DATABASE_URL is required when DATABASE_URL is set: the app connects as a role that is ' +
        'not the owner of the tables (see README, "External PostgreSQL").',
    );
  }
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new Error('SESSION_SECRET (at least 32 characters) is required in production');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    sessionSecret: e.SESSION_SECRET,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    loadDemoData: e.LOAD_DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    dbPoolMax: e.DB_POOL_MAX,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      windowSeconds: e.LOGIN_WINDOW_SECONDS,
      maxFailuresPerIpDay: e.LOGIN_MAX_FAILURES_PER_IP_DAY,
    },
    sessionMaxAgeMs: e.SESSION_MAX_AGE_MINUTES * 60_000,
    webDist: e.WEB_DIST,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') },
    jobs: {
      enabled: e.JOBS_ENABLED ?? true,
      reminderDaysBefore: e.REMINDER_DAYS_BEFORE,
      scanIntervalSeconds: e.REMINDER_SCAN_INTERVAL_SECONDS,
      snapshotIntervalHours: e.SNAPSHOT_INTERVAL_HOURS,
    },
    indicatorCacheSeconds: e.INDICATOR_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 300),
    resultsCacheSeconds: e.RESULTS_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 3600),
  };
}
