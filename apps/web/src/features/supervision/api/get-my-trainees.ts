import { myTraineesSchema, type MyTrainees } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { supervisionKeys } from './keys';

/** GET /api/supervision/my-trainees: the supervisor's current trainees, those lacking feedback first. */
export function getMyTrainees(signal?: AbortSignal): Promise<MyTrainees> {
  return api.get('/api/supervision/my-trainees', myTraineesSchema, signal);
}

export const myTraineesQueryOptions = () =>
  queryOptions({ queryKey: supervisionKeys.myTrainees, queryFn: ({ signal }) => getMyTrainees(signal) });

export function useMyTrainees(enabled = true) {
  return useQuery({ ...myTraineesQueryOptions(), enabled });
}
