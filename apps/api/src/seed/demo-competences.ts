import {
  todayInDenmark,
  UDDANNELSESLAEGE_URL,
  type AssessmentMethod,
  type CompetenceStatus,
  type CourseTrack,
  type DoctorRole,
  type PlanReason,
} from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo competence catalogue, competence status and education plans. The KBU list follows the
 * KBU målbeskrivelse's competences (Sundhedsstyrelsen); each region also gets one specialty's
 * introduction list (kardiologi in Region Hovedstaden, geriatri in Region Sjælland). The official
 * lists and the official approval live in uddannelseslæge.dk; the portal tracks progress only.
 */
type C = [code: string, title: string, roles: DoctorRole[], methods: AssessmentMethod[], description?: string];

const KBU: C[] = [
  [
    'K1',
    'Den akutte patient: vurdere og stabilisere efter ABCDE og iværksætte relevant behandling',
    ['MEDICAL_EXPERT', 'COLLABORATOR', 'LEADER'],
    ['STRUCTURED_OBSERVATION', 'COMPETENCE_CARD'],
    'Kan modtage den akut syge patient, prioritere undersøgelser og tilkalde hjælp i tide.',
  ],
  [
    'K2',
    'Hyppigt forekommende sygdomme: udrede, behandle og planlægge forløb',
    ['MEDICAL_EXPERT', 'SCHOLAR'],
    ['CASE_BASED_DISCUSSION', 'COMPETENCE_CARD'],
    'Fx pneumoni, KOL-exacerbation, hjertesvigt, apopleksi, urinvejsinfektion og dehydrering.',
  ],
  [
    'K3',
    'Journalføring, ordination af medicin og epikrise',
    ['MEDICAL_EXPERT', 'LEADER', 'PROFESSIONAL'],
    ['CASE_BASED_DISCUSSION'],
  ],
  [
    'K4',
    'Kommunikation med patienter og pårørende, herunder at give svære beskeder',
    ['COMMUNICATOR', 'PROFESSIONAL'],
    ['STRUCTURED_OBSERVATION', 'FEEDBACK_360'],
  ],
  [
    'K5',
    'Samarbejde med kolleger og andre faggrupper, herunder overlevering (ISBAR)',
    ['COLLABORATOR', 'COMMUNICATOR'],
    ['FEEDBACK_360', 'STRUCTURED_OBSERVATION'],
  ],
  [
    'K6',
    'Ledelse af eget arbejde: prioritere opgaver på vagt og ved stuegang',
    ['LEADER', 'PROFESSIONAL'],
    ['STRUCTURED_INTERVIEW', 'FEEDBACK_360'],
  ],
  [
    'K7',
    'Sundhedsfremme og forebyggelse i mødet med patienten (KRAM-faktorer)',
    ['HEALTH_ADVOCATE', 'COMMUNICATOR'],
    ['CASE_BASED_DISCUSSION'],
  ],
  [
    'K8',
    'Evidensbaseret praksis: søge, vurdere og anvende litteratur og kliniske retningslinjer',
    ['SCHOLAR', 'MEDICAL_EXPERT'],
    ['CASE_BASED_DISCUSSION', 'STRUCTURED_INTERVIEW'],
  ],
  [
    'K9',
    'Professionalisme: egne grænser, etik, patientsikkerhed og utilsigtede hændelser',
    ['PROFESSIONAL', 'HEALTH_ADVOCATE'],
    ['STRUCTURED_INTERVIEW', 'FEEDBACK_360'],
  ],
  ['K10', 'Kursus i kommunikation og patientsikkerhed', ['COMMUNICATOR', 'PROFESSIONAL'], ['COURSE_CERTIFICATE']],
];

