import { STANDING_AGENDA_ITEMS, todayInDenmark, type BodyKind, type MemberFunction } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import { copenhagenToInstant } from '../modules/education-bodies/copenhagen-time.js';
import type { SeedContext } from './demo.js';

interface MeetingSpec {
  /** Days from today (negative: in the past). */
  inDays: number;
  start: string;
  end: string;
  place: string;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  agenda: string[];
  minutes?: string;
  decisions?: string;
  /** E-mails of members who were absent / excused (the rest of the members were present). */
  absent?: string[];
  excused?: string[];
  actions?: { text: string; owner: string; dueInDays: number; done?: boolean }[];
}

interface BodySpec {
  kind: BodyKind;
  name: string;
  unit: string;
  cadence: { value: number; unit: 'MONTH' | 'DAY' };
  termsOfReference: string;
  members: { email: string; fn: MemberFunction; other?: string }[];
  meetings: MeetingSpec[];
}

const COUNCIL_TOR = (hospital: string) =>
  `Kommissorium for Uddannelsesrådet for lægelig videreuddannelse, ${hospital}

Formål: Uddannelsesrådet driver implementeringen af uddannelsesstrategien "Sammen om lægelig videreuddannelse" på hospitalsniveau og følger op på indsatsområderne: uddannelsesledelse, roller og ansvar, uddannelsesstruktur i hverdagen, pædagogiske metoder samt trivsel og tryghed.

Sammensætning: repræsentanter for hospitalsledelsen og afdelingsledelserne, UAO, UKS og UKYL samt uddannelsessekretariatet.

Mødefrekvens: hver anden måned. Rådet rapporterer status på strategiens indsatser (vi er "i grøn", når mindst 90 % af indsatserne er opnået).`;

const TEAM_TOR = (dept: string) =>
  `Kommissorium for Uddannelsesteamet, ${dept}

Uddannelsesteamet består af en repræsentant fra afdelingsledelsen, uddannelsesgivere og uddannelseslæger (fx cheflæge, UAO og UKYL) og sikrer, at alle perspektiver er repræsenteret, når der arbejdes med udvikling af uddannelses- og arbejdsmiljø i afdelingen.

Teamet mødes månedligt og følger op på introduktion, forventningsafstemning, supervision og feedback samt trivsel.`;

const FORUM_TOR = (dept: string) =>
  `Kommissorium for Uddannelsesforum, ${dept}

Uddannelsesforum er for vejledere i afdelingen til drøftelse af uddannelseslægernes kompetenceopnåelse, uhensigtsmæssige uddannelsesforløb samt intern sparring om vejlederrollen og pædagogiske håndgreb.

Forebyggelse, tidlig opsporing og håndtering af uhensigtsmæssige uddannelsesforløb er et fast punkt på dagsordenen. Forum mødes månedligt.`;

const NETWORK_TOR = (hospital: string) =>
  `Kommissorium for Netværket for UAO, UKS og UKYL, ${hospital}

Netværket samler hospitalets uddannelsesansvarlige overlæger, uddannelseskoordinerende speciallæger og uddannelseskoordinerende yngre læger til videndeling og sparring på tværs af afdelinger. Udvalgte indsatser fra uddannelsesstrategien er et fast punkt på dagsordenen (Strategiinitiativer).`;

