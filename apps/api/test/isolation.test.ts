/**
 * The isolation matrix: for every registered route, a user of the other tenant using this
 * tenant's ids is refused (404) or sees none of this tenant's data, a user without the
 * permission is refused (403), and — the positive control — the same request succeeds for the
 * right user. A route missing from the matrix fails the first test.
 */
import type { Role } from '@portal/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoUser, HOVEDSTADEN, login, ownerClient, SJAELLAND, type TestApp } from './helpers.js';
import type { Case, Ids } from './isolation/types.js';
import { cases as core } from './isolation/core.cases.js';
import { cases as orgAdmin } from './isolation/org-admin.cases.js';
import { cases as peopleAdmin } from './isolation/people-admin.cases.js';
import { cases as imports } from './isolation/imports.cases.js';
import { cases as audit } from './isolation/audit.cases.js';
import { cases as educationBodies } from './isolation/education-bodies.cases.js';
import { cases as functionDescriptions } from './isolation/function-descriptions.cases.js';
import { cases as activities } from './isolation/activities.cases.js';
import { cases as courses } from './isolation/courses.cases.js';
import { cases as expectationMeetings } from './isolation/expectation-meetings.cases.js';
import { cases as supervision } from './isolation/supervision.cases.js';
import { cases as competences } from './isolation/competences.cases.js';
import { cases as strategies } from './isolation/strategies.cases.js';
import { cases as indicators } from './isolation/indicators.cases.js';
import { cases as departmentDashboard } from './isolation/department-dashboard.cases.js';
import { cases as gpArea } from './isolation/gp-area.cases.js';
import { cases as tutorPractices } from './isolation/tutor-practices.cases.js';
import { cases as gpVisits } from './isolation/gp-visits.cases.js';
import { cases as cmeGroups } from './isolation/cme-groups.cases.js';
import { cases as difficultyCases } from './isolation/difficulty-cases.cases.js';
import { cases as wellbeing } from './isolation/wellbeing.cases.js';
import { cases as questionnaires } from './isolation/questionnaires.cases.js';
import { cases as questionnaireResults } from './isolation/questionnaire-results.cases.js';

const MODULES: Record<string, Case>[] = [
  core,
  orgAdmin,
  peopleAdmin,
  imports,
  audit,
  educationBodies,
  functionDescriptions,
  activities,
  courses,
  expectationMeetings,
  supervision,
  competences,
  strategies,
  indicators,
  departmentDashboard,
  gpArea,
  tutorPractices,
  gpVisits,
  cmeGroups,
  difficultyCases,
  wellbeing,
  questionnaires,
  questionnaireResults,
];
const MATRIX: Record<string, Case> = {};
for (const m of MODULES) {
  for (const [route, c] of Object.entries(m)) {
    if (route in MATRIX) throw new Error(`isolation case ${route} is defined twice`);
    MATRIX[route] = c;
  }
}

let t: TestApp;
const ids: Record<string, Ids> = {};

async function collectIds(slug: string): Promise<Ids> {
  const owner = await ownerClient();
  try {
    const tenant = (await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0]!.id;
    await owner.query('BEGIN');
    await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const units = (await owner.query<{ id: string; kind: string }>('SELECT id, kind FROM org_unit')).rows;
    const users = (await owner.query<{ id: string }>('SELECT id FROM app_user')).rows;
    const assignments = (await owner.query<{ id: string }>('SELECT id FROM role_assignment')).rows;
    const trainee = (
      await owner.query<{ user_id: string; scope_unit_id: string }>(
        `SELECT ra.user_id, ra.scope_unit_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
          WHERE ra.role = 'TRAINEE' AND u.email = $1`,
        [demoUser(slug, 'TRAINEE')],
      )
    ).rows[0]!;
    const hospitalId = (
      await owner.query<{ parent_id: string }>('SELECT parent_id FROM org_unit WHERE id = $1', [trainee.scope_unit_id])
    ).rows[0]!.parent_id;
    const courses = (await owner.query<{ id: string; trainee_id: string }>('SELECT id, trainee_id FROM course')).rows;
    const courseId = courses.find((c) => c.trainee_id === trainee.user_id)!.id;
    await owner.query('COMMIT');
    return {
      tenantId: tenant,
      hospitalId,
      departmentId: trainee.scope_unit_id,
      traineeId: trainee.user_id,
      courseId,
      all: [
        tenant,
        ...units.map((u) => u.id),
        ...users.map((u) => u.id),
        ...assignments.map((a) => a.id),
        ...courses.map((c) => c.id),
      ],
    };
  } finally {
    await owner.end();
  }
}

