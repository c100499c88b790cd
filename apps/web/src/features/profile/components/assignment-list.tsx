import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { MeResponse, RoleAssignmentView } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { formatDate } from '@/lib/format';
import { assignmentStatus, useAssignmentText } from '@/lib/scope';

const STATUS_COLOR = { inForce: 'teal', notStarted: 'indigo', ended: 'gray' } as const;

/** Current first, then future, then ended; newest first within each. */
function byRelevance(a: RoleAssignmentView, b: RoleAssignmentView): number {
  const rank = { inForce: 0, notStarted: 1, ended: 2 } as const;
  const diff = rank[assignmentStatus(a)] - rank[assignmentStatus(b)];
  return diff !== 0 ? diff : b.validFrom.localeCompare(a.validFrom);
}

/** All the user's role assignments: role, scope path, validity, in force or not. */
export function AssignmentList({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const text = useAssignmentText();
  const assignments = [...me.assignments].sort(byRelevance);

  return (
    <Stack component="section" aria-labelledby="assignments-heading" gap="md">
      <div>
        <Title order={2} size="h3" id="assignments-heading">
          {t('profile.assignmentsHeading')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('profile.assignmentsIntro')}
        </Text>
      </div>
      {assignments.length === 0 ? (
        <Text>{t('profile.none')}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="md"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="assignment-list"
        >
          {assignments.map((a) => {
            const status = assignmentStatus(a);
            const titleId = `assignment-${a.id}`;
            return (
              <Paper
                key={a.id}
                component="li"
                withBorder
                p="md"
                radius="md"
                aria-labelledby={titleId}
                data-testid="assignment"
              >
                <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
                  <Title order={3} size="h4" id={titleId}>
                    {text.roleName(a)}
                  </Title>
                  <Group gap={6}>
                    {a.id === me.activeAssignmentId && (
                      <Badge color="blue" variant="filled">
                        {t('profile.active')}
                      </Badge>
                    )}
                    <Badge color={STATUS_COLOR[status]} variant="filled" data-testid="assignment-status">
                      {t(`scope.${status}`)}
                    </Badge>
                  </Group>
                </Group>
                <Facts>
                  <Fact label={t('profile.scope')}>{text.scopePath(a)}</Fact>
                  <Fact label={t('profile.validFrom')}>{formatDate(a.validFrom)}</Fact>
                  <Fact label={t('profile.validTo')}>{a.validTo ? formatDate(a.validTo) : t('profile.noEnd')}</Fact>
                </Facts>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
