import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** Danish/English date of an ISO date (dd.mm.yyyy / dd/mm/yyyy via the locale). */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'UTC' });
}

export function formatScore(n: number | null | undefined, lang: string): string {
  if (n === null || n === undefined) return '–';
  return n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** ISO date of today in the browser's time zone (the user is in Denmark). */
export function todayIso(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Known field errors of the API, by path, as readable texts; other messages as the API sent them. */
const FIELD_TEXTS: Record<string, string> = {
  'body.courseCompleted': 'tutorPractices.errors.courseRequired',
  'body.courseCompletedOn': 'tutorPractices.errors.courseDate',
  'body.gpId': 'tutorPractices.errors.gp',
  'body.newGp.authorisationId': 'tutorPractices.errors.authorisationId',
  'body.approvedOn': 'tutorPractices.errors.approvedOn',
};

/** A failed write, announced: field errors as a list, a conflict with what to do, else the general text. */
export function MutationError({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  let body: React.ReactNode = <Text size="sm">{errorMessage(error, t)}</Text>;
  let title = t('tutorPractices.errors.title');
  if (error instanceof ApiError && error.code === 'CONFLICT') {
    title = t('tutorPractices.errors.conflictTitle');
    body = <Text size="sm">{t('tutorPractices.errors.conflict')}</Text>;
  } else if (error instanceof ApiError && error.problem.errors?.length) {
    body = (
      <List size="sm">
        {error.problem.errors.map((e, i) => (
          <List.Item key={i}>
            {FIELD_TEXTS[e.path] ? t(FIELD_TEXTS[e.path] as 'tutorPractices.errors.gp') : e.message}
          </List.Item>
        ))}
      </List>
    );
  }
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid={testId}>
      {body}
    </Alert>
  );
}

/** The link back to the AMU's workspace of the area. */
export function BackToArea({ areaId, name }: { areaId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('tutorPractices.breadcrumb')}>
      <Anchor component={Link} to={paths.gpAreaUnit.getHref(areaId)} size="sm">
        ← {t('tutorPractices.backTo', { name })}
      </Anchor>
    </nav>
  );
}
