/** Query keys of the competences feature: every change invalidates `all`. */
export const competenceKeys = {
  all: ['competences'] as const,
  lists: ['competences', 'lists'] as const,
  list: (id: string) => ['competences', 'lists', id] as const,
  course: (courseId: string) => ['competences', 'course', courseId] as const,
  events: (courseId: string) => ['competences', 'events', courseId] as const,
  progress: (unitId: string) => ['competences', 'progress', unitId] as const,
  mine: ['competences', 'mine'] as const,
  plan: (courseId: string) => ['competences', 'plan', courseId] as const,
  planVersions: (courseId: string) => ['competences', 'plan', courseId, 'versions'] as const,
  planVersion: (courseId: string, version: number) => ['competences', 'plan', courseId, 'versions', version] as const,
  units: ['competences', 'units'] as const,
};
