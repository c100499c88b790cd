import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** Demo data: confidential cases on trainees in difficulty (issue 7). */
export async function seedDifficultyCases(_tx: Tx, _ctx: SeedContext): Promise<void> {
  // Filled in by the module.
}
