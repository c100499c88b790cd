import { competenceProgressSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/competences/progress?unitId= */
export function getDepartmentProgress(unitId: string, signal?: AbortSignal) {
  const q = new URLSearchParams({ unitId });
  return api.get(`/api/competences/progress?${q.toString()}`, competenceProgressSchema, signal);
}

export const departmentProgressQueryOptions = (unitId: string) =>
  queryOptions({
    queryKey: competenceKeys.progress(unitId),
    queryFn: ({ signal }) => getDepartmentProgress(unitId, signal),
    placeholderData: keepPreviousData,
  });

export function useDepartmentProgress(unitId: string | null) {
  return useQuery({ ...departmentProgressQueryOptions(unitId ?? ''), enabled: unitId !== null });
}
