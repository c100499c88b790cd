import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createWellbeingMeetingSchema,
  todayInDenmark,
  type DepartmentWellbeing,
  type WellbeingFigures,
  type WellbeingOverview,
  type WellbeingOverviewRow,
} from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useCreateWellbeingMeeting } from '../api/create-wellbeing-meeting';

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'da-DK', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

const decimal = (x: number, digits = 1) =>
  x.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** The figure columns shared by the month table and the department overview. */
function figureColumns<R extends WellbeingFigures>(t: TFunction): DataColumn<R>[] {
  const few = t('wellbeing.dept.tooFew');
  return [
    {
      key: 'defusings',
      header: t('wellbeing.dept.defusings'),
      value: (r) => (r.shown ? r.defusings : few),
      display: (r) =>
        r.shown ? (
          r.defusings
        ) : (
          <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="too-few">
            {few}
          </Text>
        ),
      numeric: true,
    },
    {
      key: 'mean',
      header: t('wellbeing.dept.mean'),
      value: (r) => r.meanHowWent,
      display: (r) => (r.meanHowWent === null ? '–' : decimal(r.meanHowWent)),
      numeric: true,
    },
    {
      key: 'distribution',
      header: t('wellbeing.dept.distribution'),
      value: (r) => (r.distribution ? r.distribution.map((n, i) => `${i + 1}: ${n}`).join(', ') : null),
    },
    {
      key: 'challenges',
      header: t('wellbeing.dept.challengesShare'),
      value: (r) => (r.challengesShare === null ? null : Math.round(r.challengesShare * 1000) / 10),
      display: (r) => (r.challengesShare === null ? '–' : `${decimal(r.challengesShare * 100, 0)} %`),
      numeric: true,
    },
    {
      key: 'talks',
      header: t('wellbeing.dept.talkRequests'),
      value: (r) => r.talkRequests,
      display: (r) => r.talkRequests ?? '–',
      numeric: true,
    },
  ];
}

/** Mean of "Hvordan gik vagten?" per month as a chart, and the same numbers as a table. */
export function MonthFigures({ data }: { data: DepartmentWellbeing }) {
  const { t } = useTranslation();
  const rows = data.months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const summary = rows
    .map((r) =>
      r.shown
        ? t('wellbeing.dept.chartItem', {
            month: r.label,
            mean: decimal(r.meanHowWent ?? 0),
            n: r.defusings,
          })
        : `${r.label}: ${t('wellbeing.dept.tooFew')}`,
    )
    .join('; ');
  const chartData = rows.map((r) => ({ label: r.label, mean: r.meanHowWent }));
  const columns: DataColumn<(typeof rows)[number]>[] = [
    { key: 'month', header: t('wellbeing.dept.month'), value: (r) => r.label },
    ...figureColumns<(typeof rows)[number]>(t),
  ];
  return (
    <Stack gap="md">
      <div role="img" aria-label={t('wellbeing.dept.chartAlt', { summary })} data-testid="wellbeing-chart">
        <BarChart
          h={240}
          data={chartData}
          dataKey="label"
          series={[{ name: 'mean', label: t('wellbeing.dept.mean'), color: 'blue.7' }]}
          yAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], tickFormatter: (v: number) => String(v) }}
          xAxisProps={{ tick: { fontSize: 11 } }}
          valueFormatter={(v) => decimal(v)}
        />
      </div>
      <Text size="sm" c="dimmed">
        {t('wellbeing.dept.minAnswers', { n: data.minAnswers })}
      </Text>
      <DataTable
        testId="wellbeing-table"
        caption={t('wellbeing.dept.tableCaption', { unit: data.unit.name })}
        rows={rows}
        columns={columns}
        filename={`trivsel-${data.unit.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-')}-${data.from}-${data.to}`}
        sheetName={t('wellbeing.dept.sheet')}
      />
    </Stack>
  );
}

/** Departments in scope over the period (only months with enough answers add up). */
export function OverviewTable({ data, onPick }: { data: WellbeingOverview; onPick?: (unitId: string) => void }) {
  const { t } = useTranslation();
  const columns: DataColumn<WellbeingOverviewRow>[] = [
    {
      key: 'unit',
      header: t('wellbeing.dept.department'),
      value: (r) => (r.hospital ? `${r.hospital.name} · ${r.unit.name}` : r.unit.name),
      display: (r) => (
        <Anchor component={Link} to={paths.wellbeing.getHref(r.unit.id)} onClick={() => onPick?.(r.unit.id)}>
          {r.unit.name}
        </Anchor>
      ),
    },
    ...figureColumns<WellbeingOverviewRow>(t),
  ];
  return (
    <DataTable
      testId="wellbeing-overview"
      caption={t('wellbeing.overview.caption')}
      rows={data.items}
      columns={columns}
      filename={`trivsel-oversigt-${data.from}-${data.to}`}
      sheetName={t('wellbeing.overview.sheet')}
      empty={t('wellbeing.overview.empty')}
    />
  );
}

