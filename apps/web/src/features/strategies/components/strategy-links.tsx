import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { strategiesQueryOptions } from '../api/get-strategies';
import { ColourBadge, formatPercent } from './attainment';

/**
 * For members of an education council without `strategy:read` (e.g. a UKYL in Uddannelsesrådet),
 * who have no "Strategi" menu item: their council hospital's strategy on the start page. Renders
 * nothing for holders of strategy:read (they have the menu item) or when there is nothing to see.
 */
export function StrategyLinks() {
  const { t } = useTranslation();
  const { can } = useSession();
  const enabled = !can('strategy:read') && can('education-bodies:read');
  const q = useQuery({ ...strategiesQueryOptions(), enabled });
  if (!enabled || !q.data || q.data.items.length === 0) return null;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="strategy-links-heading"
      data-testid="strategy-links"
    >
      <Title order={2} size="h3" id="strategy-links-heading" mb="xs">
        {t('strategies.links.heading')}
      </Title>
      <Text mb="sm">{t('strategies.links.text')}</Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {q.data.items.map((s) => (
          <Group component="li" key={s.id} gap="sm">
            <Anchor component={Link} to={paths.strategy.getHref(s.id)}>
              {s.title}
            </Anchor>
            <Text span fw={700}>
              {formatPercent(s.overall.percent)}
            </Text>
            <ColourBadge colour={s.overall.colour} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
