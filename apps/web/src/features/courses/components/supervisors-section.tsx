import { Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { CourseDetail } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './action-error';
import { useAddSupervisor } from '../api/add-supervisor';
import { useSupervisorCandidates } from '../api/get-supervisor-candidates';
import { useRemoveSupervisor } from '../api/remove-supervisor';
import { useSetMainSupervisor } from '../api/set-main-supervisor';

/** The course's supervisors for a manager: add (optionally as hovedvejleder), switch the main one, remove. */
export function SupervisorsSection({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const candidates = useSupervisorCandidates(course.id, true);
  const add = useAddSupervisor();
  const remove = useRemoveSupervisor();
  const main = useSetMainSupervisor();
  const [chosen, setChosen] = useState('');
  const [asMain, setAsMain] = useState(course.supervisors.length === 0);
  const error = add.error ?? remove.error ?? main.error;
  const available = (candidates.data ?? []).filter((p) => !course.supervisors.some((s) => s.id === p.id));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="supervisors-heading">
      <Title order={2} size="h4" id="supervisors-heading" mb="xs">
        {t('courses.supervisors.heading')}
      </Title>
      {error && <ActionError error={error} />}
      {course.supervisors.length === 0 ? (
        <Text size="sm">{t('courses.supervisors.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="supervisor-list">
          {course.supervisors.map((s) => (
            <Group component="li" key={s.id} justify="space-between" gap="xs" wrap="wrap">
              <div>
                <Text fw={500}>
                  {s.name}{' '}
                  {s.isMain && (
                    <Badge color="teal.9" variant="filled" size="sm">
                      {t('courses.supervisors.main')}
                    </Badge>
                  )}
                </Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {s.email}
                </Text>
              </div>
              <Group gap="xs">
                {!s.isMain && (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('courses.supervisors.makeMainLabel', { name: s.name })}
                    loading={main.isPending && main.variables?.supervisorId === s.id}
                    onClick={() => main.mutate({ id: course.id, supervisorId: s.id })}
                  >
                    {t('courses.supervisors.makeMain')}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  aria-label={t('courses.supervisors.removeLabel', { name: s.name })}
                  loading={remove.isPending && remove.variables?.supervisorId === s.id}
                  onClick={() => remove.mutate({ id: course.id, supervisorId: s.id })}
                >
                  {t('courses.supervisors.remove')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return;
          add.mutate(
            { id: course.id, body: { supervisorId: chosen, isMain: asMain } },
            { onSuccess: () => setChosen('') },
          );
        }}
      >
        <Group gap="sm" align="flex-end" mt="md" wrap="wrap">
          <NativeSelect
            label={t('courses.supervisors.addLabel')}
            value={chosen}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={[
              {
                value: '',
                label: available.length === 0 ? t('courses.supervisors.noCandidates') : t('courses.supervisors.choose'),
              },
              ...available.map((p) => ({ value: p.id, label: p.name })),
            ]}
            data-testid="supervisor-select"
            style={{ flex: '1 1 14rem' }}
          />
          <Checkbox
            label={t('courses.supervisors.addAsMain')}
            checked={asMain}
            onChange={(e) => setAsMain(e.currentTarget.checked)}
            mb={8}
          />
          <Button type="submit" disabled={!chosen} loading={add.isPending} data-testid="supervisor-add">
            {t('courses.supervisors.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
