import { templateVersionSchema, type TemplateContent } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

const base = (templateId: string) => `/api/function-descriptions/templates/${templateId}/versions`;

/** Start a draft (a copy of the latest version), save it, or approve it (region templates, TENANT_ADMIN). */
export const startTemplateDraft = (templateId: string) => api.post(base(templateId), undefined, templateVersionSchema);
export const saveTemplateDraft = (templateId: string, versionId: string, content: TemplateContent, version: number) =>
  api.put(`${base(templateId)}/${versionId}`, { content, version }, templateVersionSchema);
export const publishTemplateDraft = (templateId: string, versionId: string, version: number) =>
  api.post(`${base(templateId)}/${versionId}/publish`, { version }, templateVersionSchema);

export function useTemplateActions(templateId: string) {
  const qc = useQueryClient();
  const onSuccess = () => void qc.invalidateQueries({ queryKey: ['function-descriptions', 'templates'] });
  return {
    start: useMutation({ mutationFn: () => startTemplateDraft(templateId), onSuccess }),
    save: useMutation({
      mutationFn: (v: { versionId: string; content: TemplateContent; version: number }) =>
        saveTemplateDraft(templateId, v.versionId, v.content, v.version),
      onSuccess,
    }),
    publish: useMutation({
      mutationFn: (v: { versionId: string; version: number }) =>
        publishTemplateDraft(templateId, v.versionId, v.version),
      onSuccess,
    }),
  };
}