interface MeetingValues {
  heldOn: string;
  attended: number | '';
  themes: string;
  note: string;
}

const meetingBody = (v: MeetingValues) => ({
  heldOn: v.heldOn,
  attended: v.attended === '' ? Number.NaN : v.attended,
  themes: v.themes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  note: v.note,
});

const meetingResolver: Resolver<MeetingValues> = (values) => {
  const r = createWellbeingMeetingSchema.safeParse(meetingBody(values));
  const errors: FieldErrors<MeetingValues> = {};
  if (!r.success)
    for (const i of r.error.issues) {
      const f = i.path[0] as keyof MeetingValues;
      if (f && !errors[f]) errors[f] = { type: i.code, message: i.message };
    }
  if (values.heldOn > todayInDenmark()) errors.heldOn = { type: 'custom', message: 'future' };
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};

function MeetingForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWellbeingMeeting();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<MeetingValues>({
    resolver: meetingResolver,
    defaultValues: { heldOn: todayInDenmark(), attended: '', themes: '', note: '' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      await create.mutateAsync({ unitId, body: meetingBody(v) });
      notifications.show({ color: 'green', message: t('wellbeing.meetings.saved'), autoClose: 5000 });
      onDone();
    } catch (e) {
      setFailure(e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="meeting-form">
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('wellbeing.meetings.heldOn')}
            max={todayInDenmark()}
            error={errors.heldOn ? t('wellbeing.meetings.heldOnError') : undefined}
            {...form.register('heldOn')}
            miw={150}
          />
          <Controller
            control={form.control}
            name="attended"
            render={({ field }) => (
              <NumberInput
                label={t('wellbeing.meetings.attended')}
                min={0}
                max={10000}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                error={errors.attended ? t('wellbeing.meetings.attendedError') : undefined}
                miw={120}
              />
            )}
          />
        </Group>
        <TextInput
          label={t('wellbeing.meetings.themes')}
          description={t('wellbeing.meetings.themesHelp')}
          error={errors.themes ? t('wellbeing.meetings.themesError') : undefined}
          {...form.register('themes')}
        />
        <Textarea
          label={t('wellbeing.meetings.note')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.register('note')}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure, t)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('wellbeing.meetings.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('wellbeing.talks.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The department's well-being meetings this year and the hospital's shared days. */
export function MeetingsAndEvents({ data }: { data: DepartmentWellbeing }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="meetings-heading">
        <Title order={2} size="h4" id="meetings-heading" mb="sm">
          {t('wellbeing.meetings.title')}
        </Title>
        {data.meetings.length === 0 ? (
          <Text>{t('wellbeing.meetings.none')}</Text>
        ) : (
          <List spacing="xs" data-testid="meetings">
            {data.meetings.map((m) => (
              <List.Item key={m.id}>
                <Text fw={600} span>
                  {formatDate(m.heldOn)}
                </Text>
                {' · '}
                {t('wellbeing.meetings.attendedCount', { count: m.attended })}
                {m.themes.length > 0 && ` · ${m.themes.join(', ')}`}
              </List.Item>
            ))}
          </List>
        )}
        {data.canRecordMeeting && !adding && (
          <Button mt="sm" variant="default" onClick={() => setAdding(true)} data-testid="add-meeting">
            {t('wellbeing.meetings.add')}
          </Button>
        )}
        {adding && (
          <Stack mt="sm">
            <MeetingForm unitId={data.unit.id} onDone={() => setAdding(false)} />
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="events-heading">
        <Title order={2} size="h4" id="events-heading" mb="sm">
          {t('wellbeing.events.title', { hospital: data.hospital?.name ?? '' })}
        </Title>
        {data.hospitalEvents.length === 0 ? (
          <Text>{t('wellbeing.events.none')}</Text>
        ) : (
          <List spacing="xs" data-testid="hospital-events">
            {data.hospitalEvents.map((e) => (
              <List.Item key={e.id}>
                <Text fw={600} span>
                  {formatDate(e.startsOn)}
                </Text>
                {' · '}
                {t(`activities.kinds.${e.kind}`)}: {e.title}
                {e.state === 'PLANNED' ? ` (${t('wellbeing.events.planned')})` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
