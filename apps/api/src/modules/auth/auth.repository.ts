import type { Db, Tx } from '../../lib/db.js';

/** Regions shown on the login page (the tenant table is not tenant-owned). */
export function listPublicTenants(db: Db) {
  return db.tenant.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } });
}

export function findTenantIdBySlug(db: Db, slug: string) {
  return db.tenant.findUnique({ where: { slug }, select: { id: true } });
}

export function findActiveUserByEmail(tx: Tx, tenantId: string, email: string) {
  return tx.user.findFirst({
    where: { tenantId, email, deactivatedAt: null },
    select: { id: true, passwordHash: true },
  });
}
