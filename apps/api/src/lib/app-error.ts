import { ERROR_STATUS, type ErrorCode, type FieldError } from '@portal/contracts';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  MALFORMED_REQUEST: 'The request could not be read',
  UNAUTHENTICATED: 'Sign-in required',
  INVALID_CREDENTIALS: 'Wrong e-mail or password',
  CSRF_FAILED: 'The request was refused (CSRF check failed)',
  FORBIDDEN: 'You do not have permission to do this',
  NOT_FOUND: 'Not found',
  CONFLICT: 'The record was changed by someone else',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Send the request as application/json',
  RATE_LIMITED: 'Too many attempts',
  INTERNAL: 'Something went wrong on our side',
  SERVICE_UNAVAILABLE: 'The service is busy; try again shortly',
};

/** The one error type of the API: a closed code, a safe message, optional field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    opts: { detail?: string; errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(opts.detail ?? TITLES[code], { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.title = TITLES[code];
    this.detail = opts.detail;
    this.fieldErrors = opts.errors;
    this.headers = opts.headers;
  }
}

export const notFound = (what = 'The record') => new AppError('NOT_FOUND', { detail: `${what} was not found` });
export const forbidden = () => new AppError('FORBIDDEN');
