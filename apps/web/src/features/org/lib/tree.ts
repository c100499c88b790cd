import { PARENT_KIND, type AdminOrgUnit, type UnitKind } from '@portal/contracts';

export interface TreeNode {
  unit: AdminOrgUnit;
  children: TreeNode[];
}

const KIND_ORDER: Record<UnitKind, number> = { HOSPITAL: 0, GP_AREA: 1, DEPARTMENT: 2, PRACTICE: 3 };

/**
 * The units as a tree. A unit whose parent is not in the list is a root: the top of the region
 * for a regional administrator, the hospital itself for Tutorcentret.
 */
export function buildTree(units: readonly AdminOrgUnit[], locale: string): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort(
      (a, b) => KIND_ORDER[a.unit.kind] - KIND_ORDER[b.unit.kind] || a.unit.name.localeCompare(b.unit.name, locale),
    );
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The kind of unit that can be created under a unit of this kind, if any. */
export function childKindOf(kind: UnitKind): UnitKind | null {
  return (Object.keys(PARENT_KIND) as UnitKind[]).find((k) => PARENT_KIND[k] === kind) ?? null;
}
