/** Query keys of the gp-visits feature: every mutation invalidates `all` (and the activities). */
export const gpVisitKeys = {
  all: ['gp-visits'] as const,
  list: (areaId: string) => ['gp-visits', 'list', areaId] as const,
  linkable: (areaId: string) => ['gp-visits', 'linkable', areaId] as const,
};
