import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { CaseList } from '@/features/difficulty-cases/components/case-list';
import { ConfidentialNote } from '@/features/difficulty-cases/components/confidential-note';
import { useSession } from '@/lib/auth/use-session';

/** The confidential cases the caller may read. */
export function DifficultyCasesRoute() {
  const { t } = useTranslation();
  const { can } = useSession();
  usePageTitle(t('difficultyCases.list.title'));
  return (
    <Stack gap="lg" maw={900} data-testid="cases-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('difficultyCases.list.title')}</Title>
          <Text mt={4}>{t('difficultyCases.list.intro')}</Text>
        </div>
        {can('difficulty-cases:open') && (
          <Button component={Link} to={paths.difficultyCaseNew.getHref()} color="grape">
            {t('difficultyCases.list.new')}
          </Button>
        )}
      </Group>
      <ConfidentialNote />
      <CaseList />
    </Stack>
  );
}
