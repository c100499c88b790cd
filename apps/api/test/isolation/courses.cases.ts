import type { Case } from './types.js';

/** Isolation cases of the courses module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {};
