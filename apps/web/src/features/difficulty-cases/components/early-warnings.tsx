import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { EarlyWarningCourse, EarlyWarningSignal } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useEarlyWarnings } from '../api/get-early-warnings';

/** One signal as a sentence with its figures, in the current language. */
export function SignalText({ signal }: { signal: EarlyWarningSignal }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`difficultyCases.signals.${signal.kind}`, {
        days: signal.days ?? 0,
        achieved: signal.achievedPct ?? 0,
        elapsed: signal.elapsedPct ?? 0,
        count: signal.count ?? 0,
      })}
    </>
  );
}

function CourseCard({ item }: { item: EarlyWarningCourse }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const courseHref = can('courses:read')
    ? paths.course.getHref(item.courseId)
    : paths.supervisionCourse.getHref(item.courseId);
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid={`warning-${item.courseId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={2} size="h4">
              {item.trainee.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`difficultyCases.tracks.${item.track}`)} · {item.unit.name} ·{' '}
              {t('difficultyCases.period', { start: formatDate(item.startDate), end: formatDate(item.endDate) })}
            </Text>
            <Text size="sm" c="dimmed">
              {item.relations.map((r) => t(`difficultyCases.warnings.relation.${r}`)).join(' · ')}
            </Text>
          </div>
          {item.openCaseId && (
            <Badge color="grape" variant="light" data-testid="case-open-badge">
              {t('difficultyCases.warnings.caseOpen')}
            </Badge>
          )}
        </Group>
        <List size="sm" spacing={4} aria-label={t('difficultyCases.warnings.signalsOf', { name: item.trainee.name })}>
          {item.signals.map((s) => (
            <List.Item key={s.kind} data-testid={`signal-${s.kind}`}>
              <SignalText signal={s} />
            </List.Item>
          ))}
        </List>
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to={courseHref} variant="default" size="sm">
            {t('difficultyCases.warnings.toCourse')}
          </Button>
          {item.openCaseId ? (
            <Button component={Link} to={paths.difficultyCase.getHref(item.openCaseId)} variant="light" size="sm">
              {t('difficultyCases.warnings.toCase')}
            </Button>
          ) : (
            item.mayOpenCase && (
              <Button
                component={Link}
                to={paths.difficultyCaseNew.getHref(item.courseId)}
                size="sm"
                color="grape"
                data-testid="open-case"
                aria-label={t('difficultyCases.warnings.openCaseFor', { name: item.trainee.name })}
              >
                {t('difficultyCases.warnings.openCase')}
              </Button>
            )
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The caller's trainees with early-warning signals: suggestions to look, never assessments. */
export function EarlyWarnings() {
  const { t } = useTranslation();
  const q = useEarlyWarnings();
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title={t('difficultyCases.warnings.suggestionsTitle')}>
        <Text size="sm">{t('difficultyCases.warnings.suggestions')}</Text>
      </Alert>
      {q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <PageLoader />
      ) : q.data.items.length === 0 ? (
        <Text data-testid="no-warnings">{t('difficultyCases.warnings.none')}</Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="warnings">
          {q.data.items.map((i) => (
            <CourseCard key={i.courseId} item={i} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
