import { gpDepartmentVisitSchema, type UpdateGpDepartmentLink } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useGpVisitMutation } from './mutate';

/** PUT /api/gp-areas/:areaId/department-visits/:linkId (a stale version answers 409) */
export function updateLink({ areaId, linkId, body }: { areaId: string; linkId: string; body: UpdateGpDepartmentLink }) {
  return api.put(
    `/api/gp-areas/${encodeURIComponent(areaId)}/department-visits/${encodeURIComponent(linkId)}`,
    body,
    gpDepartmentVisitSchema,
  );
}
export const useUpdateLink = () => useGpVisitMutation(updateLink);
