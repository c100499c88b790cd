import type { QueryClient } from '@tanstack/react-query';
import { orgAdminKeys } from './get-admin-units';

/** After any change to the tree: the admin lists and the read-only unit queries. */
export function invalidateOrg(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgAdminKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['org-units'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]).then(() => undefined);
}
