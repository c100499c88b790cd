import { bodyDetailSchema, type BodyDetail } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys } from './keys';

/** GET /api/education-bodies/:bodyId */
export function getEducationBody(bodyId: string, signal?: AbortSignal): Promise<BodyDetail> {
  return api.get(`/api/education-bodies/${bodyId}`, bodyDetailSchema, signal);
}

export const educationBodyQueryOptions = (bodyId: string) =>
  queryOptions({ queryKey: bodyKeys.detail(bodyId), queryFn: ({ signal }) => getEducationBody(bodyId, signal) });

export function useEducationBody(bodyId: string) {
  return useQuery(educationBodyQueryOptions(bodyId));
}
