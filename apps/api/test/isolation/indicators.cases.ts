import type { Case } from './types.js';

/**
 * Isolation cases of the indicators module (see types.ts). Every route the module registers needs
 * one. The cheflæge reads their own department's indicators; the other tenant's cheflæge asking
 * for that department gets 404; a trainee (no department-dashboard:read) gets 403.
 */
export const cases: Record<string, Case> = {
  'GET /api/indicators': {
    as: 'DEPARTMENT_HEAD',
    send: (s, ids) => s.agent.get(`/api/indicators?unitId=${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'GET /api/indicators/:key/records': {
    as: 'UAO',
    send: (s, ids) => s.agent.get(`/api/indicators/MEETINGS_ON_TIME/records?unitId=${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'CME_COORDINATOR',
  },
};
