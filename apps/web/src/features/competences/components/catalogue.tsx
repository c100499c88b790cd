import { Accordion, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { CompetenceListSummary } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useCompetenceList } from '../api/get-competence-list';
import { useCompetenceLists } from '../api/get-competence-lists';
import { CompetenceBadges } from './progress';

function ListContent({ list, open }: { list: CompetenceListSummary; open: boolean }) {
  const { t } = useTranslation();
  const q = useCompetenceList(list.id, open);
  if (!open) return null;
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Stack gap="xs">
      {list.sourceUrl && (
        <Anchor href={list.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm">
          {t('competences.catalogue.source')} ↗
        </Anchor>
      )}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {q.data.competences.map((c) => (
          <Paper component="li" key={c.id} withBorder p="sm" radius="md">
            <Text fw={600}>
              {c.code} {c.title}
            </Text>
            {c.description && (
              <Text size="sm" c="dimmed">
                {c.description}
              </Text>
            )}
            <div style={{ marginTop: 6 }}>
              <CompetenceBadges roles={c.doctorRoles} methods={c.methods} />
            </div>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/** The region's competence lists; a list opens to its competences. */
export function CompetenceCatalogue({
  openValue,
  onOpen,
}: {
  openValue: string | null;
  onOpen: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  const q = useCompetenceLists();
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.length === 0) return <Text>{t('competences.catalogue.empty')}</Text>;
  return (
    <Accordion variant="separated" value={openValue} onChange={onOpen} data-testid="competence-lists">
      {q.data.map((l) => (
        <Accordion.Item key={l.id} value={l.id}>
          <Accordion.Control>
            <Text fw={600}>{l.name}</Text>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t(`competences.tracks.${l.track}`)} · {l.specialty?.name ?? t('competences.catalogue.noSpecialty')} ·{' '}
                {t('competences.catalogue.competenceCount', { count: l.competenceCount })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <ListContent list={l} open={openValue === l.id} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
