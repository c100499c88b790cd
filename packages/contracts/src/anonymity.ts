/**
 * Anonymous data (questionnaires, defusing, well-being) is shown only in aggregates of at least
 * this many answers (domain rule; ADR 0013). Below it, no figure at all: not the mean, not the
 * distribution, not the count of answers of the group.
 */
export const MIN_AGGREGATE_ANSWERS = 5;

/** Whether a group with `answers` answers may be shown. */
export function mayShowAggregate(answers: number): boolean {
  return answers >= MIN_AGGREGATE_ANSWERS;
}
