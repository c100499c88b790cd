/**
 * A per-process cache of a closed round's aggregates (questionnaire-results.service.ts). A closed
 * round takes no more answers, so its figures do not change; at 2,000 responses and six rounds of
 * trend one results page aggregates about 130,000 answers (0.27 s) on every view. Only aggregates
 * are kept (never a response), keyed by tenant, round (or questionnaire and its closed rounds),
 * grouping and the caller's visible units, so nobody gets figures computed for a wider view than
 * their own. Entries live `RESULTS_CACHE_SECONDS` (default 3600; 0 in tests: always compute), at
 * most MAX_ENTRIES, the least recently used dropped first; concurrent misses share one computation.
 */
const MAX_ENTRIES = 500;
let ttlMs = 0;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

/** Sets the lifetime (0 = off). Called once from buildApp with the config. */
export function configureResultsCache(seconds: number): void {
  ttlMs = seconds * 1000;
  entries.clear();
}

export async function cachedAggregate<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0) return compute();
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < ttlMs) {
    entries.delete(key); // refresh its place: least recently used goes first
    entries.set(key, hit);
    try {
      return (await hit.value) as T;
    } catch {
      return compute(); // the shared computation failed (e.g. its request's transaction ended)
    }
  }
  const value = compute();
  entries.set(key, { at: now, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
