import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** A failed action: the readable message, and the server's explanation of a refused change. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail =
    error instanceof ApiError && (error.status === 400 || error.status === 409)
      ? (error.problem.errors?.[0]?.message ?? error.problem.detail)
      : null;
  return (
    <Alert color="red" variant="light" role="alert" mb="sm">
      <Text size="sm">{errorMessage(error, t)}</Text>
      {detail && <Text size="sm">{detail}</Text>}
    </Alert>
  );
}
