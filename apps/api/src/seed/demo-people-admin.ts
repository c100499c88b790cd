import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** Demo data of the people-admin module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedPeopleAdmin(_tx: Tx, _ctx: SeedContext): Promise<void> {}
