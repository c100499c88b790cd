import { templateDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getTemplate = (id: string, signal?: AbortSignal) =>
  api.get(`/api/function-descriptions/templates/${id}`, templateDetailSchema, signal);

export const templateQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['function-descriptions', 'templates', id],
    queryFn: ({ signal }) => getTemplate(id, signal),
  });

export const useTemplate = (id: string) => useQuery(templateQueryOptions(id));
