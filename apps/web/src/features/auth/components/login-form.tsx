import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { loginRequestSchema, type MeResponse } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useAuthTenants } from '../api/get-auth-tenants';
import { useLogin } from '../api/login';

type LoginInput = z.input<typeof loginRequestSchema>;
type LoginValues = z.output<typeof loginRequestSchema>;

const LAST_TENANT_KEY = 'portal.lastTenant';

function rememberTenant(slug: string): void {
  try {
    window.localStorage.setItem(LAST_TENANT_KEY, slug);
  } catch {
    // not remembered; the user picks the region again next time
  }
}

function lastTenant(): string | null {
  try {
    return window.localStorage.getItem(LAST_TENANT_KEY);
  } catch {
    return null;
  }
}

function loginErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'INVALID_CREDENTIALS':
        return t('login.errors.invalidCredentials');
      case 'RATE_LIMITED':
        return error.retryAfterSeconds
          ? t('login.errors.rateLimited', {
              count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)),
            })
          : t('login.errors.rateLimitedSoon');
      case 'VALIDATION_FAILED':
      case 'MALFORMED_REQUEST':
        return t('login.errors.validation');
      case 'CSRF_FAILED':
        return t('login.errors.expired');
      default:
        break;
    }
  }
  return errorMessage(error, t);
}

export function LoginForm({ onSuccess }: { onSuccess: (me: MeResponse) => void }) {
  const { t } = useTranslation();
  const tenants = useAuthTenants();
  const login = useLogin({ onSuccess });
  const form = useForm<LoginInput, unknown, LoginValues>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { tenant: '', email: '', password: '' },
  });
  const { errors } = form.formState;
  const [passwordVisible, setPasswordVisible] = useState(false);

  // Preselect the region when there is only one, or the one used last time in this browser.
  const tenantList = tenants.data;
  useEffect(() => {
    if (!tenantList || form.getValues('tenant')) return;
    const remembered = lastTenant();
    const preselect =
      tenantList.length === 1 ? tenantList[0]?.slug : tenantList.find((tenant) => tenant.slug === remembered)?.slug;
    if (preselect) form.setValue('tenant', preselect);
  }, [tenantList, form]);

  const onSubmit = form.handleSubmit((values) => {
    rememberTenant(values.tenant);
    login.mutate(values, {
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') {
          form.resetField('password');
          form.setFocus('password');
        }
      },
    });
  });

  const emailValue = form.watch('email');
  const regionOptions = tenants.data
    ? [
        ...(tenants.data.length === 1 ? [] : [{ value: '', label: t('login.regionPlaceholder'), disabled: true }]),
        ...tenants.data.map((tenant) => ({ value: tenant.slug, label: tenant.name })),
      ]
    : [{ value: '', label: t('app.loading'), disabled: true }];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('login.heading')}>
      <Stack gap="md">
        {login.isError && (
          <Alert key={login.submittedAt} color="red" variant="light" role="alert" data-testid="login-error">
            <Text size="sm" fw={500} c="red.9">
              {loginErrorMessage(login.error, t)}
            </Text>
          </Alert>
        )}

        {tenants.isError && (
          <QueryError error={tenants.error} title={t('login.tenantsFailed')} onRetry={() => void tenants.refetch()} />
        )}
        {tenants.data?.length === 0 && (
          <Alert color="blue" variant="light" role="status">
            {t('login.noTenants')}
          </Alert>
        )}

        <NativeSelect
          label={t('login.region')}
          data={regionOptions}
          disabled={!tenants.data || tenants.data.length === 0}
          error={errors.tenant && t('login.fields.regionRequired')}
          required
          withAsterisk={false}
          {...form.register('tenant')}
        />
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          error={
            errors.email &&
            (emailValue.trim() === '' ? t('login.fields.emailRequired') : t('login.fields.emailInvalid'))
          }
          required
          withAsterisk={false}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          visible={passwordVisible}
          onVisibilityChange={setPasswordVisible}
          visibilityToggleButtonProps={{
            'aria-label': passwordVisible ? t('login.hidePassword') : t('login.showPassword'),
            'aria-pressed': passwordVisible,
            tabIndex: 0,
          }}
          error={errors.password && t('login.fields.passwordRequired')}
          required
          withAsterisk={false}
          {...form.register('password')}
        />
        <Button type="submit" loading={login.isPending} disabled={!tenants.data?.length} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
