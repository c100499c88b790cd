import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  COURSE_TRACKS,
  createCourseSchema,
  expectationMeetingDueDate,
  updateCourseSchema,
  type CourseDetail,
  type CourseTrack,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useCreateCourse } from '../api/create-course';
import { courseQueryOptions } from '../api/get-course';
import { useFormOptions } from '../api/get-form-options';
import { useTraineeSearch } from '../api/search-trainees';
import { useUpdateCourse } from '../api/update-course';

interface Values {
  traineeId: string;
  unitId: string;
  track: CourseTrack;
  specialtyId: string | null;
  startDate: string;
  endDate: string;
  version: number;
}
const EDITABLE = ['unitId', 'track', 'specialtyId', 'startDate', 'endDate'] as const;

function valuesOf(c: CourseDetail | null): Values {
  return c
    ? {
        traineeId: c.trainee.id,
        unitId: c.unit.id,
        track: c.track,
        specialtyId: c.specialty?.id ?? null,
        startDate: c.startDate,
        endDate: c.endDate,
        version: c.version,
      }
    : { traineeId: '', unitId: '', track: 'KBU', specialtyId: null, startDate: '', endDate: '', version: 1 };
}

function contractResolver(mode: 'create' | 'edit'): Resolver<Values> {
  return (values, context, options) => {
    const { traineeId, version, ...common } = values;
    if (mode === 'create') {
      return zodResolver(createCourseSchema)({ ...common, traineeId }, context, options as never) as never;
    }
    return zodResolver(updateCourseSchema)({ ...common, version }, context, options as never) as never;
  };
}

