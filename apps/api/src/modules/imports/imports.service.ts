import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  IMPORT_FIELDS,
  IMPORT_HEADERS,
  IMPORT_REQUIRED,
  IMPORT_ROLES_FOR_UNIT_SCOPE,
  ROLE_IMPORT_NAMES,
  ROLE_SCOPE_KIND,
  ROLES,
  TRACK_IMPORT_NAMES,
  type CourseTrack,
  normaliseHeader,
  normaliseRoleName,
  roleNeedsScopeUnit,
  todayInDenmark,
  type ImportCommitResult,
  type ImportField,
  type ImportIssue,
  type ImportIssueCode,
  type ImportKind,
  type ImportPreview,
  type ImportRow,
  type Role,
  type UnitKind,
} from '@portal/contracts';
import { AppError } from '../../lib/app-error.js';
import type { Tx } from '../../lib/db.js';
import { fileError, type ParsedFile } from './imports.parse.js';
import {
  findAssignmentsOf,
  findCoursesOf,
  findSupervisorHolders,
  insertCourses,
  insertCourseSupervisors,
  findUsersByEmail,
  insertAssignments,
  insertAuditEvents,
  insertDepartments,
  insertUsers,
  listAllUnits,
  listSpecialties,
  lockImports,
} from './imports.repository.js';

type Scope = 'tenant' | Set<string>;

export interface ImportDeps {
  tx: Tx;
  tenantId: string;
  /** Where the caller holds the kind's permission (from unitsInScope). */
  scope: Scope;
}

const MAX_LEN: Partial<Record<ImportField, number>> = {
  name: 200,
  shortName: 30,
  title: 200,
  email: 254,
  hospital: 200,
  specialty: 200,
  unit: 400,
  role: 100,
  track: 100,
  supervisorEmail: 254,
};

const FIELD_LABEL_DA: Record<ImportField, string> = {
  name: 'navn',
  shortName: 'kortnavn',
  hospital: 'hospital',
  specialty: 'speciale',
  email: 'e-mail',
  title: 'titel',
  role: 'rolle',
  unit: 'enhed',
  validFrom: 'gyldig fra',
  validTo: 'gyldig til',
  track: 'forløbstype',
  startDate: 'startdato',
  endDate: 'slutdato',
  supervisorEmail: 'hovedvejleder e-mail',
};

const KIND_DA: Record<UnitKind | 'TENANT' | 'PLATFORM', string> = {
  HOSPITAL: 'et hospital',
  DEPARTMENT: 'en afdeling',
  GP_AREA: 'et almen praksis-område',
  PRACTICE: 'en praksis',
  TENANT: 'hele regionen',
  PLATFORM: 'platformen',
};

type Params = Record<string, string | number>;
const MESSAGES: Record<ImportIssueCode, (p: Params) => string> = {
  REQUIRED: () => 'Skal udfyldes.',
  TOO_LONG: (p) => `Højst ${p.max} tegn.`,
  INVALID_EMAIL: () => 'Ikke en gyldig e-mailadresse.',
  DUPLICATE_IN_FILE: (p) => `Står allerede i række ${p.row} i filen.`,
  EXISTS_SKIPPED: () => 'Findes allerede; rækken springes over.',
  UNKNOWN_HOSPITAL: () => 'Hospitalet findes ikke i regionen (skriv navn eller kortnavn, fx AHH).',
  HOSPITAL_OUT_OF_SCOPE: () => 'Du kan ikke oprette afdelinger under dette hospital.',
  UNKNOWN_SPECIALTY: () => 'Specialet findes ikke i regionen.',
  UNKNOWN_UNIT: () => 'Enheden findes ikke i regionen (skriv fx "AHH / Kardiologisk Afdeling").',
  AMBIGUOUS_UNIT: (p) => `Flere enheder hedder sådan (${p.count}); skriv "Hospital / Afdeling".`,
  UNIT_CLOSED: () => 'Enheden er lukket.',
  UNIT_OUT_OF_SCOPE: () => 'Enheden ligger uden for dit område; du kan ikke give roller her.',
  UNIT_KIND_MISMATCH: (p) => `Rollen gives på ${KIND_DA[p.expected as UnitKind] ?? p.expected}.`,
  UNIT_NOT_ALLOWED: () => 'Rollen gælder hele regionen; lad enhed være tom.',
  UNKNOWN_ROLE: () => 'Ukendt rolle (fx Uddannelseslæge, Vejleder, UAO, UKS, UKYL, Cheflæge).',
  ROLE_NOT_ALLOWED: () => 'Du kan ikke give denne rolle.',
  UNKNOWN_PERSON: () => 'Ingen person med denne e-mail i regionen. Importér personen først.',
  PERSON_DEACTIVATED: () => 'Personen er deaktiveret.',
  INVALID_DATE: () => 'Ugyldig dato (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).',
  DATE_ORDER: () => '"Gyldig til" ligger før "gyldig fra".',
  OVERLAPS_EXISTING: () => 'Personen har allerede rollen her i perioden; rækken springes over.',
  UNKNOWN_TRACK: () => 'Ukendt forløbstype (skriv KBU, Introduktion eller Hoveduddannelse).',
  SUPERVISOR_NOT_ELIGIBLE: () => 'Hovedvejlederen skal være vejleder, UAO eller UKS i afdelingen i dag.',
};

