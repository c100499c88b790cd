import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { FOCUS_AREAS, todayInDenmark, type FocusArea, type NewHolder } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useCreateMentorship } from '../api/create-mentorship';
import { useMentorCandidates } from '../api/get-mentor-candidates';
import { useNewHolders } from '../api/get-new-holders';

function Assign({ holder, onDone }: { holder: NewHolder; onDone: () => void }) {
  const { t } = useTranslation();
  const candidates = useMentorCandidates(holder.assignmentId);
  const create = useCreateMentorship();
  const [mentor, setMentor] = useState<string>('');
  const [focus, setFocus] = useState<FocusArea[]>(['PROCEDURES_CULTURE', 'PROFESSIONAL_SPARRING', 'STRATEGY']);
  const [touched, setTouched] = useState(false);
  if (candidates.isPending) return <PageLoader />;
  if (candidates.isError) return <QueryError error={candidates.error} />;
  const missingMentor = touched && !mentor;
  const missingFocus = touched && focus.length === 0;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!mentor || focus.length === 0) return;
        create.mutate(
          {
            menteeAssignmentId: holder.assignmentId,
            mentorUserId: mentor,
            focusAreas: focus,
            startsOn: todayInDenmark(),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm" mt="sm">
        {candidates.data.items.length === 0 ? (
          <Text>{t('functionDescriptions.mentors.noCandidates')}</Text>
        ) : (
          <Radio.Group
            label={t('functionDescriptions.mentors.candidates')}
            value={mentor}
            onChange={setMentor}
            error={missingMentor ? t('functionDescriptions.mentors.chooseMentor') : undefined}
          >
            <Stack gap={6} mt={6}>
              {candidates.data.items.map((c) => (
                <Radio
                  key={c.person.id}
                  value={c.person.id}
                  label={t('functionDescriptions.mentors.candidate', {
                    name: c.person.name,
                    unit: c.unit.name,
                    since: formatDate(c.since),
                    count: c.activeMentorships,
                  })}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Checkbox.Group
          label={t('functionDescriptions.mentors.focus')}
          value={focus}
          onChange={(v) => setFocus(v as FocusArea[])}
          error={missingFocus ? t('functionDescriptions.mentors.chooseFocus') : undefined}
        >
          <Stack gap={6} mt={6}>
            {FOCUS_AREAS.map((f) => (
              <Checkbox key={f} value={f} label={t(`functionDescriptions.mentors.areas.${f}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {create.isError && (
          <Alert color="red" role="alert">
            {errorMessage(create.error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('functionDescriptions.mentors.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** New UAO/UKS/UKYL and their mentors; those without one can be matched here. */
export function MentorPanel() {
  const { t } = useTranslation();
  const holders = useNewHolders();
  const [open, setOpen] = useState<string | null>(null);
  if (holders.isPending) return <PageLoader />;
  if (holders.isError) return <QueryError error={holders.error} onRetry={() => void holders.refetch()} />;
  const { items, withMentor, withoutMentor } = holders.data;
  return (
    <Stack gap="lg">
      <Text data-testid="mentor-counts">
        {t('functionDescriptions.mentors.counts', { with: withMentor, without: withoutMentor })}
      </Text>
      {items.length === 0 && <Text>{t('functionDescriptions.mentors.none')}</Text>}
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((h) => (
          <li key={h.assignmentId}>
            <Paper
              withBorder
              p="md"
              radius="md"
              component="article"
              aria-labelledby={`nh-${h.assignmentId}`}
              data-testid="new-holder"
            >
              <Title order={2} size="h4" id={`nh-${h.assignmentId}`}>
                {h.person.name}
              </Title>
              <Text size="sm">
                {t('functionDescriptions.mentors.holder', {
                  role: t(`functionDescriptions.roles.${h.role}`),
                  unit: h.unit.name,
                  since: formatDate(h.startedOn),
                })}
              </Text>
              {h.mentorship ? (
                <Text size="sm" mt="xs" data-testid="mentor">
                  {t('functionDescriptions.mentors.hasMentor', {
                    name: h.mentorship.mentor.name,
                    areas: h.mentorship.focusAreas.map((f) => t(`functionDescriptions.mentors.areas.${f}`)).join(', '),
                  })}
                </Text>
              ) : open === h.assignmentId ? (
                <Assign holder={h} onDone={() => setOpen(null)} />
              ) : (
                <Group mt="xs" gap="sm">
                  <Text size="sm" c="red.9" fw={600}>
                    {t('functionDescriptions.mentors.noMentor')}
                  </Text>
                  <Button size="xs" variant="outline" onClick={() => setOpen(h.assignmentId)}>
                    {t('functionDescriptions.mentors.findMentor', { name: h.person.name })}
                  </Button>
                </Group>
              )}
            </Paper>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
