import type { TFunction } from 'i18next';
import { ApiError, ContractError, NetworkError } from './api-client';

/** A readable sentence for any error from the API client, in the current language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ContractError) return t('errors.contract');
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'VALIDATION_FAILED':
        // On a page load this is a malformed address (e.g. an id that is not an id), not a typo in a form.
        return t('errors.invalidRequest');
      case 'SERVICE_UNAVAILABLE':
        return t('errors.unavailable');
      case 'INTERNAL':
        return t('errors.server');
      default:
        return error.status >= 500 ? t('errors.server') : t('errors.unknown');
    }
  }
  return t('errors.unknown');
}

/** The request id to quote to support, when the API sent one. */
export function errorReference(error: unknown): string | null {
  return error instanceof ApiError ? (error.problem.requestId ?? null) : null;
}
