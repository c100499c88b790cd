import {
  isAssignmentInForce,
  roleSchema,
  unitKindSchema,
  type RoleAssignmentView,
  type UnitRef,
} from '@portal/contracts';

interface UnitRow {
  id: string;
  name: string;
  kind: string;
  parent?: UnitRow | null;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ref(u: UnitRow): UnitRef {
  return { id: u.id, name: u.name, kind: unitKindSchema.parse(u.kind) };
}

/** Ancestors of a unit, outermost first. */
export function unitPath(u: UnitRow): UnitRef[] {
  const path: UnitRef[] = [];
  for (let p = u.parent; p; p = p.parent) path.unshift(ref(p));
  return path;
}

export function toAssignmentView(
  a: { id: string; role: string; validFrom: Date; validTo: Date | null; scopeUnit: UnitRow | null },
  today: string,
): RoleAssignmentView {
  const validFrom = isoDate(a.validFrom);
  const validTo = a.validTo ? isoDate(a.validTo) : null;
  return {
    id: a.id,
    role: roleSchema.parse(a.role),
    unit: a.scopeUnit ? ref(a.scopeUnit) : null,
    unitPath: a.scopeUnit ? unitPath(a.scopeUnit) : [],
    validFrom,
    validTo,
    inForce: isAssignmentInForce({ validFrom, validTo }, today),
  };
}
