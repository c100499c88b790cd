import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ImportField, ImportPreview, ImportRow } from '@portal/contracts';
import { IMPORT_FIELDS, roleSchema } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { issueText } from './issue-text';

/** A value as shown: a role code in the user's language, everything else as normalised by the API. */
function display(row: ImportRow, f: ImportField, t: TFunction): string {
  const v = row.values[f] ?? '';
  if (f === 'role') {
    const role = roleSchema.safeParse(v);
    if (role.success) return t(`roles.${role.data}`);
  }
  return v;
}

const STATUS_COLOR = { ok: 'green', warning: 'yellow', error: 'red' } as const;

function StatusBadge({ status }: { status: ImportRow['status'] }) {
  const { t } = useTranslation();
  // Text, not colour only: the word carries the status.
  return (
    <Badge
      color={status === 'error' ? 'red.9' : STATUS_COLOR[status]}
      variant={status === 'error' ? 'filled' : 'light'}
      c={status === 'error' ? undefined : 'dark.8'}
      radius="sm"
    >
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}

function Issues({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (row.issues.length === 0) return null;
  return (
    <List size="sm" spacing={2} data-testid="row-issues">
      {row.issues.map((issue, i) => (
        <List.Item key={i} c={issue.severity === 'error' ? 'red.9' : undefined}>
          <Text span fw={600} size="sm">
            {issue.field ? t(`imports.fields.${issue.field}`) : t('imports.wholeRow')}:
          </Text>{' '}
          {issueText(issue, t)}
        </List.Item>
      ))}
    </List>
  );
}

/** The rows of a preview: a table where there is room, one block per row on phones. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const fields = IMPORT_FIELDS[preview.kind] as readonly ImportField[];
  const hasError = (row: ImportRow, f: ImportField) => row.issues.some((i) => i.field === f && i.severity === 'error');

  if (wide) {
    return (
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="xs" data-testid="import-preview-table" layout="auto">
          <Table.Caption className="visually-hidden">{t('imports.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('imports.row')}
              </Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('imports.status')}
              </Table.Th>
              {fields.map((f) => (
                <Table.Th scope="col" key={f}>
                  {t(`imports.fields.${f}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('imports.issuesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr
                key={row.row}
                data-testid="import-row"
                data-status={row.status}
                bg={row.status === 'error' ? 'red.0' : undefined}
              >
                <Table.Th scope="row">{row.row}</Table.Th>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                {fields.map((f) => (
                  <Table.Td
                    key={f}
                    fw={hasError(row, f) ? 700 : undefined}
                    td={hasError(row, f) ? 'underline' : undefined}
                    style={f === 'validFrom' || f === 'validTo' ? { whiteSpace: 'nowrap' } : undefined}
                  >
                    {display(row, f, t)}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Issues row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="import-preview-list">
      {preview.rows.map((row) => (
        <li
          key={row.row}
          data-testid="import-row"
          data-status={row.status}
          style={{
            borderLeft: `4px solid var(--mantine-color-${STATUS_COLOR[row.status]}-7)`,
            paddingLeft: 'var(--mantine-spacing-sm)',
          }}
        >
          <Group gap="xs" mb={4}>
            <Text fw={600}>
              {t('imports.row')} {row.row}
            </Text>
            <StatusBadge status={row.status} />
          </Group>
          <Facts>
            {fields.map((f) => (
              <Fact key={f} label={t(`imports.fields.${f}`)}>
                {hasError(row, f) ? <strong>{display(row, f, t)}</strong> : display(row, f, t)}
              </Fact>
            ))}
          </Facts>
          <Issues row={row} />
        </li>
      ))}
    </Stack>
  );
}
