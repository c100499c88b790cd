import { todayInDenmark, type CourseTrack, type GpContactKind, type GpTimeKind } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo data of the AMU's workspace (issue 6): allotted hours for the AMUs this year, a realistic
 * time log, trainees in general practice in gp-syd and gp-vest (a KBU placement and an
 * introduction trainee in a practice, with their tutor doctor as hovedvejleder), and a few
 * contact-log entries. The tutor doctors are GPs of the register who get a login (no password) so
 * that they can be a course's supervisor; their register row is linked to it.
 * Dates are relative to the day the data is loaded.
 */
interface TraineeSpec {
  trainee: { name: string; email: string; title: string };
  practice: string;
  track: CourseTrack;
  specialty?: string;
  start: number;
  end: number;
  tutor: { name: string; email: string };
  contacts: { days: number; kind: GpContactKind; note: string }[];
}

interface AreaSpec {
  area: string;
  amu: string;
  allotted: number;
  log: { days: number; kind: GpTimeKind; hours: number; note: string | null }[];
  trainees: TraineeSpec[];
}

const AREAS: Record<string, AreaSpec[]> = {
  'region-hovedstaden': [
    {
      area: 'gp-syd',
      amu: 'peter.juhl@regionh.dk',
      allotted: 300,
      log: [
        { days: -2, kind: 'TRAINEE_CONTACT', hours: 1.5, note: 'Opfølgende samtaler med KBU-læger i området' },
        { days: -6, kind: 'TUTOR_SUPPORT', hours: 2, note: 'Sparring med tutorlæge om uhensigtsmæssigt forløb' },
        { days: -13, kind: 'TEACHING', hours: 6.5, note: 'Temadag for introduktionslæger' },
        { days: -20, kind: 'DEPARTMENT_VISIT', hours: 4, note: 'Afdelingsbesøg, Akutmodtagelsen AHH' },
        { days: -27, kind: 'MEETINGS', hours: 3, note: 'Møde i uddannelsesrådet for almen medicin' },
        { days: -34, kind: 'EVALUATION_FOLLOW_UP', hours: 1.75, note: 'Gennemgang af evalueringer fra tutorpraksis' },
        { days: -41, kind: 'RECRUITMENT_APPROVAL', hours: 2.5, note: 'Godkendelsesbesøg hos ny tutorlæge' },
        { days: -55, kind: 'TRAINEE_CONTACT', hours: 1, note: null },
        { days: -70, kind: 'TEACHING', hours: 3, note: 'Logbogskursus for KBU-læger' },
        { days: -90, kind: 'OTHER', hours: 0.75, note: 'Administration' },
      ],
      trainees: [
        {
          trainee: { name: 'Amalie Kjær', email: 'amalie.kjaer@regionh.dk', title: 'KBU-læge' },
          practice: 'gp-syd-2',
          track: 'KBU',
          start: -45,
          end: 135,
          tutor: { name: 'Jesper Kragh', email: 'jesper.kragh@regionh.dk' },
          contacts: [
            { days: -40, kind: 'MEETING', note: 'Opstartssamtale i praksis sammen med tutorlægen.' },
            { days: -10, kind: 'PHONE', note: 'Kort opfølgning: trives, ønsker mere tid til konsultationer.' },
          ],
        },
        {
          trainee: { name: 'Jonas Lund', email: 'jonas.lund@regionh.dk', title: 'Introduktionslæge' },
          practice: 'gp-syd-1',
          track: 'INTRODUCTION',
          specialty: 'Almen medicin',
          start: -120,
          end: 245,
          tutor: { name: 'Anne Mølgaard', email: 'anne.molgaard@regionh.dk' },
          contacts: [{ days: -30, kind: 'EMAIL', note: 'Aftalt midtvejsevaluering og plan for kurser.' }],
        },
      ],
    },
    { area: 'gp-nord', amu: 'mads.winther@regionh.dk', allotted: 250, log: [], trainees: [] },
  ],
  'region-sjaelland': [
    {
      area: 'gp-vest',
      amu: 'henrik.thomsen@regionsjaelland.dk',
      allotted: 280,
      log: [
        { days: -3, kind: 'TRAINEE_CONTACT', hours: 2, note: 'Samtaler med KBU-læger i Slagelse og Sorø' },
        { days: -17, kind: 'TEACHING', hours: 5, note: 'Introduktionsmøde for nye KBU-læger' },
        { days: -31, kind: 'TUTOR_SUPPORT', hours: 1.25, note: null },
        { days: -60, kind: 'MEETINGS', hours: 2, note: 'Koordinatormøde i regionen' },
      ],
      trainees: [
        {
          trainee: { name: 'Laura Friis', email: 'laura.friis@regionsjaelland.dk', title: 'KBU-læge' },
          practice: 'gp-vest-2',
          track: 'KBU',
          start: -30,
          end: 150,
          tutor: { name: 'Søren Lykke', email: 'soren.lykke@regionsjaelland.dk' },
          contacts: [{ days: -25, kind: 'VISIT', note: 'Besøg i praksis; god introduktion.' }],
        },
        {
          trainee: { name: 'Kasper Juul', email: 'kasper.juul@regionsjaelland.dk', title: 'Introduktionslæge' },
          practice: 'gp-vest-1',
          track: 'INTRODUCTION',
          specialty: 'Almen medicin',
          start: 60,
          end: 425,
          tutor: { name: 'Mette Brix', email: 'mette.brix@regionsjaelland.dk' },
          contacts: [],
        },
      ],
    },
  ],
};

