import { describe, expect, it } from 'vitest';
import { isGpActive, isNewlySettled } from './general-practitioners.js';

describe('GP register rules', () => {
  it('a GP is newly settled for 24 months after settling, counted in calendar months', () => {
    expect(isNewlySettled('2024-11-24', '2026-11-23')).toBe(true);
    expect(isNewlySettled('2024-11-23', '2026-11-23')).toBe(false);
    expect(isNewlySettled('2026-12-01', '2026-11-23')).toBe(true);
    expect(isNewlySettled(null, '2026-11-23')).toBe(false);
  });
  it('a GP is active until the day they leave', () => {
    expect(isGpActive(null, '2026-11-23')).toBe(true);
    expect(isGpActive('2026-11-24', '2026-11-23')).toBe(true);
    expect(isGpActive('2026-11-23', '2026-11-23')).toBe(false);
  });
});