const as = (tenant: string, role: Role) => login(t.app, tenant, demoUser(tenant, role));

beforeAll(async () => {
  t = createTestApp();
  ids[HOVEDSTADEN] = await collectIds(HOVEDSTADEN);
  ids[SJAELLAND] = await collectIds(SJAELLAND);
});
afterAll(() => t.close());

describe('isolation matrix', () => {
  it('covers every registered route', () => {
    const registered = t.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(registered);
  });

  for (const [route, c] of Object.entries(MATRIX)) {
    for (const [home, other] of [
      [HOVEDSTADEN, SJAELLAND],
      [SJAELLAND, HOVEDSTADEN],
    ] as const) {
      it(`${route}: works for the ${c.as} of ${home} (control)`, async () => {
        const s = await as(home, c.as);
        const res = await c.send(s, ids[home]!, s);
        expect(res.status, JSON.stringify(res.body)).toBe(c.okStatus);
      });

      if (c.cross !== 'platform') {
        it(`${route}: the ${c.as} of ${other} is refused ${home}'s data`, async () => {
          const owner = await as(home, c.as);
          const intruder = await as(other, c.as);
          const res = await c.send(intruder, ids[home]!, owner);
          if (c.cross === 'not-found') {
            expect(res.status).toBe(404);
            expect(res.body.code).toBe('NOT_FOUND');
          } else {
            expect(res.status).toBe(c.okStatus);
          }
          // `instance` echoes the caller's own request path; everything else must be free of the ids.
          const { instance: _echo, ...rest } = (res.body ?? {}) as Record<string, unknown>;
          const body = JSON.stringify(rest);
          for (const id of ids[home]!.all) expect(body).not.toContain(id);
        });
      }
    }

    if (c.denied) {
      const denied = c.denied;
      it(`${route}: a ${denied} without the permission gets 403`, async () => {
        const s = await as(HOVEDSTADEN, denied);
        const res = await c.send(s, ids[HOVEDSTADEN]!, s);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      });
    }
  }

  it('the platform operator’s tenant list carries no personal data', async () => {
    const s = await as(HOVEDSTADEN, 'PLATFORM_ADMIN');
    const res = await s.agent.get('/api/platform/tenants').expect(200);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['createdAt', 'id', 'name', 'slug']);
  });
});

describe('scope inside a tenant', () => {
  it('a UAO reads people of their own department, not of another department (404, like another tenant)', async () => {
    const uao = await as(SJAELLAND, 'UAO');
    await uao.agent.get(`/api/people/${ids[SJAELLAND]!.traineeId}`).expect(200);
    const admin = await as(SJAELLAND, 'TENANT_ADMIN');
    const amu = await as(SJAELLAND, 'GP_COORDINATOR');
    // The GP coordinator works in a general-practice area, outside the UAO's department.
    await admin.agent.get(`/api/people/${amu.me.user.id}`).expect(200);
    const res = await uao.agent.get(`/api/people/${amu.me.user.id}`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('a user cannot switch to another user’s role assignment of the same tenant', async () => {
    const uao = await as(HOVEDSTADEN, 'UAO');
    const trainee = await as(HOVEDSTADEN, 'TRAINEE');
    await trainee.agent
      .put('/api/me/active-scope')
      .set('x-csrf-token', trainee.csrf)
      .send({ assignmentId: uao.me.assignments[0]!.id })
      .expect(404);
  });
});
