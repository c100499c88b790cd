import { gpVisitListSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useGpVisitMutation } from './mutate';

/** DELETE /api/gp-areas/:areaId/department-visits/:linkId?version= (only without visits) */
export function unlinkDepartment({ areaId, linkId, version }: { areaId: string; linkId: string; version: number }) {
  return api.delete(
    `/api/gp-areas/${encodeURIComponent(areaId)}/department-visits/${encodeURIComponent(linkId)}?version=${version}`,
    gpVisitListSchema,
  );
}
export const useUnlinkDepartment = () => useGpVisitMutation(unlinkDepartment);
