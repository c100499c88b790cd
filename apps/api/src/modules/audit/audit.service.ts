import { AUDIT_EXPORT_MAX_ROWS, type AuditEvent } from '@portal/contracts';
import { stringify } from 'csv-stringify/sync';
import type { Principal } from '../auth/principal.repository.js';
import { permissionScope } from '../auth/principal.repository.js';
import type { Tx } from '../../lib/db.js';
import {
  listAuditEventsForExport,
  type AuditExportRow,
  type AuditFilter,
  type AuditRow,
  type AuditScope,
} from './audit.repository.js';

/** The caller's audit scope: the whole region, or the units of their `audit:read` assignments. */
export function auditScopeOf(principal: Principal): AuditScope {
  const scope = permissionScope(principal, 'audit:read');
  return scope === 'tenant' ? 'tenant' : [...scope];
}

export function toFilter(q: {
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): AuditFilter {
  return {
    actorId: q.actorId,
    action: q.action,
    entityType: q.entityType,
    entityId: q.entityId,
    from: q.from !== undefined ? new Date(q.from) : undefined,
    to: q.to !== undefined ? new Date(q.to) : undefined,
  };
}

export function toAuditEvent(r: AuditRow): AuditEvent {
  const data = r.data;
  return {
    id: r.id.toString(),
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    ip: r.ip,
    requestId: r.request_id,
    data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null,
  };
}

const CHUNK = 10_000;
/**
 * The request's transaction may last 10 s (lib/db.ts). Reading stops after this long, and the
 * export says it was cut, rather than failing as a whole on a busy server.
 */
const READ_BUDGET_MS = 5_000;

export interface ExportRows {
  rows: AuditExportRow[];
  /** Why the export holds fewer events than match: the row cap, the time budget, or not cut. */
  truncatedBy: 'rows' | 'time' | null;
}

/** Up to AUDIT_EXPORT_MAX_ROWS events of the filter, newest first, read in keyset chunks. */
export async function collectForExport(
  tx: Tx,
  tenantId: string,
  scope: AuditScope,
  filter: AuditFilter,
  now: () => number = Date.now,
): Promise<ExportRows> {
  const started = now();
  const rows: AuditExportRow[] = [];
  let before: bigint | undefined;
  // One row more than the cap tells whether the export was cut.
  while (rows.length <= AUDIT_EXPORT_MAX_ROWS) {
    const limit = Math.min(CHUNK, AUDIT_EXPORT_MAX_ROWS + 1 - rows.length);
    const chunk = await listAuditEventsForExport(tx, tenantId, scope, filter, { limit, before });
    rows.push(...chunk);
    if (chunk.length < limit) break;
    if (rows.length <= AUDIT_EXPORT_MAX_ROWS && now() - started > READ_BUDGET_MS) {
      return { rows, truncatedBy: 'time' };
    }
    before = BigInt(chunk.at(-1)!.id);
  }
  return rows.length > AUDIT_EXPORT_MAX_ROWS
    ? { rows: rows.slice(0, AUDIT_EXPORT_MAX_ROWS), truncatedBy: 'rows' }
    : { rows, truncatedBy: null };
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is prefixed with
 * an apostrophe (CSV injection); everything else is written as it is.
 */
function cell(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  'id',
  'time_utc',
  'time_danish',
  'actor_id',
  'actor_name',
  'action',
  'entity_type',
  'entity_id',
  'ip',
  'request_id',
  'data',
] as const;

/** The CSV text: UTF-8 with a BOM (so Excel shows æ, ø and å), comma-separated, CRLF (RFC 4180). */
export function toCsv(rows: readonly AuditExportRow[]): string {
  const records = rows.map((r) => [
    r.id,
    r.time_utc,
    r.time_danish,
    r.actor_id ?? '',
    cell(r.actor_name),
    cell(r.action),
    cell(r.entity_type),
    cell(r.entity_id),
    cell(r.ip),
    cell(r.request_id),
    cell(r.data),
  ]);
  return '\uFEFF' + stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n' });
}
