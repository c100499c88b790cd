import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  ACTIVITY_AUDIENCES,
  ACTIVITY_KINDS,
  ACTIVITY_STATES,
  createActivitySchema,
  ROLE_PERMISSIONS,
  updateActivitySchema,
  type Activity,
  type CreateActivity,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { useCreateActivity } from '../api/create-activity';
import { activityQueryOptions } from '../api/get-activity';
import { useUnits } from '../api/get-units';
import { useDueList } from '@/features/gp-visits/api/get-due-list';
import { useUpdateActivity } from '../api/update-activity';
import { activityDates } from './format';

type Values = CreateActivity & { state: Activity['state']; version: number };

const EDITABLE = [
  'kind',
  'title',
  'startsOn',
  'endsOn',
  'place',
  'audience',
  'capacity',
  'description',
  'state',
] as const;

function valuesOf(a: Activity | null): Values {
  return a
    ? {
        kind: a.kind,
        title: a.title,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        place: a.place ?? '',
        audience: a.audience,
        capacity: a.capacity,
        description: a.description ?? '',
        departmentId: a.department?.id ?? null,
        hospitalId: a.hospital?.id ?? null,
        state: a.state,
        version: a.version,
      }
    : {
        kind: 'SUPERVISOR_COURSE',
        title: '',
        startsOn: '',
        endsOn: null,
        place: '',
        audience: 'SUPERVISORS',
        capacity: null,
        description: '',
        departmentId: null,
        hospitalId: null,
        state: 'PLANNED',
        version: 1,
      };
}

/** Validates with the contract's schema of the request the form sends (create or edit). */
function contractResolver(mode: 'create' | 'edit'): Resolver<Values> {
  return (values, context, options) => {
    const { state, version, hospitalId, ...common } = values;
    if (mode === 'create') {
      return zodResolver(createActivitySchema)({ ...common, hospitalId }, context, options as never) as never;
    }
    return zodResolver(updateActivitySchema)({ ...common, state, version }, context, options as never) as never;
  };
}

