import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useMyQuestionnaires } from '../api/get-my-questionnaires';
import { formatDay } from './shared';

/**
 * A start-page card with the questionnaires sent to the user that they have not answered yet, each
 * linking to their personal answer page (the same link as in the e-mail). Nothing is shown when
 * there are none.
 */
export function MyQuestionnairesCard() {
  const { t, i18n } = useTranslation();
  const q = useMyQuestionnaires();
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="md" data-testid="my-questionnaires-card">
      <Title order={2} size="h4">
        {t('questionnaires.myCard.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('questionnaires.myCard.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((m) => (
          <List.Item key={m.token}>
            <Anchor component={Link} to={paths.questionnaireAnswer.getHref(m.token)}>
              {t('questionnaires.myCard.answer', {
                title: m.title,
                round: m.roundLabel,
                date: formatDay(m.closesOn, i18n.language),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