function isoFrom(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The user with `email`, created (without password) when no earlier seed made one. */
async function userFor(tx: Tx, ctx: SeedContext, name: string, email: string, title: string): Promise<string> {
  const known = ctx.userIds.get(email);
  if (known) return known;
  const existing = await tx.user.findFirst({ where: { tenantId: ctx.tenantId, email }, select: { id: true } });
  const id =
    existing?.id ??
    (await tx.user.create({ data: { tenantId: ctx.tenantId, email, name, title }, select: { id: true } })).id;
  ctx.userIds.set(email, id);
  return id;
}

export async function seedGpArea(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  const year = Number(today.slice(0, 4));
  const jan1 = `${year}-01-01`;
  const specialties = new Map(
    (await tx.specialty.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } })).map((s) => [
      s.name,
      s.id,
    ]),
  );
  for (const a of AREAS[ctx.spec.slug] ?? []) {
    const areaId = ctx.unitIds.get(a.area)!;
    const amuId = ctx.userIds.get(a.amu)!;
    await tx.gpHoursAllotment.create({
      data: { tenantId: ctx.tenantId, areaId, userId: amuId, year, hours: a.allotted },
    });
    await tx.gpTimeEntry.createMany({
      data: a.log.map((e) => {
        const on = isoFrom(today, e.days);
        return {
          tenantId: ctx.tenantId,
          areaId,
          userId: amuId,
          // Keep the log inside this year when the data is loaded in January.
          workedOn: day(on < jan1 ? jan1 : on),
          kind: e.kind,
          quarters: Math.round(e.hours * 4),
          note: e.note,
        };
      }),
    });
    for (const t of a.trainees) {
      const practiceId = ctx.unitIds.get(t.practice)!;
      const start = isoFrom(today, t.start);
      const end = isoFrom(today, t.end);
      const tutorId = await userFor(tx, ctx, t.tutor.name, t.tutor.email, 'Praktiserende læge, tutorlæge');
      await tx.generalPractitioner.updateMany({
        where: { tenantId: ctx.tenantId, practiceId, name: t.tutor.name, userId: null },
        data: { userId: tutorId, email: t.tutor.email },
      });
      await tx.roleAssignment.create({
        data: {
          tenantId: ctx.tenantId,
          userId: tutorId,
          role: 'SUPERVISOR',
          scopeUnitId: practiceId,
          validFrom: day(start),
        },
      });
      const traineeId = await userFor(tx, ctx, t.trainee.name, t.trainee.email, t.trainee.title);
      await tx.roleAssignment.create({
        data: {
          tenantId: ctx.tenantId,
          userId: traineeId,
          role: 'TRAINEE',
          scopeUnitId: practiceId,
          validFrom: day(start),
          validTo: day(end),
        },
      });
      const course = await tx.course.create({
        data: {
          tenantId: ctx.tenantId,
          traineeId,
          unitId: practiceId,
          track: t.track,
          specialtyId: t.specialty ? specialties.get(t.specialty)! : null,
          startDate: day(start),
          endDate: day(end),
        },
        select: { id: true },
      });
      ctx.courseIds.set(t.trainee.email, course.id);
      await tx.courseSupervisor.create({
        data: { tenantId: ctx.tenantId, courseId: course.id, supervisorId: tutorId, isMain: true },
      });
      await tx.gpTraineeContact.createMany({
        data: t.contacts.map((c) => ({
          tenantId: ctx.tenantId,
          areaId,
          courseId: course.id,
          authorId: amuId,
          contactOn: day(isoFrom(today, c.days)),
          kind: c.kind,
          note: c.note,
        })),
      });
    }
  }
}
