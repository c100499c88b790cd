import { auditEventListSchema, type AuditEventList } from '@portal/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The filters of the audit log, as the API takes them (times are ISO 8601 instants). */
export interface AuditFilters {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  events: (f: AuditFilters) => ['audit', 'events', f] as const,
  actors: ['audit', 'actors'] as const,
};

/** The filters as a query string (empty ones left out); shared with the CSV export. */
export function auditSearchParams(f: AuditFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...f, ...extra })) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params;
}

const PAGE_SIZE = '50';

/** One page of GET /api/audit-events, newest first; `before` is the cursor of the next page. */
export function getAuditEvents(
  f: AuditFilters,
  before: string | undefined,
  signal?: AbortSignal,
): Promise<AuditEventList> {
  const params = auditSearchParams(f, { limit: PAGE_SIZE, ...(before ? { before } : {}) });
  return api.get(`/api/audit-events?${params.toString()}`, auditEventListSchema, signal);
}

export const auditEventsQueryOptions = (f: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.events(f),
    queryFn: ({ pageParam, signal }) => getAuditEvents(f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

export function useAuditEvents(f: AuditFilters) {
  return useInfiniteQuery(auditEventsQueryOptions(f));
}
