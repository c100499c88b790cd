import { Paper, Title } from '@mantine/core';
import type { MeResponse } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';

export function PersonDetails({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="person-heading">
      <Title order={2} size="h3" id="person-heading" mb="md">
        {t('profile.personHeading')}
      </Title>
      <Facts>
        <Fact label={t('profile.name')}>{me.user.name}</Fact>
        {me.user.title && <Fact label={t('profile.title')}>{me.user.title}</Fact>}
        <Fact label={t('profile.email')}>{me.user.email}</Fact>
        <Fact label={t('profile.region')}>{me.tenant.name}</Fact>
      </Facts>
    </Paper>
  );
}
