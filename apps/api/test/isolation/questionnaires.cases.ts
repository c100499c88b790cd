import type { Case } from './types.js';

/** Isolation cases of the questionnaires module (issue 7; see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {};
