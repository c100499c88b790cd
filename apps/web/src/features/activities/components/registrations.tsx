import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, List, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { createRegistrationSchema, type Activity, type Registration } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCancelRegistration } from '../api/cancel-registration';
import { useRegister } from '../api/register';
import { useParticipantSearch } from '../api/search-participants';

const externalSchema = createRegistrationSchema.options[1];
type ExternalIn = z.input<typeof externalSchema>;
type ExternalOut = z.output<typeof externalSchema>;

function useAnnounce() {
  const [message, setMessage] = useState<string | null>(null);
  return { message, setMessage };
}

/** What changed after a registration or cancellation, said in a sentence. */
function describeChange(t: TFunction, before: Activity, after: Activity, newId?: string) {
  const was = new Map(before.registrations.map((r) => [r.id, r.status]));
  const parts: string[] = [];
  for (const r of after.registrations) {
    const old = was.get(r.id);
    if (r.id === newId || (old === undefined && newId === undefined)) {
      parts.push(
        t(r.status === 'WAITLISTED' ? 'activities.detail.waitlistedAs' : 'activities.detail.registeredAs', {
          name: r.name,
        }),
      );
    } else if (old === 'WAITLISTED' && r.status === 'REGISTERED') {
      parts.push(t('activities.detail.promoted', { name: r.name }));
    }
  }
  return parts.join(' ');
}

