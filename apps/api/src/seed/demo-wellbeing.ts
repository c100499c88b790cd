import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo data of the well-being module (issue 7; seed 004 "Trivsel og tryghed"):
 * - AHH Kardiologisk Afdeling: defusings over the last three whole months and this month. The
 *   month before last-but-one has 6, the one before 8, last month only 3 (the screen shows
 *   "for få svar"), this month a handful. Sofie Lindberg has none (the e2e records hers).
 * - One open talk request from Ahmad Rahimi (no login) to Jens Mikkelsen.
 * - Well-being meetings in both departments; MVH's shared KBU intro day, an annual staff meeting
 *   and a theme day on well-being as Tutorcentret activities.
 */

type Spec = {
  /** Trainee e-mail (their demo course). */
  trainee: string;
  /** Recorder e-mail; default: the trainee. */
  with?: string;
  /** [monthsBack, day of month] or days before today (number). */
  when: [number, number] | number;
  kind?: 'DAY' | 'EVENING' | 'NIGHT';
  howWent: 1 | 2 | 3 | 4 | 5;
  challenges?: string | true;
  other?: string;
};

const IDA = 'ida.sorensen@regionh.dk';
const SIGNE = 'signe.sogaard@regionh.dk';
const FREJA = 'freja.vinther@regionh.dk';
const OSKAR = 'oskar.bjerre@regionh.dk';
const AHMAD = 'ahmad.rahimi@regionh.dk';
const JENS = 'jens.mikkelsen@regionh.dk';
const METTE = 'mette.kjaer@regionh.dk';

const AHH: Spec[] = [
  // Three months back: 6.
  { trainee: IDA, when: [3, 3], kind: 'NIGHT', howWent: 4 },
  { trainee: SIGNE, when: [3, 6], kind: 'EVENING', howWent: 3, challenges: 'Mange indlæggelser på én gang.' },
  { trainee: IDA, with: METTE, when: [3, 11], kind: 'NIGHT', howWent: 2, challenges: true },
  { trainee: SIGNE, when: [3, 15], kind: 'DAY', howWent: 5 },
  { trainee: IDA, when: [3, 20], kind: 'EVENING', howWent: 4 },
  { trainee: SIGNE, with: METTE, when: [3, 26], kind: 'NIGHT', howWent: 4 },
  // Two months back: 8.
  { trainee: IDA, when: [2, 2], kind: 'NIGHT', howWent: 3, challenges: 'Hjertestop på afdelingen.' },
  { trainee: SIGNE, when: [2, 4], kind: 'DAY', howWent: 5 },
  { trainee: IDA, with: JENS, when: [2, 9], kind: 'EVENING', howWent: 4 },
  { trainee: SIGNE, when: [2, 12], kind: 'NIGHT', howWent: 2, challenges: true, other: 'Travlt med for få hænder.' },
  { trainee: IDA, when: [2, 16], kind: 'DAY', howWent: 5 },
  { trainee: SIGNE, when: [2, 19], kind: 'EVENING', howWent: 4 },
  { trainee: IDA, when: [2, 23], kind: 'NIGHT', howWent: 3 },
  { trainee: SIGNE, with: METTE, when: [2, 27], kind: 'DAY', howWent: 4 },
  // Last month: 3 only ("for få svar").
  { trainee: IDA, when: [1, 5], kind: 'NIGHT', howWent: 4 },
  { trainee: SIGNE, when: [1, 13], kind: 'EVENING', howWent: 2, challenges: 'Svær samtale med pårørende.' },
  { trainee: IDA, with: JENS, when: [1, 22], kind: 'DAY', howWent: 5 },
  // This month (days before today, kept inside the month).
  { trainee: FREJA, with: JENS, when: 1, kind: 'NIGHT', howWent: 3, challenges: true },
  { trainee: OSKAR, when: 2, kind: 'EVENING', howWent: 4 },
  { trainee: AHMAD, when: 2, kind: 'NIGHT', howWent: 2, challenges: 'Første nattevagt alene.' },
  { trainee: IDA, when: 4, kind: 'DAY', howWent: 5 },
  { trainee: SIGNE, when: 6, kind: 'EVENING', howWent: 4 },
  { trainee: FREJA, when: 9, kind: 'DAY', howWent: 4 },
];

const MATHIAS = 'mathias.holm@regionsjaelland.dk';
const LARS = 'lars.norgaard@regionsjaelland.dk';
const MVH: Spec[] = [
  { trainee: MATHIAS, when: 2, kind: 'NIGHT', howWent: 3, challenges: true },
  { trainee: MATHIAS, with: LARS, when: 5, kind: 'DAY', howWent: 4 },
  { trainee: MATHIAS, when: 8, kind: 'EVENING', howWent: 5 },
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function dateOf(today: string, when: Spec['when']): string | null {
  const t = day(today);
  if (typeof when === 'number') {
    const d = new Date(t);
    d.setUTCDate(d.getUTCDate() - when);
    // This month's entries stay in this month (early in a month there are fewer).
    return d.getUTCMonth() === t.getUTCMonth() ? d.toISOString().slice(0, 10) : null;
  }
  const [back, dom] = when;
  const d = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, dom));
  return d.toISOString().slice(0, 10);
}

