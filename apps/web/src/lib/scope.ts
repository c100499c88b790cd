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

  return {
    roleName: (a: Pick<RoleAssignmentView, 'role'>) => t(`roles.${a.role}`),
    scopePath,
    /** "Role — unit path", as the scope switcher lists it. */
    label: (a: RoleAssignmentView) => `${t(`roles.${a.role}`)} — ${scopePath(a)}`,
    validity: (a: RoleAssignmentView) =>
      a.validTo
        ? t('scope.validFromTo', { from: formatDate(a.validFrom), to: formatDate(a.validTo) })
        : t('scope.validFromOpen', { from: formatDate(a.validFrom) }),
    status: (a: RoleAssignmentView) => t(`scope.${assignmentStatus(a)}`),
  };
}
