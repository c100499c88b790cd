import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { CompetenceStatus, CourseCompetence, CourseCompetences } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useCompetenceEvents } from '../api/get-competence-events';
import { useCourseCompetences } from '../api/get-course-competences';
import { useSetCompetenceStatus } from '../api/set-competence-status';
import { CompetenceBadges, ProgressBar, StatusBadge } from './progress';

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function StatusForm({
  courseId,
  item,
  settable,
  initial,
  onDone,
}: {
  courseId: string;
  item: CourseCompetence;
  settable: CompetenceStatus[];
  initial: CompetenceStatus;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CompetenceStatus>(initial);
  const [date, setDate] = useState(item.approvedOn ?? todayIso());
  const mutation = useSetCompetenceStatus();
  const fieldError = (path: string) =>
    isApiError(mutation.error, 'VALIDATION_FAILED')
      ? mutation.error.problem.errors?.find((e) => e.path === path)?.message
      : undefined;
  const code = item.competence.code;
  const id = `status-${item.competence.id}`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(
          {
            courseId,
            competenceId: item.competence.id,
            body: { status, approvedOn: status === 'APPROVED' ? date : null, version: item.version },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="xs" mt="xs">
        <NativeSelect
          id={id}
          label={t('competences.course.statusLabel', { code })}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as CompetenceStatus)}
          data={settable.map((s) => ({ value: s, label: t(`competences.statuses.${s}`) }))}
          error={fieldError('body.status')}
        />
        {status === 'APPROVED' && (
          <TextInput
            type="date"
            label={t('competences.course.dateLabel')}
            value={date}
            max={todayIso()}
            required
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError('body.approvedOn')}
            data-testid="approve-date"
          />
        )}
        {mutation.error && !fieldError('body.approvedOn') && !fieldError('body.status') && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(mutation.error, 'CONFLICT')
              ? t('competences.course.conflict', { status: t(`competences.statuses.${item.status}`) })
              : isApiError(mutation.error, 'FORBIDDEN')
                ? t('competences.course.forbidden')
                : errorMessage(mutation.error, t)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={mutation.isPending} data-testid="status-save">
            {t('competences.course.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('competences.course.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CompetenceItem({
  courseId,
  item,
  settable,
}: {
  courseId: string;
  item: CourseCompetence;
  settable: CompetenceStatus[];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CompetenceStatus | null>(null);
  const canApprove = settable.includes('APPROVED') && item.status !== 'APPROVED';
  const mayChange = settable.length > 0 && settable.includes(item.status);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid={`competence-${item.competence.code}`}
      data-status={item.status}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text fw={600} style={{ minWidth: 0 }}>
          <span>{item.competence.code}</span> {item.competence.title}
        </Text>
        <StatusBadge status={item.status} />
      </Group>
      {item.competence.description && (
        <Text size="sm" c="dimmed" mt={4}>
          {item.competence.description}
        </Text>
      )}
      <div style={{ marginTop: 8 }}>
        <CompetenceBadges roles={item.competence.doctorRoles} methods={item.competence.methods} />
      </div>
      {item.approvedOn && item.approvedBy && (
        <Text size="sm" mt={6}>
          {t('competences.course.approvedBy', { date: formatDate(item.approvedOn), name: item.approvedBy.name })}
        </Text>
      )}
      {editing ? (
        <StatusForm
          courseId={courseId}
          item={item}
          settable={settable}
          initial={editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        (mayChange || canApprove) && (
          <Group gap="xs" mt="xs">
            {canApprove && (
              <Button size="compact-sm" onClick={() => setEditing('APPROVED')} data-testid="approve">
                {t('competences.course.approve')}
              </Button>
            )}
            {mayChange && (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(item.status)}>
                {t('competences.course.change')}
              </Button>
            )}
          </Group>
        )
      )}
    </Paper>
  );
}

function History({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const events = useCompetenceEvents(courseId, open);
  return (
    <div>
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={`history-${courseId}`}
        fw={600}
        c="blue.8"
      >
        {open ? '▾' : '▸'} {t('competences.course.history')}
      </UnstyledButton>
      {open && (
        <div id={`history-${courseId}`}>
          {events.isPending && <PageLoader />}
          {events.error && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
          {events.data && events.data.length === 0 && <Text size="sm">{t('competences.course.historyEmpty')}</Text>}
          {events.data && events.data.length > 0 && (
            <Stack component="ul" gap={4} p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
              {events.data.slice(0, 50).map((e) => (
                <li key={e.id}>
                  <Text size="sm">
                    <strong>{e.competence.code}</strong>{' '}
                    {t('competences.course.historyItem', {
                      from: t(`competences.statuses.${e.fromStatus}`),
                      to: t(`competences.statuses.${e.toStatus}`),
                    })}{' '}
                    <Text span size="sm" c="dimmed">
                      ({t('competences.course.by', { name: e.actor.name, date: formatDateTimeAsDate(e.at) })})
                    </Text>
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </div>
      )}
    </div>
  );
}

export function CompetenceListView({ courseId, data }: { courseId: string; data: CourseCompetences }) {
  const { t } = useTranslation();
  const traineeOnly = data.settableStatuses.length > 0 && !data.settableStatuses.includes('APPROVED');
  return (
    <Stack gap="sm">
      {data.list ? (
        <Text size="sm" c="dimmed">
          {t('competences.course.listName', { name: data.list.name })}
        </Text>
      ) : (
        <Text>{t('competences.progress.noList')}</Text>
      )}
      {data.list && <ProgressBar counts={data.counts} testId="course-progress" />}
      {traineeOnly && <Text size="sm">{t('competences.course.traineeNote')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.items.map((i) => (
          <CompetenceItem key={i.competence.id} courseId={courseId} item={i} settable={data.settableStatuses} />
        ))}
      </Stack>
      <History courseId={courseId} />
    </Stack>
  );
}

/** The course's competences with status, doctor roles, methods and a progress bar. */
export function CourseCompetencesSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const q = useCourseCompetences(courseId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="competences-heading">
      <Title order={2} size="h3" id="competences-heading" mb="sm">
        {t('competences.course.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && <CompetenceListView courseId={courseId} data={q.data} />}
    </Paper>
  );
}
