import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { createGpDepartmentLinkSchema, type CreateGpDepartmentLink } from '@portal/contracts';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useLinkable } from '../api/get-linkable';
import { useLinkDepartment } from '../api/link-department';

const EMPTY: CreateGpDepartmentLink = { departmentId: '', joinedOn: '', clinicalLecturers: null };

/** Links a hospital department to the area's GP training. */
export function LinkDepartmentForm({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const linkable = useLinkable(areaId, true);
  const link = useLinkDepartment();
  const form = useForm<CreateGpDepartmentLink>({
    resolver: zodResolver(createGpDepartmentLinkSchema),
    defaultValues: EMPTY,
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await link.mutateAsync({ areaId, body });
      form.reset(EMPTY);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors)
        for (const e of error.problem.errors)
          form.setError(e.path.replace(/^body\./, '') as FieldPath<CreateGpDepartmentLink>, { message: e.message });
    }
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="link-heading" className="no-print">
      <Title order={2} size="h4" id="link-heading" mb="xs">
        {t('gpVisits.link.heading')}
      </Title>
      {linkable.isError && <QueryError error={linkable.error} onRetry={() => void linkable.refetch()} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="link-form">
        <Stack gap="sm">
          {link.isError && !(link.error instanceof ApiError && link.error.code === 'VALIDATION_FAILED') && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(link.error, t)}
            </Alert>
          )}
          <NativeSelect
            label={t('gpVisits.link.department')}
            required
            {...form.register('departmentId')}
            data={[
              { value: '', label: t('gpVisits.link.choose') },
              ...(linkable.data?.items ?? []).map((d) => ({
                value: d.id,
                label: d.hospital ? `${d.name} (${d.hospital.name})` : d.name,
              })),
            ]}
            error={errors.departmentId && (errors.departmentId.message ?? t('gpVisits.errors.department'))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('gpVisits.link.joinedOn')}
              required
              {...form.register('joinedOn')}
              error={errors.joinedOn && t('gpVisits.errors.joinedOn')}
            />
            <Controller
              control={form.control}
              name="clinicalLecturers"
              render={({ field }) => (
                <TextInput
                  label={t('gpVisits.link.lecturers')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={errors.clinicalLecturers && t('gpVisits.errors.lecturers')}
                />
              )}
            />
          </SimpleGrid>
          <div>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('gpVisits.link.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
