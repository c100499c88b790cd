/** Query keys of the indicators feature. */
export const indicatorKeys = {
  all: ['indicators'] as const,
  figures: (q: { unitId: string | null; from?: string; to?: string }) =>
    ['indicators', 'figures', q.unitId ?? 'region', q.from ?? '', q.to ?? ''] as const,
  records: (key: string, q: { unitId: string | null; from?: string; to?: string; cursor: string | null }) =>
    ['indicators', 'records', key, q.unitId ?? 'region', q.from ?? '', q.to ?? '', q.cursor ?? ''] as const,
};
