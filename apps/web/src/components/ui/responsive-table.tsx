import { Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Fact, Facts } from '@/components/ui/facts';
import classes from './responsive-table.module.css';

export interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => ReactNode;
  /** 'right' for figures (the table's cell and heading; the phone list is not aligned). */
  align?: 'right';
}

/**
 * A table where there is room, a stacked list on phones; the first column heads each row. Used by
 * the competence progress, the activity statistics, the indicator screens and (with an export,
 * `DataTable`) the dashboards.
 */
export function ResponsiveTable<R>({
  rows,
  columns,
  caption,
  testId,
  empty,
  minWidth,
}: {
  rows: readonly R[];
  columns: readonly Column<R>[];
  caption: string;
  testId: string;
  /** Shown instead of an empty table. */
  empty?: string;
  /** A wide table (many columns) keeps this width and scrolls inside its card instead of breaking words. */
  minWidth?: number;
}) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [head, ...rest] = columns;
  if (!head) return null;
  if (empty !== undefined && rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {empty}
      </Text>
    );
  }
  if (!wide) {
    return (
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
            <Text fw={600}>{head.value(r)}</Text>
            <Facts>
              {rest.map((c) => (
                <Fact key={c.key} label={c.label}>
                  {c.value(r)}
                </Fact>
              ))}
            </Facts>
          </li>
        ))}
      </Stack>
    );
  }
  return (
    <div
      className={classes.scroll}
      // A table wider than its card scrolls: the region can then be reached and scrolled by keyboard.
      {...(minWidth ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <Table
        striped
        verticalSpacing="xs"
        data-testid={testId}
        // Words wrap between each other, not inside (the page's overflow-wrap: anywhere would split
        // "Uddannelsesteamet"); a table too wide then scrolls inside its card.
        style={{ overflowWrap: 'break-word', ...(minWidth ? { minWidth } : {}) }}
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta={c.align} style={{ hyphens: 'auto' }}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Th scope="row" fw={500}>
                {head.value(r)}
              </Table.Th>
              {rest.map((c) => (
                <Table.Td key={c.key} ta={c.align}>
                  {c.value(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
