import { Alert, Anchor, Button, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { FeedMeasure, IndicatorTargets, QuestionResult } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useFeedIndicator } from '../api/feed-indicator';
import { num } from './format';

/**
 * "Brug som indikatorværdi": records the question's overall result (the share answering the two
 * highest values, or the mean) as the value of a manual strategy indicator the caller edits.
 */
export function FeedIndicatorButton({
  roundId,
  question,
  targets,
}: {
  roundId: string;
  question: QuestionResult;
  targets: IndicatorTargets['items'];
}) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [target, setTarget] = useState(targets[0]?.indicatorId ?? '');
  const [measure, setMeasure] = useState<FeedMeasure>('TOP_SHARE');
  const feed = useFeedIndicator();
  const chosen = targets.find((x) => x.indicatorId === target);
  const top = `${(question.scaleMax ?? 5) - 1}–${question.scaleMax ?? 5}`;
  const submit = () => {
    if (!chosen) return;
    feed.mutate(
      {
        roundId,
        body: { questionId: question.id, measure, strategyId: chosen.strategyId, indicatorId: chosen.indicatorId },
      },
      { onSuccess: () => close() },
    );
  };
  return (
    <Stack gap="xs" className="no-print">
      <Button variant="light" size="sm" onClick={open} style={{ alignSelf: 'flex-start' }} data-testid="feed-open">
        {t('questionnaireResults.feed.button')}
      </Button>
      {feed.isSuccess && chosen && (
        <Alert color="green" variant="light" role="status" data-testid="feed-done">
          <Text size="sm">
            {t('questionnaireResults.feed.done', {
              value: num(feed.data.value, i18n.language),
              indicator: chosen.indicatorTitle,
            })}{' '}
            <Anchor component={Link} to={paths.strategy.getHref(chosen.strategyId)}>
              {t('questionnaireResults.feed.openStrategy', { strategy: chosen.strategyTitle })}
            </Anchor>
          </Text>
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('questionnaireResults.feed.title')}
        closeButtonProps={{ 'aria-label': t('questionnaireResults.feed.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('questionnaireResults.feed.intro', { question: question.text })}</Text>
          <NativeSelect
            label={t('questionnaireResults.feed.indicator')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data={targets.map((x) => ({
              value: x.indicatorId,
              label: `${x.strategyTitle} · ${x.indicatorTitle}`,
            }))}
            data-testid="feed-indicator"
          />
          <Radio.Group
            label={t('questionnaireResults.feed.measure')}
            value={measure}
            onChange={(v) => setMeasure(v as FeedMeasure)}
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="TOP_SHARE"
                label={t('questionnaireResults.feed.topShare', {
                  range: top,
                  value: num(question.overall.topShare, i18n.language),
                })}
              />
              <Radio
                value="MEAN"
                label={t('questionnaireResults.feed.mean', { value: num(question.overall.mean, i18n.language) })}
              />
            </Stack>
          </Radio.Group>
          {feed.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(feed.error, t)}
            </Alert>
          )}
          <Button onClick={submit} loading={feed.isPending} disabled={!chosen} data-testid="feed-submit">
            {t('questionnaireResults.feed.submit')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
