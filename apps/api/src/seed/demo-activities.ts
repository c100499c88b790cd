import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

type Kind = 'DEPARTMENT_VISIT' | 'SUPERVISOR_COURSE' | 'THEME_DAY' | 'WORKSHOP' | 'THEME_HOUR';
type Person = string | { name: string; email: string; department: string };

interface Spec {
  kind: Kind;
  title: string;
  /** Days from today (negative = in the past). */
  start: number;
  days?: number;
  place: string;
  audience: 'UAO' | 'SUPERVISORS' | 'TRAINEES' | 'ALL';
  capacity: number | null;
  description?: string;
  department?: string;
  state: 'PLANNED' | 'HELD' | 'CANCELLED';
  /** People in registration order; beyond capacity they are waitlisted. */
  people?: Person[];
  /** For held activities: indexes of people who did not turn up. */
  absent?: number[];
  report?: string;
  followUps?: { text: string; owner?: string; ownerText?: string; due: number; done?: boolean }[];
}

const ext = (name: string, department: string, domain = 'regionh.dk') => ({
  name,
  email: `${name.toLowerCase().replaceAll(' ', '.').replaceAll('ø', 'oe').replaceAll('æ', 'ae').replaceAll('å', 'aa')}@${domain}`,
  department,
});

const AHH: Spec[] = [
  {
    kind: 'SUPERVISOR_COURSE',
    title: 'Vejlederkursus for kliniske vejledere, modul 1',
    start: -130,
    days: 2,
    place: 'Tutorcentret, Hvidovre Hospital, lokale 1',
    audience: 'SUPERVISORS',
    capacity: 16,
    description: 'Grundkursus i klinisk vejledning: forventningsafstemning, feedback og kompetencevurdering.',
    state: 'HELD',
    people: [
      'jens.mikkelsen@regionh.dk',
      ext('Louise Winther', 'Ortopædkirurgisk Afdeling'),
      ext('Kasper Bang', 'Anæstesiologisk Afdeling'),
      ext('Nanna Kristiansen', 'Gynækologisk-Obstetrisk Afdeling'),
      ext('Mikkel Laursen', 'Akutmodtagelsen'),
    ],
    absent: [4],
  },
  {
    kind: 'SUPERVISOR_COURSE',
    title: 'Vejlederkursus for kliniske vejledere, modul 2',
    start: -16,
    days: 2,
    place: 'Tutorcentret, Hvidovre Hospital, lokale 1',
    audience: 'SUPERVISORS',
    capacity: 16,
    description: 'Opfølgning på modul 1: den svære samtale og uddannelseslæger i vanskeligheder.',
    state: 'HELD',
    people: [
      'mette.kjaer@regionh.dk',
      ext('Louise Winther', 'Ortopædkirurgisk Afdeling'),
      ext('Sara Holst', 'Kirurgisk Gastroenterologisk Afdeling'),
      ext('Jakob Lund', 'Kardiologisk Afdeling'),
    ],
  },
  {
    kind: 'THEME_DAY',
    title: 'Tværfaglig temadag: Feedback i en travl klinisk hverdag',
    start: -45,
    place: 'Auditorium 1, Amager Hospital',
    audience: 'ALL',
    capacity: 120,
    description: 'Temadag for AHH og øvrige hospitaler i Region Øst med oplæg og workshops om feedback.',
    state: 'HELD',
    people: [
      'ida.sorensen@regionh.dk',
      'anders.holm@regionh.dk',
      ext('Camilla Vinther', 'Bispebjerg og Frederiksberg Hospital'),
      ext('Thomas Riis', 'Herlev og Gentofte Hospital'),
    ],
    absent: [3],
  },
  {
    kind: 'WORKSHOP',
    title: 'Workshop: Forventningsafstemning med hovedvejleder',
    start: -8,
    place: 'Tutorcentret, mødelokale 2',
    audience: 'UAO',
    capacity: 12,
    state: 'HELD',
    people: ['mette.kjaer@regionh.dk', ext('Henrik Bruun', 'Anæstesiologisk Afdeling')],
  },
  {
    kind: 'DEPARTMENT_VISIT',
    title: 'Afdelingsvendt besøg: uddannelse i Kardiologisk Afdeling',
    start: -38,
    place: 'Kardiologisk Afdeling, konferencerummet',
    audience: 'ALL',
    capacity: null,
    department: 'ahh-kard',
    state: 'HELD',
    report:
      'Møde med UAO, vejledere og uddannelseslæger. Forventningsafstemning holdes for det meste til tiden, ' +
      'men KBU-lægerne oplever, at supervision i aftenvagter er svær at få. Uddannelsesforum mødes ' +
      'månedligt; introduktionsprogrammet er forældet.',
    followUps: [
      {
        text: 'Fast tid til supervision i aftenvagter indføres i vagtplanen',
        owner: 'mette.kjaer@regionh.dk',
        due: 21,
      },
      { text: 'Introduktionsprogram for KBU-læger opdateres', ownerText: 'UKYL og UAO', due: 45 },
      { text: 'Opfølgende besøg aftales', owner: 'karen.bech@regionh.dk', due: 150 },
    ],
  },
  {
    kind: 'DEPARTMENT_VISIT',
    title: 'Afdelingsvendt besøg: uddannelse i Kirurgisk Gastroenterologisk Afdeling',
    start: -75,
    place: 'Kirurgisk Gastroenterologisk Afdeling',
    audience: 'ALL',
    capacity: null,
    department: 'ahh-kir',
    state: 'HELD',
    report:
      'Godt uddannelsesmiljø på operationsgangen. Uddannelseslægerne efterlyser flere ' +
      'kompetencevurderinger undervejs og tydelig eskalationsvej i vagten.',
    followUps: [
      {
        text: 'Eskalationsvej i vagten synliggøres på afdelingens intranet',
        ownerText: 'Cheflæge',
        due: -20,
        done: true,
      },
      { text: 'Kompetencekort gennemgås på uddannelsesforum', ownerText: 'UAO', due: 30 },
    ],
  },
  {
    kind: 'THEME_HOUR',
    title: 'Tematime: Den svære samtale med en uddannelseslæge',
    start: 9,
    place: 'Tutorcentret, mødelokale 2',
    audience: 'SUPERVISORS',
    capacity: 25,
    state: 'PLANNED',
    people: ['jens.mikkelsen@regionh.dk', ext('Louise Winther', 'Ortopædkirurgisk Afdeling')],
  },
  {
    kind: 'SUPERVISOR_COURSE',
    title: 'Vejlederkursus for kliniske vejledere, modul 1 (vinterhold)',
    start: 23,
    days: 2,
    place: 'Tutorcentret, Hvidovre Hospital, lokale 1',
    audience: 'SUPERVISORS',
    capacity: 4,
    state: 'PLANNED',
    people: [
      'anders.holm@regionh.dk',
      ext('Maja Iversen', 'Akutmodtagelsen'),
      ext('Rune Dalgaard', 'Ortopædkirurgisk Afdeling'),
      ext('Pernille Schou', 'Gynækologisk-Obstetrisk Afdeling'),
      ext('Frederik Møller', 'Anæstesiologisk Afdeling'),
      'jens.mikkelsen@regionh.dk',
    ],
  },
  {
    kind: 'DEPARTMENT_VISIT',
    title: 'Afdelingsvendt besøg: uddannelse i Ortopædkirurgisk Afdeling',
    start: 30,
    place: 'Ortopædkirurgisk Afdeling',
    audience: 'ALL',
    capacity: null,
    department: 'ahh-orto',
    state: 'PLANNED',
  },
  {
    kind: 'THEME_DAY',
    title: 'Temadag: Trivsel og tryghed i uddannelsen',
    start: 62,
    place: 'Auditorium 1, Amager Hospital',
    audience: 'ALL',
    capacity: 100,
    state: 'PLANNED',
    people: ['sofie.lindberg@regionh.dk', 'ida.sorensen@regionh.dk'],
  },
];