function AddParticipant({ activity, onDone }: { activity: Activity; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'user' | 'external'>('external');
  const [query, setQuery] = useState('');
  const search = useParticipantSearch(query);
  const register = useRegister();
  const form = useForm<ExternalIn, unknown, ExternalOut>({
    resolver: zodResolver(externalSchema),
    defaultValues: { name: '', email: '', department: '' },
  });
  const { errors } = form.formState;

  const after = (a: Activity) => {
    const ids = new Set(activity.registrations.map((r) => r.id));
    const added = a.registrations.find((r) => !ids.has(r.id));
    onDone(describeChange(t, activity, a, added?.id));
  };

  const submitExternal = form.handleSubmit(async (values) => {
    const a = await register.mutateAsync({ id: activity.id, body: values }).catch(() => null);
    if (a) {
      form.reset();
      after(a);
    }
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="register-heading">
      <Title order={3} size="h5" id="register-heading" mb="sm">
        {t('activities.register.heading')}
      </Title>
      <SegmentedControl
        mb="sm"
        value={mode}
        onChange={(v) => setMode(v as 'user' | 'external')}
        aria-label={t('activities.register.mode')}
        data={[
          { value: 'external', label: t('activities.register.external') },
          { value: 'user', label: t('activities.register.portalUser') },
        ]}
      />
      {register.isError && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {register.error instanceof ApiError && register.error.code === 'CONFLICT'
            ? register.error.problem.detail
            : errorMessage(register.error, t)}
        </Alert>
      )}
      {mode === 'external' ? (
        <form onSubmit={(e) => void submitExternal(e)} noValidate data-testid="register-external">
          <Stack gap="sm">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t('activities.register.name')}
                required
                miw={200}
                {...form.register('name')}
                error={errors.name && t('activities.errors.name')}
              />
              <TextInput
                label={t('activities.register.email')}
                type="email"
                required
                miw={200}
                {...form.register('email')}
                error={errors.email && t('activities.errors.email')}
              />
              <TextInput
                label={t('activities.register.department')}
                miw={200}
                {...form.register('department')}
                error={errors.department && t('activities.errors.department')}
              />
            </Group>
            <Group>
              <Button type="submit" loading={register.isPending}>
                {t('activities.register.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm" data-testid="register-user">
          <TextInput
            label={t('activities.register.search')}
            description={t('activities.register.searchHelp')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            type="search"
          />
          {search.isError && <Text c="red.8">{errorMessage(search.error, t)}</Text>}
          {search.data && search.data.length === 0 && <Text size="sm">{t('activities.register.noMatches')}</Text>}
          {search.data && search.data.length > 0 && (
            <List listStyleType="none" spacing="xs" p={0}>
              {search.data.map((p) => (
                <List.Item key={p.id}>
                  <Group gap="sm" wrap="wrap">
                    <Text size="sm">
                      {p.name}{' '}
                      <Text span c="dimmed">
                        ({p.email})
                      </Text>
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`${t('activities.register.submit')}: ${p.name}`}
                      loading={register.isPending}
                      onClick={() =>
                        void register
                          .mutateAsync({ id: activity.id, body: { userId: p.id } })
                          .then(after)
                          .catch(() => undefined)
                      }
                    >
                      {t('activities.register.submit')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function Row({
  r,
  activity,
  onChange,
  position,
}: {
  r: Registration;
  activity: Activity;
  onChange: (m: string) => void;
  position?: number;
}) {
  const { t } = useTranslation();
  const cancel = useCancelRegistration();
  return (
    <li data-testid={`registration-${r.status.toLowerCase()}`}>
      <Group justify="space-between" wrap="wrap" gap="xs" py={4}>
        <div>
          <Text fw={500}>{r.name}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {r.email}
            {r.department ? ` · ${r.department}` : ''}
          </Text>
          {position !== undefined && <Text size="sm">{t('activities.detail.position', { n: position })}</Text>}
        </div>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            aria-label={t('activities.detail.cancelRegistration', { name: r.name })}
            loading={cancel.isPending}
            onClick={() =>
              void cancel
                .mutateAsync({ id: activity.id, registrationId: r.id })
                .then((a) => onChange(describeChange(t, activity, a, '__none__')))
                .catch(() => undefined)
            }
          >
            {t('activities.detail.cancelShort')}
          </Button>
        </Group>
      </Group>
      {cancel.isError && (
        <Text c="red.8" size="sm" role="alert">
          {errorMessage(cancel.error, t)}
        </Text>
      )}
    </li>
  );
}

/** Registrations, waitlist and cancelled, with add and cancel. */
export function Registrations({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const { message, setMessage } = useAnnounce();
  const registered = activity.registrations.filter((r) => r.status === 'REGISTERED');
  const waitlisted = activity.registrations.filter((r) => r.status === 'WAITLISTED');
  const cancelled = activity.registrations.filter((r) => r.status === 'CANCELLED');
  const free = activity.capacity === null ? null : Math.max(activity.capacity - registered.length, 0);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="registrations-heading">
        <Title order={2} size="h4" id="registrations-heading">
          {t('activities.detail.registrations')} ({registered.length}
          {activity.capacity !== null ? ` / ${activity.capacity}` : ''})
        </Title>
        {free !== null && (
          <Text size="sm" c={free === 0 ? '#a13a06' : undefined} mb="xs" data-testid="seats">
            {free === 0
              ? t('activities.detail.full')
              : t('activities.detail.seatsLeft', { free, capacity: activity.capacity })}
          </Text>
        )}
        <div role="status" aria-live="polite" data-testid="registration-status">
          {message && (
            <Alert color="blue" variant="light" my="xs">
              {message}
            </Alert>
          )}
        </div>
        {registered.length === 0 ? (
          <Text size="sm">{t('activities.detail.noRegistrations')}</Text>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="registered-list">
            {registered.map((r) => (
              <Row key={r.id} r={r} activity={activity} onChange={setMessage} />
            ))}
          </ul>
        )}
        <Title order={3} size="h5" mt="md">
          {t('activities.detail.waitlist')} ({waitlisted.length})
        </Title>
        {waitlisted.length === 0 ? (
          <Text size="sm">{t('activities.detail.waitlistEmpty')}</Text>
        ) : (
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="waitlist">
            {waitlisted.map((r, i) => (
              <Row key={r.id} r={r} activity={activity} onChange={setMessage} position={i + 1} />
            ))}
          </ol>
        )}
        {cancelled.length > 0 && (
          <>
            <Title order={3} size="h5" mt="md">
              {t('activities.detail.cancelled')} ({cancelled.length})
            </Title>
            <Text size="sm" c="dimmed" data-testid="cancelled-list">
              {cancelled.map((r) => r.name).join(', ')}
            </Text>
          </>
        )}
      </Paper>
      {activity.state !== 'CANCELLED' && <AddParticipant activity={activity} onDone={setMessage} />}
    </Stack>
  );
}
