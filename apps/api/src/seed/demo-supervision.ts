import { todayInDenmark, type SupervisionSetting } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import { competencesForCourse } from '../modules/supervision/supervision.repository.js';
import type { SeedContext } from './demo.js';

/**
 * Demo supervision and feedback on the demo courses, over the last months relative to the day the
 * data is loaded: feedback after the shared concept (gik godt / kan forbedres / næste skridt) and
 * supervision records in the usual settings. Freja Vinther (Jens Mikkelsen's) and Signe Søgaard
 * (Mette Kjær's) have had no feedback for more than 4 weeks; Ahmad Rahimi and Mathias Holm started
 * days ago; Sofie Lindberg has an open request for feedback. Supervision records link competences
 * of the course's list when one exists when this runs.
 */
interface FeedbackSpec {
  daysAgo: number;
  by: string;
  setting: SupervisionSetting | null;
  wentWell: string;
  toImprove: string;
  nextStep: string;
}
interface SupervisionSpec {
  daysAgo: number;
  by: string;
  setting: SupervisionSetting;
  supervised: string;
  nextSteps: string | null;
  competences?: number;
}
interface CourseData {
  feedback: FeedbackSpec[];
  supervision: SupervisionSpec[];
  request?: { to: string | null; message: string; daysAgo: number };
}

const JENS = 'jens.mikkelsen@regionh.dk';
const METTE = 'mette.kjaer@regionh.dk';
const LARS = 'lars.norgaard@regionsjaelland.dk';
const BIRGITTE = 'birgitte.hansen@regionsjaelland.dk';

const FB = {
  stuegang: {
    setting: 'WARD_ROUND',
    wentWell: 'Du havde styr på patienternes forløb og præsenterede kort og præcist ved stuegangen.',
    toImprove: 'Inddrag patienten mere: spørg, hvad de selv har forstået af planen, før du går videre.',
    nextStep: 'Næste stuegang: afslut hver patientsamtale med teach-back.',
  },
  akut: {
    setting: 'SHIFT',
    wentWell: 'Rolig og systematisk ABCDE-vurdering af den dyspnøiske patient; du tilkaldte bagvagten i tide.',
    toImprove: 'Journalnotatet manglede din samlede vurdering og differentialdiagnoser.',
    nextStep: 'Skriv en kort vurdering med 2–3 differentialdiagnoser i næste akutte journal; vi gennemgår den sammen.',
  },
  ambulatorie: {
    setting: 'OUTPATIENT_CLINIC',
    wentWell: 'God struktur i samtalen og fin forklaring af medicinændringen til patienten.',
    toImprove: 'Tidsstyringen: samtalen trak ud, fordi du gennemgik alle prøvesvar i detaljer.',
    nextStep: 'Prioritér 2–3 hovedbudskaber før samtalen og brug dem som rammen.',
  },
  konference: {
    setting: 'CONFERENCE',
    wentWell: 'Velforberedt casepræsentation med relevant litteratur.',
    toImprove: 'Konklusionen kom sent; tilhørerne skulle vente på pointen.',
    nextStep: 'Start næste præsentation med konklusionen og dit spørgsmål til konferencen.',
  },
  procedure: {
    setting: 'PROCEDURE',
    wentWell: 'Korrekt steril teknik og god kommunikation med patienten undervejs.',
    toImprove: 'Forberedelsen: udstyret var ikke klar, da patienten var lejret.',
    nextStep: 'Brug tjeklisten til forberedelse ved næste procedure.',
  },
  overlevering: {
    setting: null,
    wentWell: 'Klar ISBAR-overlevering til vagtholdet om aftenen.',
    toImprove: 'Husk at nævne udestående prøvesvar og hvem der følger op.',
    nextStep: 'Tilføj "udestående" som fast punkt i dine overleveringer.',
  },
} as const;

const SV = {
  ekko: {
    setting: 'PROCEDURE',
    supervised: 'Transthorakal ekkokardiografi: standardprojektioner og vurdering af venstre ventrikels funktion.',
    nextSteps: 'Tre ekkoer mere under indirekte supervision, derefter vurdering med kompetencekort.',
  },
  stuegang: {
    setting: 'WARD_ROUND',
    supervised: 'Selvstændig stuegang på fire patienter med efterfølgende gennemgang.',
    nextSteps: 'Øg til seks patienter; fokus på udskrivelsesplanlægning.',
  },
  vagt: {
    setting: 'SHIFT',
    supervised: 'Aftenvagt i akutmodtagelsen: modtagelse af patienter med brystsmerter.',
    nextSteps: 'Gennemgå retningslinjen for akut koronart syndrom inden næste vagt.',
  },
  ambulatorie: {
    setting: 'OUTPATIENT_CLINIC',
    supervised: 'Hjertesvigtsambulatoriet: titrering af medicin og patientinformation.',
    nextSteps: null,
  },
  konference: {
    setting: 'CONFERENCE',
    supervised: 'Fremlæggelse af patientforløb på morgenkonferencen.',
    nextSteps: 'Fremlæg igen om to uger med fokus på konklusionen først.',
  },
} as const;

