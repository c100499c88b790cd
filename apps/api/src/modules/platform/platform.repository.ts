import type { Tx } from '../../lib/db.js';

const select = { id: true, slug: true, name: true, createdAt: true } as const;

export function listTenants(tx: Tx) {
  return tx.tenant.findMany({ select, orderBy: { name: 'asc' } });
}

export function findTenantBySlug(tx: Tx, slug: string) {
  return tx.tenant.findUnique({ where: { slug }, select: { id: true } });
}

export function createTenant(tx: Tx, data: { slug: string; name: string }) {
  return tx.tenant.create({ data, select });
}