function ahh(): BodySpec[] {
  const mette = 'mette.kjaer@regionh.dk';
  const anders = 'anders.holm@regionh.dk';
  const ida = 'ida.sorensen@regionh.dk';
  const hanne = 'hanne.vestergaard@regionh.dk';
  const jens = 'jens.mikkelsen@regionh.dk';
  const karen = 'karen.bech@regionh.dk';
  const rasmus = 'rasmus.dahl@regionh.dk';
  return [
    {
      kind: 'COUNCIL',
      name: 'Uddannelsesrådet',
      unit: 'ahh',
      cadence: { value: 2, unit: 'MONTH' },
      termsOfReference: COUNCIL_TOR('Amager og Hvidovre Hospital'),
      members: [
        { email: hanne, fn: 'CHAIR' },
        { email: mette, fn: 'UAO' },
        { email: ida, fn: 'UKYL' },
        { email: rasmus, fn: 'AP_UKYL' },
        { email: karen, fn: 'SECRETARY' },
      ],
      meetings: [
        {
          inDays: -40,
          start: '14:00',
          end: '15:30',
          place: 'Direktionens mødelokale, Hvidovre',
          status: 'HELD',
          agenda: [
            'Status på uddannelsesstrategien',
            'Spørgeskemaundersøgelse om kendskab til strategien',
            'Eventuelt',
          ],
          minutes:
            'Status på strategien: 86 % af indsatserne er opnået i somatikken; målet er 90 %. Afdelingerne har etableret uddannelsesteams, men to afdelinger mangler fortsat en fast mødestruktur.\n\nSpørgeskemaundersøgelsen gennemføres igen i januar.',
          decisions:
            'Tutorcentret udsender spørgeskemaet i januar.\nAfdelinger uden fast mødestruktur kontaktes af formanden.',
          actions: [
            { text: 'Udsende spørgeskema om uddannelsesstrategien', owner: karen, dueInDays: 40 },
            {
              text: 'Kontakte afdelinger uden fast mødestruktur i uddannelsesteamet',
              owner: hanne,
              dueInDays: -10,
              done: true,
            },
          ],
        },
        {
          inDays: 20,
          start: '14:00',
          end: '15:30',
          place: 'Direktionens mødelokale, Hvidovre',
          status: 'PLANNED',
          agenda: ['Opfølgning på handlepunkter', 'Mentorordning for nye UAO, UKS og UKYL'],
        },
      ],
    },
    {
      kind: 'TEAM',
      name: 'Uddannelsesteamet',
      unit: 'ahh-kard',
      cadence: { value: 1, unit: 'MONTH' },
      termsOfReference: TEAM_TOR('Kardiologisk Afdeling'),
      members: [
        { email: hanne, fn: 'MANAGEMENT' },
        { email: mette, fn: 'UAO' },
        { email: anders, fn: 'UKS' },
        { email: ida, fn: 'UKYL' },
      ],
      meetings: [
        {
          inDays: -50,
          start: '08:15',
          end: '09:00',
          place: 'Konferencerummet, Kardiologisk Afdeling',
          status: 'HELD',
          agenda: ['Introduktion af nye KBU-læger', 'Vagtplan og kompetenceniveau'],
          minutes:
            'Fire nye KBU-læger starter 1. februar. Introduktionsprogrammet tilpasses, så den første uge indeholder føl-vagter.\nVagtplanen gennemgået: konferencekæden skal fremgå tydeligt af vagtplanen.',
          decisions: 'Konferencekæden tilføjes vagtplanen.',
          excused: [anders],
          actions: [{ text: 'Tilføje konferencekæden til vagtplanen', owner: anders, dueInDays: -30, done: true }],
        },
        {
          inDays: -19,
          start: '08:15',
          end: '09:00',
          place: 'Konferencerummet, Kardiologisk Afdeling',
          status: 'HELD',
          agenda: [
            'Forventningsafstemning inden for 2 og 4 uger',
            'Defusing efter vagter',
            'Tavle til uddannelseslæger',
          ],
          minutes:
            'Forventningsafstemningerne er afholdt rettidigt for alle nye læger på nær én, hvor mødet er fastlagt.\nDefusing efter vagter anvendes ikke systematisk; UKYL samler erfaringer fra de yngre læger.',
          decisions: 'Defusing indføres efter alle aftenvagter fra næste måned.',
          actions: [
            { text: 'Samle erfaringer med defusing fra de yngre læger', owner: ida, dueInDays: 9 },
            { text: 'Opsætte tavle til uddannelseslæger i personalerummet', owner: mette, dueInDays: 14 },
          ],
        },
        {
          inDays: 11,
          start: '08:15',
          end: '09:00',
          place: 'Konferencerummet, Kardiologisk Afdeling',
          status: 'PLANNED',
          agenda: ['Opfølgning på defusing', 'Evalueringer fra uddannelseslæger'],
        },
      ],
    },
    {
      kind: 'FORUM',
      name: 'Uddannelsesforum',
      unit: 'ahh-kard',
      cadence: { value: 1, unit: 'MONTH' },
      termsOfReference: FORUM_TOR('Kardiologisk Afdeling'),
      members: [
        { email: mette, fn: 'CHAIR' },
        { email: anders, fn: 'UKS' },
        { email: jens, fn: 'SUPERVISOR' },
      ],
      // Last held about 2½ months ago: this forum is overdue.
      meetings: [
        {
          inDays: -110,
          start: '15:00',
          end: '16:00',
          place: 'Mødelokale 3, Hvidovre',
          status: 'HELD',
          agenda: ['Feedback i klinikken: erfaringer'],
          minutes: 'Drøftelse af feedback i travle vagter. Vejlederne oplever, at korte feedbacksamtaler virker.',
          decisions: '',
        },
        {
          inDays: -78,
          start: '15:00',
          end: '16:00',
          place: 'Mødelokale 3, Hvidovre',
          status: 'HELD',
          agenda: ['Kompetencekort i kardiologi'],
          minutes: 'Gennemgang af kompetencekort. Der mangler godkendelser hos to introduktionslæger.',
          decisions: 'Vejlederne følger op på manglende godkendelser.',
          actions: [{ text: 'Følge op på manglende kompetencegodkendelser', owner: jens, dueInDays: -50 }],
        },
        {
          inDays: -47,
          start: '15:00',
          end: '16:00',
          place: 'Mødelokale 3, Hvidovre',
          status: 'CANCELLED',
          agenda: [],
        },
      ],
    },
    {
      kind: 'NETWORK',
      name: 'Netværk for UAO, UKS og UKYL',
      unit: 'ahh',
      cadence: { value: 3, unit: 'MONTH' },
      termsOfReference: NETWORK_TOR('Amager og Hvidovre Hospital'),
      members: [
        { email: mette, fn: 'UAO' },
        { email: anders, fn: 'UKS' },
        { email: ida, fn: 'UKYL' },
        { email: karen, fn: 'SECRETARY' },
      ],
      meetings: [
        {
          inDays: -30,
          start: '13:00',
          end: '15:00',
          place: 'Tutorcentret, Hvidovre',
          status: 'HELD',
          agenda: ['Overlevering fra afgående til ny UKS/UKYL'],
          minutes:
            'Strategiinitiativer: status på SUPERVISION og FEEDBACK på hospitalet; TRIVSEL OG TRYGHED implementeres inden marts.\nOverlevering: en fælles skabelon til overlevering ønskes.',
          decisions: 'Tutorcentret udarbejder en skabelon til overlevering.',
          actions: [{ text: 'Udarbejde skabelon til overlevering mellem UKS/UKYL', owner: karen, dueInDays: 30 }],
        },
        {
          inDays: 60,
          start: '13:00',
          end: '15:00',
          place: 'Tutorcentret, Hvidovre',
          status: 'PLANNED',
          agenda: ['Mentorordning: match af nye UAO/UKS/UKYL'],
        },
      ],
    },
  ];
}

