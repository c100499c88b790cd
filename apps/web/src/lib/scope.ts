import {
  ROLE_SCOPE_KIND,
  todayInDenmark,
  type IsoDate,
  type RoleAssignmentView,
  type UnitRef,
} from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';

/** The units of an assignment's scope, outermost first, ending with the scope unit itself. */
export function scopeChain(assignment: RoleAssignmentView): UnitRef[] {
  const chain = [...assignment.unitPath];
  const unit = assignment.unit;
  if (unit && !chain.some((u) => u.id === unit.id)) chain.push(unit);
  return chain;
}

export type AssignmentStatus = 'inForce' | 'notStarted' | 'ended';

export function assignmentStatus(assignment: RoleAssignmentView, today: IsoDate = todayInDenmark()): AssignmentStatus {
  if (assignment.inForce) return 'inForce';
  return assignment.validFrom > today ? 'notStarted' : 'ended';
}

/** Texts that describe a role assignment, in the current language. */
export function useAssignmentText() {
  const { t } = useTranslation();

  const scopePath = (a: RoleAssignmentView): string => {
    const chain = scopeChain(a);
    if (chain.length > 0) return chain.map((u) => u.name).join(t('scope.pathSeparator'));
    return ROLE_SCOPE_KIND[a.role] === 'PLATFORM' ? t('scope.platform') : t('scope.wholeRegion');
  };

  /** The scope unit's own name ("Kardiologisk Afdeling"), or the whole region / platform. */
  const scopeName = (a: RoleAssignmentView): string => scopeChain(a).at(-1)?.name ?? scopePath(a);

  /**
   * The scope switcher's option texts, by assignment id: the role's short name and the scope unit's
   * own name ("UAO · Kardiologisk Afdeling"), so what tells two roles apart survives a narrow select.
   * Where two would read the same (one role in two departments of the same name), the units above
   * follow in brackets.
   */
  const shortLabels = (assignments: RoleAssignmentView[]): Map<string, string> => {
    const short = (a: RoleAssignmentView) => `${t(`rolesShort.${a.role}`)} · ${scopeName(a)}`;
    const counts = new Map<string, number>();
    for (const a of assignments) counts.set(short(a), (counts.get(short(a)) ?? 0) + 1);
    return new Map(
      assignments.map((a) => {
        const ancestors = scopeChain(a).slice(0, -1);
        const clash = (counts.get(short(a)) ?? 0) > 1 && ancestors.length > 0;
        const label = clash ? `${short(a)} (${ancestors.map((u) => u.name).join(t('scope.pathSeparator'))})` : short(a);
        return [a.id, label];
      }),
    );
  };

  return {
    roleName: (a: Pick<RoleAssignmentView, 'role'>) => t(`roles.${a.role}`),
    scopePath,
    scopeName,
    shortLabels,
    /** "Role — unit path": the full description, e.g. as a tooltip of the scope switcher. */
    label: (a: RoleAssignmentView) => `${t(`roles.${a.role}`)} — ${scopePath(a)}`,
    validity: (a: RoleAssignmentView) =>
      a.validTo
        ? t('scope.validFromTo', { from: formatDate(a.validFrom), to: formatDate(a.validTo) })
        : t('scope.validFromOpen', { from: formatDate(a.validFrom) }),
    status: (a: RoleAssignmentView) => t(`scope.${assignmentStatus(a)}`),
  };
}
