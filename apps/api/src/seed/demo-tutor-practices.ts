import { addYears, DEFAULT_REAPPROVAL_YEARS } from '@portal/contracts';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Tutor practices of the demo GP areas (issue 6): recruitment pipelines, approved tutor doctors
 * (Kristian Bundgaard, Mette Brix, …), one candidate in each area's pipeline, programme versions
 * (one re-approval overdue) and, in gp-syd, one evaluation import in which Hvidovre Lægehus is
 * flagged (its mean fell from 4.10 to 3.50, a drop of 0.60 ≥ 0.5).
 */

type Stage = 'CONTACTED' | 'INTERESTED' | 'APPLIED' | 'APPROVED' | 'DECLINED' | 'PAUSED';
interface PracticeSpec {
  practice: string;
  pipeline: { stage: Stage; on: string; note: string }[];
  nextStep?: { text: string; on: string };
  doctors: { gp: string; course: string | null; yearsAsGp: number; yearsInPractice: number; approvedOn?: string }[];
  programme: { summary: string; fileName: string | null; submittedOn: string; approvedOn?: string }[];
}

const SPECS: Record<string, { amu: string; practices: PracticeSpec[] }> = {
  'region-hovedstaden': {
    amu: 'peter.juhl@regionh.dk',
    practices: [
      {
        practice: 'gp-syd-1',
        pipeline: [
          { stage: 'CONTACTED', on: '2020-09-01', note: 'Henvendelse efter temadag om uddannelse i almen praksis.' },
          { stage: 'APPLIED', on: '2021-03-15', note: 'Ansøgning og uddannelsesprogram modtaget.' },
          { stage: 'APPROVED', on: '2021-05-01', note: 'Godkendt som tutorpraksis.' },
        ],
        doctors: [
          {
            gp: 'Kristian Bundgaard',
            course: '2023-11-15',
            yearsAsGp: 8,
            yearsInPractice: 8,
            approvedOn: '2024-03-01',
          },
        ],
        programme: [
          {
            summary: 'Uddannelsesprogram for KBU og introduktionslæger.',
            fileName: 'program-amagerbrogade-2021.pdf',
            submittedOn: '2021-03-15',
            approvedOn: '2021-05-01',
          },
          {
            summary: 'Revideret program: fast ugentlig supervision og introduktionsuge.',
            fileName: 'program-amagerbrogade-2024.pdf',
            submittedOn: '2024-02-10',
            approvedOn: '2024-03-01',
          },
        ],
      },
      {
        practice: 'gp-syd-2',
        pipeline: [{ stage: 'APPROVED', on: '2023-06-01', note: 'Godkendt som tutorpraksis.' }],
        doctors: [
          { gp: 'Jesper Kragh', course: '2023-03-20', yearsAsGp: 7, yearsInPractice: 7, approvedOn: '2024-06-01' },
        ],
        programme: [
          {
            summary: 'Uddannelsesprogram med vægt på kroniske sygdomme og telefonkonsultationer.',
            fileName: null,
            submittedOn: '2023-05-10',
            approvedOn: '2023-06-01',
          },
        ],
      },
      {
        practice: 'gp-syd-3',
        pipeline: [
          { stage: 'CONTACTED', on: '2026-08-15', note: 'Telefonsamtale med Helle Bak om at blive tutorlæge.' },
          { stage: 'INTERESTED', on: '2026-09-01', note: 'Praksis er interesseret; tutorkursus i september.' },
          { stage: 'APPLIED', on: '2026-10-10', note: 'Ansøgning og udkast til uddannelsesprogram modtaget.' },
        ],
        nextStep: { text: 'Besøg i praksis og gennemgang af programmet', on: '2026-12-03' },
        doctors: [{ gp: 'Helle Bak', course: '2026-09-20', yearsAsGp: 12, yearsInPractice: 12 }],
        programme: [
          {
            summary: 'Udkast: uddannelsesprogram for introduktionslæger i Valby.',
            fileName: 'udkast-valby.docx',
            submittedOn: '2026-10-10',
          },
        ],
      },
    ],
  },
  'region-sjaelland': {
    amu: 'henrik.thomsen@regionsjaelland.dk',
    practices: [
      {
        practice: 'gp-vest-1',
        pipeline: [{ stage: 'APPROVED', on: '2025-01-15', note: 'Godkendt som tutorpraksis.' }],
        doctors: [
          { gp: 'Mette Brix', course: '2024-10-01', yearsAsGp: 10, yearsInPractice: 10, approvedOn: '2025-01-15' },
        ],
        programme: [
          {
            summary: 'Uddannelsesprogram for KBU-læger i Sorø.',
            fileName: 'program-soroe.pdf',
            submittedOn: '2024-12-01',
            approvedOn: '2025-01-15',
          },
        ],
      },
      {
        practice: 'gp-vest-2',
        pipeline: [{ stage: 'APPROVED', on: '2022-09-01', note: 'Godkendt som tutorpraksis.' }],
        doctors: [
          { gp: 'Tine Abildgaard', course: '2023-11-01', yearsAsGp: 6, yearsInPractice: 6, approvedOn: '2024-02-01' },
        ],
        programme: [
          {
            summary: 'Uddannelsesprogram for introduktionslæger i Slagelse.',
            fileName: 'program-slagelse.pdf',
            submittedOn: '2022-08-01',
            approvedOn: '2022-09-01',
          },
          {
            summary: 'Revideret program 2026 (afventer godkendelse).',
            fileName: 'program-slagelse-2026.pdf',
            submittedOn: '2026-10-01',
          },
        ],
      },
      {
        practice: 'gp-vest-3',
        pipeline: [
          { stage: 'CONTACTED', on: '2026-09-10', note: 'Møde med Klaus Iversen på klyngemøde.' },
          { stage: 'INTERESTED', on: '2026-10-05', note: 'Ønsker at tage tutorkurset i foråret.' },
        ],
        nextStep: { text: 'Tilmelding til tutorkursus', on: '2027-01-15' },
        doctors: [{ gp: 'Klaus Iversen', course: null, yearsAsGp: 15, yearsInPractice: 15 }],
        programme: [],
      },
    ],
  },
};