function relDay(today: string, offset: number): Date {
  const d = day(today);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

export async function seedWellbeing(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  const { tenantId } = ctx;
  const isAhh = ctx.unitIds.has('ahh-kard');
  const isMvh = ctx.unitIds.has('mvh-med');
  if (!isAhh && !isMvh) return;
  const specs = isAhh ? AHH : MVH;
  const unitId = ctx.unitIds.get(isAhh ? 'ahh-kard' : 'mvh-med')!;
  for (const s of specs) {
    const shiftDate = dateOf(today, s.when);
    const courseId = ctx.courseIds.get(s.trainee);
    if (!shiftDate || !courseId) continue;
    const traineeId = ctx.userIds.get(s.trainee)!;
    const row = await tx.defusing.create({
      data: {
        tenantId,
        courseId,
        traineeId,
        unitId,
        recordedById: s.with ? ctx.userIds.get(s.with)! : traineeId,
        shiftDate: day(shiftDate),
        shiftKind: s.kind ?? null,
        howWent: s.howWent,
        hadChallenges: s.challenges !== undefined,
        challengesNote: typeof s.challenges === 'string' ? s.challenges : null,
        otherNote: s.other ?? null,
      },
      select: { id: true },
    });
    if (isAhh && s.trainee === AHMAD) {
      // Ahmad (no login) asks Jens Mikkelsen for a talk after his first night alone. No e-mail is
      // queued for demo data.
      await tx.talkRequest.create({
        data: {
          tenantId,
          courseId,
          traineeId,
          unitId,
          defusingId: row.id,
          requestedOfId: ctx.userIds.get(JENS)!,
          message: 'Kan vi tage en snak om nattevagten i denne uge?',
          // Asked the morning after the shift (not later than now).
          createdAt: new Date(Math.min(Date.now(), day(shiftDate).getTime() + 32 * 3600 * 1000)),
        },
      });
    }
  }

  const createdById = ctx.userIds.get(isAhh ? METTE : LARS)!;
  const meetings = isAhh
    ? [
        { offset: -75, attended: 14, themes: ['Defusing efter vagt', 'Arbejdsmiljø på nattevagter'] },
        { offset: -20, attended: 11, themes: ['Anerkendende kommunikation', 'Åbenhed om fejl'] },
      ]
    : [{ offset: -30, attended: 9, themes: ['Trivsel og tryghed på MVH', 'Tavle til videndeling'] }];
  for (const m of meetings) {
    const held = relDay(today, m.offset);
    // Only meetings in this year are listed; keep them in the year even in January.
    if (held.getUTCFullYear() !== day(today).getUTCFullYear()) continue;
    await tx.wellbeingMeeting.create({
      data: { tenantId, unitId, heldOn: held, attended: m.attended, themes: m.themes, note: null, createdById },
    });
  }

  if (isMvh && ctx.unitIds.has('mvh')) {
    const hospitalId = ctx.unitIds.get('mvh')!;
    const events = [
      {
        kind: 'KBU_INTRO_DAY',
        title: 'Fælles introdag for alle KBU-læger på MVH',
        offset: -50,
        state: 'HELD',
        audience: 'TRAINEES',
        description: 'Én fælles introdag på tværs af afdelinger (strategien "Sammen om lægelig videreuddannelse").',
      },
      {
        kind: 'STAFF_MEETING',
        title: 'Årligt staffmeeting: uddannelseslæger og relationer på tværs',
        offset: 21,
        state: 'PLANNED',
        audience: 'ALL',
        description: 'Årligt staffmeeting med fokus på uddannelseslæger og relationer på tværs af afdelinger.',
      },
      {
        kind: 'THEME_DAY',
        title: 'Temadag: Trivsel og tryghed i vagtarbejdet',
        offset: -10,
        state: 'HELD',
        audience: 'ALL',
        description: 'Defusing som redskab, åben kultur om utilsigtede hændelser.',
      },
    ];
    for (const e of events) {
      const startsOn = relDay(today, e.offset);
      if (startsOn.getUTCFullYear() !== day(today).getUTCFullYear()) continue;
      await tx.activity.create({
        data: {
          tenantId,
          hospitalId,
          departmentId: null,
          kind: e.kind,
          title: e.title,
          startsOn,
          place: 'Holbæk Sygehus, auditoriet',
          audience: e.audience,
          capacity: null,
          description: e.description,
          state: e.state,
        },
      });
    }
  }
}
