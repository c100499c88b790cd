import type { MeResponse, Permission, Role, RoleAssignmentView } from '@portal/contracts';
import { useRef } from 'react';
import { paths } from '@/config/paths';
import { useMe } from './get-me';

export interface Session {
  me: MeResponse;
  /** The assignment whose start page and navigation are shown; null when none is in force. */
  activeAssignment: RoleAssignmentView | null;
  activeRole: Role | null;
  /** Assignments in force today: the ones the scope switcher offers. */
  inForceAssignments: RoleAssignmentView[];
  can: (permission: Permission) => boolean;
}

export function toSession(me: MeResponse): Session {
  const activeAssignment = me.assignments.find((a) => a.id === me.activeAssignmentId) ?? null;
  return {
    me,
    activeAssignment,
    activeRole: activeAssignment?.role ?? null,
    inForceAssignments: me.assignments.filter((a) => a.inForce),
    can: (permission) => me.permissions.includes(permission),
  };
}

/**
 * The signed-in user. Only for components below the protected layout, which renders its children
 * once `me` is loaded and not null. At "Log ud" `me` becomes null while such components are still
 * mounted; a concurrent render may reach one of them before the layout swaps it for the login
 * page, so a component that has had a session keeps answering its last one for that render (it is
 * being removed) instead of throwing (React error #520 in the browser console, seen in
 * scope-switch.spec.ts). A component that never had one is a programming error and throws.
 */
export function useSession(): Session {
  const { data } = useMe();
  const last = useRef<Session | null>(null);
  if (data && last.current?.me !== data) last.current = toSession(data);
  if (!last.current) throw new Error('useSession() used outside the signed-in part of the app');
  return last.current;
}

/** Where a user lands: the start page of the active role, or `/` (which explains) when none. */
export function startPageHref(me: MeResponse): string {
  const role = toSession(me).activeRole;
  return role ? paths.start.getHref(role) : paths.home.getHref();
}