/** Create or edit a course; the due date is shown as it will be computed; a 409 shows what changed. */
export function CourseForm({ course }: { course: CourseDetail | null }) {
  const { t } = useTranslation();
  const mode = course ? 'edit' : 'create';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useFormOptions();
  const create = useCreateCourse();
  const update = useUpdateCourse();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const trainees = useTraineeSearch(mode === 'create' ? q : '');
  const [base, setBase] = useState<CourseDetail | null>(course);
  const [conflict, setConflict] = useState<{ current: CourseDetail; changed: (typeof EDITABLE)[number][] } | null>(
    null,
  );
  const [formError, setFormError] = useState<unknown>(null);
  const defaults = valuesOf(course);
  const form = useForm<Values>({ resolver: contractResolver(mode), defaultValues: defaults });
  const { errors } = form.formState;
  const [track, startDate, endDate] = form.watch(['track', 'startDate', 'endDate']);
  const due =
    /^\d{4}-\d{2}-\d{2}$/.test(startDate) && /^\d{4}-\d{2}-\d{2}$/.test(endDate) && endDate >= startDate
      ? expectationMeetingDueDate({ track, startDate, endDate })
      : null;

  // A single unit the caller manages is chosen for them.
  const units = options.data?.units ?? [];
  const onlyUnit = mode === 'create' && units.length === 1 ? units[0]!.id : null;
  useEffect(() => {
    if (onlyUnit && form.getValues('unitId') === '') form.setValue('unitId', onlyUnit);
  }, [onlyUnit, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { traineeId, version, ...common } = values;
    try {
      const saved = course
        ? await update.mutateAsync({ id: course.id, body: { ...common, version } })
        : await create.mutateAsync({ ...common, traineeId });
      void navigate(paths.course.getHref(saved.id));
    } catch (error) {
      if (course && error instanceof ApiError && error.code === 'CONFLICT') {
        const current = await queryClient.fetchQuery({ ...courseQueryOptions(course.id), staleTime: 0 });
        const before = valuesOf(base);
        const now = valuesOf(current);
        setConflict({ current, changed: EDITABLE.filter((k) => before[k] !== now[k]) });
        return;
      }
      if (error instanceof ApiError && error.problem.errors) {
        for (const e of error.problem.errors) {
          const field = e.path.replace(/^body\./, '') as FieldPath<Values>;
          if (field in defaults) form.setError(field, { message: e.message });
        }
      }
      setFormError(error);
    }
  });

  const show = (k: (typeof EDITABLE)[number], c: CourseDetail) => {
    if (k === 'unitId') return c.unit.name;
    if (k === 'track') return t(`courses.tracks.${c.track}`);
    if (k === 'specialtyId') return c.specialty?.name ?? t('courses.fields.noSpecialty');
    return formatDate(c[k]);
  };
  const label = (k: (typeof EDITABLE)[number]) =>
    t(`courses.fields.${k === 'unitId' ? 'unit' : k === 'specialtyId' ? 'specialty' : k}`);
  const err = (k: keyof Values) =>
    errors[k] && t(`courses.errors.${k as 'unitId'}`, { defaultValue: errors[k]?.message });

  if (options.isError) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="course-form">
      <Stack gap="md">
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('courses.conflict.title')}
            // The theme's orange title on the light orange background is below 4.5:1 (axe).
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
            data-testid="conflict"
          >
            <Text size="sm">{t('courses.conflict.body')}</Text>
            {conflict.changed.length === 0 ? (
              <Text size="sm">{t('courses.conflict.none')}</Text>
            ) : (
              <List size="sm" mt="xs">
                {conflict.changed.map((k) => (
                  <List.Item key={k}>
                    {t('courses.conflict.field', { field: label(k), value: show(k, conflict.current) })}
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
              {t('courses.conflict.reload')}
            </Button>
          </Alert>
        )}
        {formError !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            {formError instanceof ApiError && formError.code === 'VALIDATION_FAILED'
              ? t('courses.form.fixErrors')
              : errorMessage(formError, t)}
          </Alert>
        )}
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            {mode === 'create' ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="search"
                  label={t('courses.form.traineeSearch')}
                  description={t('courses.form.traineeHelp')}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  data-testid="trainee-search"
                />
                <Controller
                  control={form.control}
                  name="traineeId"
                  render={({ field }) => (
                    <NativeSelect
                      label={t('courses.form.traineeChoose')}
                      required
                      value={field.value}
                      onChange={(e) => field.onChange(e.currentTarget.value)}
                      data={[
                        {
                          value: '',
                          label:
                            q.length >= 2 && trainees.data?.length === 0
                              ? t('courses.form.traineeNone')
                              : t('courses.form.choose'),
                        },
                        ...(trainees.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
                      ]}
                      error={err('traineeId')}
                      data-testid="trainee-select"
                    />
                  )}
                />
              </SimpleGrid>
            ) : (
              <Text fw={600}>
                {t('courses.fields.trainee')}: {course?.trainee.name}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('courses.fields.unit')}
                required
                {...form.register('unitId')}
                data={[
                  { value: '', label: t('courses.form.choose') },
                  ...units.map((u) => ({ value: u.id, label: u.parent ? `${u.parent} / ${u.name}` : u.name })),
                  // Editing a course whose unit is not (or no longer) one the caller manages: keep it shown.
                  ...(course && !units.some((u) => u.id === course.unit.id)
                    ? [{ value: course.unit.id, label: course.unit.name }]
                    : []),
                ]}
                error={err('unitId')}
                data-testid="course-unit"
              />
              <NativeSelect
                label={t('courses.fields.track')}
                required
                {...form.register('track')}
                data={COURSE_TRACKS.map((k) => ({ value: k, label: t(`courses.tracks.${k}`) }))}
                error={err('track')}
                data-testid="course-track"
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="specialtyId"
              render={({ field }) => (
                <NativeSelect
                  label={t('courses.fields.specialty')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  data={[
                    { value: '', label: t('courses.fields.noSpecialty') },
                    ...(options.data?.specialties ?? []).map((s) => ({ value: s.id, label: s.name })),
                  ]}
                  error={err('specialtyId')}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('courses.fields.startDate')}
                required
                {...form.register('startDate')}
                error={err('startDate')}
                data-testid="course-start"
              />
              <TextInput
                type="date"
                label={t('courses.fields.endDate')}
                required
                {...form.register('endDate')}
                error={err('endDate')}
                data-testid="course-end"
              />
            </SimpleGrid>
            {due && (
              <Text size="sm" aria-live="polite" data-testid="due-preview">
                {t('courses.form.dueComputed', { date: formatDate(due) })}
              </Text>
            )}
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="course-submit">
            {mode === 'create' ? t('courses.form.create') : t('courses.form.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => void navigate(course ? paths.course.getHref(course.id) : paths.courses.getHref())}
          >
            {t('courses.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
