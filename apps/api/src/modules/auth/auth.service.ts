import type { Db } from '../../lib/db.js';
import { withTenant } from '../../lib/db.js';
import { AppError } from '../../lib/app-error.js';
import type { SessionUser } from '../../lib/route.js';
import { writeAudit } from '../audit/audit.repository.js';
import { findActiveUserByEmail, findTenantIdBySlug } from './auth.repository.js';
import type { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';

export interface CredentialsInput {
  tenant: string;
  email: string;
  password: string;
  ip: string;
  requestId: string;
}

/**
 * Checks a user name and password. Every outcome is the same generic error to the caller; the
 * audit log (of the tenant named) records both success and failure.
 */
export async function verifyCredentials(
  db: Db,
  throttle: LoginThrottle,
  input: CredentialsInput,
): Promise<SessionUser> {
  const { tenant: slug, email, password, ip } = input;
  await throttle.assertAllowed(slug, email, ip);
  const tenant = await findTenantIdBySlug(db, slug);
  const user = tenant ? await withTenant(db, tenant.id, (tx) => findActiveUserByEmail(tx, tenant.id, email)) : null;
  const ok = await verifyPassword(user?.passwordHash, password);
  if (tenant) {
    await withTenant(db, tenant.id, (tx) =>
      writeAudit(tx, tenant.id, user?.id ?? null, {
        action: ok ? 'auth.login.succeeded' : 'auth.login.failed',
        entityType: 'user',
        ...(user ? { entityId: user.id } : {}),
        data: { email, ip, requestId: input.requestId },
      }),
    );
  }
  if (!ok || !tenant || !user) {
    await throttle.recordFailure(slug, email, ip);
    throw new AppError('INVALID_CREDENTIALS', { detail: 'Wrong e-mail or password' });
  }
  await throttle.recordSuccess(slug, email, ip);
  return { userId: user.id, tenantId: tenant.id };
}
