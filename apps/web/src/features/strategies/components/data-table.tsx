import { Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { TableExport } from '@/components/ui/table-export';

export interface Column<R> {
  key: string;
  label: string;
  /** The value in the table and in the export (numbers stay numbers in XLSX). */
  value: (r: R) => string | number | null;
  /** What is shown on screen, when richer than the value (e.g. a badge). */
  render?: (r: R) => ReactNode;
  align?: 'left' | 'right';
}

/**
 * A table where there is room and a stacked list on phones (no sideways scrolling), with "Hent
 * CSV" / "Hent XLSX" built from the same rows and columns, so the export holds what is shown.
 */
export function DataTable<R>({
  rows,
  columns,
  caption,
  testId,
  filename,
  sheetName,
}: {
  rows: readonly R[];
  columns: Column<R>[];
  caption: string;
  testId: string;
  filename: string;
  sheetName: string;
}) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [head, ...rest] = columns;
  if (!head) return null;
  const show = (c: Column<R>, r: R) => (c.render ? c.render(r) : (c.value(r) ?? '—'));
  return (
    <Stack gap="xs">
      {wide ? (
        <Table striped verticalSpacing="xs" data-testid={testId}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col" ta={c.align === 'right' ? 'right' : undefined}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={500}>
                  {show(head, r)}
                </Table.Th>
                {rest.map((c) => (
                  <Table.Td key={c.key} ta={c.align === 'right' ? 'right' : undefined}>
                    {show(c, r)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid={testId}
          aria-label={caption}
        >
          {rows.map((r, i) => (
            <li key={i}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {show(head, r)}
              </Text>
              <Group component="dl" gap="xs" m={0} wrap="wrap" style={{ rowGap: 2 }}>
                {rest.map((c) => (
                  <Group key={c.key} gap={4} wrap="nowrap">
                    <Text component="dt" size="sm" c="dimmed">
                      {c.label}:
                    </Text>
                    <Text component="dd" size="sm" m={0}>
                      {show(c, r)}
                    </Text>
                  </Group>
                ))}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <TableExport
        filename={filename}
        sheetName={sheetName}
        columns={columns.map((c) => ({ header: c.label, value: c.value }))}
        rows={rows}
      />
    </Stack>
  );
}
