import { z } from 'zod';
import type { IsoDate } from './roles.js';

/**
 * Tracks of postgraduate medical education: KBU (klinisk basisuddannelse), introduction
 * (introduktionsstilling) and specialist training (hoveduddannelse). General-practice courses
 * are SPECIALIST or INTRODUCTION courses in the specialty "Almen medicin" with placements in
 * hospital departments and practices.
 */
export const COURSE_TRACKS = ['KBU', 'INTRODUCTION', 'SPECIALIST'] as const;
export const courseTrackSchema = z.enum(COURSE_TRACKS);
export type CourseTrack = z.infer<typeof courseTrackSchema>;

/** Days after the course start within which the expectation meeting is held (seed 004). */
export const EXPECTATION_MEETING_WINDOW_DAYS: Record<CourseTrack, number> = {
  KBU: 14,
  INTRODUCTION: 28,
  SPECIALIST: 28,
};

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The expectation meeting's due date (forventningsafstemning): the course start + 14 days for KBU,
 * + 28 days for every other track, counted in calendar days from the official start date (also
 * when that is a weekend day).
 * - A due date on a Saturday or Sunday moves back to the Friday before, so that the meeting can be
 *   held on a working day within the window — but never before the course starts.
 * - A course that ends before the window closes is due on its last day (at the latest).
 * It is computed, never stored: when a course's start date or track changes, the due date follows.
 * Public holidays are not taken into account.
 */
export function expectationMeetingDueDate(course: {
  track: CourseTrack;
  startDate: IsoDate;
  endDate: IsoDate;
}): IsoDate {
  let due = addDays(course.startDate, EXPECTATION_MEETING_WINDOW_DAYS[course.track]);
  if (due > course.endDate) due = course.endDate;
  const weekday = new Date(`${due}T00:00:00Z`).getUTCDay(); // 0 = Sunday, 6 = Saturday
  if (weekday === 6) due = addDays(due, -1);
  else if (weekday === 0) due = addDays(due, -2);
  return due < course.startDate ? course.startDate : due;
}

/** The seven doctor roles (de syv lægeroller) a competence touches. */
export const DOCTOR_ROLES = [
  'MEDICAL_EXPERT', // medicinsk ekspert / lægefaglig
  'COMMUNICATOR', // kommunikator
  'COLLABORATOR', // samarbejder
  'LEADER', // leder / administrator / organisator
  'HEALTH_ADVOCATE', // sundhedsfremmer
  'SCHOLAR', // akademiker / forsker og underviser
  'PROFESSIONAL', // professionel
] as const;
export const doctorRoleSchema = z.enum(DOCTOR_ROLES);
export type DoctorRole = z.infer<typeof doctorRoleSchema>;

/** How a competence is assessed (vurderingsmetode). */
export const ASSESSMENT_METHODS = [
  'COMPETENCE_CARD', // kompetencekort
  'STRUCTURED_OBSERVATION', // struktureret observation (fx Mini-CEX, DOPS)
  'CASE_BASED_DISCUSSION', // casebaseret diskussion
  'FEEDBACK_360', // 360-graders feedback
  'STRUCTURED_INTERVIEW', // struktureret vejledersamtale
  'COURSE_CERTIFICATE', // gennemført kursus
] as const;
export const assessmentMethodSchema = z.enum(ASSESSMENT_METHODS);
export type AssessmentMethod = z.infer<typeof assessmentMethodSchema>;
