-- Computed strategy indicators (issue 5): the network's trained facilitators are members with the
-- function FACILITATOR (TRAINED_FACILITATORS), and the grouped indicator queries get the indexes
-- they read by.
ALTER TABLE "education_body_member" DROP CONSTRAINT "education_body_member_function_check";
ALTER TABLE "education_body_member" ADD CONSTRAINT "education_body_member_function_check"
  CHECK (function IN ('CHAIR', 'MANAGEMENT', 'UAO', 'UKS', 'UKYL', 'AP_UKYL', 'SUPERVISOR', 'SECRETARY', 'FACILITATOR', 'OTHER'));

-- The same rule as before (tested against expectationMeetingDueDate() in
-- apps/api/test/expectation-meetings.test.ts), written as one expression without FROM and not
-- STRICT, so that PostgreSQL inlines it instead of running a SQL function per course: on 15,000
-- courses that was ~7 µs a call, the bulk of MEETINGS_ON_TIME for a region. The columns it is
-- called with are NOT NULL, so STRICT made no difference to the results.
CREATE OR REPLACE FUNCTION expectation_meeting_due(track text, start_date date, end_date date)
RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT GREATEST(
    LEAST(start_date + CASE track WHEN 'KBU' THEN 14 ELSE 28 END, end_date)
      - CASE EXTRACT(ISODOW FROM LEAST(start_date + CASE track WHEN 'KBU' THEN 14 ELSE 28 END, end_date))
          WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END,
    start_date
  )::date
$$;

-- MEETINGS_ON_TIME selects courses by their expectation-meeting due date (an IMMUTABLE function
-- of the course), so a period's meetings are a range scan, not a computation per course.
CREATE INDEX "course_meeting_due_idx" ON "course" ("tenant_id", expectation_meeting_due("track", "start_date", "end_date"))
  WHERE "cancelled_at" IS NULL;

-- FEEDBACK_PER_TRAINEE_MONTH for a region (or many units): the period's feedback counted per
-- course in one index-only range scan.
CREATE INDEX "feedback_record_tenant_id_given_on_course_id_idx" ON "feedback_record"("tenant_id", "given_on", "course_id");
