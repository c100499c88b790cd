import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';

/** Puts the API's field errors (`body.name`) next to the form's fields; true when there were any. */
export function applyFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  for (const e of error.problem.errors) {
    const field = e.path.replace(/^body\./, '') as Path<T>;
    setError(field, { type: 'server', message: e.message });
  }
  return true;
}
