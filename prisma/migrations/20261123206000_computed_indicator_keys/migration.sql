-- The computed indicator keys of issue 6 together: the general-practice migrations (tutor
-- practices, GP visits, CME groups) were written in parallel and each re-created this CHECK with
-- its own key only; this one lists every key of COMPUTED_INDICATORS
-- (packages/contracts/src/strategy-rules.ts). A test compares the two lists.
ALTER TABLE "strategy_indicator" DROP CONSTRAINT "strategy_indicator_computed_key_check";
ALTER TABLE "strategy_indicator"
  ADD CONSTRAINT "strategy_indicator_computed_key_check" CHECK (
    ("kind" = 'MANUAL' AND "computed_key" IS NULL)
    OR ("kind" = 'COMPUTED' AND "computed_key" IN (
      'MEETINGS_ON_TIME', 'WORKING_EDUCATION_BODIES', 'LOCAL_FD_APPROVED', 'NEW_ROLE_HOLDERS_WITH_MENTOR',
      'NEW_ROLE_HOLDERS_WITHOUT_MENTOR', 'SUPERVISORS_TRAINED', 'TRAINED_FACILITATORS',
      'FEEDBACK_PER_TRAINEE_MONTH', 'TRAINEES_WITHOUT_FEEDBACK_4W', 'TRAINEES_WITH_EDUCATION_PLAN',
      'GP_DEPARTMENT_VISITS_ON_TIME', 'GPS_IN_GROUP', 'TUTOR_PRACTICES_APPROVED_PROGRAMME')));
