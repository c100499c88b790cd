import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Collapse,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  TagsInput,
  TextInput,
  Title,
} from '@mantine/core';
import { CME_GROUP_KINDS, createCmeGroupSchema, type CreateCmeGroup } from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { useCreateGroup } from '../api/create-group';
import { useGroups } from '../api/get-groups';
import { applyFieldErrors, formatDate, ServerError, todayIso } from './shared';

function NewGroupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CreateCmeGroup>({
    resolver: zodResolver(createCmeGroupSchema),
    defaultValues: { kind: 'EFTERUDDANNELSE', name: '', topics: [], startedOn: todayIso() },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const g = await create.mutateAsync(v);
      onDone();
      void navigate(paths.cmeGroup.getHref(g.id));
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="new-group-form">
      <Stack gap="sm">
        <ServerError error={error} />
        <NativeSelect
          label={t('cmeGroups.fields.kind')}
          data={CME_GROUP_KINDS.map((k) => ({ value: k, label: t(`cmeGroups.kinds.${k}`) }))}
          {...form.register('kind')}
        />
        <TextInput
          label={t('cmeGroups.fields.name')}
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="topics"
          render={({ field }) => (
            <TagsInput
              label={t('cmeGroups.fields.topics')}
              description={t('cmeGroups.fields.topicsHint')}
              value={field.value}
              onChange={field.onChange}
              error={errors.topics?.message}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('cmeGroups.fields.startedOn')}
          required
          error={errors.startedOn?.message}
          {...form.register('startedOn')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('cmeGroups.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The groups with leader, members and meetings this year; a form to add one. */
export function GroupList() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<'active' | 'closed' | 'all'>('active');
  const [adding, setAdding] = useState(false);
  const q = useGroups(state);
  return (
    <Stack gap="md" component="section" aria-labelledby="groups-heading">
      <Group justify="space-between">
        <Title order={2} id="groups-heading">
          {t('cmeGroups.groups.title')}
        </Title>
        <Button variant={adding ? 'default' : 'filled'} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {t('cmeGroups.groups.new')}
        </Button>
      </Group>
      <Collapse in={adding}>
        <Paper withBorder p="md" radius="md">
          {adding && <NewGroupForm onDone={() => setAdding(false)} />}
        </Paper>
      </Collapse>
      <SegmentedControl
        aria-label={t('cmeGroups.groups.stateLabel')}
        value={state}
        onChange={(v) => setState(v as typeof state)}
        data={(['active', 'closed', 'all'] as const).map((s) => ({
          value: s,
          label: t(`cmeGroups.groups.states.${s}`),
        }))}
      />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ResponsiveTable
          caption={t('cmeGroups.groups.caption')}
          testId="group-list"
          rows={q.data.items}
          columns={[
            {
              key: 'name',
              label: t('cmeGroups.fields.name'),
              value: (g) => (
                <Anchor component={Link} to={paths.cmeGroup.getHref(g.id)}>
                  {g.name}
                </Anchor>
              ),
            },
            { key: 'kind', label: t('cmeGroups.fields.kind'), value: (g) => t(`cmeGroups.kinds.${g.kind}`) },
            {
              key: 'leader',
              label: t('cmeGroups.fields.leader'),
              value: (g) => g.leader?.name ?? t('cmeGroups.noLeader'),
            },
            { key: 'members', label: t('cmeGroups.groups.members'), value: (g) => g.memberCount, align: 'right' },
            {
              key: 'meetings',
              label: t('cmeGroups.groups.meetingsThisYear'),
              value: (g) => g.meetingsThisYear,
              align: 'right',
            },
            {
              key: 'last',
              label: t('cmeGroups.groups.lastMeeting'),
              value: (g) => formatDate(g.lastMeetingOn, i18n.language),
            },
          ]}
        />
      )}
    </Stack>
  );
}
