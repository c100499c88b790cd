import { describe, expect, it } from 'vitest';
import { halfYearOf, nextHalfYearRound, questionInputSchema, roundInputSchema } from './questionnaires.js';

describe('the half-year rule', () => {
  it('places a date in its half-year', () => {
    expect(halfYearOf('2026-06-30')).toEqual({ year: 2026, half: 1 });
    expect(halfYearOf('2026-07-01')).toEqual({ year: 2026, half: 2 });
  });
  it('offers the half-year after the latest round, opening on its first day', () => {
    expect(nextHalfYearRound('2026-07-01', '2026-11-24')).toEqual({
      label: '2027, 1. halvår',
      opensOn: '2027-01-01',
      closesOn: '2027-01-28',
      reminderEveryDays: 7,
    });
    expect(nextHalfYearRound('2027-01-10', '2027-02-01')).toMatchObject({
      label: '2027, 2. halvår',
      opensOn: '2027-07-01',
    });
  });
  it('without rounds, or after a gap, offers the current half-year from today, closing at its end at the latest', () => {
    expect(nextHalfYearRound(null, '2026-12-20')).toEqual({
      label: '2026, 2. halvår',
      opensOn: '2026-12-20',
      closesOn: '2026-12-31',
      reminderEveryDays: 7,
    });
    expect(nextHalfYearRound('2024-01-05', '2026-03-02')).toMatchObject({
      label: '2026, 1. halvår',
      opensOn: '2026-03-02',
      closesOn: '2026-03-29',
    });
  });
});

describe('question input', () => {
  it('a scale defaults to 1–5; a choice needs 2 to 20 options; a text has neither', () => {
    expect(questionInputSchema.safeParse({ kind: 'SCALE', text: 'Trives du?' }).success).toBe(true);
    expect(questionInputSchema.safeParse({ kind: 'SCALE', text: 'x', scaleMin: 5, scaleMax: 1 }).success).toBe(false);
    expect(questionInputSchema.safeParse({ kind: 'CHOICE', text: 'x', options: ['Ja'] }).success).toBe(false);
    expect(questionInputSchema.safeParse({ kind: 'CHOICE', text: 'x', options: ['Ja', 'Nej'] }).success).toBe(true);
    expect(questionInputSchema.safeParse({ kind: 'TEXT', text: 'x', options: ['Ja', 'Nej'] }).success).toBe(false);
    expect(questionInputSchema.safeParse({ kind: 'TEXT', text: 'x', scaleMin: 1 }).success).toBe(false);
  });
  it('a round closes on or after it opens', () => {
    const r = { label: 'x', opensOn: '2027-01-10', closesOn: '2027-01-01', reminderEveryDays: null };
    expect(roundInputSchema.safeParse(r).success).toBe(false);
  });
});
