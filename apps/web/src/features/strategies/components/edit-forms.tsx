import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  COMPUTED_INDICATOR_KEYS,
  createIndicatorSchema,
  createIndicatorValueSchema,
  createInitiativeSchema,
  createStatusUpdateSchema,
  createStrategySchema,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_VALUE_TYPES,
  INITIATIVE_APPLIES_PER,
  INITIATIVE_STATE_SOURCES,
  INITIATIVE_STATES,
  strategyThemeInputSchema,
  todayInDenmark,
  type CreateIndicator,
  type CreateIndicatorValue,
  type CreateInitiative,
  type CreateStatusUpdate,
  type CreateStrategy,
  type IndicatorView,
  type InitiativeView,
  type StrategyDashboard,
  type StrategyThemeInput,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useAddIndicatorValue } from '../api/add-indicator-value';
import { useAddStatusUpdate } from '../api/add-status-update';
import { useCreateIndicator } from '../api/create-indicator';
import { useCreateInitiative } from '../api/create-initiative';
import { useCreateStrategy } from '../api/create-strategy';
import { useCreateTheme } from '../api/create-theme';
import { useUpdateStrategy } from '../api/update-strategy';
import { useUpdateIndicator } from '../api/update-indicator';
import { useUpdateInitiative } from '../api/update-initiative';
import { useUpdateTheme } from '../api/update-theme';
import { strategyKeys } from '../api/keys';

type Dash = StrategyDashboard;

/** Field errors from the API next to their fields; anything else as a message above the form. */
function useServerErrors<V extends FieldValues>(form: UseFormReturn<V>) {
  const [error, setError] = useState<unknown>(null);
  const show = (e: unknown) => {
    if (e instanceof ApiError && e.problem.errors) {
      for (const fe of e.problem.errors) {
        const field = fe.path.replace(/^body\./, '') as Path<V>;
        form.setError(field, { message: fe.message });
      }
    }
    setError(e);
  };
  return { error, setError, show };
}

function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error || (error instanceof ApiError && error.code === 'CONFLICT')) return null;
  const fieldErrors = error instanceof ApiError && error.code === 'VALIDATION_FAILED';
  return (
    <Alert color="red" variant="light" role="alert" title={t('strategies.edit.errorTitle')}>
      {fieldErrors ? t('strategies.edit.fieldErrors') : errorMessage(error, t)}
    </Alert>
  );
}

/** A 409: someone else saved first. Lists what changed and offers to load their version. */
function ConflictAlert({ changed, onReload }: { changed: string[]; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('strategies.edit.conflictTitle')}
      data-testid="conflict"
    >
      <Text size="sm">{t('strategies.edit.conflictBody')}</Text>
      {changed.length > 0 ? (
        <List size="sm" mt="xs">
          {changed.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('strategies.edit.conflictNone')}</Text>
      )}
      <Button mt="sm" size="xs" variant="outline" onClick={onReload}>
        {t('strategies.edit.conflictReload')}
      </Button>
    </Alert>
  );
}

function FormModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('strategies.edit.closeDialog') }}
    >
      {children}
    </Modal>
  );
}

function Actions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('strategies.edit.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {t('strategies.edit.save')}
      </Button>
    </Group>
  );
}

// --- status update --------------------------------------------------------------------------

