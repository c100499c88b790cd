import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** A date as the user reads it (e.g. 5. feb. 2026), or a dash. */
export function formatDay(iso: string | null, lang: string): string {
  if (!iso) return '–';
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export function formatRate(rate: number, lang: string): string {
  return `${(rate * 100).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 0 })} %`;
}

/** Puts the API's field errors (`body.x`) next to the form's fields; true when any was placed. */
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

function problemLines(error: unknown, t: TFunction): string[] {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return [t('questionnaires.conflict'), error.problem.detail ?? ''];
    if (error.code === 'VALIDATION_FAILED')
      return [t('questionnaires.invalid'), ...(error.problem.errors ?? []).map((e) => e.message)];
  }
  return [errorMessage(error, t)];
}

/** The error of a failed change, announced: a conflict says what happened, bad input lists what is wrong. */
export function ServerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const [first, ...rest] = problemLines(error, t);
  return (
    <Alert color="red" variant="light" role="alert" title={first} data-testid="server-error">
      {rest.filter(Boolean).length > 0 && (
        <List size="sm">
          {rest.filter(Boolean).map((l, i) => (
            <List.Item key={i}>{l}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