const KARDIOLOGI: C[] = [
  [
    'IK1',
    'Akut koronart syndrom: diagnose, risikovurdering og initial behandling',
    ['MEDICAL_EXPERT', 'COLLABORATOR'],
    ['STRUCTURED_OBSERVATION', 'CASE_BASED_DISCUSSION'],
  ],
  [
    'IK2',
    'Hjertesvigt: udredning, medicinsk behandling og opfølgning',
    ['MEDICAL_EXPERT', 'HEALTH_ADVOCATE'],
    ['CASE_BASED_DISCUSSION'],
  ],
  [
    'IK3',
    'Arytmier: tolke EKG og behandle atrieflimren, brady- og takyarytmier',
    ['MEDICAL_EXPERT'],
    ['COMPETENCE_CARD', 'STRUCTURED_OBSERVATION'],
  ],
  ['IK4', 'Ekkokardiografi: fokuseret undersøgelse (FoCUS)', ['MEDICAL_EXPERT'], ['STRUCTURED_OBSERVATION']],
  [
    'IK5',
    'Information om prognose og behandlingsvalg til patient og pårørende',
    ['COMMUNICATOR', 'PROFESSIONAL'],
    ['STRUCTURED_OBSERVATION', 'FEEDBACK_360'],
  ],
  [
    'IK6',
    'Tværfaglig konference og samarbejde med thoraxkirurgi',
    ['COLLABORATOR', 'LEADER'],
    ['STRUCTURED_INTERVIEW'],
  ],
  ['IK7', 'Undervise kolleger og studerende', ['SCHOLAR', 'COMMUNICATOR'], ['FEEDBACK_360']],
];

const GERIATRI: C[] = [
  [
    'IG1',
    'Geriatrisk vurdering (CGA): funktionsevne, kognition, ernæring og social situation',
    ['MEDICAL_EXPERT', 'COLLABORATOR'],
    ['STRUCTURED_OBSERVATION', 'CASE_BASED_DISCUSSION'],
  ],
  ['IG2', 'Delir: forebygge, erkende og behandle', ['MEDICAL_EXPERT', 'HEALTH_ADVOCATE'], ['CASE_BASED_DISCUSSION']],
  [
    'IG3',
    'Medicingennemgang og seponering ved polyfarmaci',
    ['MEDICAL_EXPERT', 'SCHOLAR'],
    ['COMPETENCE_CARD', 'CASE_BASED_DISCUSSION'],
  ],
  ['IG4', 'Faldudredning og forebyggelse af fald', ['MEDICAL_EXPERT', 'HEALTH_ADVOCATE'], ['STRUCTURED_OBSERVATION']],
  [
    'IG5',
    'Samtale om behandlingsniveau og palliation med patient og pårørende',
    ['COMMUNICATOR', 'PROFESSIONAL'],
    ['STRUCTURED_OBSERVATION', 'FEEDBACK_360'],
  ],
  ['IG6', 'Udskrivelse og samarbejde med kommunen', ['COLLABORATOR', 'LEADER'], ['STRUCTURED_INTERVIEW']],
];

interface ListSpec {
  key: string;
  track: CourseTrack;
  specialty: string | null;
  name: string;
  competences: C[];
}

const LISTS: Record<string, ListSpec[]> = {
  'region-hovedstaden': [
    { key: 'kbu', track: 'KBU', specialty: null, name: 'Klinisk basisuddannelse (KBU)', competences: KBU },
    {
      key: 'intro-kard',
      track: 'INTRODUCTION',
      specialty: 'Intern medicin: kardiologi',
      name: 'Introduktionsuddannelse i intern medicin: kardiologi',
      competences: KARDIOLOGI,
    },
  ],
  'region-sjaelland': [
    { key: 'kbu', track: 'KBU', specialty: null, name: 'Klinisk basisuddannelse (KBU)', competences: KBU },
    {
      key: 'intro-ger',
      track: 'INTRODUCTION',
      specialty: 'Intern medicin: geriatri',
      name: 'Introduktionsuddannelse i intern medicin: geriatri',
      competences: GERIATRI,
    },
  ],
};

