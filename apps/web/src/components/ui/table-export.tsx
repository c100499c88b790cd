import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of an exported table: its heading and how to read a cell from a row. */
export interface ExportColumn<Row> {
  header: string;
  /** Numbers stay numbers in XLSX (so they can be summed); null is an empty cell. */
  value: (row: Row) => string | number | null;
}

interface TableExportProps<Row> {
  /** File name without extension, e.g. "forventningsafstemninger-kardiologi-2026-11-23". */
  filename: string;
  /** Heading of the worksheet (max 31 characters in Excel; longer is cut). */
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

function cells<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): (string | number | null)[][] {
  return rows.map((row) => columns.map((c) => c.value(row)));
}

/** RFC 4180 CSV (UTF-8 with BOM, so Excel reads æøå; CRLF), the same format as the audit export. */
export async function tableToCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Promise<string> {
  const Papa = (await import('papaparse')).default;
  const body = Papa.unparse(
    { fields: columns.map((c) => c.header), data: cells(columns, rows).map((r) => r.map((v) => v ?? '')) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return '\uFEFF' + body + '\r\n';
}

/** An XLSX workbook with one sheet: a bold header row, then the rows. */
export async function tableToXlsx<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<ArrayBuffer> {
  // Loaded on first use: exceljs is large and most visits never export.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Data');
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of cells(columns, rows)) ws.addRow(r.map((v) => v ?? undefined));
  ws.columns.forEach((col, i) => {
    const longest = Math.max(
      columns[i]!.header.length,
      ...rows.slice(0, 200).map((row) => String(columns[i]!.value(row) ?? '').length),
    );
    col.width = Math.min(60, Math.max(8, longest + 2));
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

function download(data: BlobPart, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Hent CSV" and "Hent XLSX" for a table on screen: the file holds exactly the rows and numbers
 * shown (built in the browser from the same data), so an export can never disagree with the page.
 * Hidden when printing.
 */
export function TableExport<Row>({ filename, sheetName, columns, rows }: TableExportProps<Row>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (kind: 'csv' | 'xlsx') => {
    setBusy(kind);
    try {
      if (kind === 'csv') download(await tableToCsv(columns, rows), 'text/csv;charset=utf-8', `${filename}.csv`);
      else
        download(
          await tableToXlsx(sheetName, columns, rows),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${filename}.xlsx`,
        );
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" className="no-print" aria-label={t('export.label', { name: sheetName })} role="group">
      <Button size="compact-sm" variant="default" loading={busy === 'csv'} onClick={() => void run('csv')}>
        {t('export.csv')}
      </Button>
      <Button size="compact-sm" variant="default" loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        {t('export.xlsx')}
      </Button>
    </Group>
  );
}