/** Create or edit an activity; on a 409 it shows what someone else changed. */
export function ActivityForm({ activity }: { activity: Activity | null }) {
  const { t } = useTranslation();
  const mode = activity ? 'edit' : 'create';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useSession();
  const units = useUnits();
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const [base, setBase] = useState<Activity | null>(activity);
  const [conflict, setConflict] = useState<{ current: Activity; changed: (typeof EDITABLE)[number][] } | null>(null);
  const [formError, setFormError] = useState<unknown>(null);

  // Organisers the caller may plan for: hospitals (an education centre) and GP areas (an AMU);
  // all of them for a region-wide role, else their own.
  const managing = me.assignments.filter((a) => a.inForce && ROLE_PERMISSIONS[a.role].includes('activities:manage'));
  const regionWide = managing.some((a) => a.unit === null);
  const myUnits = new Set(managing.flatMap((a) => (a.unit ? [a.unit.id] : [])));
  const hospitals = (units.data ?? []).filter(
    (u) => (u.kind === 'HOSPITAL' || u.kind === 'GP_AREA') && (regionWide || myUnits.has(u.id)),
  );
  // Tutorcentret sees "Hospital" as before; with a GP area among the choices it reads "Organised by".
  const organiserLabel = hospitals.some((h) => h.kind === 'GP_AREA')
    ? t('activities.fields.organiser')
    : t('activities.fields.hospital');

  const defaults = valuesOf(activity);
  // A hospital-scoped centre plans for its own hospital (the first in scope until another is chosen).
  const fallbackHospital = !activity && !regionWide ? (hospitals[0]?.id ?? null) : null;
  const form = useForm<Values>({ resolver: contractResolver(mode), defaultValues: defaults });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const hospitalId = form.watch('hospitalId') ?? fallbackHospital;
  // A GP area visits the departments linked to its GP training; a hospital its own departments.
  const organiserIsArea =
    (units.data ?? []).find((u) => u.id === hospitalId)?.kind === 'GP_AREA' || activity?.hospital?.kind === 'GP_AREA';
  const linked = useDueList(organiserIsArea && kind === 'DEPARTMENT_VISIT' && hospitalId ? hospitalId : null);
  const departments = organiserIsArea
    ? (linked.data?.items ?? []).map((l) => ({ id: l.department.id, name: l.department.name }))
    : (units.data ?? []).filter(
        (u) => u.kind === 'DEPARTMENT' && (hospitalId ? u.parentId === hospitalId : regionWide),
      );

  const showServerErrors = (error: unknown) => {
    if (error instanceof ApiError && error.problem.errors) {
      for (const e of error.problem.errors) {
        const field = e.path.replace(/^body\./, '') as FieldPath<Values>;
        if (field in defaults) form.setError(field, { message: e.message });
      }
    }
    setFormError(error);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { state, version, hospitalId: hid, ...common } = values;
    try {
      if (!activity) {
        const created = await create.mutateAsync({ ...common, hospitalId: hid ?? fallbackHospital });
        void navigate(paths.activity.getHref(created.id));
      } else {
        const saved = await update.mutateAsync({ id: activity.id, body: { ...common, state, version } });
        void navigate(paths.activity.getHref(saved.id));
      }
    } catch (error) {
      if (activity && error instanceof ApiError && error.code === 'CONFLICT') {
        const current = await queryClient.fetchQuery({ ...activityQueryOptions(activity.id), staleTime: 0 });
        const before = valuesOf(base);
        const now = valuesOf(current);
        setConflict({ current, changed: EDITABLE.filter((k) => (before[k] ?? '') !== (now[k] ?? '')) });
        return;
      }
      showServerErrors(error);
    }
  });

  const show = (k: (typeof EDITABLE)[number], a: Activity) => {
    const v = valuesOf(a)[k];
    if (v === null || v === '') return t('activities.conflict.empty');
    if (k === 'kind') return t(`activities.kinds.${a.kind}`);
    if (k === 'audience') return t(`activities.audiences.${a.audience}`);
    if (k === 'state') return t(`activities.states.${a.state}`);
    if (k === 'startsOn' || k === 'endsOn') return activityDates({ startsOn: String(v), endsOn: null });
    return String(v);
  };
  const label = (k: (typeof EDITABLE)[number]) =>
    k === 'endsOn' ? t('activities.fields.endsOn') : t(`activities.fields.${k}`);

  const busy = form.formState.isSubmitting;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="activity-form">
      <Stack gap="md">
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('activities.conflict.title')}
            data-testid="conflict"
          >
            <Text size="sm">{t('activities.conflict.body')}</Text>
            {conflict.changed.length === 0 ? (
              <Text size="sm">{t('activities.conflict.none')}</Text>
            ) : (
              <List size="sm" mt="xs">
                {conflict.changed.map((k) => (
                  <List.Item key={k}>
                    {t('activities.conflict.field', { field: label(k), value: show(k, conflict.current) })}
                  </List.Item>
                ))}
              </List>
            )}
            <Button
              mt="sm"
              size="xs"
              variant="outline"
              onClick={() => {
                setBase(conflict.current);
                form.reset(valuesOf(conflict.current));
                setConflict(null);
              }}
            >
              {t('activities.conflict.reload')}
            </Button>
          </Alert>
        )}
        {formError !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            {formError instanceof ApiError && formError.code === 'VALIDATION_FAILED'
              ? t('activities.form.fixErrors')
              : errorMessage(formError, t)}
          </Alert>
        )}
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('activities.fields.kind')}
                {...form.register('kind', {
                  onChange: (e: { target: { value: string } }) => {
                    if (e.target.value !== 'DEPARTMENT_VISIT') form.setValue('departmentId', null);
                  },
                })}
                data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
                error={errors.kind && t('activities.errors.kind')}
              />
              <NativeSelect
                label={t('activities.fields.audience')}
                {...form.register('audience')}
                data={ACTIVITY_AUDIENCES.map((k) => ({ value: k, label: t(`activities.audiences.${k}`) }))}
                error={errors.audience && t('activities.errors.audience')}
              />
            </SimpleGrid>
            <TextInput
              label={t('activities.fields.title')}
              required
              {...form.register('title')}
              error={errors.title && t('activities.errors.title')}
            />
            {mode === 'create' && (
              <Controller
                control={form.control}
                name="hospitalId"
                render={({ field }) => (
                  <NativeSelect
                    label={organiserLabel}
                    value={field.value ?? fallbackHospital ?? ''}
                    onChange={(e) => {
                      field.onChange(e.currentTarget.value || null);
                      form.setValue('departmentId', null);
                    }}
                    data={[
                      ...(regionWide ? [{ value: '', label: t('activities.fields.regionWide') }] : []),
                      ...hospitals.map((h) => ({ value: h.id, label: h.name })),
                    ]}
                    error={
                      errors.hospitalId &&
                      (hospitals.some((h) => h.kind === 'GP_AREA')
                        ? t('activities.errors.organiser')
                        : t('activities.errors.hospitalId'))
                    }
                  />
                )}
              />
            )}
            {kind === 'DEPARTMENT_VISIT' && (
              <Controller
                control={form.control}
                name="departmentId"
                render={({ field }) => (
                  <NativeSelect
                    label={t('activities.fields.department')}
                    required
                    value={field.value ?? ''}
                    onChange={(e) => field.onChange(e.currentTarget.value || null)}
                    data={[
                      { value: '', label: t('activities.form.choose') },
                      ...departments.map((d) => ({ value: d.id, label: d.name })),
                    ]}
                    error={errors.departmentId && t('activities.errors.departmentId')}
                  />
                )}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('activities.fields.startsOn')}
                required
                {...form.register('startsOn')}
                error={errors.startsOn && t('activities.errors.startsOn')}
              />
              <Controller
                control={form.control}
                name="endsOn"
                render={({ field }) => (
                  <TextInput
                    type="date"
                    label={t('activities.fields.endsOn')}
                    value={field.value ?? ''}
                    onChange={(e) => field.onChange(e.currentTarget.value || null)}
                    error={errors.endsOn && t('activities.errors.endsOn')}
                  />
                )}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="place"
                render={({ field }) => (
                  <TextInput
                    label={t('activities.fields.place')}
                    value={field.value ?? ''}
                    onChange={(e) => field.onChange(e.currentTarget.value)}
                    error={errors.place && t('activities.errors.place')}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="capacity"
                render={({ field }) => (
                  <NumberInput
                    label={t('activities.fields.capacity')}
                    description={t('activities.fields.capacityHelp')}
                    min={1}
                    allowDecimal={false}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(v === '' ? null : Number(v))}
                    error={errors.capacity && t('activities.errors.capacity')}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="description"
              render={({ field }) => (
                <Textarea
                  label={t('activities.fields.description')}
                  autosize
                  minRows={3}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value)}
                  error={errors.description && t('activities.errors.description')}
                />
              )}
            />
            {mode === 'edit' && (
              <NativeSelect
                label={t('activities.fields.state')}
                {...form.register('state')}
                data={ACTIVITY_STATES.map((s) => ({ value: s, label: t(`activities.states.${s}`) }))}
              />
            )}
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={busy}>
            {mode === 'create' ? t('activities.form.create') : t('activities.form.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => void navigate(activity ? paths.activity.getHref(activity.id) : paths.activities.getHref())}
          >
            {t('activities.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
