import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo data of the indicators module: MVH's network for UAO, UKS and UKYL has 7 trained
 * facilitators (function FACILITATOR), so the MVH goal "Facilitatornetværk: mindst 10 uddannede
 * facilitatorer" (seed 004, by August 2026) shows as not met on TRAINED_FACILITATORS. Two are
 * existing MVH users who are not yet members (a supervisor and the cheflæge); five are doctors without a login, created for the hospital the way
 * demo-courses.ts adds extra trainees.
 */
const EXISTING = ['lars.norgaard@regionsjaelland.dk', 'susanne.lund@regionsjaelland.dk'];
const NEW_PEOPLE = [
  { name: 'Signe Dahl', email: 'signe.dahl@regionsjaelland.dk', title: 'Overlæge, Kirurgisk Afdeling, Slagelse' },
  { name: 'Jakob Friis', email: 'jakob.friis@regionsjaelland.dk', title: 'Afdelingslæge, Akutafdelingen, Holbæk' },
  {
    name: 'Maja Lindberg',
    email: 'maja.lindberg@regionsjaelland.dk',
    title: 'Overlæge, Gynækologisk Afdeling, Holbæk',
  },
  { name: 'Thomas Bang', email: 'thomas.bang@regionsjaelland.dk', title: 'Overlæge, Medicinsk Afdeling, Holbæk' },
  {
    name: 'Louise Kjær',
    email: 'louise.kjaer@regionsjaelland.dk',
    title: 'Afdelingslæge, Ortopædkirurgisk Afdeling, Slagelse',
  },
];

function daysBefore(iso: string, days: number): Date {
  const d = new Date(`${iso}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
}

export async function seedIndicators(tx: Tx, ctx: SeedContext): Promise<void> {
  if (ctx.spec.slug !== 'region-sjaelland') return;
  const mvh = ctx.unitIds.get('mvh');
  if (!mvh) return;
  const network = await tx.educationBody.findFirst({
    where: { tenantId: ctx.tenantId, unitId: mvh, kind: 'NETWORK' },
    select: { id: true },
  });
  if (!network) return;
  const ids: string[] = EXISTING.map((e) => ctx.userIds.get(e)).filter((x): x is string => x !== undefined);
  for (const p of NEW_PEOPLE) {
    const user = await tx.user.create({
      data: { tenantId: ctx.tenantId, email: p.email, name: p.name, title: p.title, homeUnitId: mvh },
      select: { id: true },
    });
    ctx.userIds.set(p.email, user.id);
    ids.push(user.id);
  }
  const today = todayInDenmark();
  await tx.educationBodyMember.createMany({
    data: ids.map((userId, i) => ({
      tenantId: ctx.tenantId,
      bodyId: network.id,
      userId,
      function: 'FACILITATOR',
      // Trained over the last year and a half, a few at a time.
      startDate: daysBefore(today, 540 - i * 60),
    })),
  });
}
