import { z } from 'zod';
import type { Permission } from './permissions.js';
import { roleSchema, type Role } from './roles.js';
import { uuidSchema } from './auth.js';

/**
 * Bulk import (CSV / XLSX) of departments, people and role assignments: preview, then an
 * all-or-nothing commit. See docs/decisions/0007-bulk-import.md.
 */
export const IMPORT_KINDS = ['departments', 'people', 'role-assignments', 'courses'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

/** The permission each kind needs (the route checks it; the unit scope narrows it). */
export const IMPORT_PERMISSION: Record<ImportKind, Permission> = {
  departments: 'org:manage',
  people: 'people:manage',
  'role-assignments': 'roles:manage',
  courses: 'courses:manage',
};

/** At most this many data rows (the header row not counted). */
export const IMPORT_MAX_ROWS = 5000;
/** The file itself (decoded) may be at most this many bytes. */
export const IMPORT_MAX_FILE_BYTES = 3 * 1024 * 1024;
/** JSON body limit of the import routes (the file travels base64-encoded: 4/3 of its size). */
export const IMPORT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The fields of each kind, in template order. */
export const IMPORT_FIELDS = {
  departments: ['name', 'shortName', 'hospital', 'specialty'],
  people: ['name', 'email', 'title'],
  'role-assignments': ['email', 'role', 'unit', 'validFrom', 'validTo'],
  /** A whole intake: the trainee (created when missing), department, track, period, hovedvejleder. */
  courses: ['email', 'unit', 'name', 'track', 'specialty', 'startDate', 'endDate', 'supervisorEmail'],
} as const satisfies Record<ImportKind, readonly string[]>;
export const IMPORT_FIELD_KEYS = [
  'name',
  'shortName',
  'hospital',
  'specialty',
  'email',
  'title',
  'role',
  'unit',
  'validFrom',
  'validTo',
  'track',
  'startDate',
  'endDate',
  'supervisorEmail',
] as const;
export type ImportField = (typeof IMPORT_FIELD_KEYS)[number];
export const importFieldSchema = z.enum(IMPORT_FIELD_KEYS);

/** Required fields of each kind (a file without the column is refused). */
export const IMPORT_REQUIRED: Record<ImportKind, readonly ImportField[]> = {
  departments: ['name', 'hospital'],
  people: ['name', 'email'],
  'role-assignments': ['email', 'role'],
  courses: ['email', 'unit', 'track', 'startDate', 'endDate'],
};

/**
 * Accepted column headers per field, compared after lower-casing and removing spaces, hyphens,
 * underscores and dots ("E-mail" = "email", "Gyldig fra" = "gyldigfra"). The first is the one the
 * template uses.
 */
export const IMPORT_HEADERS: Record<ImportField, readonly string[]> = {
  name: ['navn', 'name', 'fuldtnavn', 'afdeling', 'afdelingsnavn'],
  shortName: ['kortnavn', 'shortname', 'forkortelse'],
  hospital: ['hospital', 'sygehus'],
  specialty: ['speciale', 'specialty'],
  email: ['email', 'emailadresse', 'mail', 'uddannelseslægeemail', 'lægeemail', 'traineeemail'],
  title: ['titel', 'title', 'stilling', 'stillingsbetegnelse'],
  role: ['rolle', 'role'],
  unit: ['enhed', 'unit', 'scope', 'afdeling', 'department'],
  validFrom: ['gyldigfra', 'validfrom', 'fra', 'startdato'],
  validTo: ['gyldigtil', 'validto', 'til', 'slutdato'],
  track: ['forløbstype', 'type', 'track', 'uddannelsestrin'],
  startDate: ['startdato', 'start', 'startdate', 'fra'],
  endDate: ['slutdato', 'slut', 'enddate', 'til'],
  supervisorEmail: ['hovedvejlederemail', 'hovedvejleder', 'vejlederemail', 'supervisoremail'],
};
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');
}

/** The downloadable templates: header row and one example row, per kind. */
export const IMPORT_TEMPLATES: Record<ImportKind, { headers: string[]; example: string[] }> = {
  departments: {
    headers: ['navn', 'kortnavn', 'hospital', 'speciale'],
    example: ['Neurologisk Afdeling', 'NEU', 'AHH', ''],
  },
  people: {
    headers: ['navn', 'e-mail', 'titel'],
    example: ['Anna Jensen', 'anna.jensen@regionh.dk', 'KBU-læge'],
  },
  'role-assignments': {
    headers: ['e-mail', 'rolle', 'enhed', 'gyldig fra', 'gyldig til'],
    example: ['anna.jensen@regionh.dk', 'Uddannelseslæge', 'AHH / Kardiologisk Afdeling', '01-02-2027', '31-07-2027'],
  },
  courses: {
    headers: ['e-mail', 'afdeling', 'navn', 'forløbstype', 'speciale', 'startdato', 'slutdato', 'hovedvejleder e-mail'],
    example: [
      'anna.jensen@regionh.dk',
      'Kardiologisk Afdeling',
      'Anna Jensen',
      'KBU',
      '',
      '01-02-2027',
      '31-07-2027',
      'jens.mikkelsen@regionh.dk',
    ],
  },
};

/** Track names accepted in the `forløbstype` column besides the codes (compared lower-case). */
export const TRACK_IMPORT_NAMES: Record<'KBU' | 'INTRODUCTION' | 'SPECIALIST', readonly string[]> = {
  KBU: ['kbu', 'klinisk basisuddannelse'],
  INTRODUCTION: ['introduction', 'introduktion', 'introduktionsstilling', 'intro', 'i-stilling'],
  SPECIALIST: ['specialist', 'hoveduddannelse', 'hoveduddannelsesforløb', 'hu'],
};