/** gp-syd's evaluation import: [placement key, period, scores of the three questions, n]. */
const QUESTIONS = ['Samlet tilfredshed med opholdet', 'Supervision og feedback', 'Introduktion til stedet'];
const SCORES: [string, string, [number, number, number], number][] = [
  ['gp-syd-1', '2025-2', [4.5, 4.3, 4.4], 4],
  ['gp-syd-1', '2026-1', [4.6, 4.4, 4.5], 5],
  ['gp-syd-2', '2025-2', [4.2, 4.0, 4.1], 3],
  ['gp-syd-2', '2026-1', [3.6, 3.4, 3.5], 4],
  ['ahh-kard', '2026-1', [4.0, 3.9, 4.1], 6],
];

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

export async function seedTutorPractices(tx: Tx, ctx: SeedContext): Promise<void> {
  const spec = SPECS[ctx.spec.slug];
  if (!spec) return;
  const tenantId = ctx.tenantId;
  const amuId = ctx.userIds.get(spec.amu) ?? null;
  const gps = await tx.generalPractitioner.findMany({ where: { tenantId }, select: { id: true, name: true } });
  const gpId = (name: string) => gps.find((g) => g.name === name)?.id;

  for (const p of spec.practices) {
    const practiceId = ctx.unitIds.get(p.practice);
    if (!practiceId) continue;
    const last = p.pipeline[p.pipeline.length - 1]!;
    const rec = await tx.tutorRecruitment.create({
      data: {
        tenantId,
        practiceId,
        stage: last.stage,
        stageChangedOn: d(last.on),
        nextStep: p.nextStep?.text ?? null,
        nextStepOn: p.nextStep ? d(p.nextStep.on) : null,
      },
      select: { id: true },
    });
    await tx.tutorRecruitmentEvent.createMany({
      data: p.pipeline.map((e) => ({
        tenantId,
        recruitmentId: rec.id,
        stage: e.stage,
        changedOn: d(e.on),
        note: e.note,
        changedById: amuId,
      })),
    });
    await tx.tutorDoctor.createMany({
      data: p.doctors.flatMap((doc) => {
        const id = gpId(doc.gp);
        if (!id) return [];
        return [
          {
            tenantId,
            gpId: id,
            courseCompleted: doc.course !== null,
            courseCompletedOn: doc.course ? d(doc.course) : null,
            yearsAsGp: doc.yearsAsGp,
            yearsInPractice: doc.yearsInPractice,
            decision: doc.approvedOn ? 'APPROVED' : 'PENDING',
            decidedOn: doc.approvedOn ? d(doc.approvedOn) : null,
            decidedById: doc.approvedOn ? amuId : null,
            reapprovalDueOn: doc.approvedOn ? d(addYears(doc.approvedOn, DEFAULT_REAPPROVAL_YEARS)) : null,
          },
        ];
      }),
    });
    await tx.educationProgrammeVersion.createMany({
      data: p.programme.map((v, i) => ({
        tenantId,
        practiceId,
        number: i + 1,
        summary: v.summary,
        fileName: v.fileName,
        submittedOn: d(v.submittedOn),
        approvedOn: v.approvedOn ? d(v.approvedOn) : null,
        approvedById: v.approvedOn ? amuId : null,
        reapprovalDueOn: v.approvedOn ? d(addYears(v.approvedOn, DEFAULT_REAPPROVAL_YEARS)) : null,
      })),
    });
  }

  const areaId = ctx.unitIds.get('gp-syd');
  if (ctx.spec.slug !== 'region-hovedstaden' || !areaId) return;
  const rows = SCORES.flatMap(([key, period, scores, n]) => {
    const placementId = ctx.unitIds.get(key);
    return placementId
      ? scores.map((score, i) => ({
          placementId,
          period,
          question: QUESTIONS[i]!,
          score: new Prisma.Decimal(score),
          respondents: n,
        }))
      : [];
  });
  const imp = await tx.evaluationImport.create({
    data: {
      tenantId,
      areaId,
      fileName: 'evaluer-dk-almen-praksis-syd-2026-1.csv',
      importedById: amuId,
      importedAt: new Date('2026-09-15T10:30:00.000Z'),
      rowCount: rows.length,
      replacedCount: 0,
    },
    select: { id: true },
  });
  await tx.evaluationScore.createMany({ data: rows.map((r) => ({ tenantId, areaId, importId: imp.id, ...r })) });
}
