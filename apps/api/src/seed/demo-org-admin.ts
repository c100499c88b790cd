import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** Demo data of the org-admin module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedOrgAdmin(_tx: Tx, _ctx: SeedContext): Promise<void> {}
