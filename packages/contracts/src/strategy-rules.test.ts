import { describe, expect, it } from 'vitest';
import { attainmentColour, attainmentPercent, COMPUTED_INDICATOR_KEYS, indicatorMet } from './strategy-rules.js';

const seedBands = { green: 90, amber: 75 };

describe('attainmentColour', () => {
  it('is green at exactly the threshold: 9 of 10 at 90%', () => {
    expect(attainmentColour(9, 10, seedBands)).toBe('GREEN');
  });
  it('is amber just below it: 8 of 9 (88.9%)', () => {
    expect(attainmentColour(8, 9, seedBands)).toBe('AMBER');
  });
  it("is amber for MVH's November 2025 somatics figure (86%)", () => {
    expect(attainmentColour(86, 100, seedBands)).toBe('AMBER');
  });
  it('is red below the amber band and amber exactly at it', () => {
    expect(attainmentColour(3, 4, seedBands)).toBe('AMBER');
    expect(attainmentColour(74, 100, seedBands)).toBe('RED');
    expect(attainmentColour(0, 5, seedBands)).toBe('RED');
  });
  it('has no colour when nothing is in scope', () => {
    expect(attainmentColour(0, 0, seedBands)).toBe('NONE');
  });
  it('follows a strategy whose threshold is not 90', () => {
    expect(attainmentColour(4, 5, { green: 80, amber: 60 })).toBe('GREEN');
    expect(attainmentColour(3, 5, { green: 80, amber: 60 })).toBe('AMBER');
  });
});

describe('attainmentPercent', () => {
  it('rounds to one decimal and is null for an empty scope', () => {
    expect(attainmentPercent(8, 9)).toBe(88.9);
    expect(attainmentPercent(9, 10)).toBe(90);
    expect(attainmentPercent(0, 0)).toBeNull();
  });
});

describe('indicatorMet', () => {
  it('compares by direction and is null without a value or target', () => {
    expect(indicatorMet(10, 10, 'AT_LEAST')).toBe(true);
    expect(indicatorMet(9, 10, 'AT_LEAST')).toBe(false);
    expect(indicatorMet(0, 0, 'AT_MOST')).toBe(true);
    expect(indicatorMet(1, 0, 'AT_MOST')).toBe(false);
    expect(indicatorMet(null, 10, 'AT_LEAST')).toBeNull();
    expect(indicatorMet(5, null, 'AT_LEAST')).toBeNull();
  });
  it('lists every computed indicator the issues name', () => {
    // Issue 5's ten; issue 6's visits done on time, tutor practices with an approved programme and
    // the share of GPs in a continuing-education group.
    expect([...COMPUTED_INDICATOR_KEYS].sort()).toEqual(
      [
        'MEETINGS_ON_TIME',
        'WORKING_EDUCATION_BODIES',
        'LOCAL_FD_APPROVED',
        'NEW_ROLE_HOLDERS_WITH_MENTOR',
        'NEW_ROLE_HOLDERS_WITHOUT_MENTOR',
        'SUPERVISORS_TRAINED',
        'TRAINED_FACILITATORS',
        'FEEDBACK_PER_TRAINEE_MONTH',
        'TRAINEES_WITHOUT_FEEDBACK_4W',
        'TRAINEES_WITH_EDUCATION_PLAN',
        'GP_DEPARTMENT_VISITS_ON_TIME',
        'GPS_IN_GROUP',
        'TUTOR_PRACTICES_APPROVED_PROGRAMME',
      ].sort(),
    );
  });
});
