import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/**
 * Puts the API's field errors (`body.x`, or under another `prefix`) next to the form's fields;
 * true when any was placed. A nested path (`body.talkRequest.x`) is placed when its first part is a
 * field of the form.
 */
export function applyFieldErrors<V extends FieldValues>(
  form: UseFormReturn<V>,
  error: unknown,
  prefix = 'body.',
): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors) return false;
  let placed = false;
  for (const e of error.problem.errors) {
    if (!e.path.startsWith(prefix)) continue;
    const field = e.path.slice(prefix.length);
    if (field.split('.')[0]! in form.getValues()) {
      form.setError(field as Path<V>, { message: e.message });
      placed = true;
    }
  }
  return placed;
}

function problemLines(error: unknown, t: TFunction, titles: ServerErrorTitles): string[] {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return [titles.conflict, error.problem.detail ?? ''];
    if (error.code === 'VALIDATION_FAILED')
      return [titles.invalid, ...(error.problem.errors ?? []).map((e) => e.message)];
  }
  return [errorMessage(error, t)];
}

export interface ServerErrorTitles {
  /** The title of a 409: what happened (the problem's detail says what is current). */
  conflict: string;
  /** The title of a 400: the problem's field messages are listed under it. */
  invalid: string;
}

/** The error of a failed change, announced: a conflict says what happened, bad input lists what is wrong. */
export function ServerErrorAlert({ error, titles }: { error: unknown; titles: ServerErrorTitles }) {
  const { t } = useTranslation();
  if (!error) return null;
  const [first, ...rest] = problemLines(error, t, titles);
  const lines = rest.filter(Boolean);
  return (
    <Alert color="red" variant="light" role="alert" title={first} data-testid="server-error">
      {lines.length > 0 && (
        <List size="sm">
          {lines.map((l, i) => (
            <List.Item key={i}>{l}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