function issue(
  field: ImportField | null,
  code: ImportIssueCode,
  params: Params = {},
  severity: 'error' | 'warning' = 'error',
): ImportIssue {
  return { field, severity, code, message: MESSAGES[code](params), params };
}

/** Maps the header row to fields; refuses a file without a required column. */
export function mapColumns(kind: ImportKind, headers: string[]) {
  const fields = IMPORT_FIELDS[kind] as readonly ImportField[];
  const index = new Map<ImportField, number>();
  const columns = headers.map((header, i) => {
    const n = normaliseHeader(header);
    const field = n ? (fields.find((f) => IMPORT_HEADERS[f].includes(n)) ?? null) : null;
    if (field) {
      if (index.has(field)) throw fileError('DUPLICATE_COLUMN', `Kolonnen "${FIELD_LABEL_DA[field]}" står to gange.`);
      index.set(field, i);
    }
    return { header: header.replace(/^\uFEFF/, '').trim(), field };
  });
  const missing = IMPORT_REQUIRED[kind].filter((f) => !index.has(f));
  if (missing.length > 0) {
    throw fileError('MISSING_COLUMN', `Mangler: ${missing.map((f) => `"${FIELD_LABEL_DA[f]}"`).join(', ')}.`);
  }
  return { columns, index };
}

const emailSchema = z.email();
const lower = (s: string) => s.trim().toLocaleLowerCase('da-DK');

/** YYYY-MM-DD, or DD-MM-YYYY (also with . or /): the ISO date, or null when not a real date. */
export function parseDate(s: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return date.toISOString().slice(0, 10);
}

export function resolveRole(s: string): Role | null {
  const n = normaliseRoleName(s);
  const code = n.toUpperCase().replace(/ /g, '_');
  if ((ROLES as readonly string[]).includes(code)) return code as Role;
  for (const role of ROLES) if (ROLE_IMPORT_NAMES[role].includes(n)) return role;
  return null;
}

type Unit = Awaited<ReturnType<typeof listAllUnits>>[number];

class UnitIndex {
  private readonly byId = new Map<string, Unit>();
  private readonly byName = new Map<string, Unit[]>();
  constructor(units: Unit[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      for (const key of new Set([lower(u.name), ...(u.shortName ? [lower(u.shortName)] : [])])) {
        const list = this.byName.get(key) ?? [];
        list.push(u);
        this.byName.set(key, list);
      }
    }
  }
  get(id: string) {
    return this.byId.get(id);
  }
  /** "Kardiologisk Afdeling" or "AHH / Kardiologisk Afdeling": the units the text can name. */
  resolve(text: string, kind?: UnitKind): Unit[] {
    const segs = text
      .split('/')
      .map((s) => lower(s))
      .filter((s) => s !== '');
    if (segs.length === 0) return [];
    let found = (this.byName.get(segs[segs.length - 1]!) ?? []).filter((u) => !kind || u.kind === kind);
    found = found.filter((u) => {
      let p = u.parentId ? this.byId.get(u.parentId) : undefined;
      for (let i = segs.length - 2; i >= 0; i--) {
        if (!p) return false;
        if (lower(p.name) !== segs[i] && (!p.shortName || lower(p.shortName) !== segs[i])) return false;
        p = p.parentId ? this.byId.get(p.parentId) : undefined;
      }
      return true;
    });
    return found;
  }
  path(u: Unit): string {
    const names = [u.name];
    for (
      let p = u.parentId ? this.byId.get(u.parentId) : undefined;
      p;
      p = p.parentId ? this.byId.get(p.parentId) : undefined
    ) {
      names.unshift(p.shortName ?? p.name);
    }
    return names.join(' / ');
  }
}

interface Checked<P> {
  row: ImportRow;
  /** What to write when the row's action is 'create'. */
  payload: P | null;
  label: string;
  role?: Role | null;
  unit?: string | null;
}

