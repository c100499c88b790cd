import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorReference } from '@/lib/error-message';

interface QueryErrorProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error from loading data, announced to screen readers, with a way to try again. */
export function QueryError({ error, title, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const reference = errorReference(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.loadTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {reference && (
          <Text size="sm" c="dimmed">
            {t('errors.reference', { id: reference })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
