import type { Role } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

interface PersonSpec {
  name: string;
  email: string;
  title: string;
  /** The hospital the person was created for (by Tutorcentret / uddannelsessekretariatet). */
  home?: string;
  deactivated?: boolean;
  roles: { role: Role; unit: string; validFrom?: string; validTo?: string }[];
}

/**
 * More people per region, so that the people list, "who holds which role where" and the coverage
 * gaps show something real: some departments have their UAO, UKS and UKYL, some lack one or all.
 * With these, AHH: Kardiologi, Anæstesiologi complete; Kirurgi lacks a UKYL; Ortopædkirurgi lacks
 * UKS and UKYL (its UKS ended); Gynækologi and Akutmodtagelsen lack all three.
 */
const PEOPLE: Record<string, PersonSpec[]> = {
  'region-hovedstaden': [
    {
      name: 'Søren Åkesson',
      email: 'soren.akesson@regionh.dk',
      title: 'Overlæge, UAO',
      roles: [{ role: 'UAO', unit: 'ahh-kir' }],
    },
    {
      name: 'Louise Brøndum',
      email: 'louise.brondum@regionh.dk',
      title: 'Afdelingslæge, UKS',
      roles: [{ role: 'UKS', unit: 'ahh-kir' }],
    },
    {
      name: 'Ærenfried Holst',
      email: 'aerenfried.holst@regionh.dk',
      title: 'Overlæge, UAO',
      roles: [{ role: 'UAO', unit: 'ahh-orto' }],
    },
    {
      name: 'Camilla Øster',
      email: 'camilla.oster@regionh.dk',
      title: 'Afdelingslæge',
      roles: [{ role: 'UKS', unit: 'ahh-orto', validFrom: '2025-01-01', validTo: '2025-12-31' }],
    },
    {
      name: 'Martin Lykke',
      email: 'martin.lykke@regionh.dk',
      title: 'Overlæge, UAO',
      roles: [
        { role: 'UAO', unit: 'ahh-anae' },
        { role: 'SUPERVISOR', unit: 'ahh-anae' },
      ],
    },
    {
      name: 'Julie Thygesen',
      email: 'julie.thygesen@regionh.dk',
      title: 'Afdelingslæge, UKS',
      roles: [{ role: 'UKS', unit: 'ahh-anae' }],
    },
    {
      name: 'Mads Kragh',
      email: 'mads.kragh@regionh.dk',
      title: 'Hoveduddannelseslæge, UKYL',
      roles: [
        { role: 'UKYL', unit: 'ahh-anae' },
        { role: 'TRAINEE', unit: 'ahh-anae', validFrom: '2025-03-01', validTo: '2029-02-28' },
      ],
    },
    {
      name: 'Nanna Østergaard',
      email: 'nanna.ostergaard@regionh.dk',
      title: 'Introduktionslæge',
      home: 'ahh',
      roles: [],
    },
    {
      name: 'Bjarke Møller',
      email: 'bjarke.moller@regionh.dk',
      title: 'Overlæge (fratrådt)',
      home: 'ahh',
      deactivated: true,
      roles: [{ role: 'SUPERVISOR', unit: 'ahh-gyn', validFrom: '2025-01-01', validTo: '2025-10-31' }],
    },
  ],
  'region-sjaelland': [
    {
      name: 'Anne-Mette Bæk',
      email: 'anne-mette.baek@regionsjaelland.dk',
      title: 'Overlæge, UAO',
      roles: [{ role: 'UAO', unit: 'mvh-kir' }],
    },
    {
      name: 'Jørgen Ravn',
      email: 'jorgen.ravn@regionsjaelland.dk',
      title: 'Afdelingslæge, UKS',
      roles: [{ role: 'UKS', unit: 'mvh-paed' }],
    },
  ],
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Demo data of the people-admin module for one tenant (runs inside the tenant's seeding transaction). */
export async function seedPeopleAdmin(tx: Tx, ctx: SeedContext): Promise<void> {
  for (const p of PEOPLE[ctx.spec.slug] ?? []) {
    // No password: these people sign in once they have accepted an invitation.
    const user = await tx.user.create({
      data: {
        tenantId: ctx.tenantId,
        email: p.email,
        name: p.name,
        title: p.title,
        homeUnitId: p.home ? ctx.unitIds.get(p.home)! : null,
        deactivatedAt: p.deactivated ? day('2025-11-01') : null,
      },
      select: { id: true },
    });
    ctx.userIds.set(p.email, user.id);
    for (const r of p.roles) {
      await tx.roleAssignment.create({
        data: {
          tenantId: ctx.tenantId,
          userId: user.id,
          role: r.role,
          scopeUnitId: ctx.unitIds.get(r.unit)!,
          validFrom: day(r.validFrom ?? '2025-01-01'),
          validTo: r.validTo ? day(r.validTo) : null,
        },
      });
    }
  }
}