function finish<P>(
  row: number,
  values: ImportRow['values'],
  issues: ImportIssue[],
  payload: P | null,
  label: string,
  extra: { role?: Role | null; unit?: string | null } = {},
): Checked<P> {
  const hasError = issues.some((i) => i.severity === 'error');
  const hasWarning = issues.some((i) => i.severity === 'warning');
  return {
    row: {
      row,
      status: hasError ? 'error' : hasWarning ? 'warning' : 'ok',
      action: hasError ? 'none' : hasWarning ? 'skip' : 'create',
      values,
      issues,
    },
    payload: hasError || hasWarning ? null : payload,
    label,
    ...extra,
  };
}

/** The normalised values; where a value could not be read, the cell as written (so the user sees it). */
function shown(values: ImportRow['values'], cells: string[], index: Map<ImportField, number>): ImportRow['values'] {
  const out: ImportRow['values'] = { ...values };
  for (const f of index.keys()) {
    if (out[f] === null || out[f] === undefined) {
      const raw = cell(cells, index, f);
      out[f] = raw === '' ? null : raw.slice(0, 400);
    }
  }
  return out;
}

/** A cell's text (trimmed), or '' when the column is absent. */
function cell(cells: string[], index: Map<ImportField, number>, f: ImportField): string {
  const i = index.get(f);
  return i === undefined ? '' : (cells[i] ?? '').trim();
}

function textField(
  issues: ImportIssue[],
  cells: string[],
  index: Map<ImportField, number>,
  f: ImportField,
  required: boolean,
): string | null {
  const v = cell(cells, index, f).replace(/\s+/g, ' ');
  if (v === '') {
    if (required) issues.push(issue(f, 'REQUIRED'));
    return null;
  }
  const max = MAX_LEN[f];
  if (max && v.length > max) {
    issues.push(issue(f, 'TOO_LONG', { max }));
    return null;
  }
  return v;
}

