import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { AppLayout } from '@/components/layouts/app-layout';
import { ProtectedRoute } from '@/components/layouts/protected-route';
import { NotFoundPage } from '@/components/errors/not-found-page';
import { RouteError } from '@/components/errors/route-error';
import { HomeRoute } from './routes/home';
import { ImportsRoute } from './routes/imports';
import { LoginRoute } from './routes/login';
import { ProfileRoute } from './routes/profile';
import { StartRoute } from './routes/start';
import { ActivitiesRoute } from './routes/activities';
import { CmeAnnualReportRoute } from './routes/cme-annual-report';
import { CmeGroupRoute } from './routes/cme-group';
import { CmeGroupsRoute } from './routes/cme-groups';
import { CmeLeaderCoursesRoute } from './routes/cme-leader-courses';
import { GeneralPractitionersRoute } from './routes/general-practitioners';
import { ActivityRoute } from './routes/activity';
import { ActivityNewRoute } from './routes/activity-new';
import { ActivityEditRoute } from './routes/activity-edit';
import { ActivityStatsRoute } from './routes/activity-stats';
import { CompetencesRoute } from './routes/competences';
import { DefusingRoute } from './routes/defusing';
import { TalkRequestsRoute } from './routes/talk-requests';
import { WellbeingRoute } from './routes/wellbeing';
import { GpAreaRoute } from './routes/gp-area';
import { GpAreaTraineeRoute } from './routes/gp-area-trainee';
import { GpAreaUnitRoute } from './routes/gp-area-unit';
import { CompetenceProgressRoute } from './routes/competence-progress';
import { IndicatorRecordsRoute } from './routes/indicator-records';
import { IndicatorsRoute } from './routes/indicators';
import { CompetenceCourseRoute } from './routes/competence-course';
import { FunctionDescriptionsRoute } from './routes/function-descriptions';
import { LocalFunctionDescriptionRoute } from './routes/local-function-description';
import { MentorsRoute } from './routes/mentors';
import { FunctionDescriptionTemplatesRoute } from './routes/function-description-templates';
import { OrgAdminRoute, SpecialtiesRoute } from './routes/org-admin';
import { AuditLogRoute } from './routes/audit-log';
import { PeopleRoute } from './routes/people';
import { PersonNewRoute } from './routes/person-new';
import { PersonRoute } from './routes/person';
import { RoleAssignmentsRoute } from './routes/role-assignments';
import { CoverageGapsRoute } from './routes/coverage-gaps';
import { InvitationRoute } from './routes/invitation';
import { QuestionnairesRoute } from './routes/questionnaires';
import { QuestionnaireRoute } from './routes/questionnaire';
import { QuestionnaireRoundRoute } from './routes/questionnaire-round';
import { QuestionnaireAnswerRoute } from './routes/questionnaire-answer';
import { EducationBodiesRoute, EducationBodyNewRoute, EducationBodyRoute } from './routes/education-bodies';
import { EducationMeetingRoute } from './routes/education-meeting';
import { CoursesRoute } from './routes/courses';
import { CourseNewRoute } from './routes/course-new';
import { CourseRoute } from './routes/course';
import { CourseEditRoute } from './routes/course-edit';
import { MyCourseRoute } from './routes/my-course';
import { EscalationChainsRoute } from './routes/escalation-chains';
import { ExpectationMeetingRoute, ExpectationMeetingsRoute, SentMessagesRoute } from './routes/expectation-meetings';
import {
  FeedbackNewRoute,
  FeedbackRequestRoute,
  MyFeedbackRoute,
  MyTraineesRoute,
  SupervisionCourseRoute,
  SupervisionNewRoute,
} from './routes/supervision';
import { DepartmentDashboardRoute, HospitalDashboardRoute } from './routes/department-dashboard';
import { StrategiesRoute, StrategyRoute } from './routes/strategies';
import { QuestionnaireResultsListRoute } from './routes/questionnaire-results';
import { QuestionnaireResultsRoute } from './routes/questionnaire-results-round';
import { GpAreaVisitsRoute } from './routes/gp-area-visits';
import { GpAreaTutorsRoute } from './routes/gp-area-tutors';
import { GpAreaEvaluationsRoute } from './routes/gp-area-evaluations';
import { EarlyWarningsRoute } from './routes/early-warnings';
import { DifficultyCasesRoute } from './routes/difficulty-cases';
import { DifficultyCaseNewRoute } from './routes/difficulty-case-new';
import { DifficultyCaseRoute } from './routes/difficulty-case';

