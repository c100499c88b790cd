import type { NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { AppError } from '../../lib/app-error.js';

/** Synchronizer-token CSRF defence (token in the session, sent back in `x-csrf-token`). */
export function createCsrf() {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => {
      const h = req.headers['x-csrf-token'];
      return typeof h === 'string' ? h : undefined;
    },
  });
  return {
    protect(req: Request, res: Response, next: NextFunction) {
      csrfSynchronisedProtection(req, res, (err?: unknown) => {
        if (err) return next(new AppError('CSRF_FAILED'));
        next();
      });
    },
    tokenFor(req: Request): string {
      return generateToken(req);
    },
  };
}
export type CsrfTokens = ReturnType<typeof createCsrf>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Second CSRF line: refuse a state-changing request that the browser marks as cross-site, or
 * whose Origin is not this server.
 */
export function sameOriginGuard(req: Request, _res: Response, next: NextFunction) {
  if (!UNSAFE.has(req.method)) return next();
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return next(new AppError('CSRF_FAILED'));
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return next(new AppError('CSRF_FAILED'));
    }
    if (host !== req.headers.host) return next(new AppError('CSRF_FAILED'));
  } else if (origin === 'null') {
    return next(new AppError('CSRF_FAILED'));
  }
  next();
}