/** Statuses per trainee: code → status (APPROVED with days after the course start). */
interface StatusSpec {
  trainee: string;
  /** Who set them (a supervisor of the course). */
  by: string;
  statuses: Record<string, CompetenceStatus | ['APPROVED', number]>;
}

const STATUSES: Record<string, StatusSpec[]> = {
  'region-hovedstaden': [
    {
      trainee: 'sofie.lindberg@regionh.dk',
      by: 'jens.mikkelsen@regionh.dk',
      statuses: {
        K1: ['APPROVED', 40],
        K3: ['APPROVED', 55],
        K4: 'ASSESSED',
        K5: 'IN_PROGRESS',
        K6: 'IN_PROGRESS',
        K10: ['APPROVED', 30],
      },
    },
    { trainee: 'ahmad.rahimi@regionh.dk', by: 'jens.mikkelsen@regionh.dk', statuses: { K1: 'IN_PROGRESS' } },
    {
      trainee: 'freja.vinther@regionh.dk',
      by: 'jens.mikkelsen@regionh.dk',
      statuses: { IK1: ['APPROVED', 30], IK3: 'ASSESSED', IK2: 'IN_PROGRESS', IK5: 'IN_PROGRESS' },
    },
    {
      trainee: 'oskar.bjerre@regionh.dk',
      by: 'mette.kjaer@regionh.dk',
      statuses: { IK1: 'IN_PROGRESS', IK4: 'IN_PROGRESS' },
    },
  ],
  'region-sjaelland': [
    {
      trainee: 'emma.christensen@regionsjaelland.dk',
      by: 'lars.norgaard@regionsjaelland.dk',
      statuses: { K1: ['APPROVED', 45], K2: 'ASSESSED', K4: 'IN_PROGRESS', K7: 'IN_PROGRESS' },
    },
    {
      trainee: 'mathias.holm@regionsjaelland.dk',
      by: 'lars.norgaard@regionsjaelland.dk',
      statuses: { K1: 'IN_PROGRESS' },
    },
  ],
};

interface PlanSpec {
  trainee: string;
  versions: { by: string; reason: PlanReason; note: string | null; goals: [string, string[], number | null][] }[];
}

