import { templateVersionSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getTemplateVersion = (templateId: string, versionId: string, signal?: AbortSignal) =>
  api.get(`/api/function-descriptions/templates/${templateId}/versions/${versionId}`, templateVersionSchema, signal);

export const templateVersionQueryOptions = (templateId: string, versionId: string) =>
  queryOptions({
    queryKey: ['function-descriptions', 'templates', templateId, 'versions', versionId],
    queryFn: ({ signal }) => getTemplateVersion(templateId, versionId, signal),
  });

export const useTemplateVersion = (templateId: string, versionId: string | null) =>
  useQuery({ ...templateVersionQueryOptions(templateId, versionId ?? ''), enabled: versionId !== null });
