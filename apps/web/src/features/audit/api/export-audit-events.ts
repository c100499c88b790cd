import { auditSearchParams, type AuditFilters } from './get-audit-events';

/**
 * The address of GET /api/audit-events/export (CSV, an attachment) for the filters. A plain link
 * downloads it with the session cookie; the server writes the file and logs the export.
 */
export function auditExportHref(f: AuditFilters): string {
  const query = auditSearchParams(f).toString();
  return query ? `/api/audit-events/export?${query}` : '/api/audit-events/export';
}
