import { ROLES, type Role } from '@portal/contracts';

/** A role as it appears in a URL: `DEPARTMENT_HEAD` → `department-head`. */
export function roleToKey(role: Role): string {
  return role.toLowerCase().replace(/_/g, '-');
}

/** The role a URL segment names, or null when it names none. */
export function roleFromKey(key: string | undefined): Role | null {
  if (!key) return null;
  return ROLES.find((role) => roleToKey(role) === key) ?? null;
}

/** A redirect target is only followed when it is a path on this site. */
export function safeRedirect(target: string | null | undefined): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return null;
  }
  if (target.startsWith('/login')) return null;
  return target;
}

/** Every route path of the app, in one place. `path` is for the router, `getHref` for links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  login: {
    path: '/login',
    getHref: (redirectTo?: string | null) => {
      const target = safeRedirect(redirectTo);
      return target && target !== '/' ? `/login?redirectTo=${encodeURIComponent(target)}` : '/login';
    },
  },
  start: {
    path: '/start/:roleKey',
    getHref: (role: Role) => `/start/${roleToKey(role)}`,
  },
  profile: {
    path: '/profile',
    getHref: () => '/profile',
  },
  educationBodies: {
    path: '/education-bodies',
    getHref: () => '/education-bodies',
  },
  educationBodyNew: {
    path: '/education-bodies/new',
    getHref: () => '/education-bodies/new',
  },
  educationBody: {
    path: '/education-bodies/:bodyId',
    getHref: (bodyId: string) => `/education-bodies/${bodyId}`,
  },
  educationMeeting: {
    path: '/education-meetings/:meetingId',
    getHref: (meetingId: string) => `/education-meetings/${meetingId}`,
  },
} as const;
