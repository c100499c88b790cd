import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { createCmeLeaderCourseSchema, type CmeLeaderCourse, type CreateCmeLeaderCourse } from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { useCreateLeaderCourse } from '../api/create-leader-course';
import { useGps } from '../api/get-gps';
import { useLeaderCourses } from '../api/get-leader-courses';
import { useUpdateLeaderCourse } from '../api/update-leader-course';
import { applyFieldErrors, formatDate, ServerError, todayIso } from './shared';

function CourseForm({ course, onDone }: { course: CmeLeaderCourse | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateLeaderCourse();
  const update = useUpdateLeaderCourse();
  const gps = useGps({});
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CreateCmeLeaderCourse>({
    resolver: zodResolver(createCmeLeaderCourseSchema),
    defaultValues: course
      ? {
          heldOn: course.heldOn,
          title: course.title,
          place: course.place,
          attendeeIds: course.attendees.map((a) => a.id),
        }
      : { heldOn: todayIso(), title: t('cmeGroups.leaders.defaultTitle'), place: null, attendeeIds: [] },
  });
  const { errors } = form.formState;
  const options = [
    ...(course?.attendees ?? []).map((a) => ({ value: a.id, label: a.name })),
    ...(gps.data?.items ?? [])
      .filter((g) => !course?.attendees.some((a) => a.id === g.id))
      .map((g) => ({ value: g.id, label: g.name })),
  ];
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      if (course) await update.mutateAsync({ id: course.id, body: { ...v, version: course.version } });
      else await create.mutateAsync(v);
      onDone();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="leader-course-form">
      <Stack gap="sm">
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
            label={t('cmeGroups.fields.title')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          <TextInput
            label={t('cmeGroups.fields.place')}
            error={errors.place?.message}
            {...form.register('place', { setValueAs: (v: string | null) => (v ? v : null) })}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="attendeeIds"
          render={({ field }) => (
            <MultiSelect
              label={t('cmeGroups.leaders.attendees')}
              searchable
              data={options}
              value={field.value}
              onChange={field.onChange}
              nothingFoundMessage={t('cmeGroups.nothingFound')}
            />
          )}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('cmeGroups.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cmeGroups.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The group leaders' annual course: courses with attendance; current leaders who did not attend this year's. */
export function LeaderCourses() {
  const { t, i18n } = useTranslation();
  const q = useLeaderCourses(null);
  const [editing, setEditing] = useState<CmeLeaderCourse | 'new' | null>(null);
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  const missing = d.leaders.filter((l) => !l.attended);
  const lang = i18n.language;
  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="missing-heading">
        <Title order={2} id="missing-heading">
          {t('cmeGroups.leaders.missingTitle', { year: d.year, count: missing.length })}
        </Title>
        {missing.length === 0 ? (
          <Text>{t('cmeGroups.leaders.missingNone')}</Text>
        ) : (
          <ResponsiveTable
            caption={t('cmeGroups.leaders.missingCaption', { year: d.year })}
            testId="leaders-missing"
            rows={missing}
            columns={[
              { key: 'gp', label: t('cmeGroups.fields.leader'), value: (l) => l.gp.name },
              { key: 'groups', label: t('cmeGroups.leaders.groups'), value: (l) => l.groups.join(', ') },
            ]}
          />
        )}
        <Text size="sm">
          {t('cmeGroups.leaders.attendedCount', {
            attended: d.leaders.length - missing.length,
            total: d.leaders.length,
          })}
        </Text>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="courses-heading">
        <Group justify="space-between">
          <Title order={2} id="courses-heading">
            {t('cmeGroups.leaders.coursesTitle')}
          </Title>
          <Button onClick={() => setEditing('new')}>{t('cmeGroups.leaders.new')}</Button>
        </Group>
        {editing && (
          <Paper withBorder p="md" radius="md">
            <CourseForm
              key={editing === 'new' ? 'new' : editing.id}
              course={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          </Paper>
        )}
        <ResponsiveTable
          caption={t('cmeGroups.leaders.coursesCaption')}
          testId="leader-courses"
          rows={d.items}
          columns={[
            { key: 'year', label: t('cmeGroups.fields.year'), value: (c) => c.year },
            { key: 'date', label: t('cmeGroups.fields.heldOn'), value: (c) => formatDate(c.heldOn, lang) },
            {
              key: 'title',
              label: t('cmeGroups.fields.title'),
              value: (c) => `${c.title}${c.place ? `, ${c.place}` : ''}`,
            },
            {
              key: 'attendees',
              label: t('cmeGroups.leaders.attendees'),
              value: (c) => c.attendees.map((a) => a.name).join(', ') || '–',
            },
            {
              key: 'edit',
              label: t('cmeGroups.edit'),
              value: (c) => (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setEditing(c)}
                  aria-label={t('cmeGroups.leaders.editAria', { year: c.year })}
                >
                  {t('cmeGroups.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Stack>
    </Stack>
  );
}
