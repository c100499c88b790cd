import { expectationMeetingDueDate, todayInDenmark, type CourseTrack } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo expectation meetings (forventningsafstemninger) in every state, for the demo courses
 * (seed/demo-courses.ts). Sofie Lindberg's and Emma Christensen's KBU meetings are left
 * unscheduled and overdue: the end-to-end test and a first-time visitor schedule, record and
 * confirm them. Times are relative to the day the data is loaded.
 */
type Spec =
  | { state: 'SCHEDULED'; inDays: number; hour: number; place: string }
  | { state: 'HELD' | 'TRAINEE_CONFIRMED' | 'CONFIRMED'; heldAfterStart: number; by: string };

const MEETINGS: Record<string, Record<string, Spec>> = {
  'region-hovedstaden': {
    'ida.sorensen@regionh.dk': { state: 'CONFIRMED', heldAfterStart: 19, by: 'mette.kjaer@regionh.dk' },
    'rasmus.dahl@regionh.dk': { state: 'HELD', heldAfterStart: 22, by: 'anders.holm@regionh.dk' },
    'ahmad.rahimi@regionh.dk': {
      state: 'SCHEDULED',
      inDays: 3,
      hour: 14,
      place: 'Kardiologisk Afdeling, konferencerum 2',
    },
    'freja.vinther@regionh.dk': { state: 'TRAINEE_CONFIRMED', heldAfterStart: 20, by: 'jens.mikkelsen@regionh.dk' },
    'signe.sogaard@regionh.dk': { state: 'CONFIRMED', heldAfterStart: 25, by: 'mette.kjaer@regionh.dk' },
  },
  'region-sjaelland': {
    'mathias.holm@regionsjaelland.dk': {
      state: 'SCHEDULED',
      inDays: 1,
      hour: 10,
      place: 'Medicinsk Afdeling, lægekontoret',
    },
  },
};

const RECORD = {
  traineeExpectations:
    'Vil gerne blive tryg i akutte modtagelser og få struktureret feedback mindst hver anden uge. Ønsker at lære ekkokardiografi basalt.',
  supervisorExpectations:
    'Forventer at uddannelseslægen selv tager initiativ til feedback og vejledersamtaler og forbereder sig til stuegang.',
  goals: 'Selvstændig varetagelse af stuegang på sengeafsnittet inden for 3 måneder; kompetencekort for AKS og EKG.',
  tasks: 'Stuegang 3 dage om ugen, modtagelse i vagt, to undervisningsoplæg i afdelingen.',
  deadlines: 'Første vejledersamtale efter 6 uger; midtvejsevaluering efter 3 måneder.',
  responsibilities: 'Uddannelseslægen booker samtalerne; hovedvejlederen sikrer tid i skemaet.',
  collaboration: 'Fast ugentlig kort status torsdag efter middagskonferencen.',
  misunderstandings: 'Afklaret at vagtbytte aftales med planlæggeren, ikke med vejlederen.',
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plusDays = (iso: string, n: number) => {
  const d = day(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export async function seedExpectationMeetings(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  for (const [email, spec] of Object.entries(MEETINGS[ctx.spec.slug] ?? {})) {
    const courseId = ctx.courseIds.get(email);
    if (!courseId) continue;
    const course = await tx.course.findFirstOrThrow({
      where: { tenantId: ctx.tenantId, id: courseId },
      select: { track: true, startDate: true, endDate: true, traineeId: true },
    });
    const start = course.startDate.toISOString().slice(0, 10);
    if (spec.state === 'SCHEDULED') {
      const when = new Date(`${plusDays(today, spec.inDays)}T${String(spec.hour).padStart(2, '0')}:00:00+01:00`);
      await tx.expectationMeeting.create({
        data: { tenantId: ctx.tenantId, courseId, scheduledAt: when, place: spec.place },
      });
      continue;
    }
    const due = expectationMeetingDueDate({
      track: course.track as CourseTrack,
      startDate: start,
      endDate: course.endDate.toISOString().slice(0, 10),
    });
    let heldOn = plusDays(start, spec.heldAfterStart);
    if (heldOn > due) heldOn = due;
    if (heldOn > today) heldOn = today;
    const supervisorId = ctx.userIds.get(spec.by)!;
    const at = new Date(`${heldOn}T15:00:00+01:00`);
    await tx.expectationMeeting.create({
      data: {
        tenantId: ctx.tenantId,
        courseId,
        scheduledAt: new Date(`${heldOn}T13:00:00+01:00`),
        place: 'Afdelingens mødelokale',
        heldOn: day(heldOn),
        ...RECORD,
        ...(spec.state !== 'HELD' ? { traineeConfirmedAt: at, traineeConfirmedById: course.traineeId } : {}),
        ...(spec.state === 'CONFIRMED' ? { supervisorConfirmedAt: at, supervisorConfirmedById: supervisorId } : {}),
      },
    });
  }
}
