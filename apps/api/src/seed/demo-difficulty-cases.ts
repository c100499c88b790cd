import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo data: confidential cases on trainees in difficulty (issue 7), relative to the day the data
 * is loaded. Region Hovedstaden: an open case on Signe Søgaard (Kardiologisk Afdeling, AHH; no
 * feedback for over 4 weeks, so her course also shows signals with "sag åben"), opened by Mette
 * Kjær, with a plan in two versions and two follow-up notes; and a feedback flagged as a concern on
 * Oskar Bjerre (a FEEDBACK_CONCERN signal). Freja Vinther fires NO_RECENT_FEEDBACK from the
 * supervision seed. Region Sjælland: a closed case on Mathias Holm (Medicinsk Afdeling, Holbæk).
 * Signe Søgaard and Mathias Holm cannot sign in.
 */
function daysAgo(today: string, n: number): Date {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d;
}

export async function seedDifficultyCases(tx: Tx, ctx: SeedContext): Promise<void> {
  const today = todayInDenmark();
  const tenantId = ctx.tenantId;
  const ago = (n: number) => daysAgo(today, n);

  if (ctx.spec.slug === 'region-hovedstaden') {
    const mette = ctx.userIds.get('mette.kjaer@regionh.dk');
    const jens = ctx.userIds.get('jens.mikkelsen@regionh.dk');
    const signeCourse = ctx.courseIds.get('signe.sogaard@regionh.dk');
    const oskarCourse = ctx.courseIds.get('oskar.bjerre@regionh.dk');
    if (!mette || !jens || !signeCourse) return;
    const c = await tx.difficultyCase.create({
      data: {
        tenantId,
        courseId: signeCourse,
        cause: 'BOTH',
        description:
          'Signe har svært ved at nå kompetencerne i ambulatoriet; afdelingen har i perioden haft få ' +
          'ambulatoriedage til hoveduddannelseslæger. Signe har selv bedt om en samtale.',
        openedOn: ago(21),
        openedById: mette,
      },
      select: { id: true },
    });
    await tx.difficultyCasePlan.createMany({
      data: [
        {
          tenantId,
          caseId: c.id,
          version: 1,
          meetingDate: ago(18),
          participants: ['TRAINEE', 'UAO'],
          goals: 'Selvstændig ekkokardiografi (K3) og ambulatorieforløb med 8 patienter om ugen.',
          actions: 'To faste ambulatoriedage om ugen; supervision af ekko hver fredag.',
          support: 'Mette Kjær følger op hver 14. dag.',
          followUpDates: [ago(4), daysAgo(today, -10)],
          authorId: mette,
        },
        {
          tenantId,
          caseId: c.id,
          version: 2,
          meetingDate: ago(4),
          participants: ['TRAINEE', 'UAO', 'MAIN_SUPERVISOR'],
          goals:
            'Selvstændig ekkokardiografi (K3) inden forløbets afslutning; ambulatorieforløb med 8 patienter om ugen.',
          actions:
            'To faste ambulatoriedage om ugen; supervision af ekko hver fredag; vagtplanen tilpasses, så ' +
            'ambulatoriedagene ikke falder efter nattevagt.',
          support: 'Mette Kjær følger op hver 14. dag; mentor fra Tutorcentret tilbydes.',
          followUpDates: [daysAgo(today, -10), daysAgo(today, -18)],
          authorId: mette,
        },
      ],
    });
    await tx.difficultyCaseNote.createMany({
      data: [
        {
          tenantId,
          caseId: c.id,
          writtenOn: ago(11),
          authorId: mette,
          text: 'Første uge med faste ambulatoriedage gennemført. Ekko-supervision aflyst én gang pga. travlhed.',
        },
        {
          tenantId,
          caseId: c.id,
          writtenOn: ago(4),
          authorId: mette,
          text: 'Opfølgningsmøde holdt; planen revideret (version 2). Signe oplever bedre sammenhæng i ugen.',
        },
      ],
    });
    // A concern flagged on Oskar Bjerre's course: a FEEDBACK_CONCERN signal for Mette Kjær (his hovedvejleder and UAO).
    if (oskarCourse)
      await tx.feedbackRecord.create({
        data: {
          tenantId,
          courseId: oskarCourse,
          giverId: mette,
          givenOn: ago(5),
          setting: 'SHIFT',
          wentWell: 'Rolig og venlig over for patienter og pårørende.',
          toImprove: 'Tøver med at tilkalde bagvagt ved ustabile patienter.',
          nextStep: 'Gennemgå ABCDE og tilkaldekriterier sammen før næste vagt.',
          concern: true,
        },
      });
  }

  if (ctx.spec.slug === 'region-sjaelland') {
    const birgitte = ctx.userIds.get('birgitte.hansen@regionsjaelland.dk');
    const mathiasCourse = ctx.courseIds.get('mathias.holm@regionsjaelland.dk');
    if (!birgitte || !mathiasCourse) return;
    const c = await tx.difficultyCase.create({
      data: {
        tenantId,
        courseId: mathiasCourse,
        cause: 'DEPARTMENT',
        description: 'Mathias havde de første dage ingen fast vejleder og for mange vagter uden supervision.',
        openedOn: ago(10),
        openedById: birgitte,
        state: 'CLOSED',
        closedOn: ago(2),
        closingSummary: 'Fast vejleder (Lars Nørgaard) tildelt og vagtplanen rettet. Forløbet er tilbage på sporet.',
        version: 2,
      },
      select: { id: true },
    });
    await tx.difficultyCasePlan.create({
      data: {
        tenantId,
        caseId: c.id,
        version: 1,
        meetingDate: ago(8),
        participants: ['TRAINEE', 'UAO', 'MAIN_SUPERVISOR'],
        goals: 'Fast vejleder og supervision på de første vagter.',
        actions: 'Lars Nørgaard bliver hovedvejleder; de første fire vagter med bagvagt i huset.',
        support: 'Birgitte Hansen følger op efter en uge.',
        followUpDates: [ago(2)],
        authorId: birgitte,
      },
    });
  }
}
