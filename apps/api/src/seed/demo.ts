import type { Role, UnitKind } from '@portal/contracts';
import type { Db, Tx } from '../lib/db.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { writeAudit } from '../modules/audit/audit.repository.js';
import { seedOrgAdmin } from './demo-org-admin.js';
import { seedPeopleAdmin } from './demo-people-admin.js';
import { seedEducationBodies } from './demo-education-bodies.js';
import { seedFunctionDescriptions } from './demo-function-descriptions.js';
import { seedActivities } from './demo-activities.js';
import { seedCourses } from './demo-courses.js';
import { seedEscalationChains } from './demo-escalation-chains.js';
import { seedExpectationMeetings } from './demo-expectation-meetings.js';
import { seedCompetences } from './demo-competences.js';
import { seedSupervision } from './demo-supervision.js';
import { seedIndicators } from './demo-indicators.js';
import { seedStrategies } from './demo-strategies.js';
import { seedGeneralPractitioners } from './demo-general-practitioners.js';
import { seedGpArea } from './demo-gp-area.js';
import { seedGpVisits } from './demo-gp-visits.js';
import { seedCmeGroups } from './demo-cme-groups.js';
import { seedTutorPractices } from './demo-tutor-practices.js';
import { seedDifficultyCases } from './demo-difficulty-cases.js';
import { seedWellbeing } from './demo-wellbeing.js';
import { seedQuestionnaires } from './demo-questionnaires.js';

/** The one password of every demo user (only ever set when demo data is loaded). */
export const DEMO_PASSWORD = 'Uddannelse2026!';

interface UnitSpec {
  key: string;
  kind: UnitKind;
  name: string;
  shortName?: string;
  parent?: string;
  specialty?: string;
}
interface UserSpec {
  name: string;
  email: string;
  title: string;
  roles: { role: Role; unit?: string; validFrom?: string; validTo?: string }[];
}
export interface TenantSpec {
  slug: string;
  name: string;
  specialties: string[];
  units: UnitSpec[];
  users: UserSpec[];
}

const FROM = '2025-01-01';

/** What a module's demo data may refer to: the tenant's units by key and users by e-mail. */
export interface SeedContext {
  tenantId: string;
  spec: TenantSpec;
  /** Unit key (e.g. 'ahh-kard') → id. */
  unitIds: Map<string, string>;
  /** E-mail → user id. */
  userIds: Map<string, string>;
  /** Trainee e-mail → id of their demo course (filled by seed/demo-courses.ts, which runs first). */
  courseIds: Map<string, string>;
}

/** Each module's demo data, in its own file (seed/demo-<module>.ts), run in the tenant's transaction. */
const MODULE_SEEDS: ((tx: Tx, ctx: SeedContext) => Promise<void>)[] = [
  seedOrgAdmin,
  seedPeopleAdmin,
  seedEducationBodies,
  seedFunctionDescriptions,
  seedActivities,
  seedCourses,
  seedEscalationChains,
  seedExpectationMeetings,
  seedCompetences,
  seedSupervision,
  seedIndicators,
  seedStrategies,
  seedGeneralPractitioners,
  seedGpArea,
  seedGpVisits,
  seedCmeGroups,
  seedTutorPractices,
  seedWellbeing,
  seedDifficultyCases,
  seedQuestionnaires,
];

