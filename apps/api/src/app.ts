import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import helmet from 'helmet';
import type pg from 'pg';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { Config } from './lib/config.js';
import type { Db } from './lib/db.js';
import type { Logger } from './lib/logger.js';
import { IMPORT_MAX_BODY_BYTES } from '@portal/contracts';
import { mountRoutes, sessionUser, type RouteDef } from './lib/route.js';
import { buildOpenApiDocument } from './lib/openapi.js';
import { errorHandler, notFoundHandler, requireJsonBody } from './middleware/errors.js';
import { writeAudit } from './modules/audit/audit.repository.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createCsrf, sameOriginGuard } from './modules/auth/csrf.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { configurePassport } from './modules/auth/passport.js';
import { meRoutes } from './modules/me/me.routes.js';
import { orgRoutes } from './modules/org/org.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { platformRoutes } from './modules/platform/platform.routes.js';
import { orgAdminRoutes } from './modules/org-admin/org-admin.routes.js';
import { peopleAdminRoutes } from './modules/people-admin/people-admin.routes.js';
import { IMPORT_ROUTE_PATH, importRoutes } from './modules/imports/imports.routes.js';
import { cmeGroupRoutes } from './modules/cme-groups/cme-groups.routes.js';
import { gpRegisterRoutes } from './modules/general-practitioners/gp-register.routes.js';
import { educationBodyRoutes } from './modules/education-bodies/education-bodies.routes.js';
import { functionDescriptionRoutes } from './modules/function-descriptions/function-descriptions.routes.js';
import { activityRoutes } from './modules/activities/activities.routes.js';
import { courseRoutes } from './modules/courses/courses.routes.js';
import { expectationMeetingRoutes } from './modules/expectation-meetings/expectation-meetings.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { competenceRoutes } from './modules/competences/competences.routes.js';
import { questionnaireResultRoutes } from './modules/questionnaire-results/questionnaire-results.routes.js';
import { educationPlanRoutes } from './modules/education-plans/education-plans.routes.js';
import { supervisionRoutes } from './modules/supervision/supervision.routes.js';
import { difficultyCaseRoutes } from './modules/difficulty-cases/difficulty-cases.routes.js';
import { earlyWarningRoutes } from './modules/early-warnings/early-warnings.routes.js';
import { departmentDashboardRoutes } from './modules/department-dashboard/department-dashboard.routes.js';
import { indicatorRoutes } from './modules/indicators/indicators.routes.js';
import { configureIndicatorCache } from './modules/indicators/indicator-cache.js';
import { configureResultsCache } from './modules/questionnaire-results/results-cache.js';
import { strategyRoutes } from './modules/strategies/strategies.routes.js';
import { gpAreaRoutes } from './modules/gp-area/gp-area.routes.js';
import { gpVisitRoutes } from './modules/gp-visits/gp-visits.routes.js';
import { tutorPracticeRoutes } from './modules/tutor-practices/tutor-practices.routes.js';
import { wellbeingRoutes } from './modules/wellbeing/wellbeing.routes.js';
import { questionnaireRoutes } from './modules/questionnaires/questionnaires.routes.js';
import { maskAnswerTokens } from './modules/questionnaires/links.js';

declare module 'express-session' {
  interface SessionData {
    activeAssignmentId?: string;
    /** When the stored session's expiry was last pushed forward (ms since epoch). */
    refreshedAt?: number;
    passport?: { user?: unknown };
  }
}

export interface AppDeps {
  config: Config;
  db: Db;
  /** A plain pg pool (app role) for the session store and login throttle. */
  pool: pg.Pool;
  logger: Logger;
  sessionSecret: string;
}

