import { memberCandidateListSchema, type MemberCandidate } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys } from './keys';

/** GET /api/education-bodies/:bodyId/member-candidates */
export async function getMemberCandidates(bodyId: string, signal?: AbortSignal): Promise<MemberCandidate[]> {
  const { items } = await api.get(
    `/api/education-bodies/${bodyId}/member-candidates`,
    memberCandidateListSchema,
    signal,
  );
  return items;
}

export const memberCandidatesQueryOptions = (bodyId: string) =>
  queryOptions({ queryKey: bodyKeys.candidates(bodyId), queryFn: ({ signal }) => getMemberCandidates(bodyId, signal) });

export function useMemberCandidates(bodyId: string, enabled: boolean) {
  return useQuery({ ...memberCandidatesQueryOptions(bodyId), enabled });
}
