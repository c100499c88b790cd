import { Alert, Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import type { Activity } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { activityQueryOptions } from '../api/get-activity';
import { useUpdateReport } from '../api/update-report';

/** The short report of a department visit; a 409 shows the report someone else saved. */
export function VisitReport({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(activity.report ?? '');
  const [version, setVersion] = useState(activity.version);
  const [saved, setSaved] = useState(false);
  const [theirs, setTheirs] = useState<Activity | null>(null);
  const update = useUpdateReport();

  const save = async () => {
    setSaved(false);
    try {
      const a = await update.mutateAsync({ id: activity.id, body: { report: text, version } });
      setVersion(a.version);
      setTheirs(null);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        setTheirs(await queryClient.fetchQuery({ ...activityQueryOptions(activity.id), staleTime: 0 }));
      }
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="report-heading"
      data-testid="visit-report"
    >
      <Title order={2} size="h4" id="report-heading" mb="xs">
        {t('activities.report.heading')}
      </Title>
      <Stack gap="sm">
        {theirs && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('activities.conflict.title')}
            data-testid="report-conflict"
          >
            <Stack gap="xs">
              <span>{t('activities.conflict.body')}</span>
              <span>
                {t('activities.conflict.field', {
                  field: t('activities.report.heading'),
                  value: theirs.report ?? t('activities.conflict.empty'),
                })}
              </span>
              <div>
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => {
                    setText(theirs.report ?? '');
                    setVersion(theirs.version);
                    setTheirs(null);
                  }}
                >
                  {t('activities.conflict.reload')}
                </Button>
              </div>
            </Stack>
          </Alert>
        )}
        <Textarea
          label={t('activities.report.label')}
          autosize
          minRows={4}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={
            update.error instanceof ApiError && update.error.code === 'VALIDATION_FAILED'
              ? t('activities.errors.report')
              : undefined
          }
        />
        <div role="status" aria-live="polite">
          {saved && (
            <Alert color="green" variant="light">
              {t('activities.report.saved')}
            </Alert>
          )}
        </div>
        {update.isError &&
          !(update.error instanceof ApiError && ['CONFLICT', 'VALIDATION_FAILED'].includes(update.error.code)) && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(update.error, t)}
            </Alert>
          )}
        <div>
          <Button onClick={() => void save()} loading={update.isPending}>
            {t('activities.report.save')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