function emailField(issues: ImportIssue[], cells: string[], index: Map<ImportField, number>): string | null {
  const raw = textField(issues, cells, index, 'email', true);
  if (raw === null) return null;
  const v = raw.replace(/^mailto:/i, '').toLowerCase();
  if (!emailSchema.safeParse(v).success) {
    issues.push(issue('email', 'INVALID_EMAIL'));
    return null;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Departments

interface DepartmentPayload {
  id: string;
  name: string;
  shortName: string | null;
  parentId: string;
  specialtyId: string | null;
}

async function checkDepartments(deps: ImportDeps, file: ParsedFile, index: Map<ImportField, number>) {
  const all = await listAllUnits(deps.tx, deps.tenantId);
  const units = new UnitIndex(all);
  const specialties = new Map((await listSpecialties(deps.tx, deps.tenantId)).map((s) => [lower(s.name), s]));
  const existing = new Set(all.filter((u) => u.parentId).map((u) => `${u.parentId}|${lower(u.name)}`));
  const seen = new Map<string, number>();
  return file.rows.map(({ row, cells }): Checked<DepartmentPayload> => {
    const issues: ImportIssue[] = [];
    const name = textField(issues, cells, index, 'name', true);
    const shortName = textField(issues, cells, index, 'shortName', false);
    const hospitalText = textField(issues, cells, index, 'hospital', true);
    const specialtyText = textField(issues, cells, index, 'specialty', false);
    let hospital: Unit | undefined;
    if (hospitalText !== null) {
      const found = units.resolve(hospitalText, 'HOSPITAL');
      if (found.length === 0) issues.push(issue('hospital', 'UNKNOWN_HOSPITAL'));
      else if (found.length > 1) issues.push(issue('hospital', 'AMBIGUOUS_UNIT', { count: found.length }));
      else if (found[0]!.closedAt) issues.push(issue('hospital', 'UNIT_CLOSED'));
      else if (deps.scope !== 'tenant' && !deps.scope.has(found[0]!.id))
        issues.push(issue('hospital', 'HOSPITAL_OUT_OF_SCOPE'));
      else hospital = found[0];
    }
    let specialty: { id: string; name: string } | undefined;
    if (specialtyText !== null) {
      specialty = specialties.get(lower(specialtyText));
      if (!specialty) issues.push(issue('specialty', 'UNKNOWN_SPECIALTY'));
    }
    if (name !== null && hospital) {
      const key = `${hospital.id}|${lower(name)}`;
      const first = seen.get(key);
      if (first !== undefined) issues.push(issue('name', 'DUPLICATE_IN_FILE', { row: first }));
      else {
        seen.set(key, row);
        if (existing.has(key)) issues.push(issue('name', 'EXISTS_SKIPPED', {}, 'warning'));
      }
    }
    const values = {
      name,
      shortName,
      hospital: hospital ? hospital.name : hospitalText,
      specialty: specialty ? specialty.name : specialtyText,
    };
    const payload =
      name !== null && hospital
        ? { id: randomUUID(), name, shortName, parentId: hospital.id, specialtyId: specialty?.id ?? null }
        : null;
    return finish(row, shown(values, cells, index), issues, payload, name ?? '');
  });
}

// ---------------------------------------------------------------------------------------------
// People

interface PersonPayload {
  id: string;
  email: string;
  name: string;
  title: string | null;
}

async function checkPeople(deps: ImportDeps, file: ParsedFile, index: Map<ImportField, number>) {
  const emails = [
    ...new Set(
      file.rows
        .map((r) =>
          cell(r.cells, index, 'email')
            .replace(/^mailto:/i, '')
            .toLowerCase(),
        )
        .filter((e) => e !== ''),
    ),
  ];
  const existing = new Set((await findUsersByEmail(deps.tx, deps.tenantId, emails)).map((u) => u.email));
  const seen = new Map<string, number>();
  return file.rows.map(({ row, cells }): Checked<PersonPayload> => {
    const issues: ImportIssue[] = [];
    const name = textField(issues, cells, index, 'name', true);
    const email = emailField(issues, cells, index);
    const title = textField(issues, cells, index, 'title', false);
    if (email !== null) {
      const first = seen.get(email);
      if (first !== undefined) issues.push(issue('email', 'DUPLICATE_IN_FILE', { row: first }));
      else {
        seen.set(email, row);
        if (existing.has(email)) issues.push(issue('email', 'EXISTS_SKIPPED', {}, 'warning'));
      }
    }
    const payload = name !== null && email !== null ? { id: randomUUID(), email, name, title } : null;
    return finish(row, shown({ name, email, title }, cells, index), issues, payload, name ?? email ?? '');
  });
}

// ---------------------------------------------------------------------------------------------
// Role assignments

interface AssignmentPayload {
  id: string;
  userId: string;
  role: Role;
  scopeUnitId: string | null;
  validFrom: string;
  validTo: string | null;
}

const overlaps = (a: { from: string; to: string | null }, b: { from: string; to: string | null }) =>
  a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');

async function checkAssignments(deps: ImportDeps, file: ParsedFile, index: Map<ImportField, number>) {
  const units = new UnitIndex(await listAllUnits(deps.tx, deps.tenantId));
  const emails = [
    ...new Set(
      file.rows
        .map((r) =>
          cell(r.cells, index, 'email')
            .replace(/^mailto:/i, '')
            .toLowerCase(),
        )
        .filter((e) => e !== ''),
    ),
  ];
  const users = new Map((await findUsersByEmail(deps.tx, deps.tenantId, emails)).map((u) => [u.email, u]));
  const existing = (
    await findAssignmentsOf(
      deps.tx,
      deps.tenantId,
      [...users.values()].map((u) => u.id),
    )
  ).reduce((map, a) => {
    const key = `${a.userId}|${a.role}|${a.scopeUnitId ?? ''}`;
    map.set(key, [...(map.get(key) ?? []), { from: a.validFrom, to: a.validTo }]);
    return map;
  }, new Map<string, { from: string; to: string | null }[]>());
  const today = todayInDenmark();
  // Periods by person|role|unit, so a 5,000-row file is not compared row by row.
  const inFile = new Map<string, { from: string; to: string | null; row: number }[]>();

  return file.rows.map(({ row, cells }): Checked<AssignmentPayload> => {
    const issues: ImportIssue[] = [];
    const email = emailField(issues, cells, index);
    let userId: string | null = null;
    if (email !== null) {
      const u = users.get(email);
      if (!u) issues.push(issue('email', 'UNKNOWN_PERSON'));
      else if (u.deactivatedAt) issues.push(issue('email', 'PERSON_DEACTIVATED'));
      else userId = u.id;
    }

    const roleText = textField(issues, cells, index, 'role', true);
    let role: Role | null = null;
    if (roleText !== null) {
      role = resolveRole(roleText);
      if (!role) issues.push(issue('role', 'UNKNOWN_ROLE'));
      else if (role === 'PLATFORM_ADMIN' || (deps.scope !== 'tenant' && !IMPORT_ROLES_FOR_UNIT_SCOPE.includes(role))) {
        issues.push(issue('role', 'ROLE_NOT_ALLOWED'));
        role = null;
      }
    }

    const unitText = textField(issues, cells, index, 'unit', false);
    let unit: Unit | undefined;
    let unitOk = false;
    if (role) {
      if (!roleNeedsScopeUnit(role)) {
        if (unitText !== null) issues.push(issue('unit', 'UNIT_NOT_ALLOWED'));
        else unitOk = true;
      } else if (unitText === null) {
        issues.push(issue('unit', 'REQUIRED'));
      } else {
        const expected = ROLE_SCOPE_KIND[role] as UnitKind;
        const all = units.resolve(unitText);
        const ofKind = all.filter((u) => u.kind === expected);
        if (all.length === 0) issues.push(issue('unit', 'UNKNOWN_UNIT'));
        else if (ofKind.length === 0) issues.push(issue('unit', 'UNIT_KIND_MISMATCH', { expected }));
        else if (ofKind.length > 1) issues.push(issue('unit', 'AMBIGUOUS_UNIT', { count: ofKind.length }));
        else if (ofKind[0]!.closedAt) issues.push(issue('unit', 'UNIT_CLOSED'));
        else if (deps.scope !== 'tenant' && !deps.scope.has(ofKind[0]!.id))
          issues.push(issue('unit', 'UNIT_OUT_OF_SCOPE'));
        else {
          unit = ofKind[0];
          unitOk = true;
        }
      }
    }

    const fromText = cell(cells, index, 'validFrom');
    const toText = cell(cells, index, 'validTo');
    let validFrom: string | null = today;
    let validTo: string | null = null;
    if (fromText !== '') {
      validFrom = parseDate(fromText);
      if (!validFrom) issues.push(issue('validFrom', 'INVALID_DATE'));
    }
    if (toText !== '') {
      validTo = parseDate(toText);
      if (!validTo) issues.push(issue('validTo', 'INVALID_DATE'));
      else if (validFrom && validTo < validFrom) issues.push(issue('validTo', 'DATE_ORDER'));
    }

    let payload: AssignmentPayload | null = null;
    const datesOk = validFrom !== null && (toText === '' || validTo !== null);
    if (userId && role && unitOk && datesOk && !issues.some((i) => i.severity === 'error')) {
      const key = `${userId}|${role}|${unit?.id ?? ''}`;
      const period = { from: validFrom!, to: validTo };
      const dup = (inFile.get(key) ?? []).find((x) => overlaps(x, period));
      if (dup) issues.push(issue(null, 'DUPLICATE_IN_FILE', { row: dup.row }));
      else {
        inFile.set(key, [...(inFile.get(key) ?? []), { ...period, row }]);
        if ((existing.get(key) ?? []).some((x) => overlaps(x, period))) {
          issues.push(issue(null, 'OVERLAPS_EXISTING', {}, 'warning'));
        }
      }
      payload = { id: randomUUID(), userId, role, scopeUnitId: unit?.id ?? null, validFrom: validFrom!, validTo };
    }
    const values = {
      email,
      role: role ?? roleText,
      unit: unit ? units.path(unit) : unitText,
      validFrom: validFrom ?? (fromText || null),
      validTo: validTo ?? (toText || null),
    };
    return finish(row, shown(values, cells, index), issues, payload, email ?? '', {
      role,
      unit: unit ? units.path(unit) : null,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Courses (a whole intake)

export interface CoursePayload {
  id: string;
  unitId: string;
  track: CourseTrack;
  specialtyId: string | null;
  startDate: string;
  endDate: string;
  supervisorId: string | null;
  /** The trainee: an existing person, or one this row creates (the first row naming the e-mail). */
  traineeId: string;
  newTrainee: { email: string; name: string } | null;
  /** A TRAINEE role assignment in the unit for the course period, when the person has none there. */
  assignmentId: string | null;
}

export function resolveTrack(s: string): CourseTrack | null {
  const n = s.trim().toLowerCase();
  for (const [track, names] of Object.entries(TRACK_IMPORT_NAMES)) {
    if (n === track.toLowerCase() || names.includes(n)) return track as CourseTrack;
  }
  return null;
}

const COURSE_UNIT_KINDS: UnitKind[] = ['DEPARTMENT', 'PRACTICE'];
const SUPERVISOR_ROLES = ['SUPERVISOR', 'UAO', 'UKS'];

async function checkCourses(deps: ImportDeps, file: ParsedFile, index: Map<ImportField, number>) {
  const units = new UnitIndex(await listAllUnits(deps.tx, deps.tenantId));
  const specialties = new Map((await listSpecialties(deps.tx, deps.tenantId)).map((s) => [lower(s.name), s]));
  const emailsOf = (f: ImportField) =>
    file.rows
      .map((r) =>
        cell(r.cells, index, f)
          .replace(/^mailto:/i, '')
          .toLowerCase(),
      )
      .filter((e) => e !== '');
  const emails = [...new Set([...emailsOf('email'), ...emailsOf('supervisorEmail')])];
  const users = new Map((await findUsersByEmail(deps.tx, deps.tenantId, emails)).map((u) => [u.email, u]));
  const userIds = [...users.values()].map((u) => u.id);
  const assignments = await findAssignmentsOf(deps.tx, deps.tenantId, userIds);
  const existingCourses = new Set(
    (await findCoursesOf(deps.tx, deps.tenantId, userIds)).map((c) => `${c.traineeId}|${c.unitId}|${c.startDate}`),
  );
  const today = todayInDenmark();
  const supervisors = new Set(
    (await findSupervisorHolders(deps.tx, deps.tenantId, userIds, SUPERVISOR_ROLES, today)).map(
      (h) => `${h.userId}|${h.unitId}`,
    ),
  );
  const newTrainees = new Map<string, string>(); // e-mail → new user id (created by the first row naming it)
  const seen = new Map<string, number>();

  return file.rows.map(({ row, cells }): Checked<CoursePayload> => {
    const issues: ImportIssue[] = [];
    const email = emailField(issues, cells, index);
    const name = textField(issues, cells, index, 'name', false);
    let traineeId: string | null = null;
    let newTrainee: CoursePayload['newTrainee'] = null;
    if (email !== null) {
      const u = users.get(email);
      if (u?.deactivatedAt) issues.push(issue('email', 'PERSON_DEACTIVATED'));
      else if (u) traineeId = u.id;
      else if (name === null) issues.push(issue('name', 'REQUIRED'));
      else if (newTrainees.has(email)) traineeId = newTrainees.get(email)!;
      else {
        traineeId = randomUUID();
        newTrainee = { email, name };
      }
    }

    const unitText = textField(issues, cells, index, 'unit', true);
    let unit: Unit | undefined;
    if (unitText !== null) {
      const all = units.resolve(unitText).filter((u) => COURSE_UNIT_KINDS.includes(u.kind as UnitKind));
      const mine = all.filter((u) => deps.scope === 'tenant' || deps.scope.has(u.id));
      const open = mine.filter((u) => !u.closedAt);
      if (all.length === 0) issues.push(issue('unit', 'UNKNOWN_UNIT'));
      else if (mine.length === 0) issues.push(issue('unit', 'UNIT_OUT_OF_SCOPE'));
      else if (open.length === 0) issues.push(issue('unit', 'UNIT_CLOSED'));
      else if (open.length > 1) issues.push(issue('unit', 'AMBIGUOUS_UNIT', { count: open.length }));
      else unit = open[0];
    }

    const trackText = textField(issues, cells, index, 'track', true);
    const track = trackText !== null ? resolveTrack(trackText) : null;
    if (trackText !== null && !track) issues.push(issue('track', 'UNKNOWN_TRACK'));

    const specialtyText = textField(issues, cells, index, 'specialty', false);
    let specialty: { id: string; name: string } | undefined;
    if (specialtyText !== null) {
      specialty = specialties.get(lower(specialtyText));
      if (!specialty) issues.push(issue('specialty', 'UNKNOWN_SPECIALTY'));
    }

    const startText = cell(cells, index, 'startDate');
    const endText = cell(cells, index, 'endDate');
    let startDate: string | null = null;
    let endDate: string | null = null;
    if (startText === '') issues.push(issue('startDate', 'REQUIRED'));
    else if (!(startDate = parseDate(startText))) issues.push(issue('startDate', 'INVALID_DATE'));
    if (endText === '') issues.push(issue('endDate', 'REQUIRED'));
    else if (!(endDate = parseDate(endText))) issues.push(issue('endDate', 'INVALID_DATE'));
    else if (startDate && endDate < startDate) issues.push(issue('endDate', 'DATE_ORDER'));

    const supText = cell(cells, index, 'supervisorEmail')
      .replace(/^mailto:/i, '')
      .toLowerCase();
    let supervisorId: string | null = null;
    if (supText !== '') {
      const sup = users.get(supText);
      if (!emailSchema.safeParse(supText).success) issues.push(issue('supervisorEmail', 'INVALID_EMAIL'));
      else if (!sup) issues.push(issue('supervisorEmail', 'UNKNOWN_PERSON'));
      else if (sup.deactivatedAt) issues.push(issue('supervisorEmail', 'PERSON_DEACTIVATED'));
      else if (unit && (sup.id === traineeId || !supervisors.has(`${sup.id}|${unit.id}`))) {
        issues.push(issue('supervisorEmail', 'SUPERVISOR_NOT_ELIGIBLE'));
      } else supervisorId = sup.id;
    }

    let payload: CoursePayload | null = null;
    if (email && traineeId && unit && track && startDate && endDate && !issues.some((i) => i.severity === 'error')) {
      const key = `${email}|${unit.id}|${startDate}`;
      const first = seen.get(key);
      if (first !== undefined) issues.push(issue(null, 'DUPLICATE_IN_FILE', { row: first }));
      else {
        seen.set(key, row);
        if (existingCourses.has(`${traineeId}|${unit.id}|${startDate}`)) {
          issues.push(issue(null, 'EXISTS_SKIPPED', {}, 'warning'));
        }
      }
      const hasTraineeRole = assignments.some(
        (a) =>
          a.userId === traineeId &&
          a.role === 'TRAINEE' &&
          a.scopeUnitId === unit!.id &&
          overlaps({ from: a.validFrom, to: a.validTo }, { from: startDate!, to: endDate }),
      );
      payload = {
        id: randomUUID(),
        unitId: unit.id,
        track,
        specialtyId: specialty?.id ?? null,
        startDate,
        endDate,
        supervisorId,
        traineeId,
        newTrainee,
        assignmentId: hasTraineeRole ? null : randomUUID(),
      };
      const clean = issues.length === 0;
      // Only a row that is written creates the person, so later rows may refer to them.
      if (newTrainee && clean) newTrainees.set(email, traineeId);
      if (payload.assignmentId && clean) {
        // Later rows of the same person and unit in an overlapping period need no second assignment.
        assignments.push({
          userId: traineeId,
          role: 'TRAINEE',
          scopeUnitId: unit.id,
          validFrom: startDate,
          validTo: endDate,
        });
      }
    }
    const values = {
      email,
      unit: unit ? units.path(unit) : unitText,
      name: name,
      track: track ?? trackText,
      specialty: specialty ? specialty.name : specialtyText,
      startDate: startDate ?? (startText || null),
      endDate: endDate ?? (endText || null),
      supervisorEmail: supText || null,
    };
    return finish(row, shown(values, cells, index), issues, payload, name ?? email ?? '', {
      unit: unit ? units.path(unit) : null,
    });
  });
}

// ---------------------------------------------------------------------------------------------

async function check(kind: ImportKind, deps: ImportDeps, file: ParsedFile) {
  const { columns, index } = mapColumns(kind, file.headers);
  const checked =
    kind === 'departments'
      ? await checkDepartments(deps, file, index)
      : kind === 'people'
        ? await checkPeople(deps, file, index)
        : kind === 'courses'
          ? await checkCourses(deps, file, index)
          : await checkAssignments(deps, file, index);
  return { columns, checked: checked as Checked<Payload>[] };
}

/** Parses and validates every row against the database; writes nothing. */
export async function previewImport(
  kind: ImportKind,
  deps: ImportDeps,
  file: ParsedFile,
  fileName: string,
): Promise<ImportPreview> {
  const { columns, checked } = await check(kind, deps, file);
  const rows = checked.map((c) => c.row);
  return {
    kind,
    fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    columns,
    summary: {
      rows: rows.length,
      ok: rows.filter((r) => r.status === 'ok').length,
      warnings: rows.filter((r) => r.status === 'warning').length,
      errors: rows.filter((r) => r.status === 'error').length,
      toCreate: rows.filter((r) => r.action === 'create').length,
      toSkip: rows.filter((r) => r.action === 'skip').length,
    },
    rows,
  };
}

export interface AuditWriter {
  actorId: string;
  ip: string | null;
  requestId: string | null;
}

/**
 * Validates again inside the request's transaction and, only if no row has an error, writes every
 * row. Any error (a row's, or the database's on the last insert) rolls the whole import back.
 */
export async function commitImport(
  kind: ImportKind,
  deps: ImportDeps,
  file: ParsedFile,
  fileName: string,
  audit: AuditWriter,
): Promise<ImportCommitResult> {
  await lockImports(deps.tx, deps.tenantId, kind);
  const { checked } = await check(kind, deps, file);
  const bad = checked.filter((c) => c.row.status === 'error');
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `${bad.length} række(r) har fejl; intet er gemt.`,
      errors: bad.flatMap((c) =>
        c.row.issues
          .filter((i) => i.severity === 'error')
          .map((i) => ({ path: `rows.${c.row.row}.${i.field ?? 'row'}`, message: i.message, code: i.code })),
      ),
    });
  }
  const toCreate = checked.filter((c) => c.row.action === 'create' && c.payload);
  try {
    return await writeAll(kind, deps, checked, toCreate, fileName, audit);
  } catch (err) {
    // A constraint the validation did not foresee (or a concurrent change): the transaction is
    // rolled back by the caller; say so instead of a bare 500.
    if (isConstraintViolation(err)) {
      throw new AppError('CONFLICT', {
        detail: 'Databasen afviste en af rækkerne; intet er gemt. Lav forhåndsvisningen igen.',
        cause: err,
      });
    }
    throw err;
  }
}

/** SQLSTATE class 23 (integrity constraint violation), as Prisma or the pg driver reports it. */
function isConstraintViolation(err: unknown): boolean {
  const e = err as {
    code?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
    cause?: { code?: unknown; originalCode?: unknown };
  };
  const codes = [
    e?.code,
    e?.meta?.code,
    e?.meta?.driverAdapterError?.cause?.originalCode,
    e?.cause?.code,
    e?.cause?.originalCode,
  ];
  if (
    codes.some(
      (c) => typeof c === 'string' && (/^23\d{3}$/.test(c) || ['P2002', 'P2003', 'P2004', 'P2011'].includes(c)),
    )
  )
    return true;
  return false;
}

type Payload = DepartmentPayload | PersonPayload | AssignmentPayload | CoursePayload;

async function writeAll(
  kind: ImportKind,
  deps: ImportDeps,
  checked: Checked<Payload>[],
  toCreate: Checked<Payload>[],
  fileName: string,
  audit: AuditWriter,
): Promise<ImportCommitResult> {
  const events: { action: string; entityType: string; entityId: string; data: Record<string, unknown> }[] = [];
  if (kind === 'departments') {
    const rows = toCreate.map((c) => c.payload as DepartmentPayload);
    await insertDepartments(deps.tx, deps.tenantId, rows);
    for (const r of rows) {
      events.push({
        action: 'org-unit.created',
        entityType: 'org_unit',
        entityId: r.id,
        data: { via: 'import', kind: 'DEPARTMENT', parentId: r.parentId },
      });
    }
  } else if (kind === 'people') {
    const rows = toCreate.map((c) => c.payload as PersonPayload);
    await insertUsers(deps.tx, deps.tenantId, rows);
    for (const r of rows)
      events.push({ action: 'person.created', entityType: 'user', entityId: r.id, data: { via: 'import' } });
  } else if (kind === 'courses') {
    await writeCourses(
      deps,
      toCreate.map((c) => c.payload as CoursePayload),
      events,
    );
  } else {
    const rows = toCreate.map((c) => c.payload as AssignmentPayload);
    await insertAssignments(deps.tx, deps.tenantId, rows);
    for (const r of rows) {
      events.push({
        action: 'role-assignment.created',
        entityType: 'role_assignment',
        entityId: r.id,
        data: {
          via: 'import',
          userId: r.userId,
          role: r.role,
          unitId: r.scopeUnitId,
          validFrom: r.validFrom,
          validTo: r.validTo,
        },
      });
    }
  }
  const skipped = checked.filter((c) => c.row.action === 'skip').length;
  await insertAuditEvents(deps.tx, deps.tenantId, audit.actorId, audit, events);
  // Last write of the import: a failure here still rolls back every record above.
  await insertAuditEvents(deps.tx, deps.tenantId, audit.actorId, audit, [
    {
      action: 'import.committed',
      entityType: 'import',
      entityId: kind,
      data: { kind, fileName, rows: checked.length, created: toCreate.length, skipped },
    },
  ]);
  return {
    kind,
    created: toCreate.length,
    skipped,
    records: toCreate.map((c) => ({
      row: c.row.row,
      id: (c.payload as { id: string }).id,
      label: c.label,
      role: c.role ?? null,
      unit: c.unit ?? null,
    })),
  };
}

/** Writes an intake: new trainees, their TRAINEE role for the course period, the courses, hovedvejledere. */
async function writeCourses(
  deps: ImportDeps,
  rows: CoursePayload[],
  events: { action: string; entityType: string; entityId: string; data: Record<string, unknown> }[],
): Promise<void> {
  const people = rows.flatMap((r) => (r.newTrainee ? [{ id: r.traineeId, ...r.newTrainee, title: null }] : []));
  await insertUsers(deps.tx, deps.tenantId, people);
  for (const p of people) {
    events.push({ action: 'person.created', entityType: 'user', entityId: p.id, data: { via: 'import' } });
  }
  const assignments = rows.flatMap((r) =>
    r.assignmentId
      ? [
          {
            id: r.assignmentId,
            userId: r.traineeId,
            role: 'TRAINEE',
            scopeUnitId: r.unitId,
            validFrom: r.startDate,
            validTo: r.endDate,
          },
        ]
      : [],
  );
  await insertAssignments(deps.tx, deps.tenantId, assignments);
  for (const a of assignments) {
    events.push({
      action: 'role-assignment.created',
      entityType: 'role_assignment',
      entityId: a.id,
      data: {
        via: 'import',
        userId: a.userId,
        role: a.role,
        unitId: a.scopeUnitId,
        validFrom: a.validFrom,
        validTo: a.validTo,
      },
    });
  }
  await insertCourses(deps.tx, deps.tenantId, rows);
  await insertCourseSupervisors(
    deps.tx,
    deps.tenantId,
    rows.flatMap((r) => (r.supervisorId ? [{ courseId: r.id, supervisorId: r.supervisorId }] : [])),
  );
  for (const r of rows) {
    events.push({
      action: 'course.created',
      entityType: 'course',
      entityId: r.id,
      data: {
        via: 'import',
        traineeId: r.traineeId,
        unitId: r.unitId,
        track: r.track,
        startDate: r.startDate,
        endDate: r.endDate,
        mainSupervisorId: r.supervisorId,
      },
    });
  }
}
