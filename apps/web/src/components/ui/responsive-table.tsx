import { Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Fact, Facts } from '@/components/ui/facts';

export interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => ReactNode;
  /** 'right' for figures (the table's cell and heading; the phone list is not aligned). */
  align?: 'right';
}

/**
 * A table where there is room, a stacked list on phones; the first column heads each row. Used by
 * the competence progress, the activity statistics and the indicator screens.
 */
export function ResponsiveTable<R>({
  rows,
  columns,
  caption,
  testId,
}: {
  rows: readonly R[];
  columns: readonly Column<R>[];
  caption: string;
  testId: string;
}) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [head, ...rest] = columns;
  if (!head) return null;
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
    <Table.ScrollContainer minWidth={0}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta={c.align}>
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
    </Table.ScrollContainer>
  );
}
