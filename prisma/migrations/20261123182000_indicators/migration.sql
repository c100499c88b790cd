-- Computed strategy indicators (issue 5): the network's trained facilitators are members with the
-- function FACILITATOR (TRAINED_FACILITATORS), and the grouped indicator queries get the indexes
-- they read by.
ALTER TABLE "education_body_member" DROP CONSTRAINT "education_body_member_function_check";
ALTER TABLE "education_body_member" ADD CONSTRAINT "education_body_member_function_check"
  CHECK (function IN ('CHAIR', 'MANAGEMENT', 'UAO', 'UKS', 'UKYL', 'AP_UKYL', 'SUPERVISOR', 'SECRETARY', 'FACILITATOR', 'OTHER'));