function mvh(): BodySpec[] {
  const birgitte = 'birgitte.hansen@regionsjaelland.dk';
  const morten = 'morten.skov@regionsjaelland.dk';
  const freja = 'freja.poulsen@regionsjaelland.dk';
  const susanne = 'susanne.lund@regionsjaelland.dk';
  const lars = 'lars.norgaard@regionsjaelland.dk';
  const camilla = 'camilla.jeppesen@regionsjaelland.dk';
  const oliver = 'oliver.mortensen@regionsjaelland.dk';
  return [
    {
      kind: 'COUNCIL',
      name: 'Uddannelsesrådet',
      unit: 'mvh',
      cadence: { value: 2, unit: 'MONTH' },
      termsOfReference: COUNCIL_TOR('Midt- og Vestsjællands Hospital'),
      members: [
        { email: susanne, fn: 'CHAIR' },
        { email: birgitte, fn: 'UAO' },
        { email: freja, fn: 'UKYL' },
        { email: oliver, fn: 'AP_UKYL' },
        { email: camilla, fn: 'SECRETARY' },
      ],
      meetings: [
        {
          inDays: -35,
          start: '13:00',
          end: '14:30',
          place: 'Mødelokale Direktionen, Holbæk',
          status: 'HELD',
          agenda: ['Psykiatrien inviteres ind i uddannelsesstrategien', 'Status på indsatser'],
          minutes:
            'Psykiatrien på MVH inviteres med, indtil en ny fælles uddannelsesstrategi er udarbejdet.\nStatus november: 86 % af indsatserne er opnået i somatikken.',
          decisions: 'Der afholdes et fælles uddannelsesseminar med psykiatrien i foråret.',
          actions: [{ text: 'Planlægge fælles uddannelsesseminar med psykiatrien', owner: camilla, dueInDays: 45 }],
        },
        {
          inDays: 25,
          start: '13:00',
          end: '14:30',
          place: 'Mødelokale Direktionen, Holbæk',
          status: 'PLANNED',
          agenda: ['Facilitatornetværk: mindst 10 uddannede facilitatorer'],
        },
      ],
    },
    {
      kind: 'TEAM',
      name: 'Uddannelsesteamet',
      unit: 'mvh-med',
      cadence: { value: 1, unit: 'MONTH' },
      termsOfReference: TEAM_TOR('Medicinsk Afdeling, Holbæk'),
      members: [
        { email: susanne, fn: 'MANAGEMENT' },
        { email: birgitte, fn: 'UAO' },
        { email: morten, fn: 'UKS' },
        { email: freja, fn: 'UKYL' },
      ],
      meetings: [
        {
          inDays: -14,
          start: '08:00',
          end: '08:45',
          place: 'Konferencerummet, Medicinsk Afdeling',
          status: 'HELD',
          agenda: ['Én fælles introdag for KBU-læger', 'Trivselsmøder'],
          minutes: 'Den fælles introdag for KBU-læger er planlagt. Trivselsmøder holdes hver anden måned.',
          decisions: 'Trivselsmøder hver anden måned.',
          actions: [{ text: 'Booke lokale til trivselsmøder', owner: freja, dueInDays: 7 }],
        },
        {
          inDays: 16,
          start: '08:00',
          end: '08:45',
          place: 'Konferencerummet, Medicinsk Afdeling',
          status: 'PLANNED',
          agenda: ['Evaluering af introdagen'],
        },
      ],
    },
    {
      kind: 'FORUM',
      name: 'Uddannelsesforum',
      unit: 'mvh-med',
      cadence: { value: 1, unit: 'MONTH' },
      termsOfReference: FORUM_TOR('Medicinsk Afdeling, Holbæk'),
      members: [
        { email: birgitte, fn: 'CHAIR' },
        { email: morten, fn: 'UKS' },
        { email: lars, fn: 'SUPERVISOR' },
      ],
      meetings: [
        {
          inDays: -21,
          start: '14:30',
          end: '15:30',
          place: 'Mødelokale 2, Holbæk',
          status: 'HELD',
          agenda: ['SUPERVISION på MVH: fælles sprog'],
          minutes: 'Vejlederne drøftede begrebet supervision og brugen af kompetencekort i dagligdagen.',
          decisions: '',
        },
      ],
    },
    {
      kind: 'NETWORK',
      name: 'Netværk for UAO, UKS og UKYL',
      unit: 'mvh',
      cadence: { value: 2, unit: 'MONTH' },
      termsOfReference: NETWORK_TOR('Midt- og Vestsjællands Hospital'),
      members: [
        { email: birgitte, fn: 'UAO' },
        { email: morten, fn: 'UKS' },
        { email: freja, fn: 'UKYL' },
        { email: oliver, fn: 'AP_UKYL' },
      ],
      // Last held about 4 months ago with a 2-month cadence: overdue.
      meetings: [
        {
          inDays: -120,
          start: '13:00',
          end: '15:00',
          place: 'Uddannelsessekretariatet, Slagelse',
          status: 'HELD',
          agenda: ['Mentorordning'],
          minutes: 'Strategiinitiativer gennemgået. Mentorordningen for nye UAO, UKS og UKYL er i gang.',
          decisions: '',
        },
      ],
    },
  ];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Demo data of the education-bodies module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedEducationBodies(tx: Tx, ctx: SeedContext): Promise<void> {
  const specs = ctx.spec.slug === 'region-hovedstaden' ? ahh() : ctx.spec.slug === 'region-sjaelland' ? mvh() : [];
  const today = todayInDenmark();
  const tenantId = ctx.tenantId;
  for (const b of specs) {
    const body = await tx.educationBody.create({
      data: {
        tenantId,
        kind: b.kind,
        name: b.name,
        unitId: ctx.unitIds.get(b.unit)!,
        cadenceValue: b.cadence.value,
        cadenceUnit: b.cadence.unit,
        termsOfReference: b.termsOfReference,
        // Created before the first meeting, so a "new body" grace never hides an overdue one.
        createdAt: copenhagenToInstant(addDays(today, -180), '09:00'),
      },
      select: { id: true },
    });
    const memberIds = new Map<string, string>();
    for (const m of b.members) {
      const row = await tx.educationBodyMember.create({
        data: {
          tenantId,
          bodyId: body.id,
          userId: ctx.userIds.get(m.email)!,
          function: m.fn,
          functionOther: m.other ?? null,
          startDate: day(addDays(today, -365)),
        },
        select: { id: true },
      });
      memberIds.set(m.email, row.id);
    }
    const standing = STANDING_AGENDA_ITEMS[b.kind];
    for (const mt of b.meetings) {
      const date = addDays(today, mt.inDays);
      const meeting = await tx.educationMeeting.create({
        data: {
          tenantId,
          bodyId: body.id,
          startsAt: copenhagenToInstant(date, mt.start),
          endsAt: copenhagenToInstant(date, mt.end),
          place: mt.place,
          status: mt.status,
          minutes: mt.minutes ?? '',
          decisions: mt.decisions ?? '',
          agenda: {
            create: [
              ...standing.map((title, i) => ({ position: i, title, standing: true })),
              ...mt.agenda.map((title, i) => ({ position: standing.length + i, title, standing: false })),
            ],
          },
        },
        select: { id: true },
      });
      if (mt.status === 'HELD') {
        for (const [email, memberId] of memberIds) {
          const status = mt.absent?.includes(email) ? 'ABSENT' : mt.excused?.includes(email) ? 'EXCUSED' : 'PRESENT';
          await tx.educationAttendance.create({ data: { tenantId, meetingId: meeting.id, memberId, status } });
        }
      }
      for (const a of mt.actions ?? []) {
        await tx.educationActionItem.create({
          data: {
            tenantId,
            meetingId: meeting.id,
            text: a.text,
            ownerId: ctx.userIds.get(a.owner)!,
            dueDate: day(addDays(today, a.dueInDays)),
            doneAt: a.done ? copenhagenToInstant(addDays(today, Math.min(a.dueInDays, -1)), '12:00') : null,
          },
        });
      }
    }
  }
}
