import { mentorCandidateListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getMentorCandidates = (assignmentId: string, signal?: AbortSignal) =>
  api.get(`/api/mentors/new-holders/${assignmentId}/candidates`, mentorCandidateListSchema, signal);

export const mentorCandidatesQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['mentors', 'candidates', assignmentId],
    queryFn: ({ signal }) => getMentorCandidates(assignmentId, signal),
  });

export const useMentorCandidates = (assignmentId: string | null) =>
  useQuery({ ...mentorCandidatesQueryOptions(assignmentId ?? ''), enabled: assignmentId !== null });
