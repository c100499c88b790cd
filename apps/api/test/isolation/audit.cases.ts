import type { Case } from './types.js';

/** Isolation cases of the audit module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/audit-events/actors': {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get('/api/audit-events/actors'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'GET /api/audit-events/export': {
    as: 'EDUCATION_CENTRE',
    // The CSV text is put where the matrix looks for leaked ids (it checks the parsed body, and
    // supertest leaves `body` empty for text/csv): no id of the other tenant may appear in it.
    send: async (s) => {
      const res = await s.agent.get('/api/audit-events/export');
      res.body = res.status === 200 ? { csv: res.text } : res.body;
      return res;
    },
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
};
