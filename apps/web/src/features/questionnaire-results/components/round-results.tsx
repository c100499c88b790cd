import { Alert, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import {
  MIN_AGGREGATE_ANSWERS,
  RESULT_GROUP_BYS,
  type IndicatorTargets,
  type ResultGroup,
  type ResultGroupBy,
  type RoundResults,
} from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/format';
import { groupLabel, hiddenText, num, pct } from './format';
import { QuestionResultView } from './question-result';

/** A closed round's results: the anonymity rule, the response rate per group, each question. */
export function RoundResultsView({
  data,
  groupBy,
  onGroupBy,
  targets,
}: {
  data: RoundResults;
  groupBy: ResultGroupBy;
  onGroupBy: (g: ResultGroupBy) => void;
  targets: IndicatorTargets['items'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{data.questionnaire.title}</Title>
        <Text mt={4}>
          {t('questionnaireResults.round.subtitle', {
            label: data.round.label,
            from: formatDate(data.round.opensOn),
            to: formatDate(data.round.closesOn),
            owner: data.questionnaire.owner?.name ?? t('questionnaireResults.list.region'),
          })}
        </Text>
      </div>
      <Alert variant="light" color="blue" title={t('questionnaireResults.round.anonymityTitle')}>
        <Text size="sm">{t('questionnaireResults.round.anonymity', { min: MIN_AGGREGATE_ANSWERS })}</Text>
        {data.coverage === 'hospitals' && (
          <Text size="sm" mt={4}>
            {t('questionnaireResults.round.coverageHospitals')}
          </Text>
        )}
      </Alert>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="groups-heading">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h4" id="groups-heading">
              {t('questionnaireResults.round.responsesHeading')}
            </Title>
            <NativeSelect
              className="no-print"
              label={t('questionnaireResults.round.groupBy')}
              value={groupBy}
              onChange={(e) => onGroupBy(e.currentTarget.value as ResultGroupBy)}
              data={RESULT_GROUP_BYS.map((g) => ({ value: g, label: t(`questionnaireResults.groupBys.${g}`) }))}
              data-testid="group-by"
            />
          </Group>
          {data.overallHidden ? (
            <Alert color="gray" variant="light" data-testid="overall-too-few">
              {t('questionnaireResults.round.overallTooFew', { min: MIN_AGGREGATE_ANSWERS })}
            </Alert>
          ) : (
            <Text data-testid="overall-summary">
              {t('questionnaireResults.round.summary', {
                responses: data.responses,
                rate: data.responseRate
                  ? t('questionnaireResults.round.rate', {
                      answered: data.responseRate.answered,
                      recipients: data.responseRate.recipients,
                      percent: num(data.responseRate.percent, lang, 1),
                    })
                  : '',
              })}
            </Text>
          )}
          <DataTable<ResultGroup>
            testId="groups-table"
            caption={t('questionnaireResults.round.groupsCaption')}
            rows={data.groups}
            filename={`svar-${data.round.label}`.replace(/[^\wæøåÆØÅ-]+/g, '-')}
            sheetName={t('questionnaireResults.round.responsesHeading')}
            columns={[
              { key: 'group', header: t('questionnaireResults.round.group'), value: (g) => groupLabel(g, t) },
              {
                key: 'responses',
                header: t('questionnaireResults.round.responses'),
                numeric: true,
                value: (g) => hiddenText(g, t) ?? g.responses,
              },
              {
                key: 'rate',
                header: t('questionnaireResults.round.responseRate'),
                numeric: true,
                value: (g) => g.responseRate?.percent ?? null,
                display: (g) => (g.responseRate ? pct(g.responseRate.percent, lang) : '–'),
              },
            ]}
          />
        </Stack>
      </Paper>
      {data.questions.map((q) => (
        <QuestionResultView key={q.id} q={q} data={data} targets={targets} />
      ))}
    </Stack>
  );
}
