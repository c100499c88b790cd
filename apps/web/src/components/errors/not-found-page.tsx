import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.pageTitle'));
  return (
    <PublicLayout size="sm">
      <Stack gap="md" align="flex-start" data-testid="not-found-page">
        <Title order={1}>{t('notFound.heading')}</Title>
        <Text>{t('notFound.message')}</Text>
        <Button component={Link} to={paths.home.getHref()}>
          {t('notFound.home')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
