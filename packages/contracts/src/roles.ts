import { z } from 'zod';

/** Roles of the portal (see docs/glossary in README and shared domain model). */
export const ROLES = [
  'TRAINEE', // uddannelseslæge (KBU, introduktion, hoveduddannelse)
  'SUPERVISOR', // vejleder / hovedvejleder
  'UAO', // uddannelsesansvarlig overlæge
  'UKS', // uddannelseskoordinerende speciallæge
  'UKYL', // uddannelseskoordinerende yngre læge
  'AP_UKYL', // UKYL for the general-practice track across departments (hospital level)
  'DEPARTMENT_HEAD', // cheflæge
  'EDUCATION_CENTRE', // Tutorcentret / uddannelsessekretariat
  'GP_COORDINATOR', // AMU, uddannelseskoordinator i almen medicin
  'CME_COORDINATOR', // efteruddannelseskoordinator (DGE / KAP-H)
  'TENANT_ADMIN', // regional administrator
  'PLATFORM_ADMIN', // platform operator: creates tenants, sees no personal data
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Kinds of organisation unit inside a tenant (a region). */
export const UNIT_KINDS = ['HOSPITAL', 'DEPARTMENT', 'GP_AREA', 'PRACTICE'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/**
 * What a role assignment's scope must point at. `TENANT` and `PLATFORM` roles have no scope unit;
 * the others name one unit of the given kind.
 */
export type RoleScopeKind = 'PLATFORM' | 'TENANT' | UnitKind;
export const ROLE_SCOPE_KIND: Record<Role, RoleScopeKind> = {
  TRAINEE: 'DEPARTMENT',
  SUPERVISOR: 'DEPARTMENT',
  UAO: 'DEPARTMENT',
  UKS: 'DEPARTMENT',
  UKYL: 'DEPARTMENT',
  AP_UKYL: 'HOSPITAL',
  DEPARTMENT_HEAD: 'DEPARTMENT',
  EDUCATION_CENTRE: 'HOSPITAL',
  GP_COORDINATOR: 'GP_AREA',
  CME_COORDINATOR: 'TENANT',
  TENANT_ADMIN: 'TENANT',
  PLATFORM_ADMIN: 'PLATFORM',
};

export function roleNeedsScopeUnit(role: Role): boolean {
  const kind = ROLE_SCOPE_KIND[role];
  return kind !== 'TENANT' && kind !== 'PLATFORM';
}

/** An ISO calendar date (YYYY-MM-DD), as used for validity periods. */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A role assignment is in force on `today` when validFrom <= today and (no validTo or
 * today <= validTo). Both bounds are inclusive calendar dates.
 */
export function isAssignmentInForce(a: { validFrom: IsoDate; validTo: IsoDate | null }, today: IsoDate): boolean {
  return a.validFrom <= today && (a.validTo === null || today <= a.validTo);
}

/** Today's date in Danish local time, as YYYY-MM-DD. */
const copenhagenDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return copenhagenDate.format(now);
}
