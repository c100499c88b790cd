import { createHash } from 'node:crypto';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../lib/app-error.js';

/**
 * Login throttling stored in PostgreSQL (shared by all API replicas): failures per user name + IP
 * (an attacker elsewhere cannot lock the victim out) and per IP per day.
 */
export class LoginThrottle {
  private readonly perUser: RateLimiterPostgres;
  private readonly perIpDay: RateLimiterPostgres;

  constructor(
    pool: pg.Pool,
    private readonly opts: { maxFailures: number; windowSeconds: number; maxFailuresPerIpDay: number },
  ) {
    const common = { storeClient: pool, storeType: 'pool', tableName: 'login_throttle', tableCreated: true } as const;
    this.perUser = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'u',
      points: opts.maxFailures,
      duration: opts.windowSeconds,
    });
    this.perIpDay = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: opts.maxFailuresPerIpDay,
      duration: 86_400,
    });
  }

  private static key(...parts: string[]): string {
    return createHash('sha256').update(parts.join('\0')).digest('hex');
  }

  /** Throws RATE_LIMITED (429 + Retry-After) when either budget is spent. */
  async assertAllowed(tenant: string, email: string, ip: string): Promise<void> {
    const [u, i] = await Promise.all([
      this.perUser.get(LoginThrottle.key(tenant, email, ip)),
      this.perIpDay.get(LoginThrottle.key(ip)),
    ]);
    const blocked = [
      u && u.consumedPoints >= this.opts.maxFailures ? u : null,
      i && i.consumedPoints >= this.opts.maxFailuresPerIpDay ? i : null,
    ].filter((x): x is RateLimiterRes => x !== null);
    if (blocked.length > 0) {
      const retryAfter = Math.max(1, Math.ceil(Math.max(...blocked.map((b) => b.msBeforeNext)) / 1000));
      throw new AppError('RATE_LIMITED', {
        detail: 'Too many failed sign-in attempts. Try again later.',
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }

  async recordFailure(tenant: string, email: string, ip: string): Promise<void> {
    const swallowLimit = (e: unknown) => {
      if (e instanceof RateLimiterRes) return; // over the limit already: the next attempt gets 429
      throw e;
    };
    await Promise.all([
      this.perUser.consume(LoginThrottle.key(tenant, email, ip)).catch(swallowLimit),
      this.perIpDay.consume(LoginThrottle.key(ip)).catch(swallowLimit),
    ]);
  }

  async recordSuccess(tenant: string, email: string, ip: string): Promise<void> {
    await this.perUser.delete(LoginThrottle.key(tenant, email, ip));
  }
}
