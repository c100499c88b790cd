import type { Tx } from '../../lib/db.js';

const unitSelect = {
  id: true,
  name: true,
  kind: true,
  parent: { select: { id: true, name: true, kind: true, parent: { select: { id: true, name: true, kind: true } } } },
} as const;

export const assignmentViewSelect = {
  id: true,
  role: true,
  validFrom: true,
  validTo: true,
  scopeUnit: { select: unitSelect },
} as const;

interface MeRow {
  user_id: string;
  name: string;
  email: string;
  title: string | null;
  locale: string;
  tenant_id: string;
  tenant_slug: string;
  tenant_name: string;
  assignment_id: string | null;
  role: string | null;
  valid_from: Date | null;
  valid_to: Date | null;
  u0_id: string | null;
  u0_name: string | null;
  u0_kind: string | null;
  u1_id: string | null;
  u1_name: string | null;
  u1_kind: string | null;
  u2_id: string | null;
  u2_name: string | null;
  u2_kind: string | null;
}

type UnitNode = { id: string; name: string; kind: string; parent: UnitNode | null };

function unitNode(
  id: string | null,
  name: string | null,
  kind: string | null,
  parent: UnitNode | null,
): UnitNode | null {
  return id && name && kind ? { id, name, kind, parent } : null;
}

/**
 * The signed-in user with all their role assignments and each scope unit's two levels of
 * ancestors (the tree is hospital > department, area > practice). One SQL statement: it is read
 * on every page load of the web app.
 */
export async function findUserWithAssignments(tx: Tx, tenantId: string, userId: string) {
  const rows = await tx.$queryRaw<MeRow[]>`
    SELECT u.id::text AS user_id, u.name, u.email, u.title, u.locale,
           t.id::text AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name,
           ra.id::text AS assignment_id, ra.role, ra.valid_from, ra.valid_to,
           u0.id::text AS u0_id, u0.name AS u0_name, u0.kind AS u0_kind,
           u1.id::text AS u1_id, u1.name AS u1_name, u1.kind AS u1_kind,
           u2.id::text AS u2_id, u2.name AS u2_name, u2.kind AS u2_kind
      FROM app_user u
      JOIN tenant t ON t.id = u.tenant_id
      LEFT JOIN role_assignment ra ON ra.tenant_id = u.tenant_id AND ra.user_id = u.id
      LEFT JOIN org_unit u0 ON u0.tenant_id = u.tenant_id AND u0.id = ra.scope_unit_id
      LEFT JOIN org_unit u1 ON u1.tenant_id = u.tenant_id AND u1.id = u0.parent_id
      LEFT JOIN org_unit u2 ON u2.tenant_id = u.tenant_id AND u2.id = u1.parent_id
     WHERE u.tenant_id = ${tenantId}::uuid AND u.id = ${userId}::uuid AND u.deactivated_at IS NULL
     ORDER BY ra.valid_from DESC, ra.created_at ASC`;
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.user_id,
    name: first.name,
    email: first.email,
    title: first.title,
    locale: first.locale,
    tenant: { id: first.tenant_id, slug: first.tenant_slug, name: first.tenant_name },
    assignments: rows
      .filter((r) => r.assignment_id !== null)
      .map((r) => ({
        id: r.assignment_id!,
        role: r.role!,
        validFrom: r.valid_from!,
        validTo: r.valid_to,
        scopeUnit: unitNode(
          r.u0_id,
          r.u0_name,
          r.u0_kind,
          unitNode(r.u1_id, r.u1_name, r.u1_kind, unitNode(r.u2_id, r.u2_name, r.u2_kind, null)),
        ),
      })),
  };
}
