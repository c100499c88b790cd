import { csrfTokenSchema, problemSchema, type ErrorCode, type Problem } from '@portal/contracts';
import type { z } from 'zod';

/** An error response of the API, carrying the parsed RFC 9457 problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly problem: Problem;
  /** Seconds from the Retry-After header (429 and 503), when sent. */
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never got an answer (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** The answer did not match the shared contract: a bug on one side, never the user's fault. */
export class ContractError extends Error {
  constructor(url: string, cause: unknown) {
    super(`Response from ${url} does not match the contract`, { cause });
    this.name = 'ContractError';
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy's HTML error page, an empty body): described by the status alone
  }
  const parsed = problemSchema.safeParse(body);
  const problem: Problem = parsed.success
    ? parsed.data
    : {
        type: 'about:blank',
        title: response.statusText || 'Error',
        status: response.status,
        code: STATUS_CODES[response.status] ?? 'INTERNAL',
      };
  return new ApiError(problem, parseRetryAfter(response.headers.get('retry-after')));
}

// The CSRF token of the current session. Every MeResponse carries it (the session is regenerated
// at login, so the token changes there); GET /api/auth/csrf hands it out before login.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Fetches a fresh token for the current (possibly anonymous) session. */
export async function refreshCsrfToken(): Promise<string> {
  const { csrfToken: token } = await request('/api/auth/csrf', { schema: csrfTokenSchema });
  csrfToken = token;
  return token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  body?: unknown;
  /** The contract schema the response must satisfy; omit for 204 responses. */
  schema?: S;
  signal?: AbortSignal;
}

type Result<S> = S extends z.ZodType ? z.output<S> : undefined;

async function send(url: string, method: Method, body: unknown, signal?: AbortSignal) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' || body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
}

/** One request to the API: JSON in, JSON out, checked against the contract. */
export async function request<S extends z.ZodType | undefined = undefined>(
  url: string,
  { method = 'GET', body, schema, signal }: RequestOptions<S> = {},
): Promise<Result<S>> {
  const isWrite = method !== 'GET';
  if (isWrite && !csrfToken) await refreshCsrfToken();

  let response = await send(url, method, body, signal);
  if (!response.ok) {
    let error = await toApiError(response);
    if (isWrite && error.code === 'CSRF_FAILED') {
      // The session changed under us (expired, regenerated in another tab): one fresh try.
      await refreshCsrfToken();
      response = await send(url, method, body, signal);
      if (!response.ok) error = await toApiError(response);
    }
    if (!response.ok) throw error;
  }

  if (!schema || response.status === 204) return undefined as Result<S>;
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ContractError(url, error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Contract mismatch for ${method} ${url}`, parsed.error.issues);
    throw new ContractError(url, parsed.error);
  }
  return parsed.data as Result<S>;
}

export const api = {
  get: <S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal) => request(url, { schema, signal }),
  post: <S extends z.ZodType | undefined = undefined>(url: string, body?: unknown, schema?: S) =>
    request(url, { method: 'POST', body, schema }),
  put: <S extends z.ZodType | undefined = undefined>(url: string, body?: unknown, schema?: S) =>
    request(url, { method: 'PUT', body, schema }),
  patch: <S extends z.ZodType | undefined = undefined>(url: string, body?: unknown, schema?: S) =>
    request(url, { method: 'PATCH', body, schema }),
  delete: <S extends z.ZodType | undefined = undefined>(url: string, schema?: S) =>
    request(url, { method: 'DELETE', schema }),
};
