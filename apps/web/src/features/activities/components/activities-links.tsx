import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Links to the activities screens, for the education centre's start page (placed by the start page). */
export function ActivitiesLinks() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="activities-links-heading"
      data-testid="activities-links"
    >
      <Title order={2} size="h3" id="activities-links-heading" mb="xs">
        {t('activities.links.heading')}
      </Title>
      <Text mb="md">{t('activities.links.text')}</Text>
      <Group gap="sm">
        <Button component={Link} to={paths.activities.getHref()}>
          {t('activities.links.list')}
        </Button>
        <Button component={Link} to={paths.activityNew.getHref()} variant="light">
          {t('activities.links.new')}
        </Button>
        <Button component={Link} to={paths.activityStats.getHref()} variant="light">
          {t('activities.links.stats')}
        </Button>
      </Group>
    </Paper>
  );
}
