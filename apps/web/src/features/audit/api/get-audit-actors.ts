import { auditActorListSchema, type AuditActorList } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { auditKeys } from './get-audit-events';

/** GET /api/audit-events/actors: the people the caller may filter the log by. */
export async function getAuditActors(signal?: AbortSignal): Promise<AuditActorList['items']> {
  return (await api.get('/api/audit-events/actors', auditActorListSchema, signal)).items;
}

export const auditActorsQueryOptions = () =>
  queryOptions({ queryKey: auditKeys.actors, queryFn: ({ signal }) => getAuditActors(signal), staleTime: 300_000 });

export function useAuditActors() {
  return useQuery(auditActorsQueryOptions());
}