export const DEMO_TENANTS: TenantSpec[] = [
  {
    slug: 'region-hovedstaden',
    name: 'Region Hovedstaden',
    specialties: [
      'Intern medicin: kardiologi',
      'Kirurgi',
      'Ortopædisk kirurgi',
      'Anæstesiologi',
      'Gynækologi og obstetrik',
      'Almen medicin',
      'Akutmedicin',
    ],
    units: [
      { key: 'ahh', kind: 'HOSPITAL', name: 'Amager og Hvidovre Hospital', shortName: 'AHH' },
      {
        key: 'ahh-kard',
        kind: 'DEPARTMENT',
        name: 'Kardiologisk Afdeling',
        parent: 'ahh',
        specialty: 'Intern medicin: kardiologi',
      },
      {
        key: 'ahh-kir',
        kind: 'DEPARTMENT',
        name: 'Kirurgisk Gastroenterologisk Afdeling',
        parent: 'ahh',
        specialty: 'Kirurgi',
      },
      {
        key: 'ahh-orto',
        kind: 'DEPARTMENT',
        name: 'Ortopædkirurgisk Afdeling',
        parent: 'ahh',
        specialty: 'Ortopædisk kirurgi',
      },
      {
        key: 'ahh-anae',
        kind: 'DEPARTMENT',
        name: 'Anæstesiologisk Afdeling',
        parent: 'ahh',
        specialty: 'Anæstesiologi',
      },
      {
        key: 'ahh-gyn',
        kind: 'DEPARTMENT',
        name: 'Gynækologisk-Obstetrisk Afdeling',
        parent: 'ahh',
        specialty: 'Gynækologi og obstetrik',
      },
      { key: 'ahh-akut', kind: 'DEPARTMENT', name: 'Akutmodtagelsen', parent: 'ahh', specialty: 'Akutmedicin' },
      { key: 'gp-syd', kind: 'GP_AREA', name: 'Almen praksis, Område Syd' },
      {
        key: 'gp-syd-1',
        kind: 'PRACTICE',
        name: 'Lægerne på Amagerbrogade',
        parent: 'gp-syd',
        specialty: 'Almen medicin',
      },
      { key: 'gp-syd-2', kind: 'PRACTICE', name: 'Hvidovre Lægehus', parent: 'gp-syd', specialty: 'Almen medicin' },
      { key: 'gp-syd-3', kind: 'PRACTICE', name: 'Valby Lægecenter', parent: 'gp-syd', specialty: 'Almen medicin' },
      { key: 'gp-nord', kind: 'GP_AREA', name: 'Almen praksis, Område Nord' },
      {
        key: 'gp-nord-1',
        kind: 'PRACTICE',
        name: 'Lægehuset i Hillerød',
        parent: 'gp-nord',
        specialty: 'Almen medicin',
      },
      {
        key: 'gp-nord-2',
        kind: 'PRACTICE',
        name: 'Lægerne i Helsingør',
        parent: 'gp-nord',
        specialty: 'Almen medicin',
      },
    ],
    users: [
      {
        name: 'Sofie Lindberg',
        email: 'sofie.lindberg@regionh.dk',
        title: 'KBU-læge',
        roles: [{ role: 'TRAINEE', unit: 'ahh-kard', validFrom: '2026-08-01', validTo: '2027-01-31' }],
      },
      {
        name: 'Jens Mikkelsen',
        email: 'jens.mikkelsen@regionh.dk',
        title: 'Overlæge',
        roles: [{ role: 'SUPERVISOR', unit: 'ahh-kard' }],
      },
      {
        name: 'Mette Kjær',
        email: 'mette.kjaer@regionh.dk',
        title: 'Overlæge, UAO',
        roles: [
          { role: 'UAO', unit: 'ahh-kard' },
          { role: 'SUPERVISOR', unit: 'ahh-kard' },
        ],
      },
      {
        name: 'Anders Holm',
        email: 'anders.holm@regionh.dk',
        title: 'Afdelingslæge, UKS',
        roles: [{ role: 'UKS', unit: 'ahh-kard' }],
      },
      {
        name: 'Ida Sørensen',
        email: 'ida.sorensen@regionh.dk',
        title: 'Hoveduddannelseslæge, UKYL',
        roles: [
          { role: 'UKYL', unit: 'ahh-kard' },
          { role: 'TRAINEE', unit: 'ahh-kard', validFrom: '2025-09-01', validTo: '2029-08-31' },
        ],
      },
      {
        name: 'Rasmus Dahl',
        email: 'rasmus.dahl@regionh.dk',
        title: 'Introduktionslæge i almen medicin, AP-UKYL',
        roles: [
          { role: 'AP_UKYL', unit: 'ahh' },
          { role: 'TRAINEE', unit: 'ahh-akut', validFrom: '2026-03-01', validTo: '2027-02-28' },
        ],
      },
      {
        name: 'Hanne Vestergaard',
        email: 'hanne.vestergaard@regionh.dk',
        title: 'Cheflæge',
        roles: [{ role: 'DEPARTMENT_HEAD', unit: 'ahh-kard' }],
      },
      {
        name: 'Karen Bech',
        email: 'karen.bech@regionh.dk',
        title: 'Uddannelseskonsulent, Tutorcentret',
        roles: [{ role: 'EDUCATION_CENTRE', unit: 'ahh' }],
      },
      {
        name: 'Peter Juhl',
        email: 'peter.juhl@regionh.dk',
        title: 'Praktiserende læge, AMU',
        roles: [{ role: 'GP_COORDINATOR', unit: 'gp-syd' }],
      },
      {
        name: 'Mads Winther',
        email: 'mads.winther@regionh.dk',
        title: 'Praktiserende læge, AMU',
        roles: [{ role: 'GP_COORDINATOR', unit: 'gp-nord' }],
      },
      {
        name: 'Lone Friis',
        email: 'lone.friis@regionh.dk',
        title: 'Praktiserende læge, efteruddannelseskoordinator',
        roles: [{ role: 'CME_COORDINATOR' }],
      },
      {
        name: 'Thomas Krogh',
        email: 'thomas.krogh@regionh.dk',
        title: 'Specialkonsulent, Center for HR og Uddannelse',
        roles: [{ role: 'TENANT_ADMIN' }],
      },
      {
        name: 'Nikolaj Brandt',
        email: 'nikolaj.brandt@regionh.dk',
        title: 'Driftsansvarlig, platform',
        roles: [{ role: 'PLATFORM_ADMIN' }],
      },
    ],
  },
  {
    slug: 'region-sjaelland',
    name: 'Region Sjælland',
    specialties: [
      'Intern medicin: geriatri',
      'Kirurgi',
      'Ortopædisk kirurgi',
      'Pædiatri',
      'Akutmedicin',
      'Almen medicin',
    ],
    units: [
      { key: 'mvh', kind: 'HOSPITAL', name: 'Midt- og Vestsjællands Hospital', shortName: 'MVH' },
      {
        key: 'mvh-med',
        kind: 'DEPARTMENT',
        name: 'Medicinsk Afdeling, Holbæk',
        parent: 'mvh',
        specialty: 'Intern medicin: geriatri',
      },
      { key: 'mvh-kir', kind: 'DEPARTMENT', name: 'Kirurgisk Afdeling, Slagelse', parent: 'mvh', specialty: 'Kirurgi' },
      {
        key: 'mvh-orto',
        kind: 'DEPARTMENT',
        name: 'Ortopædkirurgisk Afdeling, Slagelse',
        parent: 'mvh',
        specialty: 'Ortopædisk kirurgi',
      },
      {
        key: 'mvh-paed',
        kind: 'DEPARTMENT',
        name: 'Børne- og Ungeafdelingen, Holbæk',
        parent: 'mvh',
        specialty: 'Pædiatri',
      },
      {
        key: 'mvh-akut',
        kind: 'DEPARTMENT',
        name: 'Akutafdelingen, Slagelse',
        parent: 'mvh',
        specialty: 'Akutmedicin',
      },
      { key: 'gp-vest', kind: 'GP_AREA', name: 'Almen praksis, Vestsjælland' },
      { key: 'gp-vest-1', kind: 'PRACTICE', name: 'Lægehuset i Sorø', parent: 'gp-vest', specialty: 'Almen medicin' },
      { key: 'gp-vest-2', kind: 'PRACTICE', name: 'Lægerne i Slagelse', parent: 'gp-vest', specialty: 'Almen medicin' },
      { key: 'gp-vest-3', kind: 'PRACTICE', name: 'Kalundborg Lægehus', parent: 'gp-vest', specialty: 'Almen medicin' },
    ],
    users: [
      {
        name: 'Emma Christensen',
        email: 'emma.christensen@regionsjaelland.dk',
        title: 'KBU-læge',
        roles: [{ role: 'TRAINEE', unit: 'mvh-med', validFrom: '2026-08-01', validTo: '2027-01-31' }],
      },
      {
        name: 'Lars Nørgaard',
        email: 'lars.norgaard@regionsjaelland.dk',
        title: 'Overlæge',
        roles: [{ role: 'SUPERVISOR', unit: 'mvh-med' }],
      },
      {
        name: 'Birgitte Hansen',
        email: 'birgitte.hansen@regionsjaelland.dk',
        title: 'Overlæge, UAO',
        roles: [
          { role: 'UAO', unit: 'mvh-med' },
          { role: 'SUPERVISOR', unit: 'mvh-med' },
        ],
      },
      {
        name: 'Morten Skov',
        email: 'morten.skov@regionsjaelland.dk',
        title: 'Afdelingslæge, UKS',
        roles: [{ role: 'UKS', unit: 'mvh-med' }],
      },
      {
        name: 'Freja Poulsen',
        email: 'freja.poulsen@regionsjaelland.dk',
        title: 'Hoveduddannelseslæge, UKYL',
        roles: [{ role: 'UKYL', unit: 'mvh-med' }],
      },
      {
        name: 'Oliver Mortensen',
        email: 'oliver.mortensen@regionsjaelland.dk',
        title: 'Hoveduddannelseslæge i almen medicin, AP-UKYL',
        roles: [{ role: 'AP_UKYL', unit: 'mvh' }],
      },
      {
        name: 'Susanne Lund',
        email: 'susanne.lund@regionsjaelland.dk',
        title: 'Cheflæge',
        roles: [{ role: 'DEPARTMENT_HEAD', unit: 'mvh-med' }],
      },
      {
        name: 'Camilla Jeppesen',
        email: 'camilla.jeppesen@regionsjaelland.dk',
        title: 'Uddannelseskoordinator, Uddannelsessekretariatet',
        roles: [{ role: 'EDUCATION_CENTRE', unit: 'mvh' }],
      },
      {
        name: 'Henrik Thomsen',
        email: 'henrik.thomsen@regionsjaelland.dk',
        title: 'Praktiserende læge, AMU',
        roles: [{ role: 'GP_COORDINATOR', unit: 'gp-vest' }],
      },
      {
        name: 'Marianne Due',
        email: 'marianne.due@regionsjaelland.dk',
        title: 'Praktiserende læge, efteruddannelseskoordinator',
        roles: [{ role: 'CME_COORDINATOR' }],
      },
      {
        name: 'Kasper Villadsen',
        email: 'kasper.villadsen@regionsjaelland.dk',
        title: 'Chefkonsulent, Koncern HR',
        roles: [{ role: 'TENANT_ADMIN' }],
      },
      {
        name: 'Julie Aagaard',
        email: 'julie.aagaard@regionsjaelland.dk',
        title: 'Driftsansvarlig, platform',
        roles: [{ role: 'PLATFORM_ADMIN' }],
      },
    ],
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function seedTenant(tx: Tx, tenantId: string, spec: TenantSpec, passwordHash: string): Promise<void> {
  const specialtyIds = new Map<string, string>();
  for (const name of spec.specialties) {
    const s = await tx.specialty.create({ data: { tenantId, name }, select: { id: true } });
    specialtyIds.set(name, s.id);
  }
  const unitIds = new Map<string, string>();
  for (const u of spec.units) {
    const created = await tx.orgUnit.create({
      data: {
        tenantId,
        kind: u.kind,
        name: u.name,
        shortName: u.shortName ?? null,
        parentId: u.parent ? unitIds.get(u.parent)! : null,
        specialtyId: u.specialty ? specialtyIds.get(u.specialty)! : null,
      },
      select: { id: true },
    });
    unitIds.set(u.key, created.id);
  }
  const userIds = new Map<string, string>();
  for (const u of spec.users) {
    const user = await tx.user.create({
      data: { tenantId, email: u.email, name: u.name, title: u.title, passwordHash },
      select: { id: true },
    });
    userIds.set(u.email, user.id);
    for (const r of u.roles) {
      await tx.roleAssignment.create({
        data: {
          tenantId,
          userId: user.id,
          role: r.role,
          scopeUnitId: r.unit ? unitIds.get(r.unit)! : null,
          validFrom: day(r.validFrom ?? FROM),
          validTo: r.validTo ? day(r.validTo) : null,
        },
      });
    }
  }
  const seedCtx: SeedContext = { tenantId, spec, unitIds, userIds, courseIds: new Map() };
  for (const seed of MODULE_SEEDS) await seed(tx, seedCtx);
  await writeAudit(tx, tenantId, null, { action: 'demo-data.loaded', entityType: 'tenant', entityId: tenantId });
}

/** Loads the demo tenants that are not there yet (idempotent: a tenant is loaded once). */
export async function loadDemoData(db: Db, tenants: TenantSpec[] = DEMO_TENANTS): Promise<string[]> {
  const loaded: string[] = [];
  let passwordHash: string | undefined;
  for (const spec of tenants) {
    if (await db.tenant.findUnique({ where: { slug: spec.slug }, select: { id: true } })) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const hash = passwordHash;
    // One transaction: the tenant row and all its data, or nothing.
    await db.$transaction(
      async (tx) => {
        const t = await tx.tenant.create({ data: { slug: spec.slug, name: spec.name }, select: { id: true } });
        await tx.$queryRaw`SELECT set_config('app.tenant_id', ${t.id}, true)`;
        await seedTenant(tx, t.id, spec, hash);
      },
      { timeout: 60_000 },
    );
    loaded.push(spec.slug);
  }
  return loaded;
}
