import { IMPORT_TEMPLATES, type ImportFileRequest, type ImportKind } from '@portal/contracts';

/** The chosen file as the API takes it: name, type and the bytes in base64. */
export function readImportFile(file: File): Promise<ImportFileRequest> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, contentType: file.type, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function csvCell(v: string): string {
  return /[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const TEMPLATE_FILE_NAMES: Record<ImportKind, string> = {
  departments: 'skabelon-afdelinger.csv',
  people: 'skabelon-personer.csv',
  'role-assignments': 'skabelon-roller.csv',
  courses: 'skabelon-uddannelsesforloeb.csv',
};

/** The template as Danish Excel opens it: UTF-8 with BOM, semicolons, header and one example row. */
export function templateCsv(kind: ImportKind): string {
  const { headers, example } = IMPORT_TEMPLATES[kind];
  return '\uFEFF' + [headers, example].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export function downloadTemplate(kind: ImportKind): void {
  const blob = new Blob([templateCsv(kind)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = TEMPLATE_FILE_NAMES[kind];
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
