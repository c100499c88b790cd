/** Query keys of the tutor-practices feature: every change invalidates the area's keys. */
export const tutorKeys = {
  all: ['tutor-practices'] as const,
  area: (areaId: string) => ['tutor-practices', areaId] as const,
  overview: (areaId: string) => ['tutor-practices', areaId, 'tutors'] as const,
  evaluations: (areaId: string) => ['tutor-practices', areaId, 'evaluations'] as const,
};
