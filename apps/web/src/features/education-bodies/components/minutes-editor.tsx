import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { MeetingDetail } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { getMeeting } from '../api/get-meeting';
import { bodyKeys } from '../api/keys';
import { useUpdateMinutes } from '../api/update-minutes';

/**
 * Minutes and decisions with optimistic concurrency: the version edited is sent along; on 409 the
 * stored text is fetched and shown next to the user's own, which is kept until they choose.
 */
export function MinutesEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useUpdateMinutes(meeting.id);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [decisions, setDecisions] = useState(meeting.decisions);
  const [version, setVersion] = useState(meeting.minutesVersion);
  const [theirs, setTheirs] = useState<MeetingDetail | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (v: number) => {
    setSaved(false);
    save.mutate(
      { minutes, decisions, minutesVersion: v },
      {
        onSuccess: (m) => {
          setVersion(m.minutesVersion);
          setTheirs(null);
          setSaved(true);
        },
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          const current = await queryClient.fetchQuery({
            queryKey: bodyKeys.meeting(meeting.id),
            queryFn: ({ signal }) => getMeeting(meeting.id, signal),
            staleTime: 0,
          });
          setTheirs(current);
        },
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit(version);
      }}
      noValidate
      aria-label={t('bodies.meeting.minutesHeading')}
    >
      <Stack gap="sm">
        {theirs && (
          <Alert
            color="#9a3412"
            variant="light"
            role="alert"
            title={t('bodies.meeting.conflictTitle')}
            data-testid="minutes-conflict"
          >
            <Text size="sm" mb="sm">
              {t('bodies.meeting.conflictText')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Paper withBorder p="sm" radius="sm">
                <Title order={3} size="h5" mb={4}>
                  {t('bodies.meeting.theirs')}
                </Title>
                <Text size="sm" fw={600}>
                  {t('bodies.meeting.minutes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes-theirs">
                  {theirs.minutes || '–'}
                </Text>
                <Text size="sm" fw={600} mt="xs">
                  {t('bodies.meeting.decisions')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {theirs.decisions || '–'}
                </Text>
              </Paper>
              <Paper withBorder p="sm" radius="sm">
                <Title order={3} size="h5" mb={4}>
                  {t('bodies.meeting.yours')}
                </Title>
                <Text size="sm" fw={600}>
                  {t('bodies.meeting.minutes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes-yours">
                  {minutes || '–'}
                </Text>
                <Text size="sm" fw={600} mt="xs">
                  {t('bodies.meeting.decisions')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {decisions || '–'}
                </Text>
              </Paper>
            </SimpleGrid>
            <Group mt="sm">
              <Button
                size="xs"
                variant="outline"
                onClick={() => {
                  setMinutes(theirs.minutes);
                  setDecisions(theirs.decisions);
                  setVersion(theirs.minutesVersion);
                  setTheirs(null);
                  save.reset();
                }}
              >
                {t('bodies.meeting.useTheirs')}
              </Button>
              <Button size="xs" onClick={() => submit(theirs.minutesVersion)} loading={save.isPending}>
                {t('bodies.meeting.keepMine')}
              </Button>
            </Group>
          </Alert>
        )}
        {save.isError && !isApiError(save.error, 'CONFLICT') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Textarea
          label={t('bodies.meeting.minutes')}
          autosize
          minRows={5}
          maxRows={30}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          maxLength={50_000}
        />
        <Textarea
          label={t('bodies.meeting.decisions')}
          autosize
          minRows={2}
          maxRows={15}
          value={decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
          maxLength={20_000}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={theirs !== null}>
            {t('bodies.meeting.saveMinutes')}
          </Button>
          <Text size="sm" role="status" c="#236b32">
            {saved ? t('bodies.meeting.minutesSaved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
