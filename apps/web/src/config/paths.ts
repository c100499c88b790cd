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
  expectationMeetings: {
    path: '/expectation-meetings',
    getHref: () => '/expectation-meetings',
  },
  expectationMeeting: {
    path: '/expectation-meetings/:courseId',
    getHref: (courseId: string) => `/expectation-meetings/${encodeURIComponent(courseId)}`,
  },
  sentMessages: {
    path: '/messages',
    getHref: () => '/messages',
  },
  myTrainees: {
    path: '/supervision',
    getHref: () => '/supervision',
  },
  supervisionCourse: {
    path: '/supervision/courses/:courseId',
    getHref: (courseId: string) => `/supervision/courses/${encodeURIComponent(courseId)}`,
  },
  supervisionNew: {
    path: '/supervision/courses/:courseId/new-supervision',
    getHref: (courseId: string) => `/supervision/courses/${encodeURIComponent(courseId)}/new-supervision`,
  },
  feedbackNew: {
    path: '/feedback/new/:courseId',
    getHref: (courseId: string, requestId?: string | null) =>
      `/feedback/new/${encodeURIComponent(courseId)}${requestId ? `?request=${encodeURIComponent(requestId)}` : ''}`,
  },
  feedbackRequest: {
    path: '/feedback/requests/:requestId',
    getHref: (requestId: string) => `/feedback/requests/${encodeURIComponent(requestId)}`,
  },
  myFeedback: {
    path: '/my-feedback',
    getHref: () => '/my-feedback',
  },
  activities: {
    path: '/activities',
    getHref: () => '/activities',
  },
  activityNew: {
    path: '/activities/new',
    getHref: () => '/activities/new',
  },
  activityStats: {
    path: '/activities/stats',
    getHref: () => '/activities/stats',
  },
  activity: {
    path: '/activities/:activityId',
    getHref: (id: string) => `/activities/${encodeURIComponent(id)}`,
  },
  activityEdit: {
    path: '/activities/:activityId/edit',
    getHref: (id: string) => `/activities/${encodeURIComponent(id)}/edit`,
  },
  competences: {
    path: '/competences',
    getHref: () => '/competences',
  },
  competenceProgress: {
    path: '/competences/progress',
    getHref: (unitId?: string) =>
      unitId ? `/competences/progress?unitId=${encodeURIComponent(unitId)}` : '/competences/progress',
  },
  competenceCourse: {
    /** The course's education plan and competences (the course page shows the same panel). */
    path: '/competences/courses/:courseId',
    getHref: (courseId: string) => `/competences/courses/${encodeURIComponent(courseId)}`,
  },
  functionDescriptions: {
    path: '/function-descriptions',
    getHref: () => '/function-descriptions',
  },
  functionDescriptionTemplates: {
    path: '/function-descriptions/templates',
    getHref: () => '/function-descriptions/templates',
  },
  localFunctionDescription: {
    path: '/function-descriptions/:unitId/:role',
    getHref: (unitId: string, role: string) => `/function-descriptions/${unitId}/${role}`,
  },
  mentors: {
    path: '/mentors',
    getHref: () => '/mentors',
  },
  orgAdmin: {
    path: '/admin/organisation',
    getHref: () => '/admin/organisation',
  },
  specialties: {
    path: '/admin/specialties',
    getHref: () => '/admin/specialties',
  },
  auditLog: {
    path: '/admin/audit-log',
    getHref: () => '/admin/audit-log',
  },
  people: {
    path: '/people',
    /** With `assignRole`/`assignUnit`: pick the person to give that role (from the coverage gaps). */
    getHref: (assign?: { assignRole: string; assignUnit: string }) =>
      assign ? `/people?${new URLSearchParams(assign).toString()}` : '/people',
  },
  personNew: {
    path: '/people/new',
    getHref: () => '/people/new',
  },
  person: {
    path: '/people/:userId',
    getHref: (userId: string, assign?: { assignRole: string; assignUnit: string }) =>
      `/people/${encodeURIComponent(userId)}${assign ? `?${new URLSearchParams(assign).toString()}` : ''}`,
  },
  roleAssignments: {
    path: '/role-assignments',
    getHref: () => '/role-assignments',
  },
  coverageGaps: {
    path: '/coverage-gaps',
    getHref: () => '/coverage-gaps',
  },
  invitation: {
    path: '/invitation/:token',
    getHref: (token: string) => `/invitation/${encodeURIComponent(token)}`,
  },
  imports: {
    path: '/imports',
    getHref: () => '/imports',
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
  courses: {
    path: '/courses',
    getHref: () => '/courses',
  },
  courseNew: {
    path: '/courses/new',
    getHref: () => '/courses/new',
  },
  course: {
    path: '/courses/:courseId',
    getHref: (courseId: string) => `/courses/${encodeURIComponent(courseId)}`,
  },
  courseEdit: {
    path: '/courses/:courseId/edit',
    getHref: (courseId: string) => `/courses/${encodeURIComponent(courseId)}/edit`,
  },
  myCourse: {
    path: '/my-course',
    getHref: () => '/my-course',
  },
  escalationChains: {
    path: '/escalation-chains',
    getHref: () => '/escalation-chains',
  },
  strategies: {
    path: '/strategies',
    getHref: () => '/strategies',
  },
  strategy: {
    path: '/strategies/:strategyId',
    getHref: (strategyId: string) => `/strategies/${encodeURIComponent(strategyId)}`,
  },
  /** A unit's values on the computed indicators (the department panel on a page of its own). */
  indicators: {
    path: '/indicators',
    getHref: (unitId?: string | null) =>
      unitId ? `/indicators?${new URLSearchParams({ unitId }).toString()}` : '/indicators',
  },
  /** The records behind a computed indicator for a scope and period (drill-down). */
  indicatorRecords: {
    path: '/indicators/:key',
    getHref: (key: string, q: { unitId?: string | null; from: string; to: string }) =>
      `/indicators/${encodeURIComponent(key)}?${new URLSearchParams({
        ...(q.unitId ? { unitId: q.unitId } : {}),
        from: q.from,
        to: q.to,
      }).toString()}`,
  },
  /** The department dashboard: the user's own department (a picker when they have several). */
  departmentDashboard: {
    path: '/department-dashboard',
    getHref: () => '/department-dashboard',
  },
  departmentDashboardUnit: {
    path: '/department-dashboard/:unitId',
    getHref: (unitId: string) => `/department-dashboard/${encodeURIComponent(unitId)}`,
  },
  /** A hospital's departments side by side (Tutorcentret, regional administrator). */
  hospitalDashboard: {
    path: '/hospital-dashboard',
    getHref: (hospitalId?: string) =>
      hospitalId ? `/hospital-dashboard?hospitalId=${encodeURIComponent(hospitalId)}` : '/hospital-dashboard',
  },
  /** The AMU's workspace: their GP area (a picker when they have several). */
  gpArea: {
    path: '/gp-area',
    getHref: () => '/gp-area',
  },
  gpAreaUnit: {
    path: '/gp-area/:areaId',
    getHref: (areaId: string) => `/gp-area/${encodeURIComponent(areaId)}`,
  },
  /** A trainee in general practice in the AMU's area: contact log and the restricted difficulty note. */
  gpAreaTrainee: {
    path: '/gp-area/:areaId/trainees/:courseId',
    getHref: (areaId: string, courseId: string) =>
      `/gp-area/${encodeURIComponent(areaId)}/trainees/${encodeURIComponent(courseId)}`,
  },
  /** Tutor practices and tutor doctors of an area: recruitment, approvals, education programmes. */
  gpAreaTutors: {
    path: '/gp-area/:areaId/tutors',
    getHref: (areaId: string) => `/gp-area/${encodeURIComponent(areaId)}/tutors`,
  },
  /** Hospital departments in GP training of an area: the 3-yearly visits. */
  gpAreaVisits: {
    path: '/gp-area/:areaId/visits',
    getHref: (areaId: string) => `/gp-area/${encodeURIComponent(areaId)}/visits`,
  },
  /** Placement evaluations of an area: imports, flags and follow-up. */
  gpAreaEvaluations: {
    path: '/gp-area/:areaId/evaluations',
    getHref: (areaId: string) => `/gp-area/${encodeURIComponent(areaId)}/evaluations`,
  },
  /** The GP register (praktiserende læger) and its import. */
  generalPractitioners: {
    path: '/general-practitioners',
    getHref: () => '/general-practitioners',
  },
  /** Continuing-education groups of general practitioners (CME coordinator). */
  cmeGroups: {
    path: '/cme-groups',
    getHref: () => '/cme-groups',
  },
  /** The group leaders' annual course (gruppeledertræf) and its attendance. */
  cmeLeaderCourses: {
    path: '/cme-groups/leader-courses',
    getHref: () => '/cme-groups/leader-courses',
  },
  /** The printable annual report of the groups (CSV/XLSX export). */
  cmeAnnualReport: {
    path: '/cme-groups/annual-report',
    getHref: (year?: number) => (year ? `/cme-groups/annual-report?year=${year}` : '/cme-groups/annual-report'),
  },
  cmeGroup: {
    path: '/cme-groups/:groupId',
    getHref: (groupId: string) => `/cme-groups/${encodeURIComponent(groupId)}`,
  },
  /** Confidential cases on trainees in difficulty that the caller may read (named readers only). */
  difficultyCases: {
    path: '/difficulty-cases',
    getHref: () => '/difficulty-cases',
  },
  /** Open a case; `courseId` preselects the trainee's course (from an early-warning signal). */
  difficultyCaseNew: {
    path: '/difficulty-cases/new',
    getHref: (courseId?: string) =>
      courseId ? `/difficulty-cases/new?courseId=${encodeURIComponent(courseId)}` : '/difficulty-cases/new',
  },
  difficultyCase: {
    path: '/difficulty-cases/:caseId',
    getHref: (caseId: string) => `/difficulty-cases/${encodeURIComponent(caseId)}`,
  },
  /** Early-warning signals of the caller's trainees (UAO, hovedvejleder). */
  earlyWarnings: {
    path: '/early-warnings',
    getHref: () => '/early-warnings',
  },
  /** Record a defusing after a shift (phone-first); the trainee's own defusings. */
  defusing: {
    path: '/defusing',
    getHref: () => '/defusing',
  },
  /** Requests for a follow-up talk addressed to the caller. */
  talkRequests: {
    path: '/talk-requests',
    getHref: () => '/talk-requests',
  },
  /** Department well-being: defusing aggregates (at least 5 answers) and well-being meetings. */
  wellbeing: {
    path: '/wellbeing',
    getHref: (unitId?: string) => (unitId ? `/wellbeing?unitId=${encodeURIComponent(unitId)}` : '/wellbeing'),
  },
  /** Questionnaires and their rounds (Tutorcentret, the regional administrator). */
  questionnaires: {
    path: '/questionnaires',
    getHref: () => '/questionnaires',
  },
  questionnaire: {
    path: '/questionnaires/:questionnaireId',
    getHref: (questionnaireId: string) => `/questionnaires/${encodeURIComponent(questionnaireId)}`,
  },
  questionnaireRound: {
    path: '/questionnaires/:questionnaireId/rounds/:roundId',
    getHref: (questionnaireId: string, roundId: string) =>
      `/questionnaires/${encodeURIComponent(questionnaireId)}/rounds/${encodeURIComponent(roundId)}`,
  },
  /** Anonymous results of a round (groups of at least 5 answers), compared with the previous round. */
  questionnaireResults: {
    path: '/questionnaires/:questionnaireId/rounds/:roundId/results',
    getHref: (questionnaireId: string, roundId: string) =>
      `/questionnaires/${encodeURIComponent(questionnaireId)}/rounds/${encodeURIComponent(roundId)}/results`,
  },
  /** Results the caller may read (UAO, cheflæge, UKS: their hospital's questionnaires). */
  questionnaireResultsList: {
    path: '/questionnaire-results',
    getHref: () => '/questionnaire-results',
  },
  /** A recipient's personal link to answer (works without signing in; the token is the key). */
  /** The token carries the tenant (`<tenant id>.<secret>`, like an invitation's), so no slug is needed. */
  questionnaireAnswer: {
    path: '/q/:token',
    getHref: (token: string) => `/q/${encodeURIComponent(token)}`,
  },
} as const;
