import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  BODY_KINDS,
  BODY_UNIT_KIND,
  CADENCE_UNITS,
  createBodyRequestSchema,
  type CreateBodyRequest,
} from '@portal/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useCreateEducationBody } from '../api/create-education-body';
import { useOrgUnits } from '../api/get-org-units';
import { applyFieldErrors } from './field-errors';

type Values = z.output<typeof createBodyRequestSchema>;

/** Create a council, team, forum or network in a hospital or department of the user's scope. */
export function CreateBodyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useOrgUnits();
  const create = useCreateEducationBody();
  const form = useForm<CreateBodyRequest, unknown, Values>({
    resolver: zodResolver(createBodyRequestSchema),
    defaultValues: {
      kind: 'TEAM',
      unitId: '',
      name: '',
      cadence: { value: 1, unit: 'MONTH' },
      termsOfReference: '',
    },
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const unitKind = BODY_UNIT_KIND[kind];
  const unitOptions = (units.data ?? []).filter((u) => u.kind === unitKind);

  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (body) => void navigate(paths.educationBody.getHref(body.id)),
      onError: (error) => applyFieldErrors(error, form.setError),
    }),
  );

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" maw={720}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="create-body-heading">
        <Stack gap="md">
          <Title order={1} id="create-body-heading">
            {t('bodies.form.createTitle')}
          </Title>
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <NativeSelect
            label={t('bodies.form.kind')}
            data={BODY_KINDS.map((k) => ({ value: k, label: t(`bodies.kinds.${k}`) }))}
            {...form.register('kind', { onChange: () => form.setValue('unitId', '') })}
          />
          <NativeSelect
            label={t('bodies.form.unit')}
            description={t(unitKind === 'HOSPITAL' ? 'bodies.form.unitHelpHospital' : 'bodies.form.unitHelpDepartment')}
            data={[
              { value: '', label: t('bodies.form.choose'), disabled: true },
              ...unitOptions.map((u) => ({ value: u.id, label: u.name })),
            ]}
            error={errors.unitId && t('bodies.form.required')}
            required
            withAsterisk={false}
            {...form.register('unitId')}
          />
          <TextInput
            label={t('bodies.form.name')}
            error={errors.name && t('bodies.form.required')}
            required
            withAsterisk={false}
            {...form.register('name')}
          />
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="cadence.value"
              render={({ field }) => (
                <NumberInput
                  label={t('bodies.cadence.value')}
                  min={1}
                  max={730}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                  onBlur={field.onBlur}
                  error={errors.cadence?.value && t('bodies.form.invalid')}
                />
              )}
            />
            <NativeSelect
              label={t('bodies.cadence.unit')}
              data={CADENCE_UNITS.map((u) => ({ value: u, label: t(`bodies.cadence.unit${u}`) }))}
              {...form.register('cadence.unit')}
            />
          </Group>
          <Textarea
            label={t('bodies.form.termsOfReference')}
            autosize
            minRows={4}
            maxRows={16}
            {...form.register('termsOfReference')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('bodies.form.create')}
            </Button>
            <Button variant="default" component={Link} to={paths.educationBodies.getHref()}>
              {t('bodies.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
