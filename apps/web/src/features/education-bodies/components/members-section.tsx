import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  MEMBER_FUNCTIONS,
  addMemberRequestSchema,
  type AddMemberRequest,
  type BodyDetail,
  type Member,
} from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate } from '@/lib/format';
import { errorMessage } from '@/lib/error-message';
import { useAddMember } from '../api/add-member';
import { useMemberCandidates } from '../api/get-member-candidates';
import { useUpdateMember } from '../api/update-member';
import { todayIso } from '../format';
import { applyFieldErrors } from './field-errors';

type Values = z.output<typeof addMemberRequestSchema>;

export function functionLabel(t: TFunction, m: { function: Member['function']; functionOther: string | null }) {
  return m.function === 'OTHER' && m.functionOther ? m.functionOther : t(`bodies.functions.${m.function}`);
}

function AddMemberForm({ bodyId, onDone }: { bodyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const candidates = useMemberCandidates(bodyId, true);
  const add = useAddMember(bodyId);
  const form = useForm<AddMemberRequest, unknown, Values>({
    resolver: zodResolver(addMemberRequestSchema),
    defaultValues: { userId: '', function: 'SUPERVISOR', functionOther: null, startDate: todayIso(), endDate: null },
  });
  const { errors } = form.formState;
  const fn = form.watch('function');
  const onSubmit = form.handleSubmit((values) =>
    add.mutate(values, { onSuccess: onDone, onError: (e) => applyFieldErrors(e, form.setError) }),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('bodies.body.addMember')}>
      <Stack gap="sm">
        {add.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('bodies.member.person')}
            data={[
              { value: '', label: t('bodies.form.choose'), disabled: true },
              ...(candidates.data ?? []).map((c) => ({
                value: c.id,
                label: c.title ? `${c.name} (${c.title})` : c.name,
              })),
            ]}
            error={errors.userId && t('bodies.form.required')}
            required
            withAsterisk={false}
            {...form.register('userId')}
          />
          <NativeSelect
            label={t('bodies.member.function')}
            data={MEMBER_FUNCTIONS.map((f) => ({ value: f, label: t(`bodies.functions.${f}`) }))}
            {...form.register('function')}
          />
          {fn === 'OTHER' && (
            <TextInput
              label={t('bodies.member.functionOther')}
              error={errors.functionOther && t('bodies.form.required')}
              required
              withAsterisk={false}
              {...form.register('functionOther', { setValueAs: (v: string) => (v ? v : null) })}
            />
          )}
          <TextInput
            type="date"
            label={t('bodies.member.startDate')}
            error={errors.startDate && t('bodies.form.required')}
            {...form.register('startDate')}
          />
          <TextInput
            type="date"
            label={t('bodies.member.endDate')}
            error={errors.endDate && t('bodies.form.endBeforeStart')}
            {...form.register('endDate', { setValueAs: (v: string) => (v ? v : null) })}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('bodies.member.add')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('bodies.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Members with their function and period; managers add members and end memberships. */
export function MembersSection({ body }: { body: BodyDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const update = useUpdateMember(body.id);
  const current = body.members.filter((m) => m.current);
  const former = body.members.filter((m) => !m.current);
  const period = (m: Member) =>
    m.endDate
      ? t('bodies.body.fromTo', { from: formatDate(m.startDate), to: formatDate(m.endDate) })
      : t('bodies.body.from', { date: formatDate(m.startDate) });
  const end = (m: Member) => {
    const today = todayIso();
    update.mutate({
      memberId: m.id,
      body: {
        function: m.function,
        functionOther: m.functionOther,
        startDate: m.startDate,
        endDate: today < m.startDate ? m.startDate : today,
      },
    });
  };

  const list = (members: Member[]) => (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {members.map((m) => (
        <Group component="li" key={m.id} justify="space-between" wrap="wrap" gap="xs" data-testid="member-row">
          <div>
            <Text fw={600}>{m.person.name}</Text>
            <Text size="sm">
              {functionLabel(t, m)} · {period(m)}
            </Text>
          </div>
          {body.canManage && m.current && (
            <Button
              size="xs"
              variant="default"
              onClick={() => end(m)}
              aria-label={t('bodies.member.endTitle', { name: m.person.name })}
            >
              {t('bodies.body.endMembership')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="members-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="members-heading">
          {t('bodies.body.members')}
        </Title>
        {body.canManage && !adding && (
          <Button size="sm" variant="light" onClick={() => setAdding(true)}>
            {t('bodies.body.addMember')}
          </Button>
        )}
      </Group>
      {update.isError && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {errorMessage(update.error, t)}
        </Alert>
      )}
      {adding && (
        <Paper withBorder p="sm" mb="md" radius="md">
          <AddMemberForm bodyId={body.id} onDone={() => setAdding(false)} />
        </Paper>
      )}
      {current.length === 0 ? <Text>{t('bodies.body.noMembers')}</Text> : list(current)}
      {former.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('bodies.body.formerMembers')}
          </Title>
          {list(former)}
        </>
      )}
    </Paper>
  );
}
