import type { Case } from './types.js';

/** Isolation cases of the department-dashboard module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/department-dashboard/units': {
    as: 'DEPARTMENT_HEAD',
    denied: 'TRAINEE',
    send: (s) => s.agent.get('/api/department-dashboard/units'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/department-dashboard/:unitId': {
    as: 'DEPARTMENT_HEAD',
    denied: 'SUPERVISOR',
    send: (s, ids) => s.agent.get(`/api/department-dashboard/${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/department-dashboard/hospitals/:hospitalId/comparison': {
    as: 'EDUCATION_CENTRE',
    denied: 'TRAINEE',
    send: (s, ids) => s.agent.get(`/api/department-dashboard/hospitals/${ids.hospitalId}/comparison`),
    okStatus: 200,
    cross: 'not-found',
  },
};
