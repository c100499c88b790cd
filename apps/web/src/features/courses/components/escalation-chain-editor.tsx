import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ESCALATION_ROLES,
  ESCALATION_STEP_KINDS,
  putEscalationChainSchema,
  type EscalationChain,
  type EscalationRole,
} from '@portal/contracts';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { useEscalationChain } from '../api/get-escalation-chain';
import { useEscalationChains } from '../api/get-escalation-chains';
import { usePutEscalationChain } from '../api/put-escalation-chain';
import { ActionError } from './action-error';

interface StepValues {
  label: string;
  kind: (typeof ESCALATION_STEP_KINDS)[number];
  role: string;
  personId: string;
  text: string;
  phone: string;
  note: string;
}
interface Values {
  version: number;
  steps: StepValues[];
}

const toValues = (c: EscalationChain): Values => ({
  version: c.version,
  steps: c.steps.map((s) => ({
    label: s.label,
    kind: s.kind,
    role: s.role ?? '',
    personId: s.person?.id ?? '',
    text: s.text ?? '',
    phone: s.phone ?? '',
    note: s.note ?? '',
  })),
});
const toBody = (v: Values) => ({
  version: v.version,
  steps: v.steps.map((s) => ({
    label: s.label,
    kind: s.kind,
    role: s.kind === 'ROLE' && s.role ? (s.role as EscalationRole) : null,
    personId: s.kind === 'PERSON' && s.personId ? s.personId : null,
    text: s.kind === 'TEXT' ? s.text : '',
    phone: s.phone,
    note: s.note,
  })),
});
const resolver: Resolver<Values> = (values, context, options) =>
  zodResolver(putEscalationChainSchema)(toBody(values), context, options as never) as never;

const EMPTY_STEP: StepValues = { label: '', kind: 'ROLE', role: '', personId: '', text: '', phone: '', note: '' };

