import { randomUUID } from 'node:crypto';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo data of the questionnaire results (issue 7):
 * - Region Sjælland: MVH's "Kendskab til og effekt af uddannelsesstrategien" (seed 004: "gennemført
 *   juli 2024 og herefter halvårligt"), audience ALL, four closed rounds with deterministic
 *   responses (awareness rising round by round), most result groups ≥ 5 answers, Børne- og
 *   Ungeafdelingen with 4 (hidden: "for få svar") and a few hospital-level answers (3, hidden), and
 *   a DRAFT round "2026, 2. halvår" ready to send. A manual indicator on MVH's strategy ("andel der
 *   i høj grad kender afdelingens uddannelsesstrategi") fed with the first three rounds' results;
 *   the latest round is left to be fed from the results screen.
 * - Region Hovedstaden: a small AHH questionnaire with one closed round (so each tenant has results).
 * Responses carry only round + group, as answers do in the real flow; the round-group counts
 * (recipients, answered) agree with the responses.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick(rand: () => number, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let x = rand() * total;
  for (const [i, w] of weights.entries()) {
    x -= w;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

type Role = 'TRAINEE' | 'SUPERVISOR' | 'EDUCATION_LEADER';
interface QuestionSpec {
  kind: 'SCALE' | 'CHOICE' | 'TEXT';
  text: string;
  options?: string[];
  required?: boolean;
  /** Weights per round (SCALE: values 1..5; CHOICE: options); TEXT: chance of an answer. */
  weights?: number[][];
  chance?: number;
  texts?: string[];
}
interface RoundSpec {
  label: string;
  opensOn: string;
  closesOn: string;
}
/** [unit key, role group, recipients, answered] */
type GroupSpec = [string, Role, number, number];

const SCALE_LABELS = { min: 'Slet ikke', max: 'I meget høj grad' };

const MVH_QUESTIONS: QuestionSpec[] = [
  {
    kind: 'SCALE',
    text: 'I hvilken grad kender du afdelingens uddannelsesstrategi?',
    weights: [
      [22, 30, 28, 14, 6],
      [13, 25, 30, 22, 10],
      [8, 17, 29, 30, 16],
      [4, 11, 25, 36, 24],
    ],
  },
  {
    kind: 'SCALE',
    text: 'I hvilken grad kender du MVH’s fælles uddannelsesstrategi "Sammen om lægelig videreuddannelse"?',
    weights: [
      [30, 30, 24, 11, 5],
      [20, 28, 28, 17, 7],
      [14, 22, 30, 23, 11],
      [9, 18, 30, 28, 15],
    ],
  },
  {
    kind: 'SCALE',
    text: 'Har strategien gjort en forskel for uddannelsen i din afdeling?',
    weights: [
      [18, 30, 34, 14, 4],
      [14, 26, 34, 19, 7],
      [9, 21, 34, 26, 10],
      [6, 16, 33, 31, 14],
    ],
  },
  {
    kind: 'SCALE',
    text: 'I hvilken grad er roller og ansvar i uddannelsen tydelige for dig?',
    weights: [
      [10, 22, 35, 25, 8],
      [8, 20, 34, 28, 10],
      [6, 16, 33, 31, 14],
      [5, 13, 31, 34, 17],
    ],
  },
  {
    kind: 'SCALE',
    text: 'Hvor tryg føler du dig i din uddannelsessituation i afdelingen?',
    weights: [
      [4, 9, 26, 39, 22],
      [3, 9, 25, 40, 23],
      [3, 8, 24, 40, 25],
      [2, 7, 23, 41, 27],
    ],
  },
  {
    kind: 'CHOICE',
    text: 'Hvor har du hørt om strategien?',
    options: [
      'Undervisning eller morgenkonference i afdelingen',
      'Introduktion ved ansættelsen',
      'Min vejleder eller UAO',
      'Intranettet eller nyhedsbrev',
      'Uddannelsesrådet eller netværksmøder',
      'Jeg har ikke hørt om den',
    ],
    weights: [
      [14, 8, 12, 14, 6, 46],
      [20, 12, 15, 14, 8, 31],
      [26, 15, 18, 12, 9, 20],
      [31, 18, 20, 10, 9, 12],
    ],
  },
  {
    kind: 'TEXT',
    text: 'Har du forslag til, hvordan strategien kan gøre en større forskel i din hverdag?',
    required: false,
    chance: 0.25,
    texts: [
      'Strategien bør præsenteres ved introduktionen for nye læger.',
      'Mere tid til vejledning i vagtplanen, så strategien ikke kun står på papiret.',
      'Flere korte opdateringer på morgenkonferencen om, hvad der er nået.',
      'Tydeligere forventninger til hovedvejlederen.',
      'Det ville hjælpe med en fast kontaktperson for uddannelse på hver afdeling.',
      'Vi mangler at høre, hvad spørgeskemaets resultater bliver brugt til.',
      'Godt initiativ. Feedback i hverdagen er blevet bedre.',
      'Mentorordningen bør udbredes til alle afdelinger.',
      'Strategien er svær at finde på intranettet.',
      'Flere fælles undervisningsdage på tværs af afdelingerne.',
      'Trivselssamtaler bør ligge fast i uddannelsesforløbet.',
      'Gør det lettere at få supervision i akutmodtagelsen om natten.',
      'Strategien kunne med fordel være et fast punkt på afdelingens personalemøder.',
      'Jeg kendte den ikke, før jeg fik dette spørgeskema.',
      'Supervisorerne bør have bedre tid til at give struktureret feedback.',
      'Ansvarsfordelingen mellem UAO og hovedvejleder er blevet tydeligere.',
      'Det er svært at se forskel i hverdagen endnu.',
      'Faste læringsmål for hver vagt ville gøre en forskel.',
    ],
  },
];

const MVH_ROUNDS: RoundSpec[] = [
  { label: '2024, 2. halvår', opensOn: '2024-07-01', closesOn: '2024-07-31' },
  { label: '2025, 1. halvår', opensOn: '2025-01-06', closesOn: '2025-01-31' },
  { label: '2025, 2. halvår', opensOn: '2025-07-01', closesOn: '2025-07-31' },
  { label: '2026, 1. halvår', opensOn: '2026-01-05', closesOn: '2026-01-30' },
];

/** Result groups of round `r` (0-based): Børne- og Ungeafdelingen always 4 answers, MVH-level 3. */
function mvhGroups(r: number): GroupSpec[] {
  return [
    ['mvh-med', 'TRAINEE', 10 + r, 7 + r],
    ['mvh-med', 'SUPERVISOR', 6, 5],
    ['mvh-med', 'EDUCATION_LEADER', 3, 2],
    ['mvh-kir', 'TRAINEE', 8, 6],
    ['mvh-kir', 'SUPERVISOR', 5, 3 + (r % 2)],
    ['mvh-kir', 'EDUCATION_LEADER', 2, 2],
    ['mvh-orto', 'TRAINEE', 6, 4],
    ['mvh-orto', 'SUPERVISOR', 4, 3],
    ['mvh-orto', 'EDUCATION_LEADER', 2, 1],
    ['mvh-paed', 'TRAINEE', 5, 2],
    ['mvh-paed', 'SUPERVISOR', 3, 1],
    ['mvh-paed', 'EDUCATION_LEADER', 1, 1],
    ['mvh-akut', 'TRAINEE', 7, 5],
    ['mvh-akut', 'SUPERVISOR', 4, 2 + (r > 1 ? 1 : 0)],
    ['mvh-akut', 'EDUCATION_LEADER', 2, 1],
    ['mvh', 'EDUCATION_LEADER', 5, 3],
  ];
}

export const MVH_QUESTIONNAIRE_TITLE = 'Kendskab til og effekt af uddannelsesstrategien';

interface QuestionnaireSpec {
  owner: string;
  title: string;
  intro: string;
  audience: 'TRAINEES' | 'SUPERVISORS' | 'EDUCATION_LEADERS' | 'ALL';
  schedule: 'ONCE' | 'HALF_YEARLY';
  questions: QuestionSpec[];
  rounds: RoundSpec[];
  groups: (r: number) => GroupSpec[];
  draft?: RoundSpec;
  seed: number;
}

const MVH: QuestionnaireSpec = {
  owner: 'mvh',
  title: MVH_QUESTIONNAIRE_TITLE,
  intro:
    'Uddannelsesrådet på MVH følger halvårligt op på kendskabet til og effekten af uddannelsesstrategien "Sammen om lægelig videreuddannelse". Besvarelsen er anonym: resultater vises kun for grupper med mindst 5 svar.',
  audience: 'ALL',
  schedule: 'HALF_YEARLY',
  questions: MVH_QUESTIONS,
  rounds: MVH_ROUNDS,
  groups: mvhGroups,
  draft: { label: '2026, 2. halvår', opensOn: '2026-11-30', closesOn: '2026-12-18' },
  seed: 2024,
};

const AHH: QuestionnaireSpec = {
  owner: 'ahh',
  title: 'Introduktion til afdelingen',
  intro: 'Hvordan oplevede du introduktionen, da du startede i afdelingen?',
  audience: 'TRAINEES',
  schedule: 'ONCE',
  questions: [
    {
      kind: 'SCALE',
      text: 'Hvor godt blev du introduceret til afdelingens arbejdsgange?',
      weights: [[3, 8, 30, 40, 19]],
    },
    {
      kind: 'SCALE',
      text: 'Vidste du fra start, hvem din hovedvejleder var?',
      weights: [[5, 10, 20, 35, 30]],
    },
  ],
  rounds: [{ label: 'Efterår 2025', opensOn: '2025-10-01', closesOn: '2025-10-31' }],
  groups: () => [
    ['ahh-kard', 'TRAINEE', 8, 6],
    ['ahh-kir', 'TRAINEE', 7, 5],
  ],
  seed: 7,
};

const BY_TENANT: Record<string, QuestionnaireSpec[]> = {
  'region-sjaelland': [MVH],
  'region-hovedstaden': [AHH],
};

/** The awareness question's share answering 4–5 per round (what the results screen shows overall). */
interface Seeded {
  questionIds: string[];
  roundIds: string[];
  topShares: number[];
}

async function seedQuestionnaire(tx: Tx, ctx: SeedContext, spec: QuestionnaireSpec): Promise<Seeded> {
  const tenantId = ctx.tenantId;
  const q = await tx.questionnaire.create({
    data: {
      tenantId,
      ownerUnitId: ctx.unitIds.get(spec.owner)!,
      title: spec.title,
      intro: spec.intro,
      audience: spec.audience,
      schedule: spec.schedule,
    },
    select: { id: true },
  });
  const questionIds = spec.questions.map(() => randomUUID());
  await tx.questionnaireQuestion.createMany({
    data: spec.questions.map((qs, i) => ({
      id: questionIds[i]!,
      tenantId,
      questionnaireId: q.id,
      position: i + 1,
      kind: qs.kind,
      text: qs.text,
      options: qs.options ?? [],
      scaleMin: qs.kind === 'SCALE' ? 1 : null,
      scaleMax: qs.kind === 'SCALE' ? 5 : null,
      scaleMinLabel: qs.kind === 'SCALE' ? SCALE_LABELS.min : null,
      scaleMaxLabel: qs.kind === 'SCALE' ? SCALE_LABELS.max : null,
      required: qs.required ?? true,
    })),
  });
  const roundIds: string[] = [];
  const topShares: number[] = [];
  for (const [r, rs] of spec.rounds.entries()) {
    const round = await tx.questionnaireRound.create({
      data: {
        tenantId,
        questionnaireId: q.id,
        label: rs.label,
        opensOn: day(rs.opensOn),
        closesOn: day(rs.closesOn),
        state: 'CLOSED',
        reminderEveryDays: 7,
        sentAt: new Date(`${rs.opensOn}T07:00:00Z`),
        closedAt: new Date(`${rs.closesOn}T22:00:00Z`),
      },
      select: { id: true },
    });
    roundIds.push(round.id);
    const groups = spec.groups(r);
    await tx.questionnaireRoundGroup.createMany({
      data: groups.map(([unit, roleGroup, recipients, answered]) => ({
        tenantId,
        roundId: round.id,
        groupUnitId: ctx.unitIds.get(unit)!,
        roleGroup,
        recipients,
        answered,
      })),
    });
    const responses: { id: string; tenantId: string; roundId: string; groupUnitId: string; roleGroup: Role }[] = [];
    const answers: {
      tenantId: string;
      responseId: string;
      questionId: string;
      scaleValue?: number;
      choiceIndex?: number;
      text?: string;
    }[] = [];
    let top = 0;
    let n = 0;
    // Free texts go round the pool (from a different place each round), so few repeat.
    let nextText = r * 5;
    for (const [gi, [unit, roleGroup, , answered]] of groups.entries()) {
      const rand = prng(spec.seed * 1000 + r * 100 + gi);
      for (let k = 0; k < answered; k++) {
        const id = randomUUID();
        responses.push({ id, tenantId, roundId: round.id, groupUnitId: ctx.unitIds.get(unit)!, roleGroup });
        for (const [qi, qs] of spec.questions.entries()) {
          const questionId = questionIds[qi]!;
          if (qs.kind === 'SCALE') {
            const v = pick(rand, qs.weights![Math.min(r, qs.weights!.length - 1)]!) + 1;
            answers.push({ tenantId, responseId: id, questionId, scaleValue: v });
            if (qi === 0) {
              n++;
              if (v >= 4) top++;
            }
          } else if (qs.kind === 'CHOICE') {
            answers.push({ tenantId, responseId: id, questionId, choiceIndex: pick(rand, qs.weights![r]!) });
          } else if (rand() < qs.chance!) {
            answers.push({
              tenantId,
              responseId: id,
              questionId,
              text: qs.texts![nextText++ % qs.texts!.length]!,
            });
          }
        }
      }
    }
    await tx.questionnaireResponse.createMany({ data: responses });
    await tx.questionnaireAnswer.createMany({ data: answers });
    topShares.push(Math.round((1000 * top) / n) / 10);
  }
  if (spec.draft) {
    await tx.questionnaireRound.create({
      data: {
        tenantId,
        questionnaireId: q.id,
        label: spec.draft.label,
        opensOn: day(spec.draft.opensOn),
        closesOn: day(spec.draft.closesOn),
        state: 'DRAFT',
        reminderEveryDays: 7,
      },
    });
  }
  return { questionIds, roundIds, topShares };
}

export const AWARENESS_INDICATOR_TITLE = 'Andel der i høj grad kender afdelingens uddannelsesstrategi (svar 4–5)';

/**
 * A manual indicator on MVH's strategy, on the goal "Der er udarbejdet en spørgeskemaundersøgelse …
 * kendskab til og effekt af Uddannelsesstrategien", fed with the first rounds' awareness results
 * (as "Brug som indikatorværdi" on the results screen writes them).
 */
async function seedAwarenessIndicator(tx: Tx, ctx: SeedContext, s: Seeded) {
  const initiative = await tx.strategyInitiative.findFirst({
    where: {
      tenantId: ctx.tenantId,
      title: { startsWith: 'Der er udarbejdet en spørgeskemaundersøgelse' },
      strategy: { unitId: ctx.unitIds.get('mvh')! },
    },
    select: { id: true },
  });
  if (!initiative) return;
  const ind = await tx.strategyIndicator.create({
    data: {
      tenantId: ctx.tenantId,
      initiativeId: initiative.id,
      title: AWARENESS_INDICATOR_TITLE,
      kind: 'MANUAL',
      valueType: 'PERCENT',
      target: 60,
      direction: 'AT_LEAST',
      sortOrder: 0,
    },
    select: { id: true },
  });
  const authorId = ctx.userIds.get('camilla.jeppesen@regionsjaelland.dk') ?? null;
  const fed = MVH_ROUNDS.slice(0, 3);
  await tx.indicatorValue.createMany({
    data: fed.map((rs, i) => ({
      tenantId: ctx.tenantId,
      indicatorId: ind.id,
      measuredOn: day(rs.closesOn),
      value: s.topShares[i]!,
      note: `Spørgeskema "${MVH_QUESTIONNAIRE_TITLE}", ${rs.label}: "${MVH_QUESTIONS[0]!.text}" (${s.topShares[i]} % svarede 4–5).`,
      authorId,
    })),
  });
}

/** Demo data: the MVH questionnaire on awareness and effect of the strategy, with its rounds (issue 7). */
export async function seedQuestionnaires(tx: Tx, ctx: SeedContext): Promise<void> {
  for (const spec of BY_TENANT[ctx.spec.slug] ?? []) {
    const seeded = await seedQuestionnaire(tx, ctx, spec);
    if (spec === MVH) await seedAwarenessIndicator(tx, ctx, seeded);
  }
}