const PLANS: Record<string, PlanSpec[]> = {
  'region-hovedstaden': [
    {
      trainee: 'sofie.lindberg@regionh.dk',
      versions: [
        {
          by: 'jens.mikkelsen@regionh.dk',
          reason: 'EXPECTATION_MEETING',
          note: 'Aftalt ved forventningssamtalen.',
          goals: [
            ['Selvstændigt modtage akutte patienter i FAM med supervision efter behov', ['K1'], 60],
            ['Give struktureret overlevering (ISBAR) ved vagtskifte', ['K5'], 90],
            ['Gennemføre en svær samtale med pårørende med vejleder som observatør', ['K4'], 120],
          ],
        },
      ],
    },
  ],
  'region-sjaelland': [
    {
      trainee: 'emma.christensen@regionsjaelland.dk',
      versions: [
        {
          by: 'lars.norgaard@regionsjaelland.dk',
          reason: 'EXPECTATION_MEETING',
          note: null,
          goals: [
            ['Håndtere den akutte medicinske patient i modtagelsen', ['K1'], 45],
            ['Udrede og behandle hyppige medicinske sygdomme', ['K2'], 120],
          ],
        },
        {
          by: 'lars.norgaard@regionsjaelland.dk',
          reason: 'SUPERVISION',
          note: 'Justeret efter vejledersamtale: K1 godkendt, fokus på kommunikation.',
          goals: [
            ['Udrede og behandle hyppige medicinske sygdomme', ['K2'], 100],
            ['Informere patienter og pårørende om udskrivelse og opfølgning', ['K4', 'K7'], 150],
          ],
        },
      ],
    },
  ],
};

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedCompetences(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  const specialties = new Map(
    (await tx.specialty.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } })).map((s) => [
      s.name,
      s.id,
    ]),
  );
  // code → competence id (codes are unique across the demo lists of a region)
  const competenceIds = new Map<string, string>();
  for (const l of LISTS[ctx.spec.slug] ?? []) {
    const list = await tx.competenceList.create({
      data: {
        tenantId: ctx.tenantId,
        track: l.track,
        specialtyId: l.specialty ? specialties.get(l.specialty)! : null,
        name: l.name,
        sourceUrl: UDDANNELSESLAEGE_URL,
      },
      select: { id: true },
    });
    const rows = await tx.competence.createManyAndReturn({
      data: l.competences.map(([code, title, doctorRoles, methods, description], i) => ({
        tenantId: ctx.tenantId,
        listId: list.id,
        code,
        title,
        description: description ?? null,
        doctorRoles,
        methods,
        sortOrder: i + 1,
      })),
      select: { id: true, code: true },
    });
    for (const r of rows) competenceIds.set(r.code, r.id);
  }

  const courses = new Map(
    (
      await tx.course.findMany({
        where: { tenantId: ctx.tenantId, id: { in: [...ctx.courseIds.values()] } },
        select: { id: true, startDate: true },
      })
    ).map((c) => [c.id, c.startDate.toISOString().slice(0, 10)]),
  );

  for (const s of STATUSES[ctx.spec.slug] ?? []) {
    const courseId = ctx.courseIds.get(s.trainee);
    if (!courseId) continue;
    const start = courses.get(courseId)!;
    const actorId = ctx.userIds.get(s.by)!;
    for (const [code, v] of Object.entries(s.statuses)) {
      const status = typeof v === 'string' ? v : v[0];
      let approvedOn: Date | null = null;
      if (typeof v !== 'string') {
        const d = addDays(start, v[1]);
        approvedOn = day(d > today ? (start > today ? start : today) : d);
      }
      const competenceId = competenceIds.get(code)!;
      const base = { tenantId: ctx.tenantId, courseId, competenceId };
      await tx.competenceStatus.create({
        data: { ...base, status, approvedOn, approvedById: approvedOn ? actorId : null, updatedById: actorId },
        select: { id: true },
      });
      // The history: a started step first, then the current status.
      const steps: CompetenceStatus[] = status === 'IN_PROGRESS' ? ['IN_PROGRESS'] : ['IN_PROGRESS', status];
      let from: CompetenceStatus = 'NOT_STARTED';
      for (const to of steps) {
        await tx.competenceStatusEvent.create({
          data: { ...base, fromStatus: from, toStatus: to, approvedOn: to === 'APPROVED' ? approvedOn : null, actorId },
          select: { id: true },
        });
        from = to;
      }
    }
  }

  for (const p of PLANS[ctx.spec.slug] ?? []) {
    const courseId = ctx.courseIds.get(p.trainee);
    if (!courseId) continue;
    const start = courses.get(courseId)!;
    const plan = await tx.educationPlan.create({
      data: { tenantId: ctx.tenantId, courseId, currentVersion: p.versions.length },
      select: { id: true },
    });
    for (const [i, v] of p.versions.entries()) {
      const ver = await tx.educationPlanVersion.create({
        data: {
          tenantId: ctx.tenantId,
          planId: plan.id,
          version: i + 1,
          reason: v.reason,
          note: v.note,
          createdById: ctx.userIds.get(v.by)!,
        },
        select: { id: true },
      });
      const goals = await tx.educationPlanGoal.createManyAndReturn({
        data: v.goals.map(([text, , due], j) => ({
          tenantId: ctx.tenantId,
          versionId: ver.id,
          sortOrder: j,
          text,
          dueDate: due === null ? null : day(addDays(start, due)),
        })),
        select: { id: true, sortOrder: true },
      });
      await tx.educationPlanGoalCompetence.createMany({
        data: goals.flatMap((g) =>
          v.goals[g.sortOrder]![1].map((code) => ({
            tenantId: ctx.tenantId,
            goalId: g.id,
            competenceId: competenceIds.get(code)!,
          })),
        ),
      });
    }
  }
}
