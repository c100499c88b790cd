import { gpDepartmentVisitSchema, type CreateGpDepartmentLink } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useGpVisitMutation } from './mutate';

/** POST /api/gp-areas/:areaId/department-visits */
export function linkDepartment({ areaId, body }: { areaId: string; body: CreateGpDepartmentLink }) {
  return api.post(`/api/gp-areas/${encodeURIComponent(areaId)}/department-visits`, body, gpDepartmentVisitSchema);
}
export const useLinkDepartment = () => useGpVisitMutation(linkDepartment);
