import { departmentWellbeingSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/wellbeing/departments/:unitId?from&to */
export function getDepartmentWellbeing(unitId: string, from: string, to: string, signal?: AbortSignal) {
  const q = new URLSearchParams({ from, to });
  return api.get(
    `/api/wellbeing/departments/${encodeURIComponent(unitId)}?${q.toString()}`,
    departmentWellbeingSchema,
    signal,
  );
}

export const departmentWellbeingQueryOptions = (unitId: string, from: string, to: string) =>
  queryOptions({
    queryKey: wellbeingKeys.department(unitId, from, to),
    queryFn: ({ signal }) => getDepartmentWellbeing(unitId, from, to, signal),
    placeholderData: keepPreviousData,
  });

export function useDepartmentWellbeing(unitId: string | null, from: string, to: string) {
  return useQuery({ ...departmentWellbeingQueryOptions(unitId ?? '', from, to), enabled: unitId !== null });
}
