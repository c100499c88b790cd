import { addCalendar, todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/** A date relative to today: whole years and months back or ahead, then days. */
const rel = (years: number, months = 0, days = 0) => {
  const d = new Date(`${addCalendar(todayInDenmark(), years, months)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
};

interface Person {
  name: string;
  email: string;
  department: string;
}
interface Visit {
  on: Date;
  state: 'PLANNED' | 'HELD';
  report?: string;
  followUps?: { text: string; ownerText: string; dueDays: number; done?: boolean }[];
}
interface LinkSpec {
  department: string;
  joined: Date;
  lecturers: Person[];
  visits: Visit[];
}

const lecturer = (name: string, email: string, department: string): Person => ({ name, email, department });

const RH_LECTURERS = [
  lecturer('Anne Møller', 'anne.moeller@regionh.dk', 'Klinisk lektor, almen medicin'),
  lecturer('Søren Dahl', 'soeren.dahl@regionh.dk', 'Klinisk lektor, KBU'),
];
const RS_LECTURERS = [lecturer('Birgitte Holm', 'birgitte.holm@regionsjaelland.dk', 'Klinisk lektor, almen medicin')];

/** gp-syd: four AHH departments (overdue, due within 6 months, visited last year, planned). */
const SYD: LinkSpec[] = [
  {
    department: 'ahh-kard',
    joined: rel(-12),
    lecturers: RH_LECTURERS,
    // Last visited 3 years and 4 months ago: overdue.
    visits: [
      {
        on: rel(-3, -4),
        state: 'HELD',
        report:
          'God modtagelse af introduktionslæger i almen medicin; vejledningssamtaler afholdes, men sent i forløbet.',
      },
    ],
  },
  {
    department: 'ahh-kir',
    joined: rel(-9),
    lecturers: RH_LECTURERS,
    // Last visited 2 years and 9 months ago: due within 3 months.
    visits: [{ on: rel(-3, 3), state: 'HELD', report: 'Ingen særlige bemærkninger; uddannelsesprogrammet følges.' }],
  },
  {
    department: 'ahh-gyn',
    joined: rel(-10),
    lecturers: RH_LECTURERS,
    // Visited last year with a report and follow-ups.
    visits: [
      {
        on: rel(-1, -1),
        state: 'HELD',
        report:
          'Besøg med afdelingens UAO og uddannelseslæger i almen medicin. Læger i almen medicin får for få ambulante ' +
          'konsultationer; konferencerne prioriterer speciallæger under uddannelse. Afdelingen vil lave et fast ' +
          'ambulatoriedagsprogram for læger i almen medicin.',
        followUps: [
          {
            text: 'Fast ambulatoriedag hver uge for læger i almen medicin',
            ownerText: 'UAO, Gynækologisk-Obstetrisk Afdeling',
            dueDays: 60,
            done: true,
          },
          {
            text: 'Opfølgende evaluering af ambulatoriedagene i næste evalueringsrunde',
            ownerText: 'AMU, Område Syd',
            dueDays: 240,
          },
        ],
      },
    ],
  },
  {
    department: 'ahh-orto',
    // Joined 2 years and 10 months ago, never visited: due within 2 months; a visit is planned.
    joined: rel(-3, 2),
    lecturers: [RH_LECTURERS[0]!],
    visits: [{ on: rel(0, 0, 35), state: 'PLANNED' }],
  },
];

/** gp-vest: three MVH departments. */
const VEST: LinkSpec[] = [
  { department: 'mvh-med', joined: rel(-5), lecturers: RS_LECTURERS, visits: [] },
  {
    department: 'mvh-paed',
    joined: rel(-8),
    lecturers: RS_LECTURERS,
    visits: [{ on: rel(-2), state: 'HELD', report: 'Gode forhold for læger i almen medicin; ingen opfølgning.' }],
  },
  { department: 'mvh-akut', joined: rel(-1), lecturers: RS_LECTURERS, visits: [] },
];

const AMU: Record<string, string> = {
  'gp-syd': 'peter.juhl@regionh.dk',
  'gp-vest': 'henrik.thomsen@regionsjaelland.dk',
};

/** Demo data of the gp-visits module (runs inside the tenant's seeding transaction). */
export async function seedGpVisits(tx: Tx, ctx: SeedContext): Promise<void> {
  const { tenantId } = ctx;
  for (const [areaKey, specs] of [
    ['gp-syd', SYD],
    ['gp-vest', VEST],
  ] as const) {
    const areaId = ctx.unitIds.get(areaKey);
    if (!areaId) continue;
    const amuId = ctx.userIds.get(AMU[areaKey]!);
    for (const s of specs) {
      const departmentId = ctx.unitIds.get(s.department);
      if (!departmentId) continue;
      const deptName = await tx.orgUnit.findFirst({
        where: { tenantId, id: departmentId },
        select: { name: true },
      });
      await tx.gpTrainingDepartment.create({
        data: {
          tenantId,
          gpAreaId: areaId,
          departmentId,
          joinedOn: s.joined,
          clinicalLecturers: s.lecturers.map((l) => l.name).join(', '),
        },
      });
      for (const v of s.visits) {
        const a = await tx.activity.create({
          data: {
            tenantId,
            hospitalId: areaId,
            departmentId,
            kind: 'DEPARTMENT_VISIT',
            title: `Besøg fra almen medicin: ${deptName?.name ?? ''}`,
            startsOn: v.on,
            place: deptName?.name ?? null,
            audience: 'ALL',
            capacity: null,
            description: 'Besøg hvert 3. år fra AMU og de kliniske lektorer (den almen medicinske uddannelse).',
            state: v.state,
            report: v.report ?? null,
          },
          select: { id: true },
        });
        const attended = v.state === 'HELD' ? true : null;
        await tx.activityRegistration.createMany({
          data: [
            ...(amuId ? [{ tenantId, activityId: a.id, status: 'REGISTERED', userId: amuId, attended }] : []),
            ...s.lecturers.map((l) => ({
              tenantId,
              activityId: a.id,
              status: 'REGISTERED',
              externalName: l.name,
              externalEmail: l.email,
              externalDepartment: l.department,
              attended,
            })),
          ],
        });
        if (v.followUps?.length)
          await tx.activityFollowUp.createMany({
            data: v.followUps.map((f) => {
              const due = new Date(v.on);
              due.setUTCDate(due.getUTCDate() + f.dueDays);
              return {
                tenantId,
                activityId: a.id,
                text: f.text,
                ownerText: f.ownerText,
                dueOn: due,
                done: f.done ?? false,
              };
            }),
          });
      }
    }
  }

  // The AMU's own activities (seed 001): a theme day and an intro meeting organised by gp-syd.
  const syd = ctx.unitIds.get('gp-syd');
  if (syd) {
    await tx.activity.createMany({
      data: [
        {
          tenantId,
          hospitalId: syd,
          kind: 'THEME_DAY',
          title: 'Temadag for tutorlæger: feedback og supervision i almen praksis',
          startsOn: rel(0, 0, 30),
          place: 'Hvidovre Hospital, auditorium 2',
          audience: 'SUPERVISORS',
          capacity: 40,
          description: 'For tutorlæger i Område Syd, i samarbejde med de kliniske lektorer i almen medicin.',
          state: 'PLANNED',
        },
        {
          tenantId,
          hospitalId: syd,
          kind: 'INTRO_MEETING',
          title: 'Introduktionsmøde for nye læger i almen praksis, Område Syd',
          startsOn: rel(0, 0, 12),
          place: 'Lægerne på Amagerbrogade, mødelokalet',
          audience: 'TRAINEES',
          capacity: 30,
          description: 'Velkomst, logbog og uddannelsesplan, tutorlægens rolle og evaluering af praksisopholdet.',
          state: 'PLANNED',
        },
      ],
    });
  }
}
