import { describe, expect, it } from 'vitest';
import { isAssignmentInForce, ROLE_SCOPE_KIND, ROLES, roleNeedsScopeUnit, todayInDenmark } from './roles.js';

describe('isAssignmentInForce', () => {
  const a = { validFrom: '2026-02-01', validTo: '2026-07-31' };
  it('includes both the first and the last day', () => {
    expect(isAssignmentInForce(a, '2026-02-01')).toBe(true);
    expect(isAssignmentInForce(a, '2026-07-31')).toBe(true);
  });
  it('excludes the day before and the day after', () => {
    expect(isAssignmentInForce(a, '2026-01-31')).toBe(false);
    expect(isAssignmentInForce(a, '2026-08-01')).toBe(false);
  });
  it('has no end without validTo', () => {
    expect(isAssignmentInForce({ validFrom: '2020-01-01', validTo: null }, '2099-12-31')).toBe(true);
    expect(isAssignmentInForce({ validFrom: '2030-01-01', validTo: null }, '2029-12-31')).toBe(false);
  });
});

describe('todayInDenmark', () => {
  it('uses Danish local time, not UTC', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Copenhagen (winter time, UTC+1).
    expect(todayInDenmark(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    expect(todayInDenmark(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInDenmark(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('role scopes', () => {
  it('gives every role a scope kind', () => {
    for (const r of ROLES) expect(ROLE_SCOPE_KIND[r]).toBeDefined();
  });
  it('tenant-wide and platform roles need no unit; unit roles do', () => {
    expect(roleNeedsScopeUnit('TENANT_ADMIN')).toBe(false);
    expect(roleNeedsScopeUnit('CME_COORDINATOR')).toBe(false);
    expect(roleNeedsScopeUnit('PLATFORM_ADMIN')).toBe(false);
    expect(roleNeedsScopeUnit('UAO')).toBe(true);
    expect(roleNeedsScopeUnit('GP_COORDINATOR')).toBe(true);
  });
});