/**
 * Role names accepted in the `rolle` column besides the codes (compared lower-case, with
 * spaces, hyphens and underscores collapsed to one space).
 */
export const ROLE_IMPORT_NAMES: Record<Role, readonly string[]> = {
  TRAINEE: ['uddannelseslæge', 'kbu læge', 'kbu', 'introduktionslæge', 'hoveduddannelseslæge', 'trainee'],
  SUPERVISOR: ['vejleder', 'hovedvejleder', 'supervisor'],
  UAO: ['uao', 'uddannelsesansvarlig overlæge'],
  UKS: ['uks', 'uddannelseskoordinerende speciallæge'],
  UKYL: ['ukyl', 'uddannelseskoordinerende yngre læge'],
  AP_UKYL: ['ap ukyl'],
  DEPARTMENT_HEAD: ['cheflæge', 'department head'],
  EDUCATION_CENTRE: [
    'tutorcentret',
    'tutorcenter',
    'uddannelsessekretariatet',
    'uddannelsessekretariat',
    'education centre',
  ],
  GP_COORDINATOR: ['amu', 'uddannelseskoordinator i almen medicin', 'gp coordinator'],
  CME_COORDINATOR: ['efteruddannelseskoordinator', 'cme coordinator'],
  TENANT_ADMIN: ['regional administrator', 'regionsadministrator', 'tenant admin'],
  PLATFORM_ADMIN: ['platformsoperatør', 'platform admin'],
};
export function normaliseRoleName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ');
}

/** Roles a caller with a unit-scoped roles:manage (Tutorcentret) may give, inside its units. */
export const IMPORT_ROLES_FOR_UNIT_SCOPE: readonly Role[] = [
  'TRAINEE',
  'SUPERVISOR',
  'UAO',
  'UKS',
  'UKYL',
  'AP_UKYL',
  'DEPARTMENT_HEAD',
  'EDUCATION_CENTRE',
];

/** Row and file issue codes (the web app translates them; `message` is the Danish text). */
export const IMPORT_ISSUE_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'INVALID_EMAIL',
  'DUPLICATE_IN_FILE',
  'EXISTS_SKIPPED',
  'UNKNOWN_HOSPITAL',
  'HOSPITAL_OUT_OF_SCOPE',
  'UNKNOWN_SPECIALTY',
  'UNKNOWN_UNIT',
  'AMBIGUOUS_UNIT',
  'UNIT_CLOSED',
  'UNIT_OUT_OF_SCOPE',
  'UNIT_KIND_MISMATCH',
  'UNIT_NOT_ALLOWED',
  'UNKNOWN_ROLE',
  'ROLE_NOT_ALLOWED',
  'UNKNOWN_PERSON',
  'PERSON_DEACTIVATED',
  'INVALID_DATE',
  'DATE_ORDER',
  'OVERLAPS_EXISTING',
  'UNKNOWN_TRACK',
  'SUPERVISOR_NOT_ELIGIBLE',
] as const;
export const importIssueCodeSchema = z.enum(IMPORT_ISSUE_CODES);
export type ImportIssueCode = z.infer<typeof importIssueCodeSchema>;

/** Problems with the file as a whole (answered as 400 with `errors[].path = 'body.file'`). */
export const IMPORT_FILE_ERROR_CODES = [
  'FILE_UNREADABLE',
  'FILE_TYPE',
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'TOO_MANY_ROWS',
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The request of preview and commit: the file itself, base64-encoded. */
export const importFileRequestSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The browser's MIME type of the file ('' when it has none); the content decides. */
  contentType: z.string().max(255),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(IMPORT_MAX_BODY_BYTES / 4) * 4)
    .regex(BASE64, 'Not base64'),
});
export type ImportFileRequest = z.infer<typeof importFileRequestSchema>;

export const importIssueSchema = z.strictObject({
  /** The field (column) the issue is about; null for the row as a whole. */
  field: importFieldSchema.nullable(),
  severity: z.enum(['error', 'warning']),
  code: importIssueCodeSchema,
  /** Danish text. */
  message: z.string(),
  /** Values the message refers to (another row number, an expected unit kind, a limit). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importRowSchema = z.strictObject({
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int().min(2),
  status: z.enum(['ok', 'warning', 'error']),
  /** What a commit does with the row. */
  action: z.enum(['create', 'skip', 'none']),
  /** The normalised values (e-mail lower-cased, role code, unit path, ISO dates). */
  values: z.partialRecord(importFieldSchema, z.string().nullable()),
  issues: z.array(importIssueSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importPreviewSchema = z.strictObject({
  kind: importKindSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** CSV only: how the bytes were read and which separator was found. */
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  delimiter: z.enum([';', ',']).nullable(),
  /** The columns found, in file order, with the field each maps to (null: not used). */
  columns: z.array(z.strictObject({ header: z.string(), field: importFieldSchema.nullable() })),
  summary: z.strictObject({
    rows: z.number().int(),
    ok: z.number().int(),
    warnings: z.number().int(),
    errors: z.number().int(),
    toCreate: z.number().int(),
    toSkip: z.number().int(),
  }),
  rows: z.array(importRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitResultSchema = z.strictObject({
  kind: importKindSchema,
  created: z.number().int(),
  skipped: z.number().int(),
  /** The records written, for links in the result summary. */
  records: z.array(
    z.strictObject({
      row: z.number().int(),
      id: uuidSchema,
      /** The department's or person's name; the person's e-mail for a role assignment. */
      label: z.string(),
      /** Role assignments: the role and the unit's path (null for region-wide roles). */
      role: roleSchema.nullable(),
      unit: z.string().nullable(),
    }),
  ),
});
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;
