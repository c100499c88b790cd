import { assignmentListSchema, type AssignmentListQuery } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toQueryString } from './get-people';

export type AssignmentParams = { [K in keyof AssignmentListQuery]?: string };

export function getRoleAssignments(params: AssignmentParams, signal?: AbortSignal) {
  return api.get(`/api/role-assignments?${toQueryString(params)}`, assignmentListSchema, signal);
}

export const roleAssignmentsQueryOptions = (params: AssignmentParams) =>
  queryOptions({
    queryKey: ['role-assignments', params],
    queryFn: ({ signal }) => getRoleAssignments(params, signal),
    placeholderData: keepPreviousData,
  });

export function useRoleAssignments(params: AssignmentParams) {
  return useQuery(roleAssignmentsQueryOptions(params));
}
