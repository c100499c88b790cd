import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { CompetenceCatalogue } from '@/features/competences/components/catalogue';
import { OfficialApprovalNote } from '@/features/competences/components/official-note';
import { useSession } from '@/lib/auth/use-session';

export function CompetencesRoute() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  usePageTitle(t('competences.catalogue.pageTitle'));
  return (
    <Stack gap="lg" maw={1000} data-testid="competences-page">
      <div>
        <Title order={1}>{t('competences.catalogue.heading')}</Title>
        <Text mt={4}>{t('competences.catalogue.intro')}</Text>
        {can('courses:read') && (
          <Anchor component={Link} to={paths.competenceProgress.getHref()} size="sm">
            {t('competences.catalogue.progressLink')} →
          </Anchor>
        )}
      </div>
      <OfficialApprovalNote />
      <CompetenceCatalogue openValue={open} onOpen={setOpen} />
    </Stack>
  );
}
