import type { Request, Response } from 'express';
import type { configurePassport } from './passport.js';

type Authenticator = ReturnType<typeof configurePassport>;
import { csrfTokenSchema, loginRequestSchema, meResponseSchema, publicTenantListSchema } from '@portal/contracts';
import { AppError } from '../../lib/app-error.js';
import { withTenant, type Db } from '../../lib/db.js';
import { definePublicRoute, defineRoute, type SessionUser } from '../../lib/route.js';
import { writeAudit } from '../audit/audit.repository.js';
import { getMe } from '../me/me.service.js';
import { listPublicTenants } from './auth.repository.js';
import { loadPrincipal } from './principal.repository.js';
import type { CsrfTokens } from './csrf.js';

function authenticateLocal(passport: Authenticator, req: Request, res: Response): Promise<SessionUser> {
  return new Promise((resolve, reject) => {
    passport.authenticate('local', { session: false }, (err: unknown, user: SessionUser | false) => {
      if (err) return reject(err);
      if (!user) return reject(new AppError('INVALID_CREDENTIALS'));
      resolve(user);
    })(req, res, reject);
  });
}

function logIn(req: Request, user: SessionUser): Promise<void> {
  // passport 0.7 regenerates the session here (no session fixation).
  return new Promise((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
}

function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logOut((err) => {
      if (err) return reject(err);
      req.session.destroy((e) => (e ? reject(e) : resolve()));
    }),
  );
}

export function authRoutes(db: Db, csrf: CsrfTokens, passport: Authenticator) {
  return [
    definePublicRoute({
      method: 'get',
      path: '/api/auth/tenants',
      tag: 'auth',
      summary: 'Regions one can sign in to (shown on the login page)',
      access: { public: true },
      response: publicTenantListSchema,
      handler: async () => ({
        tenants: await listPublicTenants(db),
      }),
    }),
    definePublicRoute({
      method: 'get',
      path: '/api/auth/csrf',
      tag: 'auth',
      summary: 'A CSRF token for this session (send it as x-csrf-token on every write)',
      access: { public: true },
      response: csrfTokenSchema,
      handler: async ({ ctx }) => ({ csrfToken: csrf.tokenFor(ctx.req) }),
    }),
    definePublicRoute({
      method: 'post',
      path: '/api/auth/login',
      tag: 'auth',
      summary: 'Sign in with e-mail and password; the session is regenerated',
      access: { public: true },
      body: loginRequestSchema,
      response: meResponseSchema,
      handler: async ({ body, ctx }) => {
        ctx.req.body = body; // normalised (trimmed, lower-case e-mail) for the local strategy
        const user = await authenticateLocal(passport, ctx.req, ctx.res);
        await logIn(ctx.req, user);
        return withTenant(db, user.tenantId, async (tx) => {
          const principal = await loadPrincipal(tx, user.tenantId, user.userId);
          if (!principal) throw new AppError('INVALID_CREDENTIALS');
          return getMe(tx, principal, { activeAssignmentId: undefined, csrfToken: csrf.tokenFor(ctx.req) });
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      tag: 'auth',
      summary: 'Sign out: the session is destroyed',
      access: { permission: 'profile:read' },
      handler: async ({ ctx }) => {
        await writeAudit(ctx.tx, ctx.tenantId, ctx.principal.userId, { action: 'auth.logout' }, ctx.req);
        await logOut(ctx.req);
        ctx.res.clearCookie(ctx.req.app.get('sessionCookieName') as string, { path: '/' });
      },
    }),
  ];
}
