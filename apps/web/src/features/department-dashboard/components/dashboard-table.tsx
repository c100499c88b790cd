import { Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Fact, Facts } from '@/components/ui/facts';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';
import classes from './dashboard-table.module.css';

/** A column: heading, the value that is exported, and optionally how it is shown on screen. */
export interface DashColumn<R> extends ExportColumn<R> {
  key: string;
  /** What the cell shows (default: the exported value as text). */
  display?: (row: R) => ReactNode;
  numeric?: boolean;
}

interface DashboardTableProps<R> {
  rows: readonly R[];
  columns: readonly DashColumn<R>[];
  caption: string;
  /** File name without extension for the CSV/XLSX export. */
  filename: string;
  sheetName: string;
  testId: string;
  empty?: string;
  /** A wide table (many columns) keeps this width and scrolls inside its card instead of breaking words. */
  minWidth?: number;
}

/**
 * A dashboard table: a table where there is room (it scrolls inside its card if it must), a
 * stacked list on phones; the first column heads each row. Under it "Hent CSV" / "Hent XLSX"
 * built from the same columns and rows, so a download holds exactly the figures shown.
 */
export function DashboardTable<R>({
  rows,
  columns,
  caption,
  filename,
  sheetName,
  testId,
  empty,
  minWidth,
}: DashboardTableProps<R>) {
  const wide = useMediaQuery('(min-width: 40em)', true, { getInitialValueInEffect: false });
  const [head, ...rest] = columns;
  if (!head) return null;
  const show = (c: DashColumn<R>, r: R): ReactNode => (c.display ? c.display(r) : (c.value(r) ?? '–'));
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {empty ?? '–'}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {wide ? (
        <div
          className={classes.scroll}
          // A table wider than its card scrolls: the region can then be reached and scrolled by keyboard.
          {...(minWidth ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
        >
          <Table
            striped
            verticalSpacing="xs"
            data-testid={testId}
            // Words wrap between each other, not inside (the page's overflow-wrap: anywhere would
            // split "Uddannelsesteamet"); a table too wide then scrolls inside its card.
            style={{ overflowWrap: 'break-word', ...(minWidth ? { minWidth } : {}) }}
          >
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} scope="col" ta={c.numeric ? 'right' : undefined} style={{ hyphens: 'auto' }}>
                    {c.header}
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
                    <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined}>
                      {show(c, r)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
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
              <Text fw={600}>{show(head, r)}</Text>
              <Facts>
                {rest.map((c) => (
                  <Fact key={c.key} label={c.header}>
                    {show(c, r)}
                  </Fact>
                ))}
              </Facts>
            </li>
          ))}
        </Stack>
      )}
      <TableExport filename={filename} sheetName={sheetName} columns={columns} rows={rows} />
    </Stack>
  );
}
