import { Badge, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useCase } from '../api/get-case';
import { AccessLogSection } from './access-log-section';
import { CloseSection } from './close-section';
import { ConfidentialNote } from './confidential-note';
import { NotesSection } from './notes-section';
import { PlanSection } from './plan-section';
import { ReadersSection } from './readers-section';

const WRITERS = ['UAO', 'MAIN_SUPERVISOR', 'DEPARTMENT_HEAD'] as const;

/** Not a reader (or no such case): the same "not found" as for any other missing page. */
function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start" data-testid="not-found-page">
      <Title order={1}>{t('notFound.heading')}</Title>
      <Text>{t('notFound.message')}</Text>
    </Stack>
  );
}

/** The case: what it is about, the plan, the notes, who can read it, who has read it, the closure. */
export function CaseDetailView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const q = useCase(caseId);
  if (q.error) {
    if (isApiError(q.error, 'NOT_FOUND')) return <CaseNotFound />;
    return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (!q.data) return <PageLoader />;
  const c = q.data;
  const writer = c.relations.some((r) => (WRITERS as readonly string[]).includes(r));
  return (
    <Stack gap="lg" maw={860} data-testid="case-page">
      <div>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{t('difficultyCases.detail.title', { name: c.trainee.name })}</Title>
          <Badge color={c.state === 'OPEN' ? 'grape' : 'gray'} variant="light" data-testid="case-state">
            {t(`difficultyCases.states.${c.state}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          {t(`difficultyCases.tracks.${c.course.track}`)} · {c.course.unit.name} ·{' '}
          {t('difficultyCases.period', { start: formatDate(c.course.startDate), end: formatDate(c.course.endDate) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('difficultyCases.detail.openedBy', { date: formatDate(c.openedOn), name: c.openedBy.name })}
        </Text>
      </div>
      <ConfidentialNote />
      <Stack gap={4} component="section" aria-labelledby="about-heading">
        <Title order={2} size="h3" id="about-heading">
          {t('difficultyCases.detail.about')}
        </Title>
        <Text size="sm" fw={600}>
          {t('difficultyCases.form.cause')}: {t(`difficultyCases.causes.${c.cause}`)}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description">
          {c.description}
        </Text>
      </Stack>
      <Divider />
      <PlanSection caseId={c.id} mayWrite={c.mayWrite} />
      {c.mayReadNotes && (
        <>
          <Divider />
          <NotesSection caseId={c.id} mayWrite={c.mayWrite} />
        </>
      )}
      <Divider />
      <ReadersSection caseId={c.id} mayAdd={c.mayWrite} mayRemove={writer} />
      <Divider />
      <AccessLogSection caseId={c.id} />
      <Divider />
      <CloseSection c={c} />
    </Stack>
  );
}
