import { describe, expect, it } from 'vitest';
import { addCalendar, visitDueOn, visitDueStatus } from './gp-visits.js';

describe('visitDueOn', () => {
  it('is 3 years after the last held visit', () => {
    expect(visitDueOn('2020-01-01', '2024-05-17')).toBe('2027-05-17');
  });
  it('counts from the day the department joined when it was never visited', () => {
    expect(visitDueOn('2023-09-01', null)).toBe('2026-09-01');
  });
  it('moves 29 February to 28 February three years on (as PostgreSQL date + interval)', () => {
    expect(visitDueOn('2020-01-01', '2024-02-29')).toBe('2027-02-28');
    expect(addCalendar('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('adds months across a year end and clamps short months', () => {
    expect(addCalendar('2026-08-31', 0, 6)).toBe('2027-02-28');
    expect(addCalendar('2026-11-23', 0, 6)).toBe('2027-05-23');
  });
});

describe('visitDueStatus', () => {
  const today = '2026-11-23';
  it('is overdue from the day after the due date', () => {
    expect(visitDueStatus('2026-11-22', today)).toBe('OVERDUE');
    expect(visitDueStatus('2026-11-23', today)).toBe('DUE_SOON');
  });
  it('is due soon up to and including 6 months ahead, later after', () => {
    expect(visitDueStatus('2027-05-23', today)).toBe('DUE_SOON');
    expect(visitDueStatus('2027-05-24', today)).toBe('LATER');
  });
});
