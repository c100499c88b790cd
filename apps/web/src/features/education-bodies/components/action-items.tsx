import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { createActionItemRequestSchema, type CreateActionItemRequest, type MeetingDetail } from '@portal/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate } from '@/lib/format';
import { errorMessage } from '@/lib/error-message';
import { useSession } from '@/lib/auth/use-session';
import { useAddActionItem } from '../api/add-action-item';
import { useSetActionItemDone } from '../api/set-action-item-done';
import { applyFieldErrors } from './field-errors';

type Values = z.output<typeof createActionItemRequestSchema>;

function AddActionItemForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const add = useAddActionItem(meeting.id);
  const form = useForm<CreateActionItemRequest, unknown, Values>({
    resolver: zodResolver(createActionItemRequestSchema),
    defaultValues: { text: '', ownerId: '', dueDate: null },
  });
  const { errors } = form.formState;
  // Owners: the people on the meeting's member list.
  const owners = [...new Map(meeting.attendance.map((a) => [a.person.id, a.person])).values()];
  const onSubmit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.reset({ text: '', ownerId: values.ownerId, dueDate: null }),
      onError: (e) => applyFieldErrors(e, form.setError),
    }),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('bodies.meeting.addAction')}>
      <Stack gap="sm">
        {add.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('bodies.meeting.actionText')}
          error={errors.text && t('bodies.form.required')}
          required
          withAsterisk={false}
          {...form.register('text')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('bodies.meeting.owner')}
            data={[
              { value: '', label: t('bodies.form.choose'), disabled: true },
              ...owners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            error={errors.ownerId && t('bodies.form.required')}
            required
            withAsterisk={false}
            {...form.register('ownerId')}
          />
          <TextInput
            type="date"
            label={t('bodies.meeting.dueDate')}
            error={errors.dueDate && t('bodies.form.invalid')}
            {...form.register('dueDate', { setValueAs: (v: string) => (v ? v : null) })}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="light" loading={add.isPending}>
            {t('bodies.meeting.addAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Action items with done toggles (managers and each item's owner) and, for managers, a form to add. */
export function ActionItems({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const toggle = useSetActionItemDone();
  return (
    <Stack gap="md">
      {toggle.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(toggle.error, t)}
        </Alert>
      )}
      {meeting.actionItems.length === 0 ? (
        <Text>{t('bodies.meeting.noActions')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {meeting.actionItems.map((a) => (
            <li key={a.id} data-testid="action-item">
              <Checkbox
                checked={a.done}
                disabled={!meeting.canManage && a.owner.id !== me.user.id}
                onChange={(e) => toggle.mutate({ itemId: a.id, done: e.currentTarget.checked })}
                label={a.text}
                aria-label={t('bodies.meeting.doneLabel', { text: a.text })}
                description={[a.owner.name, a.dueDate ? t('bodies.meeting.due', { date: formatDate(a.dueDate) }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </li>
          ))}
        </Stack>
      )}
      {meeting.canManage && <AddActionItemForm meeting={meeting} />}
    </Stack>
  );
}
