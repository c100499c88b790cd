/** The shape of the isolation matrix: one file of cases per module, merged in isolation.test.ts. */
import type { Role } from '@portal/contracts';
import type request from 'supertest';
import type { LoggedIn } from '../helpers.js';

export interface Ids {
  tenantId: string;
  /** The hospital of that department (AHH / MVH). */
  hospitalId: string;
  departmentId: string;
  /** A trainee in the department (Kardiologisk Afdeling / Medicinsk Afdeling). */
  traineeId: string;
  /** That trainee's demo course (KBU in the department; hovedvejleder: the demo SUPERVISOR). */
  courseId: string;
  /** All ids of the tenant: none may appear in another tenant's response. */
  all: string[];
}

export interface Case {
  /** The role that holds the permission (same role is used in the other tenant). */
  as: Role;
  /**
   * The request. `s` is the caller; `ids` are the ids of the tenant whose data is targeted; `owner`
   * is a signed-in user of that tenant with the same role (to look up or create a record first).
   * May be async (return the response promise of the final request).
   */
  send: (s: LoggedIn, ids: Ids, owner: LoggedIn) => PromiseLike<request.Response>;
  okStatus: number;
  /** 'not-found': the other tenant gets 404. 'no-leak': it gets its own data only. 'platform': no tenant data at all. */
  cross: 'not-found' | 'no-leak' | 'platform';
  /** A role without the permission (403), or null when every signed-in role holds it. */
  denied: Role | null;
}

export const tenantIdOf = (s: LoggedIn) => s.me.tenant.id;
