import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  createProgrammeVersionSchema,
  RECRUITMENT_STAGES,
  recruitmentChangeSchema,
  type CreateProgrammeVersion,
  type RecruitmentChange,
  type TutorDoctor,
  type TutorOverview,
  type TutorPractice,
} from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAddProgrammeVersion } from '../api/add-programme-version';
import { useApproveProgrammeVersion } from '../api/approve-programme-version';
import { useChangeRecruitment } from '../api/change-recruitment';
import { useCreateTutorDoctor } from '../api/create-tutor-doctor';
import { useDecideTutorDoctor } from '../api/decide-tutor-doctor';
import { useSaveSettings } from '../api/save-settings';
import { useUpdateTutorDoctor } from '../api/update-tutor-doctor';
import { BackToArea, formatDate, MutationError, todayIso } from './shared';

const nullIfEmpty = (v: unknown) => (v === '' || v === undefined ? null : v);
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

const DECISION_COLOR = { PENDING: '#8a5a00', APPROVED: '#1e6b2f', REJECTED: 'gray.7' } as const;

function DueList({ due }: { due: TutorOverview['due'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="due-heading">
      <Title order={2} size="h3" id="due-heading">
        {t('tutorPractices.due.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('tutorPractices.due.intro')}
      </Text>
      {due.length === 0 ? (
        <Text size="sm">{t('tutorPractices.due.none')}</Text>
      ) : (
        <List spacing="xs" data-testid="due-list">
          {due.map((d) => (
            <List.Item key={`${d.kind}-${d.id}`}>
              <Group gap="xs" wrap="wrap">
                <Badge color={d.overdue ? '#b02525' : '#8a5a00'} variant="filled">
                  {d.overdue ? t('tutorPractices.due.overdue') : t('tutorPractices.due.soon')}
                </Badge>
                <Text size="sm">
                  {d.kind === 'TUTOR_DOCTOR'
                    ? t('tutorPractices.due.doctor', { name: d.label, practice: d.practiceName })
                    : t('tutorPractices.due.programme', { number: d.label, practice: d.practiceName })}{' '}
                  – {formatDate(d.dueOn, i18n.language)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

interface NewDoctorValues {
  mode: 'register' | 'new';
  gpId: string;
  practiceId: string;
  name: string;
  authorisationId: string;
  email: string;
  settledOn: string;
  courseCompleted: boolean;
  courseCompletedOn: string;
  yearsAsGp: string;
  yearsInPractice: string;
  notes: string;
}

function NewTutorDoctor({ overview }: { overview: TutorOverview }) {
  const { t } = useTranslation();
  const create = useCreateTutorDoctor();
  const areaId = overview.area.id;
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<NewDoctorValues>({
    defaultValues: {
      mode: 'register',
      gpId: '',
      practiceId: overview.practices[0]?.id ?? '',
      name: '',
      authorisationId: '',
      email: '',
      settledOn: '',
      courseCompleted: false,
      courseCompletedOn: '',
      yearsAsGp: '',
      yearsInPractice: '',
      notes: '',
    },
  });
  const mode = form.watch('mode');
  const practiceName = new Map(overview.practices.map((p) => [p.id, p.name]));
  const onSubmit = form.handleSubmit((v) => {
    setDone(null);
    create.mutate(
      {
        areaId,
        id: '',
        body: {
          gpId: v.mode === 'register' ? v.gpId || null : null,
          newGp:
            v.mode === 'new'
              ? {
                  practiceId: v.practiceId,
                  name: v.name,
                  authorisationId: v.authorisationId.trim() || null,
                  email: v.email.trim() || null,
                  settledOn: v.settledOn || null,
                }
              : null,
          courseCompleted: v.courseCompleted,
          courseCompletedOn: v.courseCompleted ? v.courseCompletedOn || null : null,
          yearsAsGp: numberOrNull(v.yearsAsGp),
          yearsInPractice: numberOrNull(v.yearsInPractice),
          notes: v.notes.trim() || null,
        },
      },
      {
        onSuccess: (d) => {
          setDone(d.gp.name);
          form.reset({
            ...form.getValues(),
            gpId: '',
            name: '',
            authorisationId: '',
            email: '',
            settledOn: '',
            notes: '',
          });
        },
      },
    );
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-doctor-heading">
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-doctor-heading">
            {t('tutorPractices.newDoctor.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tutorPractices.newDoctor.intro')}
          </Text>
          <NativeSelect
            label={t('tutorPractices.newDoctor.mode')}
            data={[
              { value: 'register', label: t('tutorPractices.newDoctor.fromRegister') },
              { value: 'new', label: t('tutorPractices.newDoctor.newGp') },
            ]}
            {...form.register('mode')}
          />
          {mode === 'register' ? (
            <NativeSelect
              label={t('tutorPractices.newDoctor.gp')}
              data={[
                { value: '', label: t('tutorPractices.choose') },
                ...overview.candidates.map((c) => ({
                  value: c.id,
                  label: `${c.name} – ${practiceName.get(c.practiceId) ?? ''}`,
                })),
              ]}
              {...form.register('gpId')}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('tutorPractices.newDoctor.practice')}
                data={overview.practices.map((p) => ({ value: p.id, label: p.name }))}
                {...form.register('practiceId')}
              />
              <TextInput label={t('tutorPractices.newDoctor.name')} required {...form.register('name')} />
              <TextInput label={t('tutorPractices.newDoctor.authorisationId')} {...form.register('authorisationId')} />
              <TextInput label={t('tutorPractices.newDoctor.email')} type="email" {...form.register('email')} />
              <TextInput label={t('tutorPractices.newDoctor.settledOn')} type="date" {...form.register('settledOn')} />
            </SimpleGrid>
          )}
          <Checkbox label={t('tutorPractices.req.courseCompleted')} {...form.register('courseCompleted')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('tutorPractices.req.courseCompletedOn')}
              type="date"
              {...form.register('courseCompletedOn')}
            />
            <TextInput
              label={t('tutorPractices.req.yearsAsGp')}
              type="number"
              min={0}
              max={60}
              {...form.register('yearsAsGp')}
            />
            <TextInput
              label={t('tutorPractices.req.yearsInPractice')}
              type="number"
              min={0}
              max={60}
              {...form.register('yearsInPractice')}
            />
          </SimpleGrid>
          <Textarea label={t('tutorPractices.req.notes')} autosize minRows={2} {...form.register('notes')} />
          <MutationError error={create.error} />
          {done && (
            <Text size="sm" role="status" c="green.9">
              {t('tutorPractices.newDoctor.created', { name: done })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('tutorPractices.newDoctor.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function DoctorCard({ areaId, doctor }: { areaId: string; doctor: TutorDoctor }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideTutorDoctor();
  const update = useUpdateTutorDoctor();
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [courseDone, setCourseDone] = useState(doctor.courseCompleted);
  const [courseOn, setCourseOn] = useState(doctor.courseCompletedOn ?? '');
  const lang = i18n.language;
  const send = (decision: 'APPROVED' | 'REJECTED') =>
    decide.mutate({ areaId, id: doctor.id, body: { decision, decidedOn, version: doctor.version } });
  const saveCourse = () =>
    update.mutate({
      areaId,
      id: doctor.id,
      body: {
        courseCompleted: courseDone,
        courseCompletedOn: courseDone ? courseOn || null : null,
        yearsAsGp: doctor.yearsAsGp,
        yearsInPractice: doctor.yearsInPractice,
        notes: doctor.notes,
        version: doctor.version,
      },
    });
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`tutor-doctor-${doctor.gp.name}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{doctor.gp.name}</Text>
          <Badge color={DECISION_COLOR[doctor.decision]} variant="filled">
            {t(`tutorPractices.decisions.${doctor.decision}`)}
          </Badge>
          {!doctor.gp.active && <Badge color="gray.7">{t('tutorPractices.doctor.left')}</Badge>}
        </Group>
        <Text size="sm">
          {doctor.courseCompleted
            ? t('tutorPractices.doctor.courseDone', { date: formatDate(doctor.courseCompletedOn, lang) })
            : t('tutorPractices.doctor.courseMissing')}
          {doctor.yearsAsGp !== null && ` · ${t('tutorPractices.doctor.yearsAsGp', { count: doctor.yearsAsGp })}`}
          {doctor.yearsInPractice !== null &&
            ` · ${t('tutorPractices.doctor.yearsInPractice', { count: doctor.yearsInPractice })}`}
        </Text>
        {doctor.decidedOn && (
          <Text size="sm">
            {t('tutorPractices.doctor.decided', {
              date: formatDate(doctor.decidedOn, lang),
              by: doctor.decidedBy ?? '–',
            })}
            {doctor.reapprovalDueOn &&
              ` · ${t('tutorPractices.doctor.reapproval', { date: formatDate(doctor.reapprovalDueOn, lang) })}`}
          </Text>
        )}
        {doctor.notes && <Text size="sm">{doctor.notes}</Text>}
        <details>
          <summary>
            <Text span size="sm" fw={500}>
              {doctor.decision === 'PENDING' ? t('tutorPractices.doctor.decide') : t('tutorPractices.doctor.redecide')}
            </Text>
          </summary>
          <Stack gap="xs" mt="xs">
            <Group align="flex-end" gap="xs" wrap="wrap">
              <Checkbox
                label={t('tutorPractices.req.courseCompleted')}
                checked={courseDone}
                onChange={(e) => setCourseDone(e.currentTarget.checked)}
              />
              <TextInput
                label={t('tutorPractices.req.courseCompletedOn')}
                type="date"
                value={courseOn}
                onChange={(e) => setCourseOn(e.currentTarget.value)}
              />
              <Button variant="default" onClick={saveCourse} loading={update.isPending}>
                {t('tutorPractices.doctor.saveCourse')}
              </Button>
            </Group>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('tutorPractices.doctor.decidedOn')}
                type="date"
                value={decidedOn}
                onChange={(e) => setDecidedOn(e.currentTarget.value)}
              />
              <Button color="#1e6b2f" onClick={() => send('APPROVED')} loading={decide.isPending}>
                {t('tutorPractices.doctor.approve')}
              </Button>
              <Button color="gray.8" variant="outline" onClick={() => send('REJECTED')} loading={decide.isPending}>
                {t('tutorPractices.doctor.reject')}
              </Button>
            </Group>
            <MutationError error={update.error ?? decide.error} testId="doctor-error" />
          </Stack>
        </details>
      </Stack>
    </Paper>
  );
}

function RecruitmentSection({ areaId, practice }: { areaId: string; practice: TutorPractice }) {
  const { t, i18n } = useTranslation();
  const change = useChangeRecruitment();
  const rec = practice.recruitment;
  const form = useForm<RecruitmentChange>({
    resolver: zodResolver(recruitmentChangeSchema),
    values: {
      stage: rec?.stage ?? 'CONTACTED',
      changedOn: todayIso(),
      note: null,
      nextStep: rec?.nextStep ?? null,
      nextStepOn: rec?.nextStepOn ?? null,
      version: rec?.version ?? null,
    },
  });
  const onSubmit = form.handleSubmit((body) => change.mutate({ areaId, id: practice.id, body }));
  const lang = i18n.language;
  return (
    <Stack gap="xs">
      <Title order={4}>{t('tutorPractices.recruitment.title')}</Title>
      {rec ? (
        <Text size="sm">
          {t('tutorPractices.recruitment.current', {
            stage: t(`tutorPractices.stages.${rec.stage}`),
            date: formatDate(rec.stageChangedOn, lang),
          })}
          {rec.nextStep &&
            ` · ${t('tutorPractices.recruitment.next', { step: rec.nextStep, date: formatDate(rec.nextStepOn, lang) })}`}
        </Text>
      ) : (
        <Text size="sm">{t('tutorPractices.recruitment.none')}</Text>
      )}
      {rec && rec.events.length > 0 && (
        <details>
          <summary>
            <Text span size="sm">
              {t('tutorPractices.recruitment.history', { count: rec.events.length })}
            </Text>
          </summary>
          <List size="sm" mt="xs">
            {rec.events.map((e) => (
              <List.Item key={e.id}>
                {formatDate(e.changedOn, lang)}: {t(`tutorPractices.stages.${e.stage}`)}
                {e.note && ` – ${e.note}`}
                {e.changedBy && ` (${e.changedBy})`}
              </List.Item>
            ))}
          </List>
        </details>
      )}
      <details>
        <summary>
          <Text span size="sm" fw={500}>
            {t('tutorPractices.recruitment.change')}
          </Text>
        </summary>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="xs" mt="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('tutorPractices.recruitment.stage')}
                data={RECRUITMENT_STAGES.map((s) => ({ value: s, label: t(`tutorPractices.stages.${s}`) }))}
                {...form.register('stage')}
              />
              <TextInput
                label={t('tutorPractices.recruitment.changedOn')}
                type="date"
                error={form.formState.errors.changedOn && t('tutorPractices.invalidDate')}
                {...form.register('changedOn')}
              />
              <TextInput
                label={t('tutorPractices.recruitment.nextStep')}
                {...form.register('nextStep', { setValueAs: nullIfEmpty })}
              />
              <TextInput
                label={t('tutorPractices.recruitment.nextStepOn')}
                type="date"
                {...form.register('nextStepOn', { setValueAs: nullIfEmpty })}
              />
            </SimpleGrid>
            <Textarea
              label={t('tutorPractices.recruitment.note')}
              autosize
              minRows={2}
              {...form.register('note', { setValueAs: nullIfEmpty })}
            />
            <MutationError error={change.error} />
            <Group>
              <Button type="submit" size="sm" loading={change.isPending}>
                {t('tutorPractices.recruitment.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </details>
    </Stack>
  );
}

function ProgrammeSection({ areaId, practice }: { areaId: string; practice: TutorPractice }) {
  const { t, i18n } = useTranslation();
  const add = useAddProgrammeVersion();
  const approve = useApproveProgrammeVersion();
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const lang = i18n.language;
  const form = useForm<CreateProgrammeVersion>({
    resolver: zodResolver(createProgrammeVersionSchema),
    defaultValues: { summary: '', body: null, fileName: null, submittedOn: todayIso() },
  });
  const onSubmit = form.handleSubmit((body) =>
    add.mutate({ areaId, id: practice.id, body }, { onSuccess: () => form.reset() }),
  );
  const current = practice.programmeVersions.find((v) => v.id === practice.currentProgrammeId);
  return (
    <Stack gap="xs">
      <Title order={4}>{t('tutorPractices.programme.title')}</Title>
      <Text size="sm">
        {current
          ? t('tutorPractices.programme.current', {
              number: current.number,
              date: formatDate(current.approvedOn, lang),
              due: formatDate(current.reapprovalDueOn, lang),
            })
          : t('tutorPractices.programme.none')}
      </Text>
      {practice.programmeVersions.length > 0 && (
        <List size="sm" spacing={4}>
          {practice.programmeVersions.map((v) => (
            <List.Item key={v.id}>
              <Text size="sm" span fw={500}>
                {t('tutorPractices.programme.version', { number: v.number })}
              </Text>{' '}
              – {v.summary}
              {v.fileName && ` (${v.fileName})`} ·{' '}
              {t('tutorPractices.programme.submitted', { date: formatDate(v.submittedOn, lang) })}
              {v.approvedOn
                ? ` · ${t('tutorPractices.programme.approved', { date: formatDate(v.approvedOn, lang), by: v.approvedBy ?? '–' })}`
                : ` · ${t('tutorPractices.programme.awaiting')}`}
              {!v.approvedOn && (
                <Group gap="xs" mt={4} align="flex-end" wrap="wrap">
                  <TextInput
                    size="xs"
                    label={t('tutorPractices.programme.approvedOn')}
                    type="date"
                    value={approvedOn}
                    onChange={(e) => setApprovedOn(e.currentTarget.value)}
                  />
                  <Button
                    size="xs"
                    color="#1e6b2f"
                    loading={approve.isPending}
                    onClick={() => approve.mutate({ areaId, id: v.id, body: { approvedOn, version: v.version } })}
                  >
                    {t('tutorPractices.programme.approve', { number: v.number })}
                  </Button>
                </Group>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <MutationError error={approve.error} />
      <details>
        <summary>
          <Text span size="sm" fw={500}>
            {t('tutorPractices.programme.add')}
          </Text>
        </summary>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="xs" mt="xs">
            <Textarea
              label={t('tutorPractices.programme.summary')}
              required
              autosize
              minRows={2}
              error={form.formState.errors.summary && t('tutorPractices.required')}
              {...form.register('summary')}
            />
            <Textarea
              label={t('tutorPractices.programme.body')}
              autosize
              minRows={2}
              {...form.register('body', { setValueAs: nullIfEmpty })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('tutorPractices.programme.fileName')}
                error={form.formState.errors.fileName && t('tutorPractices.programme.fileNameInvalid')}
                {...form.register('fileName', { setValueAs: nullIfEmpty })}
              />
              <TextInput
                label={t('tutorPractices.programme.submittedOn')}
                type="date"
                {...form.register('submittedOn')}
              />
            </SimpleGrid>
            <MutationError error={add.error} />
            <Group>
              <Button type="submit" size="sm" loading={add.isPending}>
                {t('tutorPractices.programme.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </details>
    </Stack>
  );
}

function PracticeCard({ areaId, practice }: { areaId: string; practice: TutorPractice }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`practice-${practice.id}`}>
      <Stack gap="md">
        <Group gap="xs" wrap="wrap">
          <Title order={3} id={`practice-${practice.id}`}>
            {practice.name}
          </Title>
          {practice.isTutorPractice && (
            <Badge color="#1e6b2f" variant="filled">
              {t('tutorPractices.isTutorPractice')}
            </Badge>
          )}
        </Group>
        <RecruitmentSection areaId={areaId} practice={practice} />
        <Stack gap="xs">
          <Title order={4}>{t('tutorPractices.doctors')}</Title>
          {practice.tutorDoctors.length === 0 ? (
            <Text size="sm">{t('tutorPractices.noDoctors')}</Text>
          ) : (
            practice.tutorDoctors.map((d) => <DoctorCard key={d.id} areaId={areaId} doctor={d} />)
          )}
        </Stack>
        <ProgrammeSection areaId={areaId} practice={practice} />
      </Stack>
    </Paper>
  );
}

function Settings({ overview }: { overview: TutorOverview }) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const [years, setYears] = useState(String(overview.settings.reapprovalYears));
  const [threshold, setThreshold] = useState(String(overview.settings.evaluationThreshold));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="settings-heading">
          {t('tutorPractices.settings.title')}
        </Title>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('tutorPractices.settings.years')}
            type="number"
            min={1}
            max={10}
            value={years}
            onChange={(e) => setYears(e.currentTarget.value)}
          />
          <TextInput
            label={t('tutorPractices.settings.threshold')}
            type="number"
            step="0.01"
            min={1}
            max={5}
            value={threshold}
            onChange={(e) => setThreshold(e.currentTarget.value)}
          />
          <Button
            variant="default"
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                areaId: overview.area.id,
                id: '',
                body: {
                  reapprovalYears: Number(years),
                  evaluationThreshold: Number(threshold.replace(',', '.')),
                  version: overview.settings.version,
                },
              })
            }
          >
            {t('tutorPractices.settings.save')}
          </Button>
        </Group>
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('tutorPractices.settings.saved')}
          </Text>
        )}
        <MutationError error={save.error} />
      </Stack>
    </Paper>
  );
}

/** Tutor practices and tutor doctors of a GP area (the AMU): re-approvals, approvals, pipeline, programmes. */
export function TutorsPage({ overview }: { overview: TutorOverview }) {
  const { t } = useTranslation();
  const areaId = overview.area.id;
  return (
    <Stack gap="lg" maw={1100} data-testid="tutors-page">
      <BackToArea areaId={areaId} name={overview.area.name} />
      <div>
        <Title order={1}>{t('tutorPractices.title')}</Title>
        <Text mt={4}>{overview.area.name}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t('tutorPractices.intro')}
        </Text>
      </div>
      <DueList due={overview.due} />
      <NewTutorDoctor overview={overview} />
      <Stack gap="md" component="section" aria-labelledby="practices-heading">
        <Title order={2} size="h3" id="practices-heading">
          {t('tutorPractices.practices')}
        </Title>
        {overview.practices.map((p) => (
          <PracticeCard key={p.id} areaId={areaId} practice={p} />
        ))}
      </Stack>
      <Settings overview={overview} />
    </Stack>
  );
}
