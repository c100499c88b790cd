import { Anchor, Stack, Text, Title } from '@mantine/core';
import { computedIndicatorKeySchema } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useIndicatorRecords } from '@/features/indicators/api/get-indicator-records';
import { periodText } from '@/features/indicators/components/format';
import { IndicatorFigureCard, IndicatorRecordsTable } from '@/features/indicators/components/indicator-records';

/** Drill-down: the records behind one computed indicator for a scope and period. */
export function IndicatorRecordsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const parsedKey = computedIndicatorKeySchema.safeParse(params.key);
  const key = parsedKey.success ? parsedKey.data : null;
  const unitId = search.get('unitId');
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  // The cursors of the pages visited (null = the first page), so "previous" goes back one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const records = useIndicatorRecords(key, { unitId, from, to, cursor });
  const data = records.data;
  const name = key ? t(`indicators.names.${key}`) : t('indicators.title');
  const scope = data ? (data.unit?.name ?? t('indicators.region')) : null;
  const title = scope ? t('indicators.records.pageTitle', { name, scope }) : name;
  usePageTitle(title);
  const back = () => {
    if (window.history.length > 1) void navigate(-1);
    else void navigate(unitId ? paths.departmentDashboardUnit.getHref(unitId) : paths.home.getHref());
  };
  return (
    <Stack gap="lg" maw={1200} data-testid="indicator-records-page">
      <Anchor component="button" type="button" onClick={back} className="no-print" style={{ alignSelf: 'flex-start' }}>
        ← {t('indicators.records.back')}
      </Anchor>
      <div>
        <Title order={1}>{title}</Title>
        {data && <Text mt={4}>{periodText(t, data.from, data.to)}</Text>}
      </div>
      {!key && <Text role="alert">{t('indicators.records.unknownKey')}</Text>}
      {key && records.isPending && <PageLoader />}
      {records.error && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      {data && !records.error && (
        <>
          <IndicatorFigureCard data={data} />
          <IndicatorRecordsTable
            data={data}
            filename={`${key!.toLowerCase().replace(/_/g, '-')}-${data.from}-${data.to}`}
            onNext={(c) => setCursors((s) => [...s, c])}
            onPrevious={cursors.length > 1 ? () => setCursors((s) => s.slice(0, -1)) : null}
          />
        </>
      )}
    </Stack>
  );
}
