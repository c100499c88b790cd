import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { followUpInputSchema, type Activity, type FollowUp, type FollowUpInput } from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useAddFollowUp, useUpdateFollowUp } from '../api/follow-ups';
import { todayIso } from './format';

function toInput(f: FollowUp, done: boolean): FollowUpInput {
  return { text: f.text, ownerUserId: f.owner?.id ?? null, ownerText: f.ownerText, dueOn: f.dueOn, done };
}

/** The follow-ups agreed after a department visit: owner, due date, done. */
export function FollowUps({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const add = useAddFollowUp();
  const update = useUpdateFollowUp();
  const form = useForm<FollowUpInput>({
    resolver: zodResolver(followUpInputSchema),
    defaultValues: { text: '', ownerUserId: null, ownerText: '', dueOn: null, done: false },
  });
  const { errors } = form.formState;
  const today = todayIso();
  // Ticked at once; the server's answer then replaces it (or the tick is undone on an error).
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const onSubmit = form.handleSubmit(async (values) => {
    const ok = await add
      .mutateAsync({ id: activity.id, body: { ...values, ownerText: values.ownerText || null } })
      .catch(() => null);
    if (ok) form.reset();
  });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="followups-heading"
      data-testid="follow-ups"
    >
      <Title order={2} size="h4" id="followups-heading" mb="xs">
        {t('activities.followUps.heading')}
      </Title>
      {activity.followUps.length === 0 ? (
        <Text size="sm" mb="sm">
          {t('activities.followUps.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} mb="md" style={{ listStyle: 'none' }}>
          {activity.followUps.map((f) => (
            <li key={f.id} data-testid="follow-up">
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <Checkbox
                  mt={4}
                  checked={pending[f.id] ?? f.done}
                  aria-label={t('activities.followUps.markDone', { text: f.text })}
                  onChange={(e) => {
                    const done = e.currentTarget.checked;
                    setPending((p) => ({ ...p, [f.id]: done }));
                    update.mutate(
                      { id: activity.id, followUpId: f.id, body: toInput(f, done) },
                      {
                        onSettled: () =>
                          setPending((p) => {
                            const { [f.id]: _done, ...rest } = p;
                            return rest;
                          }),
                      },
                    );
                  }}
                />
                <div>
                  <Text fw={500} td={f.done ? 'line-through' : undefined}>
                    {f.text}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('activities.followUps.owner')}: {f.owner?.name ?? f.ownerText ?? '–'} ·{' '}
                    {t('activities.followUps.due')}: {f.dueOn ? formatDate(f.dueOn) : t('activities.followUps.noDue')}
                  </Text>
                  {!f.done && f.dueOn && f.dueOn < today && (
                    <Badge color="#b02525" variant="filled" mt={2}>
                      {t('activities.followUps.overdue')}
                    </Badge>
                  )}
                  {f.done && (
                    <Badge color="#1e6b2f" variant="filled" mt={2}>
                      {t('activities.followUps.done')}
                    </Badge>
                  )}
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {update.isError && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {errorMessage(update.error, t)}
        </Alert>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="follow-up-form">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('activities.followUps.add')}
          </Title>
          <TextInput
            label={t('activities.followUps.text')}
            required
            {...form.register('text')}
            error={errors.text && t('activities.errors.text')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="ownerText"
              render={({ field }) => (
                <TextInput
                  label={t('activities.followUps.ownerText')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value)}
                  error={errors.ownerText && t('activities.errors.ownerText')}
                />
              )}
            />
            <Controller
              control={form.control}
              name="dueOn"
              render={({ field }) => (
                <TextInput
                  type="date"
                  label={t('activities.followUps.due')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={errors.dueOn && t('activities.errors.dueOn')}
                />
              )}
            />
          </SimpleGrid>
          {add.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(add.error, t)}
            </Alert>
          )}
          <div>
            <Button type="submit" variant="light" loading={add.isPending}>
              {t('activities.followUps.add')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