function ChainForm({ chain, onReload }: { chain: EscalationChain; onReload: () => void }) {
  const { t } = useTranslation();
  const put = usePutEscalationChain();
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const form = useForm<Values>({ resolver, defaultValues: toValues(chain) });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const { errors } = form.formState;
  const kinds = form.watch('steps').map((s) => s.kind);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    setConflict(false);
    try {
      const next = await put.mutateAsync({ unitId: chain.unit.id, body: toBody(values) });
      form.reset(toValues(next));
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setConflict(true);
      else if (error instanceof ApiError && error.problem.errors) {
        for (const e of error.problem.errors) {
          form.setError(e.path.replace(/^body\./, '') as FieldPath<Values>, { message: e.message });
        }
      }
    }
  });
  const stepError = (i: number, f: keyof StepValues) =>
    errors.steps?.[i]?.[f] ? t(`courses.editor.errors.${f as 'label'}`) : undefined;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="chain-form">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" role="alert" data-testid="chain-conflict">
            <Text size="sm">{t('courses.editor.conflict')}</Text>
            <Button mt="sm" size="xs" variant="outline" onClick={onReload}>
              {t('courses.editor.reload')}
            </Button>
          </Alert>
        )}
        {put.isError && !conflict && <ActionError error={put.error} />}
        {saved && (
          <Alert color="teal" variant="light" role="status" data-testid="chain-saved">
            {t('courses.editor.saved')}
          </Alert>
        )}
        {steps.fields.length === 0 && <Text size="sm">{t('courses.editor.noSteps')}</Text>}
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {steps.fields.map((field, i) => (
            <Paper component="li" key={field.id} withBorder p="md" radius="md" data-testid="chain-step">
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={3} size="h5">
                  {t('courses.editor.step', { n: i + 1 })}
                </Title>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('courses.editor.up', { n: i + 1 })}
                    disabled={i === 0}
                    onClick={() => steps.move(i, i - 1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('courses.editor.down', { n: i + 1 })}
                    disabled={i === steps.fields.length - 1}
                    onClick={() => steps.move(i, i + 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="outline"
                    color="red"
                    size="lg"
                    aria-label={t('courses.editor.remove', { n: i + 1 })}
                    onClick={() => steps.remove(i)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('courses.editor.label')}
                  required
                  {...form.register(`steps.${i}.label`)}
                  error={stepError(i, 'label')}
                />
                <NativeSelect
                  label={t('courses.editor.kind')}
                  {...form.register(`steps.${i}.kind`)}
                  data={ESCALATION_STEP_KINDS.map((k) => ({ value: k, label: t(`courses.editor.kinds.${k}`) }))}
                />
                {kinds[i] === 'ROLE' && (
                  <NativeSelect
                    label={t('courses.editor.role')}
                    required
                    {...form.register(`steps.${i}.role`)}
                    data={[
                      { value: '', label: '–' },
                      ...ESCALATION_ROLES.map((r) => ({ value: r, label: t(`courses.editor.roles.${r}`) })),
                    ]}
                    error={stepError(i, 'role')}
                  />
                )}
                {kinds[i] === 'PERSON' && (
                  <NativeSelect
                    label={t('courses.editor.person')}
                    required
                    {...form.register(`steps.${i}.personId`)}
                    data={[
                      { value: '', label: '–' },
                      ...chain.people.map((p) => ({ value: p.id, label: p.name })),
                      ...chain.steps
                        .flatMap((s) =>
                          s.person && !chain.people.some((p) => p.id === s.person!.id) ? [s.person] : [],
                        )
                        .map((p) => ({ value: p.id, label: p.name })),
                    ]}
                    error={stepError(i, 'personId')}
                  />
                )}
                {kinds[i] === 'TEXT' && (
                  <TextInput
                    label={t('courses.editor.text')}
                    required
                    {...form.register(`steps.${i}.text`)}
                    error={stepError(i, 'text')}
                  />
                )}
                <TextInput
                  type="tel"
                  label={t('courses.editor.phone')}
                  {...form.register(`steps.${i}.phone`)}
                  error={stepError(i, 'phone')}
                />
                <TextInput
                  label={t('courses.editor.note')}
                  {...form.register(`steps.${i}.note`)}
                  error={stepError(i, 'note')}
                />
              </SimpleGrid>
            </Paper>
          ))}
        </Stack>
        <Group>
          <Button variant="light" onClick={() => steps.append({ ...EMPTY_STEP })} disabled={steps.fields.length >= 12}>
            {t('courses.editor.add')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="chain-save">
            {t('courses.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The escalation chains of the departments the UAO/UKS manages: choose one, edit its ordered steps. */
export function EscalationChainEditor() {
  const { t } = useTranslation();
  const list = useEscalationChains();
  const [unitId, setUnitId] = useState('');
  const [reloads, setReloads] = useState(0);
  const first = list.data?.[0]?.unit.id;
  useEffect(() => {
    if (!unitId && first) setUnitId(first);
  }, [unitId, first]);
  const chain = useEscalationChain(unitId);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md">
      {list.data.length > 1 && (
        <NativeSelect
          label={t('courses.editor.department')}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
          data={list.data.map((c) => ({
            value: c.unit.id,
            label: `${c.parent ? `${c.parent} / ` : ''}${c.unit.name} (${t('courses.editor.steps', { count: c.steps })})`,
          }))}
          maw={480}
        />
      )}
      {chain.isPending && unitId && <PageLoader />}
      {chain.isError && <QueryError error={chain.error} onRetry={() => void chain.refetch()} />}
      {chain.data && (
        <>
          <Title order={2} size="h3">
            {chain.data.unit.name}
          </Title>
          <ChainForm
            key={`${chain.data.unit.id}-${reloads}`}
            chain={chain.data}
            onReload={() => void chain.refetch().then(() => setReloads((n) => n + 1))}
          />
        </>
      )}
    </Stack>
  );
}
