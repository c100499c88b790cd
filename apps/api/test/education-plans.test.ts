import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseCompetences, EducationPlan } from '@portal/contracts';
import { diffGoals } from '../src/modules/education-plans/education-plans.service.js';
import {
  appRoleClient,
  createTestApp,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let tenantId: string;
let sofie: LoggedIn;
let jens: LoggedIn;
let mette: LoggedIn;
let anders: LoggedIn;
let hanne: LoggedIn;
let karen: LoggedIn;
let lars: LoggedIn;
let sofieCourse: string;
let signeCourse: string;
const code: Record<string, string> = {}; // KBU code → id
let introId: string; // a competence of another list

const save = (s: LoggedIn, courseId: string, body: Record<string, unknown>) =>
  s.agent.put(`/api/courses/${courseId}/education-plan`).set('x-csrf-token', s.csrf).send(body);

beforeAll(async () => {
  t = createTestApp();
  const c = await ownerClient();
  try {
    tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const course = async (email: string) =>
      (
        await c.query<{ id: string }>(
          'SELECT c.id FROM course c JOIN app_user u ON u.id = c.trainee_id WHERE u.email = $1',
          [email],
        )
      ).rows[0]!.id;
    sofieCourse = await course('sofie.lindberg@regionh.dk');
    signeCourse = await course('signe.sogaard@regionh.dk');
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
  const h = (email: string) => login(t.app, HOVEDSTADEN, email);
  [sofie, jens, mette, anders, hanne, karen] = await Promise.all([
    h('sofie.lindberg@regionh.dk'),
    h('jens.mikkelsen@regionh.dk'),
    h('mette.kjaer@regionh.dk'),
    h('anders.holm@regionh.dk'),
    h('hanne.vestergaard@regionh.dk'),
    h('karen.bech@regionh.dk'),
  ]);
  lars = await login(t.app, SJAELLAND, 'lars.norgaard@regionsjaelland.dk');
  const view = (await jens.agent.get(`/api/courses/${sofieCourse}/competences`).expect(200)).body as CourseCompetences;
  for (const i of view.items) code[i.competence.code] = i.competence.id;
  const lists = await jens.agent.get('/api/competence-lists').expect(200);
  const intro = lists.body.items.find((l: { track: string }) => l.track === 'INTRODUCTION');
  introId = (await jens.agent.get(`/api/competence-lists/${intro.id}`).expect(200)).body.competences[0].id;
});
afterAll(() => t.close());

describe('education plan', () => {
  it('the trainee reads the seeded first version; supervisors may edit, readers may not', async () => {
    const res = await sofie.agent.get(`/api/courses/${sofieCourse}/education-plan`).expect(200);
    const plan = res.body as EducationPlan;
    expect(plan.canEdit).toBe(false);
    expect(plan.current).toMatchObject({
      version: 1,
      reason: 'EXPECTATION_MEETING',
      createdBy: { name: 'Jens Mikkelsen' },
      goalCount: 3,
    });
    expect(plan.current!.goals[0]!.competences.map((c) => c.code)).toEqual(['K1']);
    expect((await jens.agent.get(`/api/courses/${sofieCourse}/education-plan`)).body.canEdit).toBe(true);
    expect((await anders.agent.get(`/api/courses/${sofieCourse}/education-plan`)).body.canEdit).toBe(true);
    expect((await hanne.agent.get(`/api/courses/${sofieCourse}/education-plan`)).body.canEdit).toBe(false);
    expect((await karen.agent.get(`/api/courses/${sofieCourse}/education-plan`)).body.canEdit).toBe(false);
  });

  it('a supervisor saves a second version; history lists both; the version shows what changed', async () => {
    const v1 = (await jens.agent.get(`/api/courses/${sofieCourse}/education-plan`)).body as EducationPlan;
    const [g1, g2] = v1.current!.goals;
    const res = await save(jens, sofieCourse, {
      baseVersion: 1,
      reason: 'SUPERVISION',
      note: 'Efter vejledersamtale',
      goals: [
        { text: g1!.text, competenceIds: [code.K1, code.K2], dueDate: g1!.dueDate },
        { text: g2!.text, competenceIds: [code.K5], dueDate: g2!.dueDate },
        { text: 'Lede stuegang på eget afsnit', competenceIds: [code.K6], dueDate: null },
      ],
    }).expect(200);
    expect(res.body.current).toMatchObject({ version: 2, reason: 'SUPERVISION', note: 'Efter vejledersamtale' });
    expect(res.body.current.goals.map((g: { text: string }) => g.text)).toEqual([
      g1!.text,
      g2!.text,
      'Lede stuegang på eget afsnit',
    ]);

    const versions = await sofie.agent.get(`/api/courses/${sofieCourse}/education-plan/versions`).expect(200);
    expect(versions.body.items.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [2, 'SUPERVISION'],
      [1, 'EXPECTATION_MEETING'],
    ]);

    const detail = await sofie.agent.get(`/api/courses/${sofieCourse}/education-plan/versions/2`).expect(200);
    expect(detail.body.diff.previousVersion).toBe(1);
    expect(detail.body.diff.added).toEqual(['Lede stuegang på eget afsnit']);
    expect(detail.body.diff.removed).toEqual([v1.current!.goals[2]!.text]);
    expect(detail.body.diff.changed).toHaveLength(1);
    expect(detail.body.diff.changed[0].text).toBe(g1!.text);
    expect(detail.body.diff.changed[0].after.competences.map((c: { code: string }) => c.code)).toEqual(['K1', 'K2']);

    // The former version is unchanged.
    const old = await sofie.agent.get(`/api/courses/${sofieCourse}/education-plan/versions/1`).expect(200);
    expect(old.body.version.goals).toEqual(v1.current!.goals);
    expect(old.body.diff).toMatchObject({ previousVersion: null, removed: [], changed: [] });
    expect(old.body.diff.added).toHaveLength(3);
    await sofie.agent.get(`/api/courses/${sofieCourse}/education-plan/versions/99`).expect(404);
  });

  it('saving on top of a version that is no longer the latest answers 409', async () => {
    const res = await save(mette, sofieCourse, {
      baseVersion: 1,
      reason: 'OTHER',
      note: null,
      goals: [{ text: 'Forældet', competenceIds: [], dueDate: null }],
    }).expect(409);
    expect(res.body.code).toBe('CONFLICT');
    expect(res.body.detail).toContain('latest version is 2');
    // The department's UKS (not a supervisor) saves on the latest.
    await save(anders, sofieCourse, {
      baseVersion: 2,
      reason: 'OTHER',
      note: null,
      goals: [{ text: 'Justeret af UKS', competenceIds: [], dueDate: '2026-12-15' }],
    }).expect(200);
  });

  it('a first plan starts at base version 0; a second first save is a conflict', async () => {
    const body = {
      baseVersion: 0,
      reason: 'EXPECTATION_MEETING',
      note: null,
      goals: [{ text: 'Mål', competenceIds: [], dueDate: null }],
    };
    const first = await save(mette, signeCourse, body).expect(200);
    expect(first.body.current.version).toBe(1);
    await save(mette, signeCourse, body).expect(409);
  });

  it('validation: goals, reason, lengths, and competences of the course’s list only', async () => {
    const bad = async (body: Record<string, unknown>, path: string) => {
      const res = await save(jens, sofieCourse, body).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    const goal = { text: 'Mål', competenceIds: [], dueDate: null };
    const ok = { baseVersion: 3, reason: 'OTHER', note: null, goals: [goal] };
    await bad({ ...ok, goals: [] }, 'body.goals');
    await bad({ ...ok, reason: 'MEETING' }, 'body.reason');
    await bad({ ...ok, note: ['x'] }, 'body.note');
    await bad({ ...ok, goals: [{ ...goal, text: '  ' }] }, 'body.goals.0.text');
    await bad({ ...ok, goals: [{ ...goal, text: 'x'.repeat(1001) }] }, 'body.goals.0.text');
    await bad({ ...ok, goals: [{ ...goal, dueDate: '15-12-2026' }] }, 'body.goals.0.dueDate');
    await bad({ ...ok, goals: [goal, { ...goal, competenceIds: [introId] }] }, 'body.goals.1.competenceIds.0');
    await bad({ ...ok, goals: [{ ...goal, competenceIds: [randomUUID()] }] }, 'body.goals.0.competenceIds.0');
    // Nothing was saved.
    const plan = await jens.agent.get(`/api/courses/${sofieCourse}/education-plan`).expect(200);
    expect(plan.body.current.version).toBe(3);
  });

  it('who may not: trainee, cheflæge (403); supervisor of another course, another tenant (404)', async () => {
    const body = {
      baseVersion: 3,
      reason: 'OTHER',
      note: null,
      goals: [{ text: 'x', competenceIds: [], dueDate: null }],
    };
    await save(sofie, sofieCourse, body).expect(403);
    await save(hanne, sofieCourse, body).expect(403);
    await save(karen, sofieCourse, body).expect(403);
    await save(jens, signeCourse, { ...body, baseVersion: 1 }).expect(404);
    await save(lars, sofieCourse, body).expect(404);
    await lars.agent.get(`/api/courses/${sofieCourse}/education-plan`).expect(404);
    await lars.agent.get(`/api/courses/${sofieCourse}/education-plan/versions`).expect(404);
    await jens.agent.get(`/api/courses/${signeCourse}/education-plan/versions/1`).expect(404);
  });

  it('versions are immutable for the app role', async () => {
    const app = await appRoleClient();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      await expect(app.query("UPDATE education_plan_goal SET text = 'omskrevet'")).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK');
      await app.end();
    }
  });
});

describe('diffGoals', () => {
  const g = (text: string, dueDate: string | null, ids: string[] = []) => ({
    id: randomUUID(),
    text,
    dueDate,
    competences: ids.map((id) => ({ id, code: id, title: id })),
  });
  it('matches goals by text: added, removed, changed due date or competences; unchanged ones are left out', () => {
    const d = diffGoals(
      [g('A', null), g('B', '2026-12-01', ['k1']), g('C', null, ['k1'])],
      [g('B', '2026-12-15', ['k1']), g('C', null, ['k1']), g('D', null), g('A', null, ['k2'])],
      4,
    );
    expect(d.previousVersion).toBe(4);
    expect(d.added).toEqual(['D']);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((c) => c.text)).toEqual(['B', 'A']);
  });
});
