import type { UnitKind } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/get-units';

export interface UnitOption {
  value: string;
  label: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * The region's open units as select options, hospitals and areas followed by their departments
 * and practices ("AHH · Kardiologisk Afdeling"). `kinds` narrows them (e.g. to the kind a role needs).
 */
export function useUnitOptions(kinds?: readonly UnitKind[], scope: 'tenant' | Set<string> = 'tenant'): UnitOption[] {
  const { i18n } = useTranslation();
  const units = useUnits();
  if (!units.data) return [];
  const byId = new Map(units.data.map((u) => [u.id, u]));
  const label = (u: (typeof units.data)[number]) => {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return parent ? `${parent.shortName ?? parent.name} · ${u.name}` : u.name;
  };
  return units.data
    .filter((u) => !kinds || kinds.includes(u.kind))
    .filter((u) => scope === 'tenant' || scope.has(u.id) || (u.parentId !== null && scope.has(u.parentId)))
    .map((u) => ({ value: u.id, label: label(u), kind: u.kind, parentId: u.parentId }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}
