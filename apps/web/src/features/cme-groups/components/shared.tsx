import { Alert, Anchor, Badge, Group, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** A date as the user reads it (e.g. 5. feb. 2026), or a dash. */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '–';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A percent with one decimal (84,6 %), or a dash when there is nothing to measure. */
export function formatPercent(v: number | null, lang: string): string {
  if (v === null) return '–';
  return `${v.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 })} %`;
}

export const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Puts the API's field errors (`body.x`) next to the form's fields; true when any was placed. */
export function applyFieldErrors<V extends FieldValues>(form: UseFormReturn<V>, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors) return false;
  let placed = false;
  for (const e of error.problem.errors) {
    const field = e.path.replace(/^body\./, '');
    if (field in form.getValues()) {
      form.setError(field as Path<V>, { message: e.message });
      placed = true;
    }
  }
  return placed;
}

function problemLines(error: unknown, t: TFunction): string[] {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return [t('cmeGroups.conflict'), error.problem.detail ?? ''];
    if (error.code === 'VALIDATION_FAILED')
      return [t('cmeGroups.invalid'), ...(error.problem.errors ?? []).map((e) => e.message)];
  }
  return [errorMessage(error, t)];
}

/** The error of a failed save, announced: a conflict says what is current, bad input lists what is wrong. */
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

/** The CME coordinator's pages: coverage and groups, leaders' course, annual report, GP register. */
export function CmeNav() {
  const { t } = useTranslation();
  return (
    <Group gap="md" component="nav" aria-label={t('cmeGroups.navLabel')} className="no-print">
      <Anchor component={Link} to={paths.cmeGroups.getHref()}>
        {t('cmeGroups.navGroups')}
      </Anchor>
      <Anchor component={Link} to={paths.cmeLeaderCourses.getHref()}>
        {t('cmeGroups.navLeaderCourses')}
      </Anchor>
      <Anchor component={Link} to={paths.cmeAnnualReport.getHref()}>
        {t('cmeGroups.navAnnualReport')}
      </Anchor>
      <Anchor component={Link} to={paths.generalPractitioners.getHref()}>
        {t('cmeGroups.navRegister')}
      </Anchor>
    </Group>
  );
}

export function NewlySettledText({ newly }: { newly: boolean }) {
  const { t } = useTranslation();
  return newly ? (
    <Badge color="orange" variant="light" c="dark.8" radius="sm">
      {t('cmeGroups.newlySettled')}
    </Badge>
  ) : null;
}
