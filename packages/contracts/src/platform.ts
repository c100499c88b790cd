import { z } from 'zod';
import { uuidSchema } from './auth.js';

/** What a platform operator sees of a tenant: no personal data, only counts. */
export const tenantSummarySchema = z.strictObject({
  id: uuidSchema,
  slug: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
});
export const tenantSummaryListSchema = z.strictObject({ items: z.array(tenantSummarySchema) });

export const createTenantRequestSchema = z.strictObject({
  slug: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'Only lowercase letters, digits and hyphens'),
  name: z.string().trim().min(2).max(200),
});
export type CreateTenantRequest = z.infer<typeof createTenantRequestSchema>;
