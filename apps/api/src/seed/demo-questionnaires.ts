import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** Demo data: the MVH questionnaire on awareness and effect of the strategy, with its rounds (issue 7). */
export async function seedQuestionnaires(_tx: Tx, _ctx: SeedContext): Promise<void> {
  // Filled in by the module.
}
