import { publicTenantListSchema, type PublicTenant } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The regions a user can sign in to (public). */
export async function getAuthTenants(signal?: AbortSignal): Promise<PublicTenant[]> {
  const { tenants } = await api.get('/api/auth/tenants', publicTenantListSchema, signal);
  return tenants;
}

export const authTenantsQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'tenants'],
    queryFn: ({ signal }) => getAuthTenants(signal),
    staleTime: 5 * 60_000,
  });

export function useAuthTenants() {
  return useQuery(authTenantsQueryOptions());
}
