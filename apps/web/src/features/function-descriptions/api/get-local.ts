import { localDescriptionSchema, type LocalDescription, type LocalRole } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const localUrl = (unitId: string, role: LocalRole) => `/api/function-descriptions/local/${unitId}/${role}`;

export const getLocal = (unitId: string, role: LocalRole, signal?: AbortSignal): Promise<LocalDescription> =>
  api.get(localUrl(unitId, role), localDescriptionSchema, signal);

export const localQueryOptions = (unitId: string, role: LocalRole) =>
  queryOptions({
    queryKey: ['function-descriptions', 'local', unitId, role],
    queryFn: ({ signal }) => getLocal(unitId, role, signal),
  });

export const useLocal = (unitId: string, role: LocalRole) => useQuery(localQueryOptions(unitId, role));
