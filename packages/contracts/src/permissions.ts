import { z } from 'zod';
import type { Role } from './roles.js';

/**
 * Permissions are what the API checks and what the web app uses to hide what a user may not do.
 * The server always decides; a permission held through a scoped role applies within that scope
 * (see `ScopedPermission`).
 */
export const PERMISSIONS = [
  'profile:read', // own profile, own role assignments, switch active scope
  'org:read', // read organisation units in scope
  'org:manage', // create/rename/move/close units
  'people:read', // read people in scope
  'people:manage', // create, edit, deactivate people
  'roles:manage', // give and end role assignments
  'audit:read', // read the audit log: tenant-wide, or for a unit-scoped role the events of its units (see audit.repository.ts)
  'courses:read', // read courses of the scope
  'courses:manage', // create and edit courses of the department
  'own-course:read', // a trainee's own course, meetings, feedback
  'supervision:write', // record supervision and feedback; see the courses one supervises
  'supervision:read', // read supervision and feedback content of the department's courses
  'competences:read', // competence catalogue; competence status and education plan of the courses one may see
  'competences:write', // set competence status on a course (trainee: own, not approve; supervisors, UAO/UKS: all)
  'education-bodies:manage', // education team, forum, council, meetings
  'education-bodies:read', // bodies and meetings one is a member of (or manages, or heads the department of)
  'function-descriptions:manage', // draft/approve local function descriptions
  'function-descriptions:read', // read templates, local descriptions and the status overview in scope
  'function-descriptions:admin', // oversee a hospital's descriptions (mark implemented, handovers); templates when held tenant-wide
  'mentors:manage', // match new UAO/UKS/UKYL with a mentor
  'department-dashboard:read', // the department dashboard
  'strategy:read', // strategy indicator dashboard
  'strategy:manage', // edit strategies, status updates and manual indicators
  'activities:manage', // Tutorcentret activities
  'gp-area:manage', // AMU workspace for a geographic area
  'cme-groups:manage', // continuing-education groups of general practitioners
  'early-warnings:read', // early-warning signals of one's trainees (UAO of the department, hovedvejleder of the course; checked per course)
  'difficulty-cases:open', // open a confidential case on a trainee in difficulty (UAO, hovedvejleder); reading is per case (named readers only)
  'wellbeing:record', // record a defusing after a shift (the trainee, or the senior doctor with the trainee)
  'wellbeing:read', // department well-being aggregates (at least 5 answers) and well-being meetings
  'questionnaires:manage', // write questionnaires, send rounds, remind, close
  'questionnaires:results', // read the anonymous results (groups of at least 5 answers) of questionnaires in scope
  'platform:tenants:manage', // create and list tenants (no personal data)
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  TRAINEE: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'own-course:read',
    'competences:read',
    'competences:write',
    'wellbeing:record',
  ],
  // A supervisor sees only their own trainees' courses (through course_supervisor), not the department's.
  SUPERVISOR: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'supervision:write',
    'competences:read',
    'competences:write',
    'early-warnings:read',
    'difficulty-cases:open',
    'wellbeing:record',
  ],
  UAO: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'people:read',
    'courses:read',
    'courses:manage',
    'supervision:write',
    'supervision:read',
    'education-bodies:manage',
    'function-descriptions:manage',
    'function-descriptions:read',
    'department-dashboard:read',
    'strategy:read',
    'competences:read',
    'competences:write',
    'early-warnings:read',
    'difficulty-cases:open',
    'wellbeing:record',
    'wellbeing:read',
    'questionnaires:results',
  ],
  UKS: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'people:read',
    'courses:read',
    'courses:manage',
    'supervision:write',
    'supervision:read',
    'education-bodies:manage',
    'department-dashboard:read',
    'competences:read',
    'competences:write',
    'wellbeing:record',
    'wellbeing:read',
    'questionnaires:results',
  ],
  // UKYL/AP-UKYL represent the trainees; they are trainees themselves and do not read others' courses.
  UKYL: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'own-course:read',
    'competences:read',
    'competences:write',
    'wellbeing:record',
  ],
  AP_UKYL: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'own-course:read',
    'competences:read',
    'competences:write',
    'wellbeing:record',
  ],
  DEPARTMENT_HEAD: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'people:read',
    'courses:read',
    'supervision:read',
    'function-descriptions:manage',
    'function-descriptions:read',
    'department-dashboard:read',
    'strategy:read',
    'competences:read',
    'wellbeing:read',
    'questionnaires:results',
  ],
  EDUCATION_CENTRE: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'org:manage',
    'people:read',
    'people:manage',
    'roles:manage',
    'audit:read',
    'courses:read',
    'education-bodies:manage',
    'activities:manage',
    'department-dashboard:read',
    'strategy:read',
    'strategy:manage',
    'function-descriptions:read',
    'function-descriptions:admin',
    'mentors:manage',
    'competences:read',
    'wellbeing:read',
    'questionnaires:manage',
    'questionnaires:results',
  ],
  GP_COORDINATOR: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'people:read',
    'courses:read',
    'gp-area:manage',
    'competences:read',
    'activities:manage', // the area's theme days, intro meetings, courses and department visits
  ],
  CME_COORDINATOR: ['profile:read', 'org:read', 'education-bodies:read', 'cme-groups:manage'],
  TENANT_ADMIN: [
    'profile:read',
    'org:read',
    'education-bodies:read',
    'org:manage',
    'people:read',
    'people:manage',
    'roles:manage',
    'audit:read',
    'courses:read',
    'education-bodies:manage',
    'activities:manage',
    'department-dashboard:read',
    'strategy:read',
    'strategy:manage',
    'function-descriptions:read',
    'function-descriptions:admin',
    'mentors:manage',
    'competences:read',
    'gp-area:manage',
    'cme-groups:manage',
    'wellbeing:read',
    'questionnaires:manage',
    'questionnaires:results',
  ],
  PLATFORM_ADMIN: ['profile:read', 'platform:tenants:manage'],
};

/** A permission together with the scope it was granted in (null unit = the whole tenant). */
export interface ScopedPermission {
  permission: Permission;
  role: Role;
  /** The unit the permission is limited to; null for tenant-wide or platform roles. */
  unitId: string | null;
}

/** Union of the permissions of the given roles, sorted, without duplicates. */
export function permissionsForRoles(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}
