import type { IndicatorResult } from '@portal/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: { tenantId: string; key: string }[] = [];
let fail = false;
vi.mock('./indicator-service.js', () => ({
  computeIndicator: vi.fn(async (ctx: { tenantId: string }, key: string, scopes: { unitIds: (string | null)[] }) => {
    calls.push({ tenantId: ctx.tenantId, key });
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw new Error('statement failed');
    return scopes.unitIds.map((u): IndicatorResult => ({
      key: key as IndicatorResult['key'],
      unitId: u,
      from: '2026-01-01',
      to: '2026-11-23',
      valueType: 'COUNT',
      value: calls.length,
      numerator: calls.length,
      denominator: null,
    }));
  }),
}));

const { computeIndicatorCached, configureIndicatorCache } = await import('./indicator-cache.js');
const ctx = (tenantId: string) => ({ tx: {} as never, tenantId });
const scopes = { unitIds: [null], from: '2026-01-01', to: '2026-11-23' };

beforeEach(() => {
  calls.length = 0;
  fail = false;
  configureIndicatorCache(300);
});
afterEach(() => {
  vi.useRealTimers();
  configureIndicatorCache(0);
});

describe('computeIndicatorCached', () => {
  it('computes once and answers the same value within the lifetime', async () => {
    const a = await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    const b = await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    expect(calls).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it("never answers one tenant's value to another, nor one key's or period's for another", async () => {
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    await computeIndicatorCached(ctx('t2'), 'SUPERVISORS_TRAINED', scopes);
    await computeIndicatorCached(ctx('t1'), 'TRAINED_FACILITATORS', scopes);
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', { ...scopes, from: '2025-01-01' });
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', { ...scopes, unitIds: ['u1'] });
    expect(calls.map((c) => `${c.tenantId}:${c.key}`)).toEqual([
      't1:SUPERVISORS_TRAINED',
      't2:SUPERVISORS_TRAINED',
      't1:TRAINED_FACILITATORS',
      't1:SUPERVISORS_TRAINED',
      't1:SUPERVISORS_TRAINED',
    ]);
  });

  it('shares one computation between concurrent misses', async () => {
    await Promise.all([1, 2, 3].map(() => computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes)));
    expect(calls).toHaveLength(1);
  });

  it('computes again when the value is older than the lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    vi.setSystemTime(new Date('2026-11-23T10:04:59Z'));
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    expect(calls).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-23T10:05:01Z'));
    const later = await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    expect(calls).toHaveLength(2);
    expect(later[0]!.value).toBe(2);
  });

  it('does not keep a failure', async () => {
    fail = true;
    await expect(computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes)).rejects.toThrow('statement failed');
    fail = false;
    await expect(computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes)).resolves.toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('always computes when switched off (lifetime 0, the default in tests)', async () => {
    configureIndicatorCache(0);
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    await computeIndicatorCached(ctx('t1'), 'SUPERVISORS_TRAINED', scopes);
    expect(calls).toHaveLength(2);
  });
});
