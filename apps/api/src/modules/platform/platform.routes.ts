import { createTenantRequestSchema, tenantSummaryListSchema, tenantSummarySchema } from '@portal/contracts';
import { AppError } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/route.js';
import { createTenant, findTenantBySlug, listTenants } from './platform.repository.js';

const toSummary = (t: { id: string; slug: string; name: string; createdAt: Date }) => ({
  ...t,
  createdAt: t.createdAt.toISOString(),
});

/** The platform operator's routes: tenants only, never a tenant's personal data. */
export function platformRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/platform/tenants',
      tag: 'platform',
      summary: 'All tenants (regions) of the platform',
      access: { permission: 'platform:tenants:manage' },
      response: tenantSummaryListSchema,
      handler: async ({ ctx }) => ({
        items: (await listTenants(ctx.tx)).map(toSummary),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/platform/tenants',
      tag: 'platform',
      summary: 'Create a tenant (a region)',
      access: { permission: 'platform:tenants:manage' },
      body: createTenantRequestSchema,
      response: tenantSummarySchema,
      status: 201,
      handler: async ({ body, ctx }) => {
        const exists = await findTenantBySlug(ctx.tx, body.slug);
        if (exists)
          throw new AppError('CONFLICT', {
            detail: 'A tenant with this slug exists',
            errors: [{ path: 'body.slug', message: 'Already in use', code: 'duplicate' }],
          });
        const t = await createTenant(ctx.tx, body);
        await ctx.audit({
          action: 'platform.tenant.created',
          entityType: 'tenant',
          entityId: t.id,
          data: { slug: t.slug },
        });
        return toSummary(t);
      },
    }),
  ];
}
