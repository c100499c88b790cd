import { tenantSummaryListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

export type TenantSummary = z.infer<typeof tenantSummaryListSchema>['items'][number];

/** The tenants (regions) on the platform: no personal data (platform:tenants:manage). */
export async function getPlatformTenants(signal?: AbortSignal): Promise<TenantSummary[]> {
  const { items } = await api.get('/api/platform/tenants', tenantSummaryListSchema, signal);
  return items;
}

export const platformTenantsQueryOptions = () =>
  queryOptions({
    queryKey: ['platform', 'tenants'],
    queryFn: ({ signal }) => getPlatformTenants(signal),
  });

export function usePlatformTenants() {
  return useQuery(platformTenantsQueryOptions());
}
