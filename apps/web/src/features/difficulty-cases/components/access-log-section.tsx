import { Stack, Table, Text, Title } from '@mantine/core';
import type { CaseLogAction } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { currentLanguage } from '@/lib/i18n';
import { useAccessLog } from '../api/get-access-log';

const READ_PARTS = ['case', 'plan', 'notes', 'readers', 'access-log'] as const;
type ReadPart = (typeof READ_PARTS)[number];
const readPart = (p: string | null): ReadPart =>
  (READ_PARTS as readonly string[]).includes(p ?? '') ? (p as ReadPart) : 'case';
type WriteAction = Exclude<CaseLogAction, 'difficulty-case.read'> extends `difficulty-case.${infer A}` ? A : never;

const when = (iso: string) =>
  new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));

/** "Hvem har læst sagen": every read and write of the case, from the audit log. */
export function AccessLogSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const q = useAccessLog(caseId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="log-heading">
      <Title order={2} size="h3" id="log-heading">
        {t('difficultyCases.log.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('difficultyCases.log.intro')}
      </Text>
      {q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data ? (
        <Table striped data-testid="access-log" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="38%">{t('difficultyCases.log.when')}</Table.Th>
              <Table.Th>{t('difficultyCases.log.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((i, n) => (
              <Table.Tr key={n}>
                <Table.Td>
                  <Text size="sm">{when(i.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {i.actor?.name ?? t('difficultyCases.log.unknown')}:{' '}
                    {i.action === 'difficulty-case.read'
                      ? t(`difficultyCases.log.read.${readPart(i.part)}`)
                      : t(`difficultyCases.log.actions.${i.action.replace('difficulty-case.', '') as WriteAction}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
