import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS, type ImportFileErrorCode } from '@portal/contracts';
import { AppError } from '../../lib/app-error.js';

/** A file read into a header and data rows, with the row numbers a spreadsheet shows. */
export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | null;
  headers: string[];
  /** Data rows; `row` is the spreadsheet row number (header = 1). Blank rows are left out. */
  rows: { row: number; cells: string[] }[];
}

const FILE_MESSAGES: Record<ImportFileErrorCode, string> = {
  FILE_UNREADABLE: 'Filen kunne ikke læses. Gem den som CSV (UTF-8 eller Windows) eller Excel (.xlsx).',
  FILE_TYPE: 'Filtypen understøttes ikke. Brug CSV eller Excel (.xlsx); gamle .xls-filer skal gemmes som .xlsx.',
  FILE_TOO_LARGE: `Filen er for stor (højst ${IMPORT_MAX_FILE_BYTES / 1024 / 1024} MB).`,
  FILE_EMPTY: 'Filen har ingen rækker ud over overskriftsrækken.',
  MISSING_COLUMN: 'En påkrævet kolonne mangler.',
  DUPLICATE_COLUMN: 'To kolonner betyder det samme.',
  TOO_MANY_ROWS: `Filen har for mange rækker (højst ${IMPORT_MAX_ROWS.toLocaleString('da-DK')}). Del den op i flere filer.`,
};

/** A problem with the file as a whole: 400 with one field error on `body.file`. */
export function fileError(code: ImportFileErrorCode, detail?: string): AppError {
  const message = detail ? `${FILE_MESSAGES[code]} ${detail}` : FILE_MESSAGES[code];
  return new AppError('VALIDATION_FAILED', {
    detail: message,
    errors: [{ path: 'body.file', code, message }],
  });
}

function decodeText(buf: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  let bytes = buf;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16 ("Unicode text" from Excel): not one of the formats we take.
    throw fileError('FILE_TYPE');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252: æ, ø, å are single bytes there.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: the more frequent of ';' and ',' outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === ',') comma++;
  }
  return comma > semi ? ',' : ';';
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function capRows(count: number): void {
  if (count > IMPORT_MAX_ROWS) {
    throw fileError('TOO_MANY_ROWS', `Denne har ${count.toLocaleString('da-DK')}.`);
  }
}

function parseCsv(buf: Buffer): ParsedFile {
  const { text, encoding } = decodeText(buf);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch {
    throw fileError('FILE_UNREADABLE');
  }
  // Records are rows as a spreadsheet shows them (a quoted line break stays in its cell).
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) throw fileError('FILE_EMPTY');
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlank(r.cells));
  capRows(rows.length);
  return { format: 'csv', encoding, delimiter, headers: records[headerIndex]!, rows };
}

type CellValue = ExcelJS.CellValue;

function isoOfDate(d: Date): string {
  // Excel dates carry no time zone; exceljs gives them as UTC midnight.
  return d.toISOString().slice(0, 10);
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoOfDate(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    // An e-mail typed into Excel becomes a hyperlink cell: its text is the address.
    if ('hyperlink' in v && 'text' in v) return cellText(v.text as CellValue);
    if ('result' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('error' in v) return '';
  }
  return '';
}

async function parseXlsx(buf: Buffer): Promise<ParsedFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw fileError('FILE_UNREADABLE');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw fileError('FILE_EMPTY');
  const all: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = r.values as CellValue[]; // 1-based: values[0] is unused
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] ?? null));
    all.push({ row: rowNumber, cells });
  });
  const nonBlank = all.filter((r) => !isBlank(r.cells));
  const header = nonBlank[0];
  if (!header) throw fileError('FILE_EMPTY');
  const rows = nonBlank.slice(1);
  capRows(rows.length);
  return { format: 'xlsx', encoding: null, delimiter: null, headers: header.cells, rows };
}

/** Reads a CSV or XLSX file (decided by its content, not its name). */
export async function parseImportFile(file: { fileName: string; contentBase64: string }): Promise<ParsedFile> {
  const buf = Buffer.from(file.contentBase64, 'base64');
  if (buf.length > IMPORT_MAX_FILE_BYTES) throw fileError('FILE_TOO_LARGE');
  if (buf.length === 0) throw fileError('FILE_EMPTY');
  // XLSX is a zip archive ("PK\x03\x04"); the old binary .xls is an OLE file (D0 CF 11 E0).
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  if (!isZip && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) throw fileError('FILE_TYPE');
  if (!isZip && buf.subarray(0, 4096).includes(0)) throw fileError('FILE_TYPE');
  const parsed = isZip ? await parseXlsx(buf) : parseCsv(buf);
  if (parsed.rows.length === 0) throw fileError('FILE_EMPTY');
  return parsed;
}