export interface BuiltApp {
  app: express.Express;
  routes: readonly RouteDef[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function buildApp({ config, db, pool, logger, sessionSecret }: AppDeps): BuiltApp {
  configureIndicatorCache(config.indicatorCacheSeconds);
  configureResultsCache(config.resultsCacheSeconds);
  const app = express();
  app.disable('x-powered-by');
  // The number of proxy hops in front of us; never `true` (that would trust any X-Forwarded-For).
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      // A questionnaire answer link is a personal credential: never in the logs.
      serializers: {
        req: (req: { url?: string; params?: Record<string, string>; headers?: Record<string, string> }) => {
          // `req` is pino's copy; params and headers are the request's own objects: copied, not changed.
          if (req.url) req.url = maskAnswerTokens(req.url);
          if (req.params?.token) req.params = { ...req.params, token: '[token]' };
          if (req.headers?.referer) req.headers = { ...req.headers, referer: maskAnswerTokens(req.headers.referer) };
          return req;
        },
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'frame-ancestors': ["'none'"],
          'img-src': ["'self'", 'data:'],
          // Over plain http (local development) upgrading would break every request.
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );

  // Health: no session, no database for liveness.
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await Promise.race([
        db.$queryRaw`SELECT 1`,
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const openApi = buildOpenApiDocumentLazy();
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi());
  });
  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/openapi.json' } }));

  const cookieName = config.cookieSecure ? '__Host-portal.sid' : 'portal.sid';
  app.set('sessionCookieName', cookieName);
  const PgStore = connectPgSimple(session);
  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(requireJsonBody);
  // 100 kB for every route, except the import routes' file upload: their larger body is only read
  // once the session and CSRF token are checked (below), so an anonymous caller cannot make the
  // server buffer megabytes.
  const json = express.json({ limit: '100kb', strict: true });
  const isImport = (req: Request) => req.method === 'POST' && IMPORT_ROUTE_PATH.test(req.path);
  api.use((req, res, next) => (isImport(req) ? next() : json(req, res, next)));
  api.use(
    session({
      name: cookieName,
      secret: sessionSecret,
      // No write per request: the expiry is refreshed by the save below, at most once a minute.
      store: new PgStore({
        pool,
        tableName: 'session',
        createTableIfMissing: false,
        pruneSessionInterval: 15 * 60,
        disableTouch: true,
      }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.trustProxy > 0,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
        maxAge: config.sessionMaxAgeMs,
      },
    }),
  );
  api.use((req, _res, next) => {
    // Sliding expiry without a database write on every request.
    const now = Date.now();
    if (req.session && (!req.session.refreshedAt || now - req.session.refreshedAt > 60_000)) {
      if (req.session.passport || req.session.csrfToken) req.session.refreshedAt = now;
    }
    next();
  });
  const throttle = new LoginThrottle(pool, config.login);
  const passport = configurePassport(db, throttle);
  api.use(passport.initialize());
  api.use(passport.session());
  const csrf = createCsrf();
  api.use(sameOriginGuard);
  api.use((req, res, next) => csrf.protect(req, res, next));
  const importJson = express.json({ limit: IMPORT_MAX_BODY_BYTES, strict: true });
  api.use((req, res, next) => (isImport(req) && sessionUser(req) ? importJson(req, res, next) : next()));

  const routes: RouteDef[] = [
    ...authRoutes(db, csrf, passport),
    ...meRoutes(csrf),
    ...orgRoutes(),
    ...peopleRoutes(),
    ...auditRoutes(),
    ...platformRoutes(),
    ...orgAdminRoutes(),
    ...peopleAdminRoutes(config),
    ...importRoutes(),
    ...educationBodyRoutes(),
    ...functionDescriptionRoutes(),
    ...activityRoutes(),
    ...courseRoutes(),
    ...expectationMeetingRoutes(),
    ...notificationRoutes(),
    ...competenceRoutes(),
    ...educationPlanRoutes(),
    ...supervisionRoutes(config),
    ...tutorPracticeRoutes(),
    ...departmentDashboardRoutes(),
    ...indicatorRoutes(),
    ...strategyRoutes(),
    ...gpAreaRoutes(),
    ...gpVisitRoutes(),
    ...gpRegisterRoutes(),
    ...cmeGroupRoutes(),
    ...earlyWarningRoutes(),
    ...difficultyCaseRoutes(),
    ...wellbeingRoutes(config),
    ...questionnaireResultRoutes(),
    ...questionnaireRoutes(config, sessionSecret),
  ];
  mountRoutes(api, routes, { db, writeAudit });
  // Only /api requests pass through sessions, CSRF and no-store; static files do not.
  app.use((req, res, next) => (req.path.startsWith('/api/') ? api(req, res, next) : next()));
  app.use('/api', notFoundHandler);

  function buildOpenApiDocumentLazy() {
    let doc: unknown;
    return () => (doc ??= buildOpenApiDocument(routes));
  }

  // The built single-page app, with index.html for client-side routes.
  const webDist = config.webDist ?? path.resolve(import.meta.dirname, '../../web/dist');
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        // Hashed assets may be cached; the HTML that names them must not be.
        setHeaders: (res, file) => {
          if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get(/^(?!\/api\/|\/health\/).*/, (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET') return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return { app, routes };
}
