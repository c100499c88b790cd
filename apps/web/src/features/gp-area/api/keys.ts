/** Query keys of the gp-area feature: every change invalidates `all` (lists, overview, summary). */
export const gpAreaKeys = {
  all: ['gp-area'] as const,
  areas: ['gp-area', 'areas'] as const,
  area: (areaId: string) => ['gp-area', 'area', areaId] as const,
  timeEntries: (areaId: string, year: number) => ['gp-area', 'time-entries', areaId, year] as const,
  summary: (areaId: string, year: number) => ['gp-area', 'summary', areaId, year] as const,
  trainees: (areaId: string) => ['gp-area', 'trainees', areaId] as const,
  trainee: (areaId: string, courseId: string) => ['gp-area', 'trainee', areaId, courseId] as const,
  difficulty: (areaId: string, courseId: string) => ['gp-area', 'difficulty', areaId, courseId] as const,
};

export const areaUrl = (areaId: string) => `/api/gp-areas/${encodeURIComponent(areaId)}`;
export const traineeUrl = (areaId: string, courseId: string) =>
  `${areaUrl(areaId)}/trainees/${encodeURIComponent(courseId)}`;
