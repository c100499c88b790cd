import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useCases } from '../api/get-cases';

/**
 * A start-page card with the confidential cases the user may read (a trainee: their own; an added
 * reader: those they were added to). Nothing at all is shown when there are none.
 */
export function MyCasesCard() {
  const { t } = useTranslation();
  const q = useCases();
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="md" data-testid="my-cases-card">
      <Title order={2} size="h4">
        {t('difficultyCases.card.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('difficultyCases.card.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((c) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={paths.difficultyCase.getHref(c.id)}>
              {t('difficultyCases.list.caseOf', { name: c.trainee.name })} ({t(`difficultyCases.states.${c.state}`)})
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