export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { path: paths.login.path, element: <LoginRoute /> },
      { path: paths.invitation.path, element: <InvitationRoute /> },
      { path: paths.questionnaireAnswer.path, element: <QuestionnaireAnswerRoute /> },
      {
        element: (
          <ProtectedRoute>
            <AppLayout />
          </ProtectedRoute>
        ),
        children: [
          { path: paths.home.path, element: <HomeRoute /> },
          { path: paths.start.path, element: <StartRoute /> },
          { path: paths.profile.path, element: <ProfileRoute /> },
          { path: paths.activities.path, element: <ActivitiesRoute /> },
          { path: paths.cmeGroups.path, element: <CmeGroupsRoute /> },
          { path: paths.cmeLeaderCourses.path, element: <CmeLeaderCoursesRoute /> },
          { path: paths.cmeAnnualReport.path, element: <CmeAnnualReportRoute /> },
          { path: paths.cmeGroup.path, element: <CmeGroupRoute /> },
          { path: paths.questionnaires.path, element: <QuestionnairesRoute /> },
          { path: paths.questionnaire.path, element: <QuestionnaireRoute /> },
          { path: paths.questionnaireRound.path, element: <QuestionnaireRoundRoute /> },
          { path: paths.generalPractitioners.path, element: <GeneralPractitionersRoute /> },
          { path: paths.activityNew.path, element: <ActivityNewRoute /> },
          { path: paths.activityStats.path, element: <ActivityStatsRoute /> },
          { path: paths.activity.path, element: <ActivityRoute /> },
          { path: paths.activityEdit.path, element: <ActivityEditRoute /> },
          { path: paths.gpAreaVisits.path, element: <GpAreaVisitsRoute /> },
          { path: paths.competences.path, element: <CompetencesRoute /> },
          { path: paths.gpArea.path, element: <GpAreaRoute /> },
          { path: paths.gpAreaUnit.path, element: <GpAreaUnitRoute /> },
          { path: paths.gpAreaTrainee.path, element: <GpAreaTraineeRoute /> },
          { path: paths.competenceProgress.path, element: <CompetenceProgressRoute /> },
          { path: paths.defusing.path, element: <DefusingRoute /> },
          { path: paths.talkRequests.path, element: <TalkRequestsRoute /> },
          { path: paths.wellbeing.path, element: <WellbeingRoute /> },
          { path: paths.indicators.path, element: <IndicatorsRoute /> },
          { path: paths.gpAreaTutors.path, element: <GpAreaTutorsRoute /> },
          { path: paths.gpAreaEvaluations.path, element: <GpAreaEvaluationsRoute /> },
          { path: paths.indicatorRecords.path, element: <IndicatorRecordsRoute /> },
          { path: paths.competenceCourse.path, element: <CompetenceCourseRoute /> },
          { path: paths.functionDescriptions.path, element: <FunctionDescriptionsRoute /> },
          { path: paths.functionDescriptionTemplates.path, element: <FunctionDescriptionTemplatesRoute /> },
          { path: paths.localFunctionDescription.path, element: <LocalFunctionDescriptionRoute /> },
          { path: paths.mentors.path, element: <MentorsRoute /> },
          { path: paths.orgAdmin.path, element: <OrgAdminRoute /> },
          { path: paths.specialties.path, element: <SpecialtiesRoute /> },
          { path: paths.auditLog.path, element: <AuditLogRoute /> },
          { path: paths.people.path, element: <PeopleRoute /> },
          { path: paths.personNew.path, element: <PersonNewRoute /> },
          { path: paths.person.path, element: <PersonRoute /> },
          { path: paths.roleAssignments.path, element: <RoleAssignmentsRoute /> },
          { path: paths.coverageGaps.path, element: <CoverageGapsRoute /> },
          { path: paths.imports.path, element: <ImportsRoute /> },
          { path: paths.educationBodies.path, element: <EducationBodiesRoute /> },
          { path: paths.educationBodyNew.path, element: <EducationBodyNewRoute /> },
          { path: paths.educationBody.path, element: <EducationBodyRoute /> },
          { path: paths.educationMeeting.path, element: <EducationMeetingRoute /> },
          { path: paths.courses.path, element: <CoursesRoute /> },
          { path: paths.courseNew.path, element: <CourseNewRoute /> },
          { path: paths.course.path, element: <CourseRoute /> },
          { path: paths.courseEdit.path, element: <CourseEditRoute /> },
          { path: paths.myCourse.path, element: <MyCourseRoute /> },
          { path: paths.escalationChains.path, element: <EscalationChainsRoute /> },
          { path: paths.expectationMeetings.path, element: <ExpectationMeetingsRoute /> },
          { path: paths.expectationMeeting.path, element: <ExpectationMeetingRoute /> },
          { path: paths.sentMessages.path, element: <SentMessagesRoute /> },
          { path: paths.myTrainees.path, element: <MyTraineesRoute /> },
          { path: paths.supervisionCourse.path, element: <SupervisionCourseRoute /> },
          { path: paths.supervisionNew.path, element: <SupervisionNewRoute /> },
          { path: paths.feedbackNew.path, element: <FeedbackNewRoute /> },
          { path: paths.feedbackRequest.path, element: <FeedbackRequestRoute /> },
          { path: paths.myFeedback.path, element: <MyFeedbackRoute /> },
          { path: paths.departmentDashboard.path, element: <DepartmentDashboardRoute /> },
          { path: paths.departmentDashboardUnit.path, element: <DepartmentDashboardRoute /> },
          { path: paths.hospitalDashboard.path, element: <HospitalDashboardRoute /> },
          { path: paths.strategies.path, element: <StrategiesRoute /> },
          { path: paths.strategy.path, element: <StrategyRoute /> },
          { path: paths.earlyWarnings.path, element: <EarlyWarningsRoute /> },
          { path: paths.difficultyCases.path, element: <DifficultyCasesRoute /> },
          { path: paths.difficultyCaseNew.path, element: <DifficultyCaseNewRoute /> },
          { path: paths.difficultyCase.path, element: <DifficultyCaseRoute /> },
          { path: paths.questionnaireResultsList.path, element: <QuestionnaireResultsListRoute /> },
          { path: paths.questionnaireResults.path, element: <QuestionnaireResultsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
