/** Query keys of the continuing-education groups and the GP register: every change invalidates `all`. */
export const cmeKeys = {
  all: ['cme'] as const,
  groups: (state: string) => ['cme', 'groups', state] as const,
  group: (id: string) => ['cme', 'group', id] as const,
  coverage: ['cme', 'coverage'] as const,
  leaderCourses: (year: number | null) => ['cme', 'leader-courses', year] as const,
  annualReport: (year: number) => ['cme', 'annual-report', year] as const,
  gps: (query: string) => ['cme', 'gps', query] as const,
  practices: ['cme', 'practices'] as const,
};
