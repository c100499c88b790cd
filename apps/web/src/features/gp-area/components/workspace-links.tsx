import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Link cards to the other pages of the AMU's workspace. */
export function WorkspaceLinks({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const links = [
    { key: 'tutors', href: paths.gpAreaTutors.getHref(areaId) },
    { key: 'visits', href: paths.gpAreaVisits.getHref(areaId) },
    { key: 'evaluations', href: paths.gpAreaEvaluations.getHref(areaId) },
    { key: 'activities', href: paths.activities.getHref() },
  ] as const;
  return (
    <section aria-labelledby="gp-links-heading" data-testid="gp-links">
      <Title order={2} size="h3" id="gp-links-heading" mb="sm">
        {t('gpArea.links.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {links.map((l) => (
          <Card key={l.key} withBorder padding="md">
            <Anchor component={Link} to={l.href} fw={600}>
              {t(`gpArea.links.${l.key}.title`)}
            </Anchor>
            <Text size="sm" mt={4}>
              {t(`gpArea.links.${l.key}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
