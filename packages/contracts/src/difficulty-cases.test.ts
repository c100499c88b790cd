import { describe, expect, it } from 'vitest';
import {
  COMPETENCE_BEHIND_GAP_POINTS,
  COMPETENCE_BEHIND_MIN_ELAPSED_PCT,
  competenceBehind,
  courseElapsedPct,
  explainSignal,
} from './difficulty-cases.js';

// A course of exactly 100 days: day n after the start is n % elapsed.
const course = { startDate: '2026-01-01', endDate: '2026-04-11' };

describe('courseElapsedPct', () => {
  it('is the share of days from start to end, rounded down and kept within 0–100', () => {
    expect(courseElapsedPct(course, '2026-01-01')).toBe(0);
    expect(courseElapsedPct(course, '2026-01-26')).toBe(25);
    expect(courseElapsedPct(course, '2026-03-07')).toBe(65);
    expect(courseElapsedPct(course, '2025-12-01')).toBe(0);
    expect(courseElapsedPct(course, '2027-01-01')).toBe(100);
  });
});

describe('competenceBehind', () => {
  it('uses the documented thresholds', () => {
    expect(COMPETENCE_BEHIND_MIN_ELAPSED_PCT).toBe(25);
    expect(COMPETENCE_BEHIND_GAP_POINTS).toBe(30);
  });
  it('fires at 65 % elapsed with 20 % approved (gap 45 > 30)', () => {
    expect(competenceBehind({ ...course, approved: 2, total: 10 }, '2026-03-07')).toEqual({
      achievedPct: 20,
      elapsedPct: 65,
    });
  });
  it('does not fire exactly at the gap (35 % approved at 65 % elapsed), fires one point below', () => {
    expect(competenceBehind({ ...course, approved: 35, total: 100 }, '2026-03-07')).toBeNull();
    expect(competenceBehind({ ...course, approved: 34, total: 100 }, '2026-03-07')).toEqual({
      achievedPct: 34,
      elapsedPct: 65,
    });
  });
  it('with nothing approved, fires only once the elapsed share is above the gap (31 %)', () => {
    expect(competenceBehind({ ...course, approved: 0, total: 10 }, '2026-01-26')).toBeNull(); // 25 %
    expect(competenceBehind({ ...course, approved: 0, total: 10 }, '2026-01-31')).toBeNull(); // 30 %
    expect(competenceBehind({ ...course, approved: 0, total: 10 }, '2026-02-01')).toEqual({
      achievedPct: 0,
      elapsedPct: 31,
    });
  });
  it('never fires for a course without a competence list', () => {
    expect(competenceBehind({ ...course, approved: 0, total: 0 }, '2026-04-01')).toBeNull();
  });
});

describe('explainSignal', () => {
  it('states the figures', () => {
    const base = { days: null, achievedPct: null, elapsedPct: null, count: null };
    expect(explainSignal({ ...base, kind: 'EXPECTATION_MEETING_OVERDUE', days: 12 })).toBe(
      'forventningssamtale 12 dage over fristen',
    );
    expect(explainSignal({ ...base, kind: 'NO_RECENT_FEEDBACK', days: 41 })).toBe('ingen feedback i 41 dage');
    expect(explainSignal({ ...base, kind: 'COMPETENCE_BEHIND', achievedPct: 20, elapsedPct: 65 })).toBe(
      '20 % af kompetencerne godkendt efter 65 % af forløbet',
    );
  });
});
