import type { TFunction } from 'i18next';
import { BarChart } from '@mantine/charts';
import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DashboardCourseItem, DepartmentDashboard } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { DepartmentIndicatorsPanel } from '@/features/indicators/components/slots';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { fmtDate, fmtDateTime, fmtInt, fmtMonth, fmtPct, fmtWeek } from './format';
import { ChartFigure, DashboardSection, KeyFigure } from './section';

type T = TFunction;

/** Dark colours (contrast AA on white) for the status text; the word says it, never the colour alone. */
const HEALTH_COLORS = { WORKING: '#236b32', OVERDUE: 'red.9', NEW: 'gray.7' } as const;

/** A safe file-name part from a unit name: "Kardiologisk Afdeling" → "kardiologisk-afdeling". */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function courseColumns(t: T, dateLabel: string): DataColumn<DashboardCourseItem>[] {
  return [
    {
      key: 'name',
      header: t('departmentDashboard.columns.trainee'),
      value: (r) => r.trainee.name,
      display: (r) => (
        <Anchor component={Link} to={paths.course.getHref(r.courseId)}>
          {r.trainee.name}
        </Anchor>
      ),
    },
    {
      key: 'track',
      header: t('departmentDashboard.columns.track'),
      value: (r) => t(`departmentDashboard.tracks.${r.track}`),
    },
    { key: 'date', header: dateLabel, value: (r) => r.date, display: (r) => fmtDate(r.date) },
  ];
}

