import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  createAssignmentRequestSchema,
  ROLE_SCOPE_KIND,
  ROLES,
  roleNeedsScopeUnit,
  todayInDenmark,
  type Person,
  type Role,
  type RoleAssignmentView,
  type UnitKind,
} from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { assignmentStatus, useAssignmentText } from '@/lib/scope';
import { useCreateAssignment } from '../api/create-assignment';
import { useEndAssignment } from '../api/end-assignment';
import { scopeUnits } from './scope-units';
import { useUnitOptions } from './unit-options';

type Values = z.output<typeof createAssignmentRequestSchema>;
/** What the inputs hold: strings, '' for "none". */
interface FormInput {
  role: Role;
  unitId: string;
  validFrom: string;
  validTo: string;
}
/** The contract's schema, after mapping the inputs' '' to null (and no unit for regional roles). */
const formSchema = z.preprocess((v) => {
  const o = v as FormInput;
  return {
    ...o,
    unitId: roleNeedsScopeUnit(o.role) ? o.unitId || null : null,
    validTo: o.validTo || null,
  };
}, createAssignmentRequestSchema);

const STATUS_COLOR = { inForce: 'teal.9', notStarted: 'indigo.9', ended: 'gray.7' } as const;
const HOSPITAL_ROLES: readonly Role[] = [
  'TRAINEE',
  'SUPERVISOR',
  'UAO',
  'UKS',
  'UKYL',
  'AP_UKYL',
  'DEPARTMENT_HEAD',
  'EDUCATION_CENTRE',
];

function assignmentError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT') return t('people.assignments.overlap');
    if (error.code === 'FORBIDDEN') return t('people.assignments.forbiddenRole');
    const field = error.problem.errors?.[0];
    if (field?.code === 'wrong_unit_kind') return t('people.assignments.wrongUnit');
    if (field?.path === 'body.validTo') return t('people.assignments.endBeforeStart');
  }
  return errorMessage(error, t);
}

