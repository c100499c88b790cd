import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CourseDetail } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './action-error';
import { useAddPlacement } from '../api/add-placement';
import { useFormOptions } from '../api/get-form-options';
import { useRemovePlacement } from '../api/remove-placement';
import { coursePeriod } from './format';

/** Placements (hospital departments and practices) of a course; managers add and remove them. */
export function PlacementsSection({ course, manager }: { course: CourseDetail; manager: boolean }) {
  const { t } = useTranslation();
  const options = useFormOptions(manager);
  const add = useAddPlacement();
  const remove = useRemovePlacement();
  const [unitId, setUnitId] = useState('');
  const [startDate, setStart] = useState(course.startDate);
  const [endDate, setEnd] = useState(course.endDate);
  const error = add.error ?? remove.error;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="placements-heading">
      <Title order={2} size="h4" id="placements-heading" mb={4}>
        {t('courses.placements.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('courses.placements.help')}
      </Text>
      {error && <ActionError error={error} />}
      {course.placements.length === 0 ? (
        <Text size="sm">{t('courses.placements.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {course.placements.map((p) => (
            <Group component="li" key={p.id} justify="space-between" gap="xs" wrap="wrap">
              <div>
                <Text fw={500}>{p.unit.name}</Text>
                <Text size="sm" c="dimmed">
                  {coursePeriod(p)}
                </Text>
              </div>
              {manager && (
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  aria-label={t('courses.placements.removeLabel', { name: p.unit.name })}
                  onClick={() => remove.mutate({ id: course.id, placementId: p.id })}
                >
                  {t('courses.placements.remove')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {manager && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!unitId) return;
            add.mutate({ id: course.id, body: { unitId, startDate, endDate } }, { onSuccess: () => setUnitId('') });
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <NativeSelect
              label={t('courses.placements.unit')}
              value={unitId}
              onChange={(e) => setUnitId(e.currentTarget.value)}
              data={[
                { value: '', label: t('courses.placements.choose') },
                ...(options.data?.placementUnits ?? []).map((u) => ({
                  value: u.id,
                  label: u.parent ? `${u.parent} / ${u.name}` : u.name,
                })),
              ]}
            />
            <TextInput
              type="date"
              label={t('courses.fields.startDate')}
              value={startDate}
              onChange={(e) => setStart(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('courses.fields.endDate')}
              value={endDate}
              onChange={(e) => setEnd(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Button type="submit" mt="sm" disabled={!unitId} loading={add.isPending}>
            {t('courses.placements.add')}
          </Button>
        </form>
      )}
    </Paper>
  );
}
