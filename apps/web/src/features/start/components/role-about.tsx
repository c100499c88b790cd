import { List, Paper, Text, Title } from '@mantine/core';
import type { Role } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

/** What the role does in the portal (from the domain model), in the current language. */
export function RoleAbout({ role }: { role: Role }) {
  const { t } = useTranslation();
  const tasks = t(`start.about.${role}.tasks`, { returnObjects: true });
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="about-heading">
      <Title order={2} size="h3" id="about-heading" mb="sm">
        {t('start.aboutHeading')}
      </Title>
      <Text mb="sm">{t(`start.about.${role}.intro`)}</Text>
      <List spacing="xs">
        {tasks.map((task) => (
          <List.Item key={task}>{task}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
