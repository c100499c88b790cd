import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/lib/api-client';

/**
 * Puts the API's field errors (`body.name`) next to the form's fields. Returns true when at least
 * one was placed; the caller shows the rest of the problem above the form.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!isApiError(error)) return false;
  let placed = false;
  for (const e of error.problem.errors ?? []) {
    const field = e.path.replace(/^body\./, '') as Path<T>;
    if (fields.includes(field)) {
      setError(field, { type: e.code, message: e.message });
      placed = true;
    }
  }
  return placed;
}
