import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { useDefusingOptions } from '@/features/wellbeing/api/get-defusing-options';
import { DefusingForm } from '@/features/wellbeing/components/defusing-form';
import { MyDefusings, MyTalkRequests } from '@/features/wellbeing/components/my-defusings';
import { TalkRequestForm } from '@/features/wellbeing/components/talk-request-form';

/** Defusing after a shift (phone first), and the trainee's own defusings and talk requests. */
export function DefusingRoute() {
  const { t } = useTranslation();
  usePageTitle(t('wellbeing.defusing.pageTitle'));
  const options = useDefusingOptions();
  const ownCourse = options.data?.courses.find((c) => c.own);
  const hasOwn = ownCourse !== undefined;
  return (
    <Stack gap="lg" maw={640} data-testid="defusing-page">
      <div>
        <Title order={1}>{t('wellbeing.defusing.pageTitle')}</Title>
        <Text mt={4}>{t('wellbeing.defusing.intro')}</Text>
      </div>
      {options.isPending && <PageLoader />}
      {options.error && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
      {options.data && options.data.courses.length === 0 && <Text>{t('wellbeing.defusing.noCourse')}</Text>}
      {options.data && options.data.courses.length > 0 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="defusing-form-heading">
          <Title order={2} size="h4" id="defusing-form-heading" mb="sm">
            {t('wellbeing.defusing.formTitle')}
          </Title>
          <DefusingForm options={options.data} />
        </Paper>
      )}
      {hasOwn && (
        <>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-talks-heading">
            <Title order={2} size="h4" id="my-talks-heading" mb="sm">
              {t('wellbeing.mine.talksTitle')}
            </Title>
            <MyTalkRequests />
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="talk-alone-heading">
            <Title order={2} size="h4" id="talk-alone-heading" mb="xs">
              {t('wellbeing.alone.title')}
            </Title>
            <Text size="sm" mb="sm">
              {t('wellbeing.alone.intro')}
            </Text>
            {ownCourse && <TalkRequestForm course={ownCourse} />}
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-defusings-heading">
            <Title order={2} size="h4" id="my-defusings-heading" mb="xs">
              {t('wellbeing.mine.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('wellbeing.mine.privacy')}
            </Text>
            <MyDefusings />
          </Paper>
        </>
      )}
    </Stack>
  );
}
