import { hospitalComparisonSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { dashboardKeys } from './keys';

/** GET /api/department-dashboard/hospitals/:hospitalId/comparison?asOf= */
export function getHospitalComparison(hospitalId: string, asOf: string | null, signal?: AbortSignal) {
  const q = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return api.get(
    `/api/department-dashboard/hospitals/${encodeURIComponent(hospitalId)}/comparison${q}`,
    hospitalComparisonSchema,
    signal,
  );
}

export const hospitalComparisonQueryOptions = (hospitalId: string, asOf: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.hospital(hospitalId, asOf),
    queryFn: ({ signal }) => getHospitalComparison(hospitalId, asOf, signal),
    placeholderData: keepPreviousData,
  });

export function useHospitalComparison(hospitalId: string | null, asOf: string | null = null) {
  return useQuery({ ...hospitalComparisonQueryOptions(hospitalId ?? '', asOf), enabled: hospitalId !== null });
}
