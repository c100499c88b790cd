import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { createActivitySchema, type CreateActivity, type GpDepartmentVisit } from '@portal/contracts';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { usePlanVisit } from '../api/plan-visit';

/**
 * Plans a visit to a linked department: creates an activity of kind DEPARTMENT_VISIT organised by
 * the area, then opens it (participants, report and follow-ups live on the activity).
 */
export function PlanVisitModal({
  areaId,
  row,
  onClose,
}: {
  areaId: string;
  row: GpDepartmentVisit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const plan = usePlanVisit();
  const defaults = (r: GpDepartmentVisit | null): CreateActivity => ({
    kind: 'DEPARTMENT_VISIT',
    title: r ? t('gpVisits.plan.defaultTitle', { department: r.department.name }) : '',
    startsOn: '',
    endsOn: null,
    place: r ? [r.department.name, r.hospital?.name].filter(Boolean).join(', ') : '',
    audience: 'ALL',
    capacity: null,
    description: r
      ? t('gpVisits.plan.defaultDescription', {
          amu: me.user.name,
          lecturers: r.clinicalLecturers ?? t('gpVisits.none'),
        })
      : '',
    departmentId: r?.department.id ?? null,
    hospitalId: areaId,
  });
  const form = useForm<CreateActivity>({
    resolver: zodResolver(createActivitySchema),
    values: defaults(row),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const created = await plan.mutateAsync(values);
      onClose();
      void navigate(paths.activity.getHref(created.id));
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors)
        for (const e of error.problem.errors) {
          const field = e.path.replace(/^body\./, '') as FieldPath<CreateActivity>;
          form.setError(field, { message: e.message });
        }
    }
  });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('gpVisits.close') }}
      opened={row !== null}
      onClose={onClose}
      title={row ? t('gpVisits.plan.title', { department: row.department.name }) : ''}
      size="lg"
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="plan-visit-form">
        <Stack gap="md">
          {plan.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(plan.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('gpVisits.plan.titleField')}
            required
            {...form.register('title')}
            error={errors.title && t('gpVisits.errors.title')}
          />
          <TextInput
            type="date"
            label={t('gpVisits.plan.date')}
            required
            {...form.register('startsOn')}
            error={errors.startsOn && t('gpVisits.errors.date')}
          />
          <TextInput
            label={t('gpVisits.plan.place')}
            {...form.register('place')}
            error={errors.place && t('gpVisits.errors.place')}
          />
          <Textarea
            label={t('gpVisits.plan.participants')}
            description={t('gpVisits.plan.participantsHelp')}
            autosize
            minRows={2}
            {...form.register('description')}
            error={errors.description && t('gpVisits.errors.description')}
          />
          {errors.departmentId && (
            <Alert color="red" variant="light" role="alert">
              {errors.departmentId.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('gpVisits.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('gpVisits.plan.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