/** Give a role: role, a unit of the kind the role needs, and the period. */
export function AddAssignmentForm({
  person,
  initialRole,
  initialUnit,
}: {
  person: Person;
  initialRole?: Role;
  initialUnit?: string;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const scope = scopeUnits(me, 'roles:manage');
  const create = useCreateAssignment(person.id);
  const [done, setDone] = useState(false);
  const form = useForm<FormInput, unknown, Values>({
    resolver: zodResolver(formSchema as unknown as z.ZodType<Values, FormInput>),
    defaultValues: {
      role: initialRole ?? 'SUPERVISOR',
      unitId: initialUnit ?? '',
      validFrom: todayInDenmark(),
      validTo: '',
    },
  });
  const role = form.watch('role') as Role;
  const kind = ROLE_SCOPE_KIND[role];
  const needsUnit = roleNeedsScopeUnit(role);
  const units = useUnitOptions(needsUnit ? [kind as UnitKind] : [], scope);
  const roles = ROLES.filter((r) => r !== 'PLATFORM_ADMIN' && (scope === 'tenant' || HOSPITAL_ROLES.includes(r)));
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setDone(false);
    if (roleNeedsScopeUnit(values.role) && !values.unitId) {
      form.setError('unitId', { message: 'required' });
      return;
    }
    create.mutate(values, {
      onSuccess: () => {
        setDone(true);
        form.reset({ ...form.getValues(), validTo: '' });
      },
    });
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-assignment-heading">
      <Title order={3} size="h4" id="add-assignment-heading" mb="sm">
        {t('people.assignments.addHeading')}
      </Title>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('people.assignments.addHeading')}>
        <Stack gap="sm">
          {create.isError && (
            <Alert color="red" variant="light" role="alert" data-testid="assignment-error">
              {assignmentError(create.error, t)}
            </Alert>
          )}
          {done && (
            <Alert color="teal" variant="light" role="status">
              {t('people.assignments.added')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('people.assignments.role')}
              data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              {...form.register('role')}
              data-testid="assignment-role"
            />
            {needsUnit && (
              <NativeSelect
                label={t('people.assignments.unit')}
                data={[
                  { value: '', label: t('people.assignments.chooseUnit') },
                  ...units.map((u) => ({ value: u.value, label: u.label })),
                ]}
                error={errors.unitId && t('people.assignments.unitRequired')}
                {...form.register('unitId')}
                data-testid="assignment-unit"
              />
            )}
            <TextInput
              label={t('people.assignments.validFrom')}
              type="date"
              required
              error={errors.validFrom && t('people.assignments.dateRequired')}
              {...form.register('validFrom')}
            />
            <TextInput
              label={t('people.assignments.validTo')}
              type="date"
              error={
                errors.validTo &&
                (errors.validTo.type === 'custom'
                  ? t('people.assignments.endBeforeStart')
                  : t('people.assignments.dateRequired'))
              }
              {...form.register('validTo')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="assignment-submit">
              {t('people.assignments.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function EndAssignmentButton({ assignment }: { assignment: RoleAssignmentView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const today = todayInDenmark();
  const [date, setDate] = useState(assignment.validFrom > today ? assignment.validFrom : today);
  const end = useEndAssignment();
  const text = useAssignmentText();
  return (
    <>
      <Button size="xs" variant="outline" color="red" onClick={() => setOpen(true)} data-testid="assignment-end">
        {t('people.assignments.end')}
        <span className="visually-hidden">
          {' '}
          {text.roleName(assignment)} · {text.scopeName(assignment)}
        </span>
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('people.assignments.endTitle', { role: text.roleName(assignment) })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('people.assignments.endText')}</Text>
          {end.isError && (
            <Alert color="red" variant="light" role="alert">
              {assignmentError(end.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('people.assignments.endDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <Group>
            <Button
              color="red"
              loading={end.isPending}
              onClick={() =>
                end.mutate({ assignmentId: assignment.id, validTo: date }, { onSuccess: () => setOpen(false) })
              }
              data-testid="assignment-end-confirm"
            >
              {t('people.assignments.endConfirm')}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('people.person.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The person's assignments (current, future, ended) with "end", and the form to give a role. */
export function AssignmentsSection({
  person,
  initialRole,
  initialUnit,
}: {
  person: Person;
  initialRole?: Role;
  initialUnit?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const text = useAssignmentText();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const manage = can('roles:manage');
  const rows = [...person.assignments].sort((a, b) => {
    const rank = { inForce: 0, notStarted: 1, ended: 2 } as const;
    return rank[assignmentStatus(a)] - rank[assignmentStatus(b)] || b.validFrom.localeCompare(a.validFrom);
  });
  const period = (a: RoleAssignmentView) =>
    `${formatDate(a.validFrom)} – ${a.validTo ? formatDate(a.validTo) : t('people.assignments.noEnd')}`;
  const canEnd = (a: RoleAssignmentView) => manage && person.active && assignmentStatus(a) !== 'ended';

  return (
    <Stack component="section" aria-labelledby="person-assignments-heading" gap="md">
      <div>
        <Title order={2} size="h3" id="person-assignments-heading">
          {t('people.assignments.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('people.assignments.intro')}
        </Text>
      </div>
      {rows.length === 0 && <Text>{t('people.assignments.none')}</Text>}
      {rows.length > 0 && wide && (
        <Table striped verticalSpacing="sm" data-testid="person-assignments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('people.assignments.role')}</Table.Th>
              <Table.Th scope="col">{t('people.assignments.unit')}</Table.Th>
              <Table.Th scope="col">{t('people.assignments.period')}</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('people.assignments.status')}
              </Table.Th>
              {manage && (
                <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {t('people.assignments.actions')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id} data-testid="person-assignment">
                <Table.Td>{text.roleName(a)}</Table.Td>
                <Table.Td>{text.scopePath(a)}</Table.Td>
                <Table.Td>{period(a)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[assignmentStatus(a)]} variant="filled" style={{ minWidth: 'max-content' }}>
                    {t(`people.assignments.${assignmentStatus(a)}`)}
                  </Badge>
                </Table.Td>
                {manage && <Table.Td>{canEnd(a) && <EndAssignmentButton assignment={a} />}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > 0 && !wide && (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="person-assignments">
          {rows.map((a) => (
            <Paper component="li" withBorder p="sm" radius="md" key={a.id} data-testid="person-assignment">
              <Group justify="space-between" gap="xs" align="flex-start">
                <Text fw={600}>{text.roleName(a)}</Text>
                <Badge color={STATUS_COLOR[assignmentStatus(a)]} variant="filled" style={{ minWidth: 'max-content' }}>
                  {t(`people.assignments.${assignmentStatus(a)}`)}
                </Badge>
              </Group>
              <Text size="sm">{text.scopePath(a)}</Text>
              <Text size="sm" c="dimmed">
                {period(a)}
              </Text>
              {canEnd(a) && (
                <Group mt="xs">
                  <EndAssignmentButton assignment={a} />
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {manage && person.active && (
        <AddAssignmentForm person={person} initialRole={initialRole} initialUnit={initialUnit} />
      )}
    </Stack>
  );
}
