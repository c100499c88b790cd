import type { Permission, Role } from '@portal/contracts';
import type da from '../locales/da.json';
import { paths } from './paths';

export interface NavContext {
  activeRole: Role | null;
}

export interface NavItem {
  id: string;
  /** A key under `nav.` in src/locales/*.json. */
  labelKey: `nav.${keyof typeof da.nav}`;
  href: (context: NavContext) => string;
  /** Shown only when MeResponse.permissions holds this; the API checks again on every call. */
  permission?: Permission;
  /** Shown when MeResponse.permissions holds at least one of these. */
  anyPermission?: readonly Permission[];
  /** Hidden when MeResponse.permissions holds this. */
  unlessPermission?: Permission;
  /** Also shown (whatever the permissions) to holders of one of these roles in force today. */
  alsoForRoles?: readonly Role[];
}

/**
 * The navigation, for every role. An entry is added here together with its screen (never before:
 * no links to pages that do not exist yet), in the order a user meets them: their own work first
 * (own course, feedback, trainees), then the department's, then the hospital's administration,
 * then messages and profile. Planned entries and their permissions:
 * Regioner (platform:tenants:manage).
 */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    id: 'home',
    labelKey: 'nav.home',
    href: ({ activeRole }) => (activeRole ? paths.start.getHref(activeRole) : paths.home.getHref()),
  },
  {
    id: 'myCourse',
    labelKey: 'nav.myCourse',
    href: () => paths.myCourse.getHref(),
    permission: 'own-course:read',
  },
  {
    id: 'myFeedback',
    labelKey: 'nav.myFeedback',
    href: () => paths.myFeedback.getHref(),
    permission: 'own-course:read',
  },
  {
    id: 'defusing',
    labelKey: 'nav.defusing',
    href: () => paths.defusing.getHref(),
    // Trainees for themselves; supervisors, UAO and UKS together with a trainee of the department.
    permission: 'wellbeing:record',
  },
  {
    id: 'myTrainees',
    labelKey: 'nav.myTrainees',
    href: () => paths.myTrainees.getHref(),
    permission: 'supervision:write',
  },
  {
    id: 'earlyWarnings',
    labelKey: 'nav.earlyWarnings',
    href: () => paths.earlyWarnings.getHref(),
    permission: 'early-warnings:read',
  },
  {
    id: 'difficultyCases',
    labelKey: 'nav.difficultyCases',
    href: () => paths.difficultyCases.getHref(),
    // Those who open cases and the cheflæge (a reader of the department's cases); a trainee or an
    // added reader reaches their cases from a card on the start page.
    permission: 'difficulty-cases:open',
    alsoForRoles: ['DEPARTMENT_HEAD'],
  },
  {
    id: 'talkRequests',
    labelKey: 'nav.talkRequests',
    href: () => paths.talkRequests.getHref(),
    // Who can be asked for a talk: supervisors, UAO and UKS (all hold supervision:write); a
    // trainee sees their own requests' status on the defusing page.
    permission: 'wellbeing:record',
    anyPermission: ['supervision:write'],
  },
  {
    id: 'courses',
    labelKey: 'nav.courses',
    href: () => paths.courses.getHref(),
    permission: 'courses:read',
  },
  {
    id: 'expectation-meetings',
    labelKey: 'nav.expectationMeetings',
    href: () => paths.expectationMeetings.getHref(),
    // Supervisors (their trainees) and the department's and hospital's readers; a trainee finds
    // their own meeting on the start page.
    anyPermission: ['supervision:write', 'courses:read'],
  },
  {
    id: 'competenceProgress',
    labelKey: 'nav.competenceProgress',
    href: () => paths.competenceProgress.getHref(),
    permission: 'courses:read',
  },
  {
    id: 'departmentDashboard',
    labelKey: 'nav.departmentDashboard',
    href: () => paths.departmentDashboard.getHref(),
    permission: 'department-dashboard:read',
    // For the roles with a department scope (UAO, UKS, cheflæge); those who oversee a hospital or
    // the region (org:manage: Tutorcentret, admin) start from the hospital view and pick there.
    unlessPermission: 'org:manage',
  },
  {
    id: 'hospitalDashboard',
    labelKey: 'nav.hospitalDashboard',
    href: () => paths.hospitalDashboard.getHref(),
    anyPermission: ['department-dashboard:read'],
    // Only who oversees a hospital's departments (Tutorcentret: its hospital; admin: the region).
    permission: 'org:manage',
  },
  {
    id: 'wellbeing',
    labelKey: 'nav.wellbeing',
    href: () => paths.wellbeing.getHref(),
    permission: 'wellbeing:read',
  },
  {
    id: 'competences',
    labelKey: 'nav.competences',
    href: () => paths.competences.getHref(),
    permission: 'competences:read',
  },
  {
    id: 'escalationChains',
    labelKey: 'nav.escalationChains',
    href: () => paths.escalationChains.getHref(),
    permission: 'courses:manage',
  },
  {
    id: 'education-bodies',
    labelKey: 'nav.educationBodies',
    href: () => paths.educationBodies.getHref(),
    permission: 'education-bodies:read',
  },
  {
    id: 'functionDescriptions',
    labelKey: 'nav.functionDescriptions',
    href: () => paths.functionDescriptions.getHref(),
    permission: 'function-descriptions:read',
  },
  {
    id: 'mentors',
    labelKey: 'nav.mentors',
    href: () => paths.mentors.getHref(),
    permission: 'mentors:manage',
  },
  {
    id: 'gpArea',
    labelKey: 'nav.gpArea',
    href: () => paths.gpArea.getHref(),
    permission: 'gp-area:manage',
  },
  {
    id: 'activities',
    labelKey: 'nav.activities',
    href: () => paths.activities.getHref(),
    permission: 'activities:manage',
  },
  {
    id: 'cmeGroups',
    labelKey: 'nav.cmeGroups',
    href: () => paths.cmeGroups.getHref(),
    permission: 'cme-groups:manage',
  },
  {
    id: 'questionnaires',
    labelKey: 'nav.questionnaires',
    href: () => paths.questionnaires.getHref(),
    permission: 'questionnaires:manage',
  },
  {
    id: 'generalPractitioners',
    labelKey: 'nav.generalPractitioners',
    href: () => paths.generalPractitioners.getHref(),
    anyPermission: ['cme-groups:manage', 'gp-area:manage'],
  },
  {
    id: 'strategies',
    labelKey: 'nav.strategies',
    href: () => paths.strategies.getHref(),
    // Council members without strategy:read reach their hospital's strategy from the start-page
    // card (features/strategies/components/strategy-links.tsx).
    permission: 'strategy:read',
  },
  {
    id: 'questionnaireResults',
    labelKey: 'nav.questionnaireResults',
    href: () => paths.questionnaireResultsList.getHref(),
    permission: 'questionnaires:results',
  },
  {
    id: 'people',
    labelKey: 'nav.people',
    href: () => paths.people.getHref(),
    permission: 'people:read',
  },
  {
    id: 'roleAssignments',
    labelKey: 'nav.roleAssignments',
    href: () => paths.roleAssignments.getHref(),
    permission: 'people:read',
  },
  {
    id: 'org-units',
    labelKey: 'nav.orgUnits',
    href: () => paths.orgAdmin.getHref(),
    permission: 'org:manage',
  },
  {
    id: 'imports',
    labelKey: 'nav.imports',
    href: () => paths.imports.getHref(),
    // Each import kind has its own permission (org:manage, people:manage, roles:manage); the
    // screen offers the kinds the user holds. Everyone who may import people sees the entry.
    permission: 'people:manage',
  },
  {
    id: 'audit',
    labelKey: 'nav.audit',
    href: () => paths.auditLog.getHref(),
    permission: 'audit:read',
  },
  {
    id: 'sent-messages',
    labelKey: 'nav.sentMessages',
    // Every signed-in user: what the portal e-mailed them.
    href: () => paths.sentMessages.getHref(),
  },
  {
    id: 'profile',
    labelKey: 'nav.profile',
    // Every signed-in user, also one with no role in force (who needs it most).
    href: () => paths.profile.getHref(),
  },
];

export function visibleNavItems(can: (permission: Permission) => boolean, roles: readonly Role[] = []): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      (item.alsoForRoles?.some((r) => roles.includes(r)) ?? false) ||
      ((!item.permission || can(item.permission)) &&
        (!item.anyPermission || item.anyPermission.some(can)) &&
        (!item.unlessPermission || !can(item.unlessPermission))),
  );
}
