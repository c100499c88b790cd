import type { NextFunction, Request, Response } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../lib/app-error.js';
import type { Logger } from '../lib/logger.js';

/** Writes is one problem+json body (RFC 9457). Never a stack trace, never SQL. */
export function sendProblem(res: Response, req: Request, err: AppError) {
  if (err.headers) for (const [k, v] of Object.entries(err.headers)) res.setHeader(k, v);
  res
    .status(err.status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `https://uddannelsesportal.dk/problems/${err.code.toLowerCase().replaceAll('_', '-')}`,
        title: err.title,
        status: err.status,
        ...(err.detail ? { detail: err.detail } : {}),
        instance: req.originalUrl.split('?')[0],
        code: err.code,
        requestId: String(req.id ?? ''),
        ...(err.fieldErrors ? { errors: err.fieldErrors } : {}),
      }),
    );
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A write with a body must be JSON (also keeps HTML forms of other sites from posting). */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction) {
  if (!BODY_METHODS.has(req.method)) return next();
  const length = Number(req.headers['content-length'] ?? 0);
  const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) return next(new AppError('UNSUPPORTED_MEDIA_TYPE'));
  next();
}

export function notFoundHandler(req: Request, _res: Response, next: NextFunction) {
  next(new AppError('NOT_FOUND', { detail: `No route for ${req.method} ${req.path}` }));
}

function prismaCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps every error to a problem: known ones by kind, everything else to a logged 500. */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError('VALIDATION_FAILED', {
      errors: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })),
    });
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.parse.failed')
    return new AppError('MALFORMED_REQUEST', { detail: 'The body is not valid JSON' });
  if (e?.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (e?.status === 400 && typeof e.type === 'string') return new AppError('MALFORMED_REQUEST');
  const code = prismaCode(err);
  if (code === 'P2025') return new AppError('NOT_FOUND');
  if (code === 'P2002') return new AppError('CONFLICT', { detail: 'A record with these values exists already' });
  if (code === 'P2034') return new AppError('CONFLICT', { detail: 'The change collided with another; try again' });
  // Pool exhausted, or the database restarting: the client may retry.
  const msg = String(e?.message ?? '');
  if (
    code === 'P2024' ||
    code === 'P1001' ||
    msg.includes('timeout exceeded when trying to connect') ||
    msg.includes('Unable to start a transaction in the given time') ||
    msg.includes('57P01') ||
    msg.includes('ECONNREFUSED')
  ) {
    return new AppError('SERVICE_UNAVAILABLE', { headers: { 'Retry-After': '2' } });
  }
  return undefined;
}

export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known = toAppError(err);
    if (known) {
      if (known.status >= 500) logger.warn({ err, reqId: req.id }, known.code);
      return sendProblem(res, req, known);
    }
    logger.error({ err, reqId: req.id }, 'unhandled error');
    sendProblem(res, req, new AppError('INTERNAL'));
  };
}
