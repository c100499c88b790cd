import { AUDIT_EXPORT_MAX_ROWS, type AuditEvent } from '@portal/contracts';
import { stringify } from 'csv-stringify/sync';
import type { Principal } from '../auth/principal.repository.js';
import { permissionScope } from '../auth/principal.repository.js';
import type { Tx } from '../../lib/db.js';
import { listAuditEvents, type AuditFilter, type AuditRow, type AuditScope } from './audit.repository.js';

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

const CHUNK = 5000;

/** Up to AUDIT_EXPORT_MAX_ROWS events of the filter, newest first, read in keyset chunks. */
export async function collectForExport(
  tx: Tx,
  tenantId: string,
  scope: AuditScope,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; truncated: boolean }> {
  const rows: AuditRow[] = [];
  let before: bigint | undefined;
  // One row more than the cap tells whether the export was cut.
  while (rows.length <= AUDIT_EXPORT_MAX_ROWS) {
    const limit = Math.min(CHUNK, AUDIT_EXPORT_MAX_ROWS + 1 - rows.length);
    const chunk = await listAuditEvents(tx, tenantId, scope, filter, { limit, before });
    rows.push(...chunk);
    if (chunk.length < limit) break;
    before = chunk.at(-1)!.id;
  }
  const truncated = rows.length > AUDIT_EXPORT_MAX_ROWS;
  return { rows: truncated ? rows.slice(0, AUDIT_EXPORT_MAX_ROWS) : rows, truncated };
}

const danishTime = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Danish time as Danes write it: `23.11.2026 10.00.00` (Europe/Copenhagen). */
function danishDateTime(at: Date): string {
  const p = Object.fromEntries(danishTime.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}.${p.minute}.${p.second}`;
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

/** The CSV text (UTF-8 with BOM so Excel shows æ, ø and å; `;`-free RFC 4180 with commas). */
export function toCsv(rows: AuditRow[]): string {
  const records = rows.map((r) => [
    r.id.toString(),
    r.at.toISOString(),
    danishDateTime(r.at),
    r.actor_id ?? '',
    cell(r.actor_name),
    cell(r.action),
    cell(r.entity_type),
    cell(r.entity_id),
    cell(r.ip),
    cell(r.request_id),
    r.data === null || r.data === undefined ? '' : cell(JSON.stringify(r.data)),
  ]);
  return '\uFEFF' + stringify(records, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n' });
}
