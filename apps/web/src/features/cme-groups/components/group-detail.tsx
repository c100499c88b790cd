import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  addCmeMemberSchema,
  CME_GROUP_KINDS,
  cmeMeetingInputSchema,
  updateCmeGroupSchema,
  type AddCmeMember,
  type CmeGroup,
  type CmeMeetingInput,
  type UpdateCmeGroup,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ApiError } from '@/lib/api-client';
import { useAddMeeting } from '../api/add-meeting';
import { useAddMember } from '../api/add-member';
import { useDeleteMeeting } from '../api/delete-meeting';
import { useEndMember } from '../api/end-member';
import { useGps } from '../api/get-gps';
import { groupQueryOptions } from '../api/get-group';
import { useUpdateGroup } from '../api/update-group';
import { applyFieldErrors, formatDate, NewlySettledText, ServerError, todayIso } from './shared';

const editValues = (g: CmeGroup): UpdateCmeGroup => ({
  kind: g.kind,
  name: g.name,
  topics: g.topics,
  leaderId: g.leader?.id ?? null,
  startedOn: g.startedOn,
  closedOn: g.closedOn,
  version: g.version,
});

function EditForm({ group }: { group: CmeGroup }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateGroup();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateCmeGroup>({ resolver: zodResolver(updateCmeGroupSchema), values: editValues(group) });
  const { errors } = form.formState;
  const leaders = group.members.filter((m) => m.current).map((m) => ({ value: m.gp.id, label: m.gp.name }));
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    setSaved(false);
    try {
      await update.mutateAsync({ id: group.id, body: { ...v, closedOn: v.closedOn || null } });
      setSaved(true);
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
      // A conflict: load what is current; the message says what it is, the form shows it.
      if (e instanceof ApiError && e.code === 'CONFLICT')
        await queryClient.fetchQuery({ ...groupQueryOptions(group.id), staleTime: 0 });
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="group-form" aria-labelledby="group-edit-heading">
      <Stack gap="sm">
        <Title order={2} id="group-edit-heading">
          {t('cmeGroups.group.editTitle')}
        </Title>
        <ServerError error={error} />
        {saved && (
          <Text role="status" c="teal.9">
            {t('cmeGroups.saved')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('cmeGroups.fields.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <NativeSelect
            label={t('cmeGroups.fields.kind')}
            data={CME_GROUP_KINDS.map((k) => ({ value: k, label: t(`cmeGroups.kinds.${k}`) }))}
            {...form.register('kind')}
          />
          <Controller
            control={form.control}
            name="leaderId"
            render={({ field }) => (
              <Select
                label={t('cmeGroups.fields.leader')}
                description={t('cmeGroups.fields.leaderHint')}
                placeholder={t('cmeGroups.noLeader')}
                data={leaders}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                clearable
                error={errors.leaderId?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="topics"
            render={({ field }) => (
              <TagsInput label={t('cmeGroups.fields.topics')} value={field.value} onChange={field.onChange} />
            )}
          />
          <TextInput
            type="date"
            label={t('cmeGroups.fields.startedOn')}
            error={errors.startedOn?.message}
            {...form.register('startedOn')}
          />
          <TextInput
            type="date"
            label={t('cmeGroups.fields.closedOn')}
            description={t('cmeGroups.fields.closedOnHint')}
            error={errors.closedOn?.message}
            {...form.register('closedOn', { setValueAs: (v: string | null) => v || null })}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('cmeGroups.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddMemberForm({ group }: { group: CmeGroup }) {
  const { t } = useTranslation();
  const add = useAddMember();
  const gps = useGps({});
  const [error, setError] = useState<unknown>(null);
  const form = useForm<AddCmeMember>({
    resolver: zodResolver(addCmeMemberSchema),
    defaultValues: { gpId: '', joinedOn: todayIso() },
  });
  const { errors } = form.formState;
  const current = new Set(group.members.filter((m) => m.current).map((m) => m.gp.id));
  // GPs in no group first (newly settled first among them), then the rest, by name.
  const options = (gps.data?.items ?? [])
    .filter((g) => g.active && !current.has(g.id))
    .sort(
      (a, b) =>
        a.groupCount - b.groupCount ||
        Number(b.newlySettled) - Number(a.newlySettled) ||
        a.name.localeCompare(b.name, 'da'),
    )
    .map((g) => ({
      value: g.id,
      label: `${g.name} (${g.practice.name}${g.groupCount === 0 ? `, ${t('cmeGroups.inNoGroup').toLowerCase()}` : ''})`,
    }));
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await add.mutateAsync({ id: group.id, body: v });
      form.reset({ gpId: '', joinedOn: todayIso() });
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  });
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      data-testid="add-member-form"
      aria-labelledby="add-member-heading"
    >
      <Stack gap="sm">
        <Title order={3} id="add-member-heading">
          {t('cmeGroups.group.addMember')}
        </Title>
        <ServerError error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="gpId"
            render={({ field }) => (
              <Select
                label={t('cmeGroups.fields.gp')}
                required
                searchable
                data={options}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                nothingFoundMessage={t('cmeGroups.nothingFound')}
                error={errors.gpId?.message ? t('cmeGroups.group.chooseGp') : undefined}
              />
            )}
          />
          <TextInput
            type="date"
            label={t('cmeGroups.fields.joinedOn')}
            required
            error={errors.joinedOn?.message}
            {...form.register('joinedOn')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('cmeGroups.group.addMemberButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Members({ group }: { group: CmeGroup }) {
  const { t, i18n } = useTranslation();
  const end = useEndMember();
  const [error, setError] = useState<unknown>(null);
  const current = group.members.filter((m) => m.current);
  const former = group.members.filter((m) => !m.current);
  const onEnd = async (memberId: string) => {
    setError(null);
    try {
      await end.mutateAsync({ id: group.id, memberId, body: { leftOn: todayIso() } });
    } catch (e) {
      setError(e);
    }
  };
  const lang = i18n.language;
  return (
    <Stack gap="sm" component="section" aria-labelledby="members-heading">
      <Title order={2} id="members-heading">
        {t('cmeGroups.group.membersTitle', { count: current.length })}
      </Title>
      <ServerError error={error} />
      <ResponsiveTable
        caption={t('cmeGroups.group.membersCaption')}
        testId="member-list"
        rows={current}
        columns={[
          {
            key: 'gp',
            label: t('cmeGroups.fields.gp'),
            value: (m) => (
              <Group gap={6} component="span">
                <span>{m.gp.name}</span>
                {group.leader?.id === m.gp.id && (
                  <Text span size="sm" fw={600}>
                    ({t('cmeGroups.fields.leader').toLowerCase()})
                  </Text>
                )}
                <NewlySettledText newly={m.gp.newlySettled} />
              </Group>
            ),
          },
          { key: 'practice', label: t('cmeGroups.fields.practice'), value: (m) => m.gp.practice.name },
          { key: 'joined', label: t('cmeGroups.fields.joinedOn'), value: (m) => formatDate(m.joinedOn, lang) },
          {
            key: 'end',
            label: t('cmeGroups.group.endLabel'),
            value: (m) => (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => void onEnd(m.id)}
                aria-label={t('cmeGroups.group.endAria', { name: m.gp.name })}
              >
                {t('cmeGroups.group.end')}
              </Button>
            ),
          },
        ]}
      />
      {former.length > 0 && (
        <Text size="sm">
          {t('cmeGroups.group.former')}:{' '}
          {former
            .map((m) => `${m.gp.name} (${formatDate(m.joinedOn, lang)} – ${formatDate(m.leftOn, lang)})`)
            .join('; ')}
        </Text>
      )}
      <Paper withBorder p="md" radius="md">
        <AddMemberForm group={group} />
      </Paper>
    </Stack>
  );
}

function Meetings({ group }: { group: CmeGroup }) {
  const { t, i18n } = useTranslation();
  const add = useAddMeeting();
  const del = useDeleteMeeting();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CmeMeetingInput>({
    resolver: zodResolver(cmeMeetingInputSchema),
    defaultValues: { heldOn: todayIso(), topic: '', attendedCount: 0 },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await add.mutateAsync({ id: group.id, body: v });
      form.reset({ heldOn: todayIso(), topic: '', attendedCount: 0 });
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="meetings-heading">
      <Title order={2} id="meetings-heading">
        {t('cmeGroups.group.meetingsTitle', { count: group.meetingsThisYear })}
      </Title>
      {group.meetings.length === 0 ? (
        <Text>{t('cmeGroups.group.noMeetings')}</Text>
      ) : (
        <ResponsiveTable
          caption={t('cmeGroups.group.meetingsCaption')}
          testId="meeting-list"
          rows={group.meetings}
          columns={[
            { key: 'date', label: t('cmeGroups.fields.heldOn'), value: (m) => formatDate(m.heldOn, i18n.language) },
            { key: 'topic', label: t('cmeGroups.fields.topic'), value: (m) => m.topic },
            { key: 'n', label: t('cmeGroups.fields.attendedCount'), value: (m) => m.attendedCount, align: 'right' },
            {
              key: 'del',
              label: t('cmeGroups.group.removeLabel'),
              value: (m) => (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => void del.mutateAsync({ id: group.id, meetingId: m.id }).catch(setError)}
                  aria-label={t('cmeGroups.group.removeAria', { date: formatDate(m.heldOn, i18n.language) })}
                >
                  {t('cmeGroups.group.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(e) => void onSubmit(e)}
          noValidate
          data-testid="meeting-form"
          aria-labelledby="meeting-form-heading"
        >
          <Stack gap="sm">
            <Title order={3} id="meeting-form-heading">
              {t('cmeGroups.group.addMeeting')}
            </Title>
            <ServerError error={error} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('cmeGroups.fields.heldOn')}
                required
                error={errors.heldOn?.message}
                {...form.register('heldOn')}
              />
              <TextInput
                label={t('cmeGroups.fields.topic')}
                required
                error={errors.topic?.message}
                {...form.register('topic')}
              />
              <Controller
                control={form.control}
                name="attendedCount"
                render={({ field }) => (
                  <NumberInput
                    label={t('cmeGroups.fields.attendedCount')}
                    min={0}
                    max={1000}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
                    error={errors.attendedCount?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('cmeGroups.group.addMeetingButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

/** A group: its details (version-checked), members with their practice, meetings. */
export function GroupDetail({ group }: { group: CmeGroup }) {
  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="md">
        <EditForm group={group} />
      </Paper>
      <Members group={group} />
      <Meetings group={group} />
    </Stack>
  );
}
