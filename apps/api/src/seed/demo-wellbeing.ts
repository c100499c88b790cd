import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** Demo data: defusings, talk requests and well-being meetings (issue 7). */
export async function seedWellbeing(_tx: Tx, _ctx: SeedContext): Promise<void> {
  // Filled in by the module.
}
