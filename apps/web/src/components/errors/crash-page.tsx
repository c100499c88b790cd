import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '@/components/layouts/public-layout';
import { usePageTitle } from '@/components/ui/page-title';
import { errorReference } from '@/lib/error-message';

/** Shown when rendering failed: a readable message instead of a blank page. */
export function CrashPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('crash.pageTitle'));
  const reference = errorReference(error);
  return (
    <PublicLayout size="sm">
      <Stack gap="md" role="alert" data-testid="crash-page">
        <Title order={1}>{t('crash.heading')}</Title>
        <Text>{t('crash.message')}</Text>
        {reference && <Text c="dimmed">{t('errors.reference', { id: reference })}</Text>}
        <Group>
          <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
          {/* A full page load: the app may be in a broken state. */}
          <Button component="a" href="/" variant="outline">
            {t('crash.home')}
          </Button>
        </Group>
      </Stack>
    </PublicLayout>
  );
}
