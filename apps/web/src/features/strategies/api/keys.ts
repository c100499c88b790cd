/** Query keys of the strategies feature: every write invalidates `all` (list and dashboards). */
export const strategyKeys = {
  all: ['strategies'] as const,
  list: ['strategies', 'list'] as const,
  dashboard: (id: string, asOf: string | null) => ['strategies', 'dashboard', id, asOf ?? 'today'] as const,
  departmentStatuses: (id: string, initiativeId: string, asOf: string | null) =>
    ['strategies', 'department-statuses', id, initiativeId, asOf ?? 'today'] as const,
};
