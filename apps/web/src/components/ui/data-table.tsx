import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';

/** A column: heading, the value that is exported, and optionally how it is shown on screen. */
export interface DataColumn<R> extends ExportColumn<R> {
  key: string;
  /** What the cell shows (default: the exported value as text, '–' for none). */
  display?: (row: R) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A `ResponsiveTable` (a table where there is room, a stacked list on phones) with "Hent CSV" /
 * "Hent XLSX" under it, built from the same columns and rows, so a download holds exactly the
 * figures shown. The dashboards' tables.
 */
export function DataTable<R>({
  rows,
  columns,
  caption,
  filename,
  sheetName,
  testId,
  empty,
  minWidth,
}: {
  rows: readonly R[];
  columns: readonly DataColumn<R>[];
  caption: string;
  /** File name without extension for the CSV/XLSX export. */
  filename: string;
  sheetName: string;
  testId: string;
  /** Shown instead of an empty table (and its export). */
  empty?: string;
  minWidth?: number;
}) {
  const table = (
    <ResponsiveTable
      rows={rows}
      caption={caption}
      testId={testId}
      empty={empty}
      minWidth={minWidth}
      columns={columns.map((c) => ({
        key: c.key,
        label: c.header,
        value: (r: R) => (c.display ? c.display(r) : (c.value(r) ?? '–')),
        align: c.numeric ? ('right' as const) : undefined,
      }))}
    />
  );
  if (empty !== undefined && rows.length === 0) return table;
  return (
    <Stack gap="xs">
      {table}
      <TableExport filename={filename} sheetName={sheetName} columns={columns} rows={rows} />
    </Stack>
  );
}
