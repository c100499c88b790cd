import { todayInDenmark, type CourseTrack } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo courses (uddannelsesforløb). The demo trainees who can sign in get a course matching their
 * TRAINEE assignment; a few more trainees per region (who cannot sign in) fill the supervisor's and
 * the UAO's lists with courses in different states — started a few days ago, with an expectation
 * meeting due soon or overdue, ending soon — relative to the day the data is loaded.
 * Later module seeds find the courses in `ctx.courseIds` (trainee e-mail → course id).
 */
interface CourseSpec {
  trainee: string | { name: string; email: string; title: string };
  unit: string;
  track: CourseTrack;
  specialty?: string;
  /** ISO date, or days from today (negative = in the past). */
  start: string | number;
  end: string | number;
  /** Supervisors by e-mail; the first one is the hovedvejleder. */
  supervisors: string[];
  placements?: { unit: string; start: string | number; end: string | number }[];
}

const COURSES: Record<string, CourseSpec[]> = {
  'region-hovedstaden': [
    {
      trainee: 'sofie.lindberg@regionh.dk',
      unit: 'ahh-kard',
      track: 'KBU',
      start: '2026-08-01',
      end: '2027-01-31',
      supervisors: ['jens.mikkelsen@regionh.dk', 'mette.kjaer@regionh.dk'],
    },
    {
      trainee: 'ida.sorensen@regionh.dk',
      unit: 'ahh-kard',
      track: 'SPECIALIST',
      specialty: 'Intern medicin: kardiologi',
      start: '2025-09-01',
      end: '2029-08-31',
      supervisors: ['mette.kjaer@regionh.dk'],
    },
    {
      trainee: 'rasmus.dahl@regionh.dk',
      unit: 'ahh-akut',
      track: 'INTRODUCTION',
      specialty: 'Akutmedicin',
      start: '2026-03-01',
      end: '2027-02-28',
      supervisors: [],
    },
    {
      trainee: { name: 'Ahmad Rahimi', email: 'ahmad.rahimi@regionh.dk', title: 'KBU-læge' },
      unit: 'ahh-kard',
      track: 'KBU',
      start: -5,
      end: 175,
      supervisors: ['jens.mikkelsen@regionh.dk'],
    },
    {
      trainee: { name: 'Freja Vinther', email: 'freja.vinther@regionh.dk', title: 'Introduktionslæge' },
      unit: 'ahh-kard',
      track: 'INTRODUCTION',
      specialty: 'Intern medicin: kardiologi',
      start: -40,
      end: 325,
      supervisors: ['jens.mikkelsen@regionh.dk'],
    },
    {
      trainee: { name: 'Oskar Bjerre', email: 'oskar.bjerre@regionh.dk', title: 'Introduktionslæge' },
      unit: 'ahh-kard',
      track: 'INTRODUCTION',
      specialty: 'Intern medicin: kardiologi',
      start: -20,
      end: 345,
      supervisors: ['mette.kjaer@regionh.dk', 'jens.mikkelsen@regionh.dk'],
    },
    {
      trainee: { name: 'Signe Søgaard', email: 'signe.sogaard@regionh.dk', title: 'Hoveduddannelseslæge' },
      unit: 'ahh-kard',
      track: 'SPECIALIST',
      specialty: 'Intern medicin: kardiologi',
      start: -300,
      end: 20,
      supervisors: ['mette.kjaer@regionh.dk'],
    },
    {
      trainee: {
        name: 'Viktor Kähler',
        email: 'viktor.kahler@regionh.dk',
        title: 'Hoveduddannelseslæge, almen medicin',
      },
      unit: 'ahh-akut',
      track: 'SPECIALIST',
      specialty: 'Almen medicin',
      start: -60,
      end: 1400,
      supervisors: [],
      placements: [
        { unit: 'ahh-akut', start: -60, end: 120 },
        { unit: 'gp-syd-1', start: 121, end: 1400 },
      ],
    },
  ],
  'region-sjaelland': [
    {
      trainee: 'emma.christensen@regionsjaelland.dk',
      unit: 'mvh-med',
      track: 'KBU',
      start: '2026-08-01',
      end: '2027-01-31',
      supervisors: ['lars.norgaard@regionsjaelland.dk', 'birgitte.hansen@regionsjaelland.dk'],
    },
    {
      trainee: { name: 'Mathias Holm', email: 'mathias.holm@regionsjaelland.dk', title: 'KBU-læge' },
      unit: 'mvh-med',
      track: 'KBU',
      start: -12,
      end: 168,
      supervisors: ['lars.norgaard@regionsjaelland.dk'],
    },
  ],
};

function isoFrom(today: string, v: string | number): string {
  if (typeof v === 'string') return v;
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + v);
  return d.toISOString().slice(0, 10);
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedCourses(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  const specialties = new Map(
    (await tx.specialty.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } })).map((s) => [
      s.name,
      s.id,
    ]),
  );
  for (const c of COURSES[ctx.spec.slug] ?? []) {
    const start = isoFrom(today, c.start);
    const end = isoFrom(today, c.end);
    let email: string;
    if (typeof c.trainee === 'string') {
      email = c.trainee;
    } else {
      email = c.trainee.email;
      const user = await tx.user.create({
        data: { tenantId: ctx.tenantId, email, name: c.trainee.name, title: c.trainee.title },
        select: { id: true },
      });
      ctx.userIds.set(email, user.id);
      await tx.roleAssignment.create({
        data: {
          tenantId: ctx.tenantId,
          userId: user.id,
          role: 'TRAINEE',
          scopeUnitId: ctx.unitIds.get(c.unit)!,
          validFrom: day(start),
          validTo: day(end),
        },
      });
    }
    const course = await tx.course.create({
      data: {
        tenantId: ctx.tenantId,
        traineeId: ctx.userIds.get(email)!,
        unitId: ctx.unitIds.get(c.unit)!,
        track: c.track,
        specialtyId: c.specialty ? specialties.get(c.specialty)! : null,
        startDate: day(start),
        endDate: day(end),
      },
      select: { id: true },
    });
    await tx.courseSupervisor.createMany({
      data: c.supervisors.map((s, i) => ({
        tenantId: ctx.tenantId,
        courseId: course.id,
        supervisorId: ctx.userIds.get(s)!,
        isMain: i === 0,
      })),
    });
    await tx.coursePlacement.createMany({
      data: (c.placements ?? []).map((p) => ({
        tenantId: ctx.tenantId,
        courseId: course.id,
        unitId: ctx.unitIds.get(p.unit)!,
        startDate: day(isoFrom(today, p.start)),
        endDate: day(isoFrom(today, p.end)),
      })),
    });
    ctx.courseIds.set(email, course.id);
  }
}