const MVH: Spec[] = [
  {
    kind: 'SUPERVISOR_COURSE',
    title: 'Lokalt kursus for vejlederkorpset',
    start: -50,
    place: 'Holbæk Sygehus, undervisningslokale 3',
    audience: 'SUPERVISORS',
    capacity: 12,
    state: 'HELD',
    people: [
      'lars.norgaard@regionsjaelland.dk',
      ext('Anne Mølgaard', 'Kirurgisk Afdeling, Slagelse', 'regionsjaelland.dk'),
      ext('Søren Krag', 'Akutafdelingen, Slagelse', 'regionsjaelland.dk'),
    ],
  },
  {
    kind: 'DEPARTMENT_VISIT',
    title: 'Besøg med fokus på uddannelse: Medicinsk Afdeling, Holbæk',
    start: -20,
    place: 'Medicinsk Afdeling, Holbæk',
    audience: 'ALL',
    capacity: null,
    department: 'mvh-med',
    state: 'HELD',
    report: 'Uddannelsesteamet mødes månedligt. Defusing efter vagt er indført, men bruges uens.',
    followUps: [
      { text: 'Defusing efter hver vagt med de tre spørgsmål', owner: 'birgitte.hansen@regionsjaelland.dk', due: 40 },
    ],
  },
  {
    kind: 'THEME_DAY',
    title: 'Årlig temadag: Trivsel og tryghed',
    start: 40,
    place: 'Slagelse Sygehus, auditoriet',
    audience: 'ALL',
    capacity: 80,
    state: 'PLANNED',
    people: ['emma.christensen@regionsjaelland.dk', 'freja.poulsen@regionsjaelland.dk'],
  },
];

