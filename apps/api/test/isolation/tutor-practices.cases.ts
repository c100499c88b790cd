import type { Case } from './types.js';

/** Isolation cases of the tutor-practices module (issue 6; see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {};
