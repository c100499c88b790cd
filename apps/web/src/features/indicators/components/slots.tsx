/**
 * This feature's parts of shared screens. Each returns null when there is nothing to show.
 */

/**
 * On the department dashboard: the department's values on the computed strategy indicators that
 * apply to it (met / not met against the targets of the strategies that cover the department).
 */
export function DepartmentIndicatorsPanel(_props: { unitId: string }) {
  return null;
}
