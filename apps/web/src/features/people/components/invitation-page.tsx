import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { acceptInvitationRequestSchema, PASSWORD_MIN_LENGTH } from '@portal/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';

const formSchema = acceptInvitationRequestSchema
  .extend({ repeat: z.string() })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'mismatch' });
type FormValues = z.infer<typeof formSchema>;

/** The public page of an invitation link: the person chooses a password (once). */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { password: '', repeat: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ password }) => accept.mutate({ password }));

  if (invitation.isPending) return <PageLoader />;
  const invalid =
    isApiError(invitation.error, 'NOT_FOUND') ||
    isApiError(invitation.error, 'VALIDATION_FAILED') ||
    isApiError(accept.error, 'NOT_FOUND');

  return (
    <Stack gap="lg" data-testid="invitation-page">
      <Title order={1}>{t('people.invitation.heading')}</Title>
      {invalid && (
        <Alert color="red" variant="light" role="alert" data-testid="invitation-invalid">
          {t('people.invitation.invalid')}
        </Alert>
      )}
      {invitation.isError && !invalid && (
        <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />
      )}
      {accept.isSuccess && (
        <Alert color="teal" variant="light" role="status" data-testid="invitation-done">
          <Stack gap="xs">
            <Text size="sm">{t('people.invitation.done')}</Text>
            <Anchor component={Link} to={paths.login.getHref()}>
              {t('people.invitation.login')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {invitation.data && !accept.isSuccess && !invalid && (
        <>
          <Text>
            {t('people.invitation.intro', {
              name: invitation.data.name,
              tenant: invitation.data.tenantName,
              email: invitation.data.email,
            })}
          </Text>
          <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('people.invitation.heading')}>
            <Stack gap="md">
              {accept.isError && <QueryError error={accept.error} />}
              <input
                type="email"
                name="username"
                autoComplete="username"
                value={invitation.data.email}
                readOnly
                hidden
              />
              <PasswordInput
                label={t('people.invitation.password')}
                description={t('people.invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                error={errors.password && t('people.invitation.tooShort', { min: PASSWORD_MIN_LENGTH })}
                {...form.register('password')}
                data-testid="invitation-password"
              />
              <PasswordInput
                label={t('people.invitation.repeat')}
                autoComplete="new-password"
                required
                error={errors.repeat && t('people.invitation.mismatch')}
                {...form.register('repeat')}
                data-testid="invitation-repeat"
              />
              <Button type="submit" loading={accept.isPending} data-testid="invitation-submit">
                {t('people.invitation.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  );
}
