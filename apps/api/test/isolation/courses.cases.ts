import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/**
 * A fresh course in the tenant's demo department, created by `owner` (a UAO there) with the owner
 * as hovedvejleder, so that cases which change or cancel a course never touch the demo course.
 * When the owner may not create one (the 403 case), the demo course stands in: the request is
 * refused before it is looked at.
 */
async function freshCourse(owner: LoggedIn, ids: Ids, placement = false): Promise<{ id: string; placementId: string }> {
  const res = await owner.agent.post('/api/courses').set('x-csrf-token', owner.csrf).send({
    traineeId: ids.traineeId,
    unitId: ids.departmentId,
    track: 'KBU',
    startDate: '2028-01-03',
    endDate: '2028-06-30',
    mainSupervisorId: owner.me.user.id,
  });
  if (res.status !== 201) return { id: ids.courseId, placementId: ids.courseId };
  const id = (res.body as { id: string }).id;
  if (!placement) return { id, placementId: id };
  const p = await owner.agent
    .post(`/api/courses/${id}/placements`)
    .set('x-csrf-token', owner.csrf)
    .send({ unitId: ids.departmentId, startDate: '2028-01-03', endDate: '2028-03-31' });
  return { id, placementId: (p.body as { placements: { id: string }[] }).placements[0]!.id };
}

const courseBody = async (owner: LoggedIn, ids: Ids) => {
  const res = await owner.agent.get(`/api/courses/${ids.courseId}`);
  const c = res.body as {
    version?: number;
    unit?: { id: string };
    track?: string;
    specialty?: { id: string } | null;
    startDate?: string;
    endDate?: string;
  };
  return {
    version: c.version ?? 1,
    unitId: c.unit?.id ?? ids.departmentId,
    track: c.track ?? 'KBU',
    specialtyId: c.specialty?.id ?? null,
    startDate: c.startDate ?? '2026-08-01',
    endDate: c.endDate ?? '2027-01-31',
  };
};

/** Isolation cases of the courses module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/courses': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/courses?pageSize=100'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'SUPERVISOR',
  },
  'GET /api/courses/form-options': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/courses/form-options'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/courses/trainee-candidates': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/courses/trainee-candidates?q=en'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'EDUCATION_CENTRE',
  },
  'POST /api/courses': {
    as: 'UAO',
    send: (s, ids) =>
      s.agent.post('/api/courses').set('x-csrf-token', s.csrf).send({
        traineeId: ids.traineeId,
        unitId: ids.departmentId,
        track: 'INTRODUCTION',
        startDate: '2028-02-01',
        endDate: '2029-01-31',
      }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/my/courses': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/my/courses'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'SUPERVISOR',
  },
  'GET /api/my/escalation-chains': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/my/escalation-chains'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'SUPERVISOR',
  },
  'GET /api/courses/:courseId': {
    as: 'TRAINEE',
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}`),
    okStatus: 200,
    cross: 'not-found',
    // Every signed-in role may ask; without a relation to the course the answer is 404 (courses.test.ts).
    denied: null,
  },
  'PATCH /api/courses/:courseId': {
    as: 'UAO',
    send: async (s, ids, owner) =>
      s.agent
        .patch(`/api/courses/${ids.courseId}`)
        .set('x-csrf-token', s.csrf)
        .send(await courseBody(owner, ids)),
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'POST /api/courses/:courseId/cancel': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids);
      return s.agent.post(`/api/courses/${c.id}/cancel`).set('x-csrf-token', s.csrf).send({ version: 1 });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/courses/:courseId/supervisor-candidates': {
    as: 'UAO',
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/supervisor-candidates`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'POST /api/courses/:courseId/supervisors': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids);
      // The owner is the hovedvejleder already: remove, then add again (the request under test).
      await owner.agent.delete(`/api/courses/${c.id}/supervisors/${owner.me.user.id}`).set('x-csrf-token', owner.csrf);
      return s.agent
        .post(`/api/courses/${c.id}/supervisors`)
        .set('x-csrf-token', s.csrf)
        .send({ supervisorId: owner.me.user.id, isMain: true });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'PUT /api/courses/:courseId/main-supervisor': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids);
      return s.agent
        .put(`/api/courses/${c.id}/main-supervisor`)
        .set('x-csrf-token', s.csrf)
        .send({ supervisorId: owner.me.user.id });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'DELETE /api/courses/:courseId/supervisors/:supervisorId': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids);
      return s.agent.delete(`/api/courses/${c.id}/supervisors/${owner.me.user.id}`).set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'POST /api/courses/:courseId/placements': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids);
      return s.agent
        .post(`/api/courses/${c.id}/placements`)
        .set('x-csrf-token', s.csrf)
        .send({ unitId: ids.departmentId, startDate: '2028-01-03', endDate: '2028-02-28' });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'DELETE /api/courses/:courseId/placements/:placementId': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const c = await freshCourse(owner, ids, true);
      return s.agent.delete(`/api/courses/${c.id}/placements/${c.placementId}`).set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/escalation-chains': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/escalation-chains'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/escalation-chains/:unitId': {
    as: 'UAO',
    send: (s, ids) => s.agent.get(`/api/escalation-chains/${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  'PUT /api/escalation-chains/:unitId': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const current = await owner.agent.get(`/api/escalation-chains/${ids.departmentId}`);
      const version = (current.body as { version?: number }).version ?? 0;
      return s.agent
        .put(`/api/escalation-chains/${ids.departmentId}`)
        .set('x-csrf-token', s.csrf)
        .send({
          version,
          steps: [
            { label: 'Din hovedvejleder', kind: 'ROLE', role: 'MAIN_SUPERVISOR' },
            { label: 'Bagvagt', kind: 'TEXT', text: 'Bagvagten', phone: '1234 5678' },
          ],
        });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
};

// Intake import of courses (the imports module's routes for the kind "courses").
const csvFile = (name: string, lines: string[]) => ({
  fileName: name,
  contentType: 'text/csv',
  contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
});
const departmentOf = (s: LoggedIn) => s.me.assignments.find((a) => a.role === 'UAO')?.unit?.name ?? 'Ukendt';
const unique = () => Math.random().toString(36).slice(2, 10);

cases['POST /api/imports/courses/preview'] = {
  as: 'UAO',
  // Names the owner's department and the owner as trainee: another region's UAO gets "unknown" rows.
  send: (s, _ids, owner) =>
    s.agent
      .post('/api/imports/courses/preview')
      .set('x-csrf-token', s.csrf)
      .send(
        csvFile('hold.csv', [
          'e-mail;afdeling;navn;forløbstype;startdato;slutdato',
          `${owner.me.user.email};${departmentOf(owner)};Ejer;KBU;01-02-2028;31-07-2028`,
        ]),
      ),
  okStatus: 200,
  cross: 'no-leak',
  denied: 'EDUCATION_CENTRE',
};
cases['POST /api/imports/courses/commit'] = {
  as: 'UAO',
  // A commit writes into the caller's own region and department only.
  send: (s) =>
    s.agent
      .post('/api/imports/courses/commit')
      .set('x-csrf-token', s.csrf)
      .send(
        csvFile('hold.csv', [
          'e-mail;afdeling;navn;forløbstype;startdato;slutdato',
          `iso-${unique()}@example.dk;${departmentOf(s)};Isolation Test;KBU;01-02-2028;31-07-2028`,
        ]),
      ),
  okStatus: 201,
  cross: 'no-leak',
  denied: 'EDUCATION_CENTRE',
};