export function StatusUpdateForm({
  dash,
  initiative,
  opened,
  onClose,
}: {
  dash: Dash;
  initiative: InitiativeView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const perDept = initiative.appliesPer === 'DEPARTMENT';
  const defaults: CreateStatusUpdate = {
    departmentId: perDept ? (dash.departments[0]?.id ?? null) : null,
    asOf: todayInDenmark(),
    periodLabel: '',
    state: 'ACHIEVED',
    text: '',
  };
  const form = useForm<CreateStatusUpdate>({
    resolver: zodResolver(createStatusUpdateSchema) as Resolver<CreateStatusUpdate>,
    defaultValues: defaults,
  });
  const errors = useServerErrors(form);
  const add = useAddStatusUpdate();
  const close = () => {
    form.reset(defaults);
    errors.setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (body) => {
    errors.setError(null);
    try {
      await add.mutateAsync({ strategyId: dash.strategy.id, initiativeId: initiative.id, body });
      close();
    } catch (e) {
      errors.show(e);
    }
  });
  const fe = form.formState.errors;
  return (
    <FormModal opened={opened} onClose={close} title={t('strategies.edit.status.heading')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="status-form">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {initiative.title}
          </Text>
          <FormError error={errors.error} />
          {perDept && (
            <NativeSelect
              label={t('strategies.edit.status.department')}
              data={dash.departments.map((d) => ({ value: d.id, label: d.name }))}
              error={fe.departmentId?.message}
              {...form.register('departmentId')}
            />
          )}
          <NativeSelect
            label={t('strategies.edit.status.state')}
            data={INITIATIVE_STATES.map((s) => ({ value: s, label: t(`strategies.states.${s}`) }))}
            error={fe.state?.message}
            {...form.register('state')}
          />
          <TextInput
            type="date"
            label={t('strategies.edit.status.asOf')}
            error={fe.asOf?.message}
            {...form.register('asOf')}
          />
          <TextInput
            label={t('strategies.edit.status.periodLabel')}
            description={t('strategies.edit.status.periodLabelHelp')}
            error={fe.periodLabel?.message}
            {...form.register('periodLabel')}
          />
          <Textarea
            label={t('strategies.edit.status.text')}
            autosize
            minRows={3}
            error={fe.text?.message}
            {...form.register('text')}
          />
          <Actions busy={form.formState.isSubmitting} onCancel={close} />
        </Stack>
      </form>
    </FormModal>
  );
}

// --- manual indicator value -----------------------------------------------------------------

export function IndicatorValueForm({
  dash,
  initiative,
  indicator,
  opened,
  onClose,
}: {
  dash: Dash;
  initiative: InitiativeView;
  indicator: IndicatorView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const bool = indicator.valueType === 'BOOLEAN';
  const defaults: CreateIndicatorValue = {
    departmentId: null,
    measuredOn: todayInDenmark(),
    value: bool ? 1 : 0,
    note: '',
  };
  const form = useForm<CreateIndicatorValue>({
    resolver: zodResolver(createIndicatorValueSchema) as Resolver<CreateIndicatorValue>,
    defaultValues: defaults,
  });
  const errors = useServerErrors(form);
  const add = useAddIndicatorValue();
  const close = () => {
    form.reset(defaults);
    errors.setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (body) => {
    errors.setError(null);
    try {
      await add.mutateAsync({ strategyId: dash.strategy.id, indicatorId: indicator.id, body });
      close();
    } catch (e) {
      errors.show(e);
    }
  });
  const fe = form.formState.errors;
  return (
    <FormModal opened={opened} onClose={close} title={t('strategies.edit.value.heading')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="value-form">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {indicator.title}
          </Text>
          <FormError error={errors.error} />
          {initiative.appliesPer === 'DEPARTMENT' && (
            <Controller
              control={form.control}
              name="departmentId"
              render={({ field }) => (
                <NativeSelect
                  label={t('strategies.edit.value.department')}
                  data={[
                    { value: '', label: t('strategies.edit.value.wholeScope') },
                    ...dash.departments.map((d) => ({ value: d.id, label: d.name })),
                  ]}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={fe.departmentId?.message}
                />
              )}
            />
          )}
          <TextInput
            type="date"
            label={t('strategies.edit.value.measuredOn')}
            error={fe.measuredOn?.message}
            {...form.register('measuredOn')}
          />
          <Controller
            control={form.control}
            name="value"
            render={({ field }) =>
              bool ? (
                <NativeSelect
                  label={t('strategies.edit.value.value')}
                  data={[
                    { value: '1', label: t('strategies.indicators.yes') },
                    { value: '0', label: t('strategies.indicators.no') },
                  ]}
                  value={String(field.value)}
                  onChange={(e) => field.onChange(Number(e.currentTarget.value))}
                  error={fe.value?.message}
                />
              ) : (
                <NumberInput
                  label={t('strategies.edit.value.value')}
                  decimalSeparator=","
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                  error={fe.value?.message}
                />
              )
            }
          />
          <TextInput label={t('strategies.edit.value.note')} error={fe.note?.message} {...form.register('note')} />
          <Actions busy={form.formState.isSubmitting} onCancel={close} />
        </Stack>
      </form>
    </FormModal>
  );
}

// --- structure: theme -----------------------------------------------------------------------

export function ThemeForm({
  dash,
  theme,
  opened,
  onClose,
}: {
  dash: Dash;
  theme: Dash['themes'][number] | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const defaults: StrategyThemeInput = theme
    ? { title: theme.title, description: theme.description, sortOrder: theme.sortOrder }
    : { title: '', description: '', sortOrder: dash.themes.length };
  const form = useForm<StrategyThemeInput>({
    resolver: zodResolver(strategyThemeInputSchema) as Resolver<StrategyThemeInput>,
    defaultValues: defaults,
  });
  useEffect(() => {
    if (opened) form.reset(defaults);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = useServerErrors(form);
  const create = useCreateTheme();
  const update = useUpdateTheme();
  const submit = form.handleSubmit(async (body) => {
    errors.setError(null);
    try {
      if (theme)
        await update.mutateAsync({
          strategyId: dash.strategy.id,
          themeId: theme.id,
          body: { ...body, version: theme.version },
        });
      else await create.mutateAsync({ strategyId: dash.strategy.id, body });
      onClose();
    } catch (e) {
      errors.show(e);
    }
  });
  const fe = form.formState.errors;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={theme ? t('strategies.edit.theme.editHeading') : t('strategies.edit.theme.addHeading')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="theme-form">
        <Stack gap="sm">
          <FormError error={errors.error} />
          <TextInput label={t('strategies.edit.theme.title')} error={fe.title?.message} {...form.register('title')} />
          <Textarea
            label={t('strategies.edit.theme.description')}
            autosize
            minRows={2}
            error={fe.description?.message}
            {...form.register('description')}
          />
          <SortOrder form={form} />
          <Actions busy={form.formState.isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </FormModal>
  );
}

function SortOrder<V extends { sortOrder: number }>({ form }: { form: UseFormReturn<V> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name={'sortOrder' as Path<V>}
      render={({ field, fieldState }) => (
        <NumberInput
          label={t('strategies.edit.sortOrder')}
          min={0}
          allowDecimal={false}
          value={field.value as number}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

// --- structure: initiative ------------------------------------------------------------------

type InitiativeValues = CreateInitiative;
const initiativeValues = (i: InitiativeView): InitiativeValues => ({
  themeId: i.themeId,
  title: i.title,
  description: i.description,
  ownerText: i.ownerText,
  deadline: i.deadline,
  appliesPer: i.appliesPer,
  stateSource: i.stateSource,
  sortOrder: i.sortOrder,
});

export function InitiativeForm({
  dash,
  initiative,
  themeId,
  opened,
  onClose,
}: {
  dash: Dash;
  initiative: InitiativeView | null;
  themeId: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(initiative);
  const [conflict, setConflict] = useState(false);
  const defaults: InitiativeValues = base
    ? initiativeValues(base)
    : {
        themeId: themeId ?? dash.themes[0]?.id ?? '',
        title: '',
        description: '',
        ownerText: '',
        deadline: null,
        appliesPer: 'STRATEGY',
        stateSource: 'STATUS',
        sortOrder: dash.initiatives.filter((i) => i.themeId === themeId).length,
      };
  const form = useForm<InitiativeValues>({
    resolver: zodResolver(createInitiativeSchema) as Resolver<InitiativeValues>,
    defaultValues: defaults,
  });
  useEffect(() => {
    if (opened) {
      setBase(initiative);
      setConflict(false);
      form.reset(initiative ? initiativeValues(initiative) : defaults);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = useServerErrors(form);
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  const submit = form.handleSubmit(async (values) => {
    errors.setError(null);
    try {
      if (base)
        await update.mutateAsync({
          strategyId: dash.strategy.id,
          initiativeId: base.id,
          body: { ...values, version: base.version },
        });
      else await create.mutateAsync({ strategyId: dash.strategy.id, body: values });
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setConflict(true);
        // Fetch what is current, so the alert can say what changed.
        await queryClient.invalidateQueries({ queryKey: strategyKeys.all });
      }
      errors.show(e);
    }
  });
  // The current record (the dashboard is refetched after a 409) against the one that was edited.
  const current = initiative;
  const labels: Record<keyof InitiativeValues, string> = {
    themeId: t('strategies.edit.initiative.theme'),
    title: t('strategies.edit.initiative.title'),
    description: t('strategies.edit.initiative.description'),
    ownerText: t('strategies.edit.initiative.owner'),
    deadline: t('strategies.edit.initiative.deadline'),
    appliesPer: t('strategies.edit.initiative.appliesPer'),
    stateSource: t('strategies.edit.initiative.stateSource'),
    sortOrder: t('strategies.edit.sortOrder'),
  };
  const changed =
    conflict && base && current
      ? (Object.keys(labels) as (keyof InitiativeValues)[])
          .filter((k) => initiativeValues(base)[k] !== initiativeValues(current)[k])
          .map((k) => `${labels[k]}: ${String(initiativeValues(current)[k] ?? '—')}`)
      : [];
  const fe = form.formState.errors;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={initiative ? t('strategies.edit.initiative.editHeading') : t('strategies.edit.initiative.addHeading')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="initiative-form">
        <Stack gap="sm">
          {conflict && current && (
            <ConflictAlert
              changed={changed}
              onReload={() => {
                setBase(current);
                setConflict(false);
                errors.setError(null);
                form.reset(initiativeValues(current));
              }}
            />
          )}
          <FormError error={errors.error} />
          <NativeSelect
            label={labels.themeId}
            data={dash.themes.map((th) => ({ value: th.id, label: th.title }))}
            error={fe.themeId?.message}
            {...form.register('themeId')}
          />
          <Textarea label={labels.title} autosize minRows={2} error={fe.title?.message} {...form.register('title')} />
          <Textarea
            label={labels.description}
            autosize
            minRows={2}
            error={fe.description?.message}
            {...form.register('description')}
          />
          <TextInput
            label={labels.ownerText}
            description={t('strategies.edit.initiative.ownerHelp')}
            error={fe.ownerText?.message}
            {...form.register('ownerText')}
          />
          <Controller
            control={form.control}
            name="deadline"
            render={({ field }) => (
              <TextInput
                type="date"
                label={labels.deadline}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value || null)}
                error={fe.deadline?.message}
              />
            )}
          />
          <NativeSelect
            label={labels.appliesPer}
            data={INITIATIVE_APPLIES_PER.map((v) => ({ value: v, label: t(`strategies.appliesPer.${v}`) }))}
            error={fe.appliesPer?.message}
            {...form.register('appliesPer')}
          />
          <NativeSelect
            label={labels.stateSource}
            data={INITIATIVE_STATE_SOURCES.map((v) => ({ value: v, label: t(`strategies.stateSource.${v}`) }))}
            error={fe.stateSource?.message}
            {...form.register('stateSource')}
          />
          <SortOrder form={form} />
          <Actions busy={form.formState.isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </FormModal>
  );
}

// --- structure: indicator -------------------------------------------------------------------

type IndicatorValues = CreateIndicator;
const indicatorValues = (i: IndicatorView): IndicatorValues => ({
  title: i.title,
  kind: i.kind,
  computedKey: i.computedKey,
  valueType: i.valueType,
  target: i.target,
  direction: i.direction,
  sortOrder: i.sortOrder,
});

export function IndicatorForm({
  dash,
  initiative,
  indicator,
  opened,
  onClose,
}: {
  dash: Dash;
  initiative: InitiativeView;
  indicator: IndicatorView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(indicator);
  const [conflict, setConflict] = useState(false);
  const blank: IndicatorValues = {
    title: '',
    kind: 'MANUAL',
    computedKey: null,
    valueType: 'NUMBER',
    target: null,
    direction: 'AT_LEAST',
    sortOrder: initiative.indicators.length,
  };
  const form = useForm<IndicatorValues>({
    resolver: zodResolver(createIndicatorSchema) as Resolver<IndicatorValues>,
    defaultValues: indicator ? indicatorValues(indicator) : blank,
  });
  useEffect(() => {
    if (opened) {
      setBase(indicator);
      setConflict(false);
      form.reset(indicator ? indicatorValues(indicator) : blank);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = useServerErrors(form);
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const kind = form.watch('kind');
  const submit = form.handleSubmit(async (values) => {
    errors.setError(null);
    try {
      if (base)
        await update.mutateAsync({
          strategyId: dash.strategy.id,
          indicatorId: base.id,
          body: { ...values, version: base.version },
        });
      else await create.mutateAsync({ strategyId: dash.strategy.id, initiativeId: initiative.id, body: values });
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setConflict(true);
        // Fetch what is current, so the alert can say what changed.
        await queryClient.invalidateQueries({ queryKey: strategyKeys.all });
      }
      errors.show(e);
    }
  });
  const current = indicator;
  const labels: Record<keyof IndicatorValues, string> = {
    title: t('strategies.edit.indicator.title'),
    kind: t('strategies.edit.indicator.kind'),
    computedKey: t('strategies.edit.indicator.computedKey'),
    valueType: t('strategies.edit.indicator.valueType'),
    target: t('strategies.edit.indicator.target'),
    direction: t('strategies.edit.indicator.direction'),
    sortOrder: t('strategies.edit.sortOrder'),
  };
  const changed =
    conflict && base && current
      ? (Object.keys(labels) as (keyof IndicatorValues)[])
          .filter((k) => indicatorValues(base)[k] !== indicatorValues(current)[k])
          .map((k) => `${labels[k]}: ${String(indicatorValues(current)[k] ?? '—')}`)
      : [];
  const fe = form.formState.errors;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={indicator ? t('strategies.edit.indicator.editHeading') : t('strategies.edit.indicator.addHeading')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="indicator-form">
        <Stack gap="sm">
          {conflict && current && (
            <ConflictAlert
              changed={changed}
              onReload={() => {
                setBase(current);
                setConflict(false);
                errors.setError(null);
                form.reset(indicatorValues(current));
              }}
            />
          )}
          <FormError error={errors.error} />
          <TextInput
            label={t('strategies.edit.indicator.title')}
            error={fe.title?.message}
            {...form.register('title')}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <NativeSelect
                label={t('strategies.edit.indicator.kind')}
                data={INDICATOR_KINDS.map((v) => ({ value: v, label: t(`strategies.indicators.kinds.${v}`) }))}
                value={field.value}
                onChange={(e) => {
                  const v = e.currentTarget.value as IndicatorValues['kind'];
                  field.onChange(v);
                  form.setValue('computedKey', v === 'COMPUTED' ? COMPUTED_INDICATOR_KEYS[0] : null);
                }}
                error={fe.kind?.message}
              />
            )}
          />
          {kind === 'COMPUTED' && (
            <Controller
              control={form.control}
              name="computedKey"
              render={({ field }) => (
                <NativeSelect
                  label={t('strategies.edit.indicator.computedKey')}
                  data={COMPUTED_INDICATOR_KEYS.map((k) => ({ value: k, label: t(`strategies.indicators.keys.${k}`) }))}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={fe.computedKey?.message}
                />
              )}
            />
          )}
          <NativeSelect
            label={t('strategies.edit.indicator.valueType')}
            data={INDICATOR_VALUE_TYPES.map((v) => ({ value: v, label: t(`strategies.indicators.valueTypes.${v}`) }))}
            error={fe.valueType?.message}
            {...form.register('valueType')}
          />
          <Controller
            control={form.control}
            name="target"
            render={({ field }) => (
              <NumberInput
                label={t('strategies.edit.indicator.target')}
                description={t('strategies.edit.indicator.targetHelp')}
                decimalSeparator=","
                value={field.value ?? ''}
                onChange={(v) => field.onChange(v === '' ? null : Number(v))}
                error={fe.target?.message}
              />
            )}
          />
          <NativeSelect
            label={t('strategies.edit.indicator.direction')}
            data={INDICATOR_DIRECTIONS.map((v) => ({ value: v, label: t(`strategies.indicators.directions.${v}`) }))}
            error={fe.direction?.message}
            {...form.register('direction')}
          />
          <SortOrder form={form} />
          <Actions busy={form.formState.isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </FormModal>
  );
}

// --- the strategy itself --------------------------------------------------------------------

type StrategyValues = Omit<CreateStrategy, 'unitId'> & { unitId: string | null };
const strategyValues = (d: Dash): StrategyValues => ({
  title: d.strategy.title,
  description: d.strategy.description,
  unitId: d.strategy.unit?.id ?? null,
  periodStart: d.strategy.periodStart,
  periodEnd: d.strategy.periodEnd,
  greenThreshold: d.strategy.greenThreshold,
  amberThreshold: d.strategy.amberThreshold,
});

/**
 * Create a strategy (`dash` null: choose the hospital, or the region when allowed) or edit title,
 * period and thresholds of one (a stale version answers 409 and shows what changed).
 */
export function StrategyForm({
  dash,
  hospitals,
  region,
  opened,
  onClose,
  onCreated,
}: {
  dash: Dash | null;
  hospitals: { id: string; name: string }[];
  region: boolean;
  opened: boolean;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(dash);
  const [conflict, setConflict] = useState(false);
  const blank: StrategyValues = {
    title: '',
    description: '',
    unitId: hospitals[0]?.id ?? null,
    periodStart: todayInDenmark(),
    periodEnd: todayInDenmark(),
    greenThreshold: 90,
    amberThreshold: 75,
  };
  const form = useForm<StrategyValues>({
    resolver: zodResolver(createStrategySchema) as Resolver<StrategyValues>,
    defaultValues: dash ? strategyValues(dash) : blank,
  });
  useEffect(() => {
    if (opened) {
      setBase(dash);
      setConflict(false);
      form.reset(dash ? strategyValues(dash) : blank);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = useServerErrors(form);
  const create = useCreateStrategy();
  const update = useUpdateStrategy();
  const submit = form.handleSubmit(async (values) => {
    errors.setError(null);
    try {
      if (base) {
        const { unitId: _unit, ...body } = values;
        await update.mutateAsync({ strategyId: base.strategy.id, body: { ...body, version: base.strategy.version } });
      } else {
        const r = await create.mutateAsync({ body: values });
        onCreated?.(r.id);
      }
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setConflict(true);
        await queryClient.invalidateQueries({ queryKey: strategyKeys.all });
      }
      errors.show(e);
    }
  });
  const labels = {
    title: t('strategies.edit.strategy.title'),
    description: t('strategies.edit.strategy.description'),
    periodStart: t('strategies.edit.strategy.periodStart'),
    periodEnd: t('strategies.edit.strategy.periodEnd'),
    greenThreshold: t('strategies.edit.strategy.greenThreshold'),
    amberThreshold: t('strategies.edit.strategy.amberThreshold'),
  };
  const changed =
    conflict && base && dash
      ? (Object.keys(labels) as (keyof typeof labels)[])
          .filter((k) => strategyValues(base)[k] !== strategyValues(dash)[k])
          .map((k) => `${labels[k]}: ${String(strategyValues(dash)[k])}`)
      : [];
  const fe = form.formState.errors;
  const threshold = (name: 'greenThreshold' | 'amberThreshold') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={labels[name]}
          min={0}
          max={100}
          allowDecimal={false}
          suffix=" %"
          value={field.value}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
          error={fe[name]?.message}
        />
      )}
    />
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={dash ? t('strategies.edit.strategy.editHeading') : t('strategies.edit.strategy.addHeading')}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="strategy-form">
        <Stack gap="sm">
          {conflict && dash && (
            <ConflictAlert
              changed={changed}
              onReload={() => {
                setBase(dash);
                setConflict(false);
                errors.setError(null);
                form.reset(strategyValues(dash));
              }}
            />
          )}
          <FormError error={errors.error} />
          {!dash && (
            <Controller
              control={form.control}
              name="unitId"
              render={({ field }) => (
                <NativeSelect
                  label={t('strategies.edit.strategy.unit')}
                  data={[
                    ...(region ? [{ value: '', label: t('strategies.region') }] : []),
                    ...hospitals.map((h) => ({ value: h.id, label: h.name })),
                  ]}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={fe.unitId?.message}
                />
              )}
            />
          )}
          <TextInput label={labels.title} error={fe.title?.message} {...form.register('title')} />
          <Textarea
            label={labels.description}
            autosize
            minRows={2}
            error={fe.description?.message}
            {...form.register('description')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={labels.periodStart}
              error={fe.periodStart?.message}
              {...form.register('periodStart')}
            />
            <TextInput
              type="date"
              label={labels.periodEnd}
              error={fe.periodEnd?.message}
              {...form.register('periodEnd')}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            {threshold('greenThreshold')}
            {threshold('amberThreshold')}
          </Group>
          <Actions busy={form.formState.isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </FormModal>
  );
}
