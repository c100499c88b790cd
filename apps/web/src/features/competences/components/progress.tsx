import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { AssessmentMethod, CompetenceStatus, DoctorRole, ProgressCounts } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Dark shades: white text on the badges and the bar's sections against white meet the contrast needs. */
export const STATUS_COLORS: Record<CompetenceStatus, string> = {
  NOT_STARTED: 'gray.7',
  IN_PROGRESS: '#9a3c00',
  ASSESSED: 'blue.8',
  APPROVED: '#1e6b2f',
};

const pct = (n: number, total: number) => (total === 0 ? 0 : (n / total) * 100);

export function progressSummary(t: TFunction, c: ProgressCounts): string {
  return t('competences.progress.summary', {
    approved: c.approved,
    total: c.total,
    assessed: c.assessed,
    inProgress: c.inProgress,
  });
}

/**
 * The progress of one course as a bar (approved, assessed, in progress) with the same numbers as
 * text underneath, so that nothing depends on colour alone.
 */
export function ProgressBar({ counts, testId }: { counts: ProgressCounts; testId?: string }) {
  const { t } = useTranslation();
  const summary = progressSummary(t, counts);
  if (counts.total === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={testId ? `${testId}-text` : undefined}>
        {t('competences.progress.none')}
      </Text>
    );
  return (
    <Stack gap={4} data-testid={testId}>
      <Progress.Root size="lg" role="img" aria-label={t('competences.progress.barLabel', { summary })}>
        {(['APPROVED', 'ASSESSED', 'IN_PROGRESS'] as const).map((s) => {
          const n = s === 'APPROVED' ? counts.approved : s === 'ASSESSED' ? counts.assessed : counts.inProgress;
          return n > 0 ? (
            <Progress.Section key={s} value={pct(n, counts.total)} color={STATUS_COLORS[s]} aria-hidden />
          ) : null;
        })}
      </Progress.Root>
      <Text size="sm" data-testid={testId ? `${testId}-text` : undefined}>
        {summary}
      </Text>
    </Stack>
  );
}

export function StatusBadge({ status }: { status: CompetenceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="filled"
      radius="sm"
      style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`competences.statuses.${status}`)}
    </Badge>
  );
}

/** The doctor roles and assessment methods of a competence, as labelled badge groups. */
export function CompetenceBadges({ roles, methods }: { roles: DoctorRole[]; methods: AssessmentMethod[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap={4} aria-label={t('competences.rolesLabel')} role="list">
        {roles.map((r) => (
          <Badge
            key={r}
            role="listitem"
            variant="light"
            color="indigo"
            c="indigo.9"
            radius="sm"
            style={{ textTransform: 'none' }}
          >
            {t(`competences.roles.${r}`)}
          </Badge>
        ))}
      </Group>
      <Group gap={4} aria-label={t('competences.methodsLabel')} role="list">
        {methods.map((m) => (
          <Badge key={m} role="listitem" variant="outline" color="gray.8" radius="sm" style={{ textTransform: 'none' }}>
            {t(`competences.methods.${m}`)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
