/** Query keys of the activities feature: every mutation invalidates `all`. */
export const activityKeys = {
  all: ['activities'] as const,
  list: (filter: object) => ['activities', 'list', filter] as const,
  detail: (id: string) => ['activities', 'detail', id] as const,
  stats: (q: object) => ['activities', 'stats', q] as const,
  participants: (q: string) => ['activities', 'participants', q] as const,
  units: ['activities', 'units'] as const,
};
