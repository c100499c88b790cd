import { Code, Drawer, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { formatDanishDateTime } from '../lib/time';
import { entityTypeLabel } from './entity-label';

/** Everything about one event, with its data as formatted JSON. */
export function AuditEventDrawer({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      closeButtonProps={{ 'aria-label': t('audit.closeDetails') }}
      size="lg"
      title={event ? t('audit.detailsTitle', { id: event.id }) : ''}
      data-testid="audit-drawer"
    >
      {event && (
        <Stack gap="md">
          <Facts>
            <Fact label={t('audit.columns.time')}>{formatDanishDateTime(event.at)}</Fact>
            <Fact label={t('audit.columns.actor')}>{event.actorName ?? t('audit.system')}</Fact>
            <Fact label={t('audit.columns.action')}>
              <code>{event.action}</code>
            </Fact>
            <Fact label={t('audit.columns.entity')}>
              {event.entityType ? entityTypeLabel(event.entityType, t) : t('audit.none')}
              {event.entityId && (
                <>
                  {' '}
                  <code>{event.entityId}</code>
                </>
              )}
            </Fact>
            <Fact label={t('audit.columns.ip')}>{event.ip ?? t('audit.none')}</Fact>
            <Fact label={t('audit.columns.requestId')}>
              {event.requestId ? <code>{event.requestId}</code> : t('audit.none')}
            </Fact>
          </Facts>
          <div>
            <Text fw={600} mb={4} id="audit-data-heading">
              {t('audit.data')}
            </Text>
            {event.data ? (
              <Code
                block
                aria-labelledby="audit-data-heading"
                data-testid="audit-data"
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {JSON.stringify(event.data, null, 2)}
              </Code>
            ) : (
              <Text>{t('audit.noData')}</Text>
            )}
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
