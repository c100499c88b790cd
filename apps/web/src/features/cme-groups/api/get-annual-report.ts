import { cmeAnnualReportSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/cme-groups/annual-report?year= */
export function getAnnualReport(year: number, signal?: AbortSignal) {
  return api.get(`/api/cme-groups/annual-report?year=${year}`, cmeAnnualReportSchema, signal);
}
export const annualReportQueryOptions = (year: number) =>
  queryOptions({
    queryKey: cmeKeys.annualReport(year),
    queryFn: ({ signal }) => getAnnualReport(year, signal),
    placeholderData: keepPreviousData,
  });
export function useAnnualReport(year: number) {
  return useQuery(annualReportQueryOptions(year));
}
