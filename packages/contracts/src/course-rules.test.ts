import { describe, expect, it } from 'vitest';
import { expectationMeetingDueDate } from './course-rules.js';

describe('expectationMeetingDueDate', () => {
  it('is start + 14 days for KBU and + 28 days for the other tracks', () => {
    // Monday 3 August 2026
    expect(expectationMeetingDueDate({ track: 'KBU', startDate: '2026-08-03', endDate: '2027-01-31' })).toBe(
      '2026-08-17',
    );
    expect(expectationMeetingDueDate({ track: 'INTRODUCTION', startDate: '2026-08-03', endDate: '2027-07-31' })).toBe(
      '2026-08-31',
    );
    expect(expectationMeetingDueDate({ track: 'SPECIALIST', startDate: '2026-08-03', endDate: '2030-07-31' })).toBe(
      '2026-08-31',
    );
  });

  it('counts from a start on a weekend and moves a weekend due date back to the Friday', () => {
    // Saturday 1 August 2026 + 14 = Saturday 15 August → Friday 14 August
    expect(expectationMeetingDueDate({ track: 'KBU', startDate: '2026-08-01', endDate: '2027-01-31' })).toBe(
      '2026-08-14',
    );
    // Sunday 2 August 2026 + 28 = Sunday 30 August → Friday 28 August
    expect(expectationMeetingDueDate({ track: 'SPECIALIST', startDate: '2026-08-02', endDate: '2030-07-31' })).toBe(
      '2026-08-28',
    );
  });

  it('is the last day of a course shorter than the window', () => {
    expect(expectationMeetingDueDate({ track: 'KBU', startDate: '2026-08-03', endDate: '2026-08-12' })).toBe(
      '2026-08-12',
    );
    // ends on a Sunday: the Friday before
    expect(expectationMeetingDueDate({ track: 'INTRODUCTION', startDate: '2026-08-03', endDate: '2026-08-16' })).toBe(
      '2026-08-14',
    );
  });

  it('never falls before the start, even for a weekend-only course', () => {
    expect(expectationMeetingDueDate({ track: 'KBU', startDate: '2026-08-01', endDate: '2026-08-02' })).toBe(
      '2026-08-01',
    );
  });

  it('follows a changed start date (it is computed, not stored)', () => {
    const course = { track: 'KBU' as const, startDate: '2026-08-03', endDate: '2027-01-31' };
    expect(expectationMeetingDueDate(course)).toBe('2026-08-17');
    expect(expectationMeetingDueDate({ ...course, startDate: '2026-09-01' })).toBe('2026-09-15');
  });

  it('crosses month and year ends and leap days', () => {
    expect(expectationMeetingDueDate({ track: 'KBU', startDate: '2027-12-20', endDate: '2028-06-30' })).toBe(
      '2028-01-03',
    );
    expect(expectationMeetingDueDate({ track: 'SPECIALIST', startDate: '2028-02-01', endDate: '2032-01-31' })).toBe(
      '2028-02-29',
    );
  });
});
