import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import {
  GP_CONTACT_KINDS,
  gpContactFieldsSchema,
  todayInDenmark,
  type GpContact,
  type GpContactFields,
} from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '@/features/education-bodies/components/field-errors';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useAddContact } from '../api/add-contact';

const empty = (): GpContactFields => ({ contactOn: todayInDenmark(), kind: 'PHONE', note: '' });

/** The coordinator's contact log with the trainee: add and list (every write is audited). */
export function ContactLog({
  areaId,
  courseId,
  contacts,
}: {
  areaId: string;
  courseId: string;
  contacts: GpContact[];
}) {
  const { t } = useTranslation();
  const add = useAddContact(areaId, courseId);
  const [saved, setSaved] = useState(false);
  const form = useForm<GpContactFields>({ resolver: zodResolver(gpContactFieldsSchema), defaultValues: empty() });
  const errors = form.formState.errors;
  return (
    <Stack gap="sm" component="section" aria-labelledby="gp-contacts-heading" data-testid="gp-contacts">
      <Title order={2} size="h3" id="gp-contacts-heading">
        {t('gpArea.contacts.heading')}
      </Title>
      <form
        noValidate
        data-testid="gp-contact-form"
        onSubmit={(e) =>
          void form.handleSubmit((values) => {
            setSaved(false);
            add.mutate(values, {
              onSuccess: () => {
                setSaved(true);
                form.reset(empty());
              },
              onError: (error) => applyFieldErrors(error, form.setError),
            });
          })(e)
        }
      >
        <Stack gap="xs">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t('gpArea.contacts.date')}
              required
              w={170}
              {...form.register('contactOn')}
              error={errors.contactOn && t('gpArea.log.dateError')}
            />
            <NativeSelect
              label={t('gpArea.contacts.kind')}
              required
              w={200}
              data={GP_CONTACT_KINDS.map((k) => ({ value: k, label: t(`gpArea.contactKinds.${k}`) }))}
              {...form.register('kind')}
              error={errors.kind?.message}
            />
          </Group>
          <Textarea
            label={t('gpArea.contacts.note')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.register('note')}
            error={errors.note && t('gpArea.contacts.noteError')}
          />
          {add.error && !isApiError(add.error, 'VALIDATION_FAILED') && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(add.error, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('gpArea.contacts.add')}
            </Button>
          </Group>
          {saved && (
            <Text size="sm" c="#236b32" role="status">
              {t('gpArea.contacts.saved')}
            </Text>
          )}
        </Stack>
      </form>
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('gpArea.contacts.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="gp-contact-list">
          {contacts.map((c) => (
            <li key={c.id}>
              <Text size="sm" fw={600}>
                {formatDate(c.contactOn)} · {t(`gpArea.contactKinds.${c.kind}`)} · {c.author.name}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.note}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