const fb = (daysAgo: number, by: string, k: keyof typeof FB): FeedbackSpec => ({ daysAgo, by, ...FB[k] });
const sv = (daysAgo: number, by: string, k: keyof typeof SV, competences = 0): SupervisionSpec => ({
  daysAgo,
  by,
  competences,
  ...SV[k],
});

const DATA: Record<string, Record<string, CourseData>> = {
  'region-hovedstaden': {
    'sofie.lindberg@regionh.dk': {
      feedback: [
        fb(98, JENS, 'stuegang'),
        fb(77, METTE, 'akut'),
        fb(56, JENS, 'ambulatorie'),
        fb(35, JENS, 'overlevering'),
        fb(19, METTE, 'konference'),
        fb(6, JENS, 'procedure'),
      ],
      supervision: [
        sv(91, JENS, 'stuegang', 2),
        sv(63, METTE, 'vagt', 1),
        sv(42, JENS, 'ambulatorie'),
        sv(12, JENS, 'ekko', 1),
      ],
      request: { to: null, message: 'Kan jeg få feedback på min stuegang i denne uge?', daysAgo: 2 },
    },
    'ida.sorensen@regionh.dk': {
      feedback: [fb(150, METTE, 'ambulatorie'), fb(110, METTE, 'konference'), fb(21, METTE, 'procedure')],
      supervision: [sv(120, METTE, 'ekko', 2), sv(60, METTE, 'ambulatorie', 1), sv(14, METTE, 'konference')],
    },
    // No feedback for more than 4 weeks.
    'freja.vinther@regionh.dk': { feedback: [fb(36, JENS, 'stuegang')], supervision: [sv(33, JENS, 'vagt')] },
    'oskar.bjerre@regionh.dk': { feedback: [fb(9, METTE, 'akut')], supervision: [sv(15, METTE, 'stuegang')] },
    'signe.sogaard@regionh.dk': {
      // Jens Mikkelsen is not her supervisor: feedback from another doctor of the department.
      feedback: [fb(200, METTE, 'konference'), fb(120, METTE, 'ambulatorie'), fb(45, JENS, 'akut')],
      supervision: [sv(90, METTE, 'ekko', 1)],
    },
  },
  'region-sjaelland': {
    'emma.christensen@regionsjaelland.dk': {
      feedback: [
        fb(84, LARS, 'stuegang'),
        fb(49, BIRGITTE, 'akut'),
        fb(20, LARS, 'ambulatorie'),
        fb(4, LARS, 'overlevering'),
      ],
      supervision: [sv(70, LARS, 'stuegang', 1), sv(28, BIRGITTE, 'vagt')],
    },
    'mathias.holm@regionsjaelland.dk': { feedback: [], supervision: [sv(4, LARS, 'stuegang')] },
  },
};

function isoDaysAgo(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function seedSupervision(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  for (const [trainee, data] of Object.entries(DATA[ctx.spec.slug] ?? {})) {
    const courseId = ctx.courseIds.get(trainee);
    if (!courseId) continue;
    const course = await tx.course.findFirstOrThrow({
      where: { tenantId: ctx.tenantId, id: courseId },
      select: { startDate: true, track: true, specialtyId: true },
    });
    const start = course.startDate.toISOString().slice(0, 10);
    // Records before the course started (a course loaded with fixed dates) are left out.
    const when = (n: number) => {
      const iso = isoDaysAgo(today, n);
      return iso >= start ? iso : null;
    };
    const competences = await competencesForCourse(tx, ctx.tenantId, course.track, course.specialtyId);
    for (const f of data.feedback) {
      const on = when(f.daysAgo);
      if (!on) continue;
      await tx.feedbackRecord.create({
        data: {
          tenantId: ctx.tenantId,
          courseId,
          giverId: ctx.userIds.get(f.by)!,
          givenOn: day(on),
          setting: f.setting,
          wentWell: f.wentWell,
          toImprove: f.toImprove,
          nextStep: f.nextStep,
          createdAt: new Date(`${on}T14:30:00.000Z`),
        },
      });
    }
    for (const [i, s] of data.supervision.entries()) {
      const on = when(s.daysAgo);
      if (!on) continue;
      const rec = await tx.supervisionRecord.create({
        data: {
          tenantId: ctx.tenantId,
          courseId,
          supervisorId: ctx.userIds.get(s.by)!,
          occurredOn: day(on),
          setting: s.setting,
          supervised: s.supervised,
          nextSteps: s.nextSteps,
          createdAt: new Date(`${on}T15:00:00.000Z`),
        },
        select: { id: true },
      });
      const linked = competences.slice((i * 2) % Math.max(competences.length, 1)).slice(0, s.competences ?? 0);
      await tx.supervisionRecordCompetence.createMany({
        data: linked.map((c) => ({ tenantId: ctx.tenantId, recordId: rec.id, competenceId: c.id })),
      });
    }
    if (data.request) {
      await tx.feedbackRequest.create({
        data: {
          tenantId: ctx.tenantId,
          courseId,
          askedById: ctx.userIds.get(trainee)!,
          supervisorId: data.request.to ? ctx.userIds.get(data.request.to)! : null,
          message: data.request.message,
          createdAt: new Date(`${isoDaysAgo(today, data.request.daysAgo)}T08:00:00.000Z`),
        },
      });
    }
  }
}
