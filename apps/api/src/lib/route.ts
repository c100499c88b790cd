import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Permission } from '@portal/contracts';
import { AppError } from './app-error.js';
import { withTenant, type Db, type Tx } from './db.js';
import type { Principal } from '../modules/auth/principal.repository.js';
import { loadPrincipal } from '../modules/auth/principal.repository.js';

/** Who may call a route. Every route states one; a test fails if one does not. */
export type Access =
  | { public: true }
  /** Signed in and holding the permission in at least one role assignment in force today. */
  | { permission: Permission };

export interface SessionUser {
  userId: string;
  tenantId: string;
}

export interface BaseCtx {
  requestId: string;
  ip: string;
  db: Db;
  req: Request;
  res: Response;
}

export interface AuthedCtx extends BaseCtx {
  /** The request's transaction, with the session's tenant set for row-level security. */
  tx: Tx;
  tenantId: string;
  principal: Principal;
  audit: (e: AuditInput) => Promise<void>;
}

export interface AuditInput {
  action: string;
  entityType?: string;
  entityId?: string;
  data?: Record<string, unknown>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

interface RouteDefBase<P, Q, B, R> {
  method: Method;
  /** Express-style path, e.g. /api/org-units/:unitId */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The response body's schema; omit for 204 No Content. */
  response?: R;
  /**
   * A response that is not JSON (e.g. a CSV download): the handler writes it to `ctx.res` itself
   * and returns nothing; this only documents it in the OpenAPI document.
   */
  rawResponse?: { contentType: string; description: string };
  status?: number;
}

type Z = z.ZodType | undefined;
type Out<R> = R extends z.ZodType ? z.input<R> : void;

/** The erased form every route is kept in (for mounting, OpenAPI and the route tests). */
export interface RouteDef extends RouteDefBase<z.ZodType, z.ZodType, z.ZodType, z.ZodType> {
  access: Access;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler: (a: { params: any; query: any; body: any; ctx: any }) => Promise<unknown>;
}

/** A route for signed-in users holding `access.permission`; runs in the tenant transaction. */
export function defineRoute<
  P extends Z = undefined,
  Q extends Z = undefined,
  B extends Z = undefined,
  R extends Z = undefined,
>(
  def: RouteDefBase<P, Q, B, R> & {
    access: { permission: Permission };
    handler: (a: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; ctx: AuthedCtx }) => Promise<Out<R>>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}

/** A route anyone may call (login, health of the login page); no tenant transaction. */
export function definePublicRoute<
  P extends Z = undefined,
  Q extends Z = undefined,
  B extends Z = undefined,
  R extends Z = undefined,
>(
  def: RouteDefBase<P, Q, B, R> & {
    access: { public: true };
    handler: (a: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; ctx: BaseCtx }) => Promise<Out<R>>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}

function parsePart(schema: z.ZodType | undefined, value: unknown, part: 'params' | 'query' | 'body') {
  if (!schema) return undefined;
  const r = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (r.success) return r.data;
  throw new AppError('VALIDATION_FAILED', {
    errors: r.error.issues.map((i) => ({
      path: [part, ...i.path.map(String)].join('.'),
      message: i.message,
      code: i.code,
    })),
  });
}

export interface MountDeps {
  db: Db;
  writeAudit: (tx: Tx, tenantId: string, actorId: string | null, e: AuditInput, req: Request) => Promise<void>;
}

export function sessionUser(req: Request): SessionUser | undefined {
  const u = req.user as SessionUser | undefined;
  return u && typeof u.userId === 'string' && typeof u.tenantId === 'string' ? u : undefined;
}

/** Mounts the routes on the router: validation, authentication, permission, tenant transaction. */
export function mountRoutes(router: Router, routes: readonly RouteDef[], deps: MountDeps): void {
  for (const route of routes) {
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const base: BaseCtx = { requestId: String(req.id), ip: req.ip ?? '', db: deps.db, req, res };
        let result: unknown;
        if ('public' in route.access) {
          const params = parsePart(route.params, req.params, 'params');
          const query = parsePart(route.query, req.query, 'query');
          const body = parsePart(route.body, req.body, 'body');
          const out = await route.handler({ params, query, body, ctx: base });
          result = route.response ? route.response.parse(out) : out;
        } else {
          const permission = route.access.permission;
          const user = sessionUser(req);
          if (!user) throw new AppError('UNAUTHENTICATED');
          result = await withTenant(deps.db, user.tenantId, async (tx) => {
            const principal = await loadPrincipal(tx, user.tenantId, user.userId);
            if (!principal) throw new AppError('UNAUTHENTICATED');
            if (!principal.permissions.has(permission)) throw new AppError('FORBIDDEN');
            // Validate after authentication: an anonymous caller learns nothing about the shape.
            const params = parsePart(route.params, req.params, 'params');
            const query = parsePart(route.query, req.query, 'query');
            const body = parsePart(route.body, req.body, 'body');
            const ctx: AuthedCtx = {
              ...base,
              tx,
              tenantId: user.tenantId,
              principal,
              audit: (e) => deps.writeAudit(tx, user.tenantId, user.userId, e, req),
            };
            const out = await route.handler({ params, query, body, ctx });
            // Output is validated inside the transaction: a response that breaks its contract
            // rolls the change back instead of answering 500 after committing it.
            return route.response ? route.response.parse(out) : out;
          }).catch(async (err: unknown) => {
            // A refused attempt is logged too (its own transaction: the request's rolled back).
            if (err instanceof AppError && err.code === 'FORBIDDEN') {
              await withTenant(deps.db, user.tenantId, (tx) =>
                deps.writeAudit(
                  tx,
                  user.tenantId,
                  user.userId,
                  { action: 'access.refused', data: { method: req.method, path: req.path, permission } },
                  req,
                ),
              );
            }
            throw err;
          });
        }
        if (res.headersSent) return;
        if (!route.response) {
          res.status(route.status ?? 204).end();
          return;
        }
        // `result` was parsed with the response schema: no field outside the contract leaves the server.
        res.status(route.status ?? 200).json(result);
      } catch (err) {
        next(err);
      }
    };
    router[route.method](route.path, handler);
  }
}
