-- Computed strategy indicators (issue 5): the network's trained facilitators are members with the
-- function FACILITATOR (TRAINED_FACILITATORS), and the grouped indicator queries get the indexes
-- they read by.
ALTER TABLE "education_body_member" DROP CONSTRAINT "education_body_member_function_check";
ALTER TABLE "education_body_member" ADD CONSTRAINT "education_body_member_function_check"
  CHECK (function IN ('CHAIR', 'MANAGEMENT', 'UAO', 'UKS', 'UKYL', 'AP_UKYL', 'SUPERVISOR', 'SECRETARY', 'FACILITATOR', 'OTHER'));

-- MEETINGS_ON_TIME selects courses by their expectation-meeting due date (an IMMUTABLE function
-- of the course), so a period's meetings are a range scan, not a computation per course.
CREATE INDEX "course_meeting_due_idx" ON "course" ("tenant_id", expectation_meeting_due("track", "start_date", "end_date"))
  WHERE "cancelled_at" IS NULL;