/** The whole dashboard of one department; every section a card with a chart and/or a table. */
export function DepartmentDashboardView({ data }: { data: DepartmentDashboard }) {
  const { t } = useTranslation();
  const file = (part: string) => `${slug(data.unit.name)}-${part}-${data.asOf}`;
  const d = data;

  // Trainees ----------------------------------------------------------------------------------
  const trackRows = d.trainees.byTrack.map((r) => ({ ...r, label: t(`departmentDashboard.tracks.${r.track}`) }));
  const trackSummary = trackRows.map((r) => `${r.label}: ${r.count}`).join(', ');
  const specialtyRows = d.trainees.bySpecialty.map((r) => ({
    label: r.specialty ?? t('departmentDashboard.trainees.noSpecialty'),
    count: r.count,
  }));

  // Meetings ----------------------------------------------------------------------------------
  const m = d.meetings;
  const monthRows = m.monthly.map((r) => ({ ...r, label: fmtMonth(r.month) }));
  const monthSummary = monthRows
    .filter((r) => r.due > 0)
    .map((r) => `${r.label}: ${fmtPct(r.rate)} (${r.onTime}/${r.due})`)
    .join('; ');
  const meetingCountRows = [
    { label: t('departmentDashboard.meetings.dueSoon'), count: m.dueSoon },
    { label: t('departmentDashboard.meetings.overdue'), count: m.overdue },
    { label: t('departmentDashboard.meetings.heldOnTime'), count: m.heldOnTime },
    { label: t('departmentDashboard.meetings.heldLate'), count: m.heldLate },
  ];

  // Activity ----------------------------------------------------------------------------------
  const weekWord = t('departmentDashboard.activity.week');
  const weekRows = d.activity.weeks.map((w) => ({ ...w, label: fmtWeek(w.week, weekWord) }));
  const totalSupervision = weekRows.reduce((s, w) => s + w.supervision, 0);
  const totalFeedback = weekRows.reduce((s, w) => s + w.feedback, 0);

  // Competences -------------------------------------------------------------------------------
  const compRows = d.competences.byTrack.map((r) => ({ ...r, label: t(`departmentDashboard.tracks.${r.track}`) }));
  const compSummary = compRows
    .filter((r) => r.total > 0)
    .map((r) => `${r.label}: ${fmtPct(r.percent)}`)
    .join(', ');

  const names = d.namesVisible;

  return (
    <Stack gap="lg" data-testid="department-dashboard">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="key-figures">
        <KeyFigure testId="kf-trainees" label={t('departmentDashboard.kf.trainees')} value={fmtInt(d.trainees.total)} />
        <KeyFigure
          testId="kf-arrivals"
          label={t('departmentDashboard.kf.arrivals')}
          value={fmtInt(d.trainees.arrivals.count)}
        />
        <KeyFigure
          testId="kf-departures"
          label={t('departmentDashboard.kf.departures')}
          value={fmtInt(d.trainees.departures.count)}
        />
        <KeyFigure testId="kf-overdue" label={t('departmentDashboard.kf.overdue')} value={fmtInt(m.overdue)} />
        <KeyFigure testId="kf-rate" label={t('departmentDashboard.kf.rate')} value={fmtPct(m.rate12Months)} />
        <KeyFigure
          testId="kf-no-feedback"
          label={t('departmentDashboard.kf.withoutFeedback')}
          value={fmtInt(d.activity.withoutFeedback.count)}
        />
        <KeyFigure
          testId="kf-open-cases"
          label={t('departmentDashboard.kf.openDifficultyCases')}
          value={fmtInt(d.openDifficultyCases)}
        />
      </SimpleGrid>

      <DashboardSection
        id="trainees"
        title={t('departmentDashboard.trainees.title')}
        intro={t('departmentDashboard.trainees.intro')}
      >
        <ChartFigure
          testId="trainees-chart"
          label={t('departmentDashboard.trainees.chartAlt', { summary: trackSummary })}
        >
          <BarChart
            h={200}
            data={trackRows}
            dataKey="label"
            series={[{ name: 'count', label: t('departmentDashboard.columns.trainees'), color: 'blue.7' }]}
            tickLine="y"
            xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
            yAxisProps={{ allowDecimals: false }}
            withBarValueLabel
          />
        </ChartFigure>
        <DataTable
          testId="trainees-by-track"
          caption={t('departmentDashboard.trainees.byTrack')}
          filename={file('uddannelseslaeger-spor')}
          sheetName={t('departmentDashboard.trainees.byTrack')}
          rows={trackRows}
          columns={[
            { key: 'track', header: t('departmentDashboard.columns.track'), value: (r) => r.label },
            { key: 'count', header: t('departmentDashboard.columns.trainees'), value: (r) => r.count, numeric: true },
          ]}
        />
        <Title order={3} size="h5">
          {t('departmentDashboard.trainees.bySpecialty')}
        </Title>
        <DataTable
          testId="trainees-by-specialty"
          caption={t('departmentDashboard.trainees.bySpecialty')}
          filename={file('uddannelseslaeger-speciale')}
          sheetName={t('departmentDashboard.trainees.bySpecialty')}
          rows={specialtyRows}
          empty={t('departmentDashboard.none')}
          columns={[
            { key: 'specialty', header: t('departmentDashboard.columns.specialty'), value: (r) => r.label },
            { key: 'count', header: t('departmentDashboard.columns.trainees'), value: (r) => r.count, numeric: true },
          ]}
        />
        <Title order={3} size="h5">
          {t('departmentDashboard.trainees.arrivals', { count: d.trainees.arrivals.count })}
        </Title>
        {names ? (
          <DataTable
            testId="arrivals"
            caption={t('departmentDashboard.trainees.arrivalsCaption')}
            filename={file('ankomster')}
            sheetName={t('departmentDashboard.trainees.arrivalsCaption')}
            rows={d.trainees.arrivals.items}
            empty={t('departmentDashboard.none')}
            columns={courseColumns(t, t('departmentDashboard.columns.starts'))}
          />
        ) : null}
        <Title order={3} size="h5">
          {t('departmentDashboard.trainees.departures', { count: d.trainees.departures.count })}
        </Title>
        {names ? (
          <DataTable
            testId="departures"
            caption={t('departmentDashboard.trainees.departuresCaption')}
            filename={file('afgange')}
            sheetName={t('departmentDashboard.trainees.departuresCaption')}
            rows={d.trainees.departures.items}
            empty={t('departmentDashboard.none')}
            columns={courseColumns(t, t('departmentDashboard.columns.ends'))}
          />
        ) : null}
      </DashboardSection>

      <DashboardSection
        id="meetings"
        title={t('departmentDashboard.meetings.title')}
        intro={t('departmentDashboard.meetings.intro')}
      >
        <DataTable
          testId="meeting-counts"
          caption={t('departmentDashboard.meetings.countsCaption')}
          filename={file('forventningssamtaler-status')}
          sheetName={t('departmentDashboard.meetings.countsCaption')}
          rows={meetingCountRows}
          columns={[
            { key: 'what', header: t('departmentDashboard.columns.what'), value: (r) => r.label },
            { key: 'count', header: t('departmentDashboard.columns.count'), value: (r) => r.count, numeric: true },
          ]}
        />
        <Text size="sm" data-testid="meeting-rate">
          {t('departmentDashboard.meetings.rate12', {
            rate: fmtPct(m.rate12Months),
            onTime: m.onTime12Months,
            due: m.due12Months,
          })}
        </Text>
        <ChartFigure
          testId="meetings-chart"
          label={t('departmentDashboard.meetings.chartAlt', {
            summary: monthSummary || t('departmentDashboard.meetings.noneDue'),
          })}
        >
          <BarChart
            h={220}
            data={monthRows}
            dataKey="label"
            series={[
              { name: 'due', label: t('departmentDashboard.columns.due'), color: 'gray.7' },
              { name: 'onTime', label: t('departmentDashboard.columns.onTime'), color: 'teal.9' },
            ]}
            withLegend
            tickLine="y"
            xAxisProps={{ tick: { fontSize: 11 } }}
            yAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
        <DataTable
          testId="meeting-months"
          caption={t('departmentDashboard.meetings.monthsCaption')}
          filename={file('forventningssamtaler-maaneder')}
          sheetName={t('departmentDashboard.meetings.monthsCaption')}
          rows={monthRows}
          columns={[
            {
              key: 'month',
              header: t('departmentDashboard.columns.month'),
              value: (r) => r.month,
              display: (r) => r.label,
            },
            { key: 'due', header: t('departmentDashboard.columns.due'), value: (r) => r.due, numeric: true },
            { key: 'onTime', header: t('departmentDashboard.columns.onTime'), value: (r) => r.onTime, numeric: true },
            {
              key: 'rate',
              header: t('departmentDashboard.columns.ratePct'),
              value: (r) => r.rate,
              display: (r) => fmtPct(r.rate),
              numeric: true,
            },
          ]}
        />
      </DashboardSection>

      <DashboardSection
        id="activity"
        title={t('departmentDashboard.activity.title')}
        intro={t('departmentDashboard.activity.intro')}
      >
        <ChartFigure
          testId="activity-chart"
          label={t('departmentDashboard.activity.chartAlt', {
            from: weekRows[0]?.label ?? '',
            to: weekRows.at(-1)?.label ?? '',
            supervision: totalSupervision,
            feedback: totalFeedback,
          })}
        >
          <BarChart
            h={220}
            data={weekRows}
            dataKey="label"
            series={[
              { name: 'supervision', label: t('departmentDashboard.columns.supervision'), color: 'blue.7' },
              { name: 'feedback', label: t('departmentDashboard.columns.feedback'), color: 'orange.9' },
            ]}
            withLegend
            tickLine="y"
            xAxisProps={{ tick: { fontSize: 11 } }}
            yAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
        <DataTable
          testId="activity-weeks"
          caption={t('departmentDashboard.activity.weeksCaption')}
          filename={file('vejledning-feedback-uger')}
          sheetName={t('departmentDashboard.activity.weeksCaption')}
          rows={weekRows}
          columns={[
            {
              key: 'week',
              header: t('departmentDashboard.columns.week'),
              value: (r) => r.week,
              display: (r) => r.label,
            },
            {
              key: 'weekStart',
              header: t('departmentDashboard.columns.weekStart'),
              value: (r) => r.weekStart,
              display: (r) => fmtDate(r.weekStart),
            },
            {
              key: 'supervision',
              header: t('departmentDashboard.columns.supervision'),
              value: (r) => r.supervision,
              numeric: true,
            },
            {
              key: 'feedback',
              header: t('departmentDashboard.columns.feedback'),
              value: (r) => r.feedback,
              numeric: true,
            },
          ]}
        />
        <Title order={3} size="h5">
          {t('departmentDashboard.activity.withoutFeedback', { count: d.activity.withoutFeedback.count })}
        </Title>
        {names ? (
          <DataTable
            testId="without-feedback"
            caption={t('departmentDashboard.activity.withoutFeedbackCaption')}
            filename={file('uden-feedback')}
            sheetName={t('departmentDashboard.activity.withoutFeedbackCaption')}
            rows={d.activity.withoutFeedback.items}
            empty={t('departmentDashboard.none')}
            columns={courseColumns(t, t('departmentDashboard.columns.lastFeedback'))}
          />
        ) : null}
      </DashboardSection>

      <DashboardSection
        id="competences"
        title={t('departmentDashboard.competences.title')}
        intro={t('departmentDashboard.competences.intro')}
      >
        <ChartFigure
          testId="competences-chart"
          label={t('departmentDashboard.competences.chartAlt', {
            summary: compSummary || t('departmentDashboard.competences.noneLists'),
          })}
        >
          <BarChart
            h={200}
            data={compRows.map((r) => ({ label: r.label, percent: r.percent ?? 0 }))}
            dataKey="label"
            series={[{ name: 'percent', label: t('departmentDashboard.columns.approvedPct'), color: 'green.9' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(v) => `${v} %`}
            tickLine="y"
            xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
          />
        </ChartFigure>
        <DataTable
          testId="competences-by-track"
          caption={t('departmentDashboard.competences.caption')}
          filename={file('kompetencer')}
          sheetName={t('departmentDashboard.competences.caption')}
          rows={compRows}
          columns={[
            { key: 'track', header: t('departmentDashboard.columns.track'), value: (r) => r.label },
            {
              key: 'courses',
              header: t('departmentDashboard.columns.trainees'),
              value: (r) => r.courses,
              numeric: true,
            },
            {
              key: 'approved',
              header: t('departmentDashboard.columns.approved'),
              value: (r) => r.approved,
              numeric: true,
            },
            { key: 'total', header: t('departmentDashboard.columns.total'), value: (r) => r.total, numeric: true },
            {
              key: 'percent',
              header: t('departmentDashboard.columns.approvedPct'),
              value: (r) => r.percent,
              display: (r) => fmtPct(r.percent),
              numeric: true,
            },
          ]}
        />
      </DashboardSection>

      <DashboardSection
        id="bodies"
        title={t('departmentDashboard.bodies.title')}
        intro={t('departmentDashboard.bodies.intro')}
      >
        <DataTable
          testId="bodies"
          caption={t('departmentDashboard.bodies.caption')}
          filename={file('uddannelsesteam-forum')}
          sheetName={t('departmentDashboard.bodies.caption')}
          rows={d.bodies}
          empty={t('departmentDashboard.bodies.none')}
          columns={[
            {
              key: 'name',
              header: t('departmentDashboard.columns.name'),
              value: (r) => r.name,
              display: (r) => (
                <Anchor component={Link} to={paths.educationBody.getHref(r.id)}>
                  {r.name}
                </Anchor>
              ),
            },
            {
              key: 'kind',
              header: t('departmentDashboard.columns.kind'),
              value: (r) => t(`departmentDashboard.bodies.kinds.${r.kind}`),
            },
            {
              key: 'last',
              header: t('departmentDashboard.columns.lastMeeting'),
              value: (r) => r.lastHeldAt?.slice(0, 10) ?? null,
              display: (r) => fmtDateTime(r.lastHeldAt),
            },
            {
              key: 'next',
              header: t('departmentDashboard.columns.nextMeeting'),
              value: (r) => r.nextPlannedAt?.slice(0, 10) ?? null,
              display: (r) => fmtDateTime(r.nextPlannedAt),
            },
            {
              key: 'health',
              header: t('departmentDashboard.columns.status'),
              value: (r) => t(`departmentDashboard.bodies.health.${r.health}`),
              display: (r) => (
                <Text span fw={700} c={HEALTH_COLORS[r.health]} size="sm">
                  {t(`departmentDashboard.bodies.health.${r.health}`)}
                </Text>
              ),
            },
            {
              key: 'open',
              header: t('departmentDashboard.columns.openActions'),
              value: (r) => r.openActionItems,
              numeric: true,
            },
          ]}
        />
      </DashboardSection>

      <DashboardSection
        id="roles"
        title={t('departmentDashboard.roles.title')}
        intro={t('departmentDashboard.roles.intro')}
      >
        <DataTable
          testId="function-descriptions"
          caption={t('departmentDashboard.roles.fdCaption')}
          filename={file('funktionsbeskrivelser')}
          sheetName={t('departmentDashboard.roles.fdCaption')}
          rows={d.functionDescriptions}
          columns={[
            {
              key: 'role',
              header: t('departmentDashboard.columns.role'),
              value: (r) => r.role,
              display: (r) => (
                <Anchor component={Link} to={paths.localFunctionDescription.getHref(d.unit.id, r.role)}>
                  {r.role}
                </Anchor>
              ),
            },
            {
              key: 'status',
              header: t('departmentDashboard.columns.status'),
              value: (r) => t(`departmentDashboard.roles.fdStatus.${r.status}`),
            },
          ]}
        />
        <Title order={3} size="h5">
          {t('departmentDashboard.roles.holders')}
        </Title>
        <DataTable
          testId="role-holders"
          caption={t('departmentDashboard.roles.holdersCaption')}
          filename={file('roller-mentorer')}
          sheetName={t('departmentDashboard.roles.holdersCaption')}
          rows={d.roleHolders}
          empty={t('departmentDashboard.roles.noHolders')}
          columns={[
            { key: 'name', header: t('departmentDashboard.columns.name'), value: (r) => r.person.name },
            { key: 'role', header: t('departmentDashboard.columns.role'), value: (r) => r.role },
            {
              key: 'since',
              header: t('departmentDashboard.columns.since'),
              value: (r) => r.since,
              display: (r) => fmtDate(r.since),
            },
            {
              key: 'new',
              header: t('departmentDashboard.columns.isNew'),
              value: (r) => (r.isNew ? t('departmentDashboard.yes') : t('departmentDashboard.no')),
            },
            {
              key: 'mentor',
              header: t('departmentDashboard.columns.mentor'),
              value: (r) => r.mentor?.name ?? (r.isNew ? t('departmentDashboard.roles.missingMentor') : '–'),
            },
          ]}
        />
      </DashboardSection>

      <DepartmentIndicatorsPanel unitId={d.unit.id} />
    </Stack>
  );
}
