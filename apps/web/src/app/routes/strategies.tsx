import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useDashboard } from '@/features/strategies/api/get-dashboard';
import { Dashboard } from '@/features/strategies/components/dashboard';
import { StrategyList } from '@/features/strategies/components/strategy-list';

/** /strategies: the strategies the user reads, with their attainment. */
export function StrategiesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('strategies.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="strategies-page">
      <div>
        <Title order={1}>{t('strategies.title')}</Title>
        <Text mt={4}>{t('strategies.intro')}</Text>
      </div>
      <StrategyList />
    </Stack>
  );
}

/** /strategies/:strategyId?asOf=: the strategy indicator dashboard. */
export function StrategyRoute() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf');
  const q = useDashboard(strategyId, asOf);
  usePageTitle(q.data ? q.data.strategy.title : t('strategies.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="strategy-page">
      <Anchor component={Link} to={paths.strategies.getHref()} size="sm" className="no-print">
        ← {t('strategies.back')}
      </Anchor>
      {q.isPending && <PageLoader />}
      {q.isError && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <Dashboard
          key={`${strategyId}-${asOf ?? ''}`}
          d={q.data}
          asOf={asOf}
          onAsOf={(v) => setSearch(v ? { asOf: v } : {}, { replace: true })}
        />
      )}
    </Stack>
  );
}
