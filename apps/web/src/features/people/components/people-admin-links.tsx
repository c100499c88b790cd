import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';

/** Links to the people and role screens, for the start pages (shown by permission). */
export function PeopleAdminLinks() {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('people:read')) return null;
  const links = [
    { to: paths.people.getHref(), label: t('people.links.people'), hint: t('people.links.peopleHint'), id: 'people' },
    ...(can('people:manage')
      ? [
          {
            to: paths.personNew.getHref(),
            label: t('people.links.newPerson'),
            hint: t('people.links.newPersonHint'),
            id: 'new',
          },
        ]
      : []),
    {
      to: paths.roleAssignments.getHref(),
      label: t('people.links.roles'),
      hint: t('people.links.rolesHint'),
      id: 'roles',
    },
    { to: paths.coverageGaps.getHref(), label: t('people.links.gaps'), hint: t('people.links.gapsHint'), id: 'gaps' },
  ];
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="people-links-heading"
    >
      <Title order={2} size="h3" id="people-links-heading" mb="md">
        {t('people.links.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {links.map((l) => (
          <li key={l.id}>
            <Stack gap={2}>
              <Anchor component={Link} to={l.to} fw={600} data-testid={`people-link-${l.id}`}>
                {l.label}
              </Anchor>
              <Text size="sm" c="dimmed">
                {l.hint}
              </Text>
            </Stack>
          </li>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