const day = (offset: number) => {
  const d = new Date(`${todayInDenmark()}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
};

/** Demo data of the activities module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedActivities(tx: Tx, ctx: SeedContext): Promise<void> {
  const hospitalKey = ctx.unitIds.has('ahh') ? 'ahh' : ctx.unitIds.has('mvh') ? 'mvh' : null;
  if (!hospitalKey) return;
  const specs = hospitalKey === 'ahh' ? AHH : MVH;
  const { tenantId } = ctx;
  for (const s of specs) {
    const a = await tx.activity.create({
      data: {
        tenantId,
        hospitalId: ctx.unitIds.get(hospitalKey)!,
        departmentId: s.department ? ctx.unitIds.get(s.department)! : null,
        kind: s.kind,
        title: s.title,
        startsOn: day(s.start),
        endsOn: s.days && s.days > 1 ? day(s.start + s.days - 1) : null,
        place: s.place,
        audience: s.audience,
        capacity: s.capacity,
        description: s.description ?? null,
        state: s.state,
        report: s.report ?? null,
      },
      select: { id: true },
    });
    const people = s.people ?? [];
    for (const [i, p] of people.entries()) {
      const status = s.capacity === null || i < s.capacity ? 'REGISTERED' : 'WAITLISTED';
      await tx.activityRegistration.create({
        data: {
          tenantId,
          activityId: a.id,
          status,
          ...(typeof p === 'string'
            ? { userId: ctx.userIds.get(p)! }
            : { externalName: p.name, externalEmail: p.email, externalDepartment: p.department }),
          attended: s.state === 'HELD' && status === 'REGISTERED' ? !(s.absent ?? []).includes(i) : null,
          // Registered in order, a day apart, some weeks before the activity.
          createdAt: day(s.start - 40 + i),
        },
      });
    }
    for (const f of s.followUps ?? []) {
      await tx.activityFollowUp.create({
        data: {
          tenantId,
          activityId: a.id,
          text: f.text,
          ownerUserId: f.owner ? ctx.userIds.get(f.owner)! : null,
          ownerText: f.ownerText ?? null,
          dueOn: day(s.start + f.due),
          done: f.done ?? false,
        },
      });
    }
  }
}
