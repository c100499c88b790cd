import { templateListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getTemplates = (signal?: AbortSignal) =>
  api.get('/api/function-descriptions/templates', templateListSchema, signal);

export const templatesQueryOptions = () =>
  queryOptions({ queryKey: ['function-descriptions', 'templates'], queryFn: ({ signal }) => getTemplates(signal) });

export const useTemplates = () => useQuery(templatesQueryOptions());
