import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

const post = (s: LoggedIn, url: string, body: object) => s.agent.post(url).set('x-csrf-token', s.csrf).send(body);
const put = (s: LoggedIn, url: string, body: object) => s.agent.put(url).set('x-csrf-token', s.csrf).send(body);
const idOr = (res: { status: number; body: { id?: string } }) => (res.status === 201 ? res.body.id! : randomUUID());

const strategyBody = (unitId: string | null) => ({
  title: 'Isolationstest',
  description: '',
  unitId,
  periodStart: '2025-01-01',
  periodEnd: '2026-12-31',
  greenThreshold: 90,
  amberThreshold: 75,
});
const initiativeBody = (themeId: string) => ({
  themeId,
  title: 'Indsats',
  description: '',
  ownerText: 'Uddannelsesrådet',
  deadline: null,
  appliesPer: 'STRATEGY',
  stateSource: 'STATUS',
  sortOrder: 0,
});
const indicatorBody = {
  title: 'Spørgeskema gennemført',
  kind: 'MANUAL',
  computedKey: null,
  valueType: 'BOOLEAN',
  target: 1,
  direction: 'AT_LEAST',
  sortOrder: 0,
};

/** A strategy of the hospital of `ids`, with a theme, an initiative and a manual indicator, made by `owner` (Tutorcentret). */
async function newStrategy(owner: LoggedIn, ids: Ids) {
  const strategyId = idOr(await post(owner, '/api/strategies', strategyBody(ids.hospitalId)));
  const themeId = idOr(
    await post(owner, `/api/strategies/${strategyId}/themes`, { title: 'Tema', description: '', sortOrder: 0 }),
  );
  const initiativeId = idOr(await post(owner, `/api/strategies/${strategyId}/initiatives`, initiativeBody(themeId)));
  const indicatorId = idOr(
    await post(owner, `/api/strategies/${strategyId}/initiatives/${initiativeId}/indicators`, indicatorBody),
  );
  return { strategyId, themeId, initiativeId, indicatorId };
}

/** A strategy the reader (a cheflæge) reads: the first of their list (the demo data has one per tenant). */
async function readable(owner: LoggedIn): Promise<string> {
  const res = await owner.agent.get('/api/strategies');
  return (res.body.items?.[0]?.id as string | undefined) ?? randomUUID();
}

const manage = { as: 'EDUCATION_CENTRE', denied: 'DEPARTMENT_HEAD', cross: 'not-found' } as const;

/** Isolation cases of the strategies module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/strategies': {
    as: 'DEPARTMENT_HEAD',
    // Reading is decided per strategy (strategy-access.ts); the route asks for a permission every
    // tenant role holds, so only the platform operator is refused.
    denied: 'PLATFORM_ADMIN',
    send: (s) => s.agent.get('/api/strategies'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/strategies/:strategyId/dashboard': {
    as: 'DEPARTMENT_HEAD',
    denied: 'PLATFORM_ADMIN',
    send: async (s, _ids, owner) => s.agent.get(`/api/strategies/${await readable(owner)}/dashboard`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/strategies/:strategyId/initiatives/:initiativeId/department-statuses': {
    as: 'DEPARTMENT_HEAD',
    denied: 'PLATFORM_ADMIN',
    send: async (s, _ids, owner) => {
      const strategyId = await readable(owner);
      const d = await owner.agent.get(`/api/strategies/${strategyId}/dashboard`);
      const inis = (d.body.initiatives ?? []) as { id: string; appliesPer: string }[];
      const ini = inis.find((i) => i.appliesPer === 'DEPARTMENT') ?? inis[0];
      return s.agent.get(`/api/strategies/${strategyId}/initiatives/${ini?.id ?? randomUUID()}/department-statuses`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/strategies': {
    ...manage,
    // The other tenant's hospital: 404 like a unit that does not exist.
    send: (s, ids) => post(s, '/api/strategies', strategyBody(ids.hospitalId)),
    okStatus: 201,
  },
  'PUT /api/strategies/:strategyId': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId } = await newStrategy(owner, ids);
      const { unitId: _u, ...body } = strategyBody(null);
      return put(s, `/api/strategies/${strategyId}`, { ...body, title: 'Ændret', version: 1 });
    },
    okStatus: 200,
  },
  'POST /api/strategies/:strategyId/themes': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId } = await newStrategy(owner, ids);
      return post(s, `/api/strategies/${strategyId}/themes`, { title: 'Nyt tema', description: '', sortOrder: 1 });
    },
    okStatus: 201,
  },
  'PUT /api/strategies/:strategyId/themes/:themeId': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, themeId } = await newStrategy(owner, ids);
      return put(s, `/api/strategies/${strategyId}/themes/${themeId}`, {
        title: 'Omdøbt',
        description: '',
        sortOrder: 1,
        version: 1,
      });
    },
    okStatus: 200,
  },
  'POST /api/strategies/:strategyId/initiatives': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, themeId } = await newStrategy(owner, ids);
      return post(s, `/api/strategies/${strategyId}/initiatives`, initiativeBody(themeId));
    },
    okStatus: 201,
  },
  'PUT /api/strategies/:strategyId/initiatives/:initiativeId': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, themeId, initiativeId } = await newStrategy(owner, ids);
      return put(s, `/api/strategies/${strategyId}/initiatives/${initiativeId}`, {
        ...initiativeBody(themeId),
        title: 'Ændret',
        version: 1,
      });
    },
    okStatus: 200,
  },
  'POST /api/strategies/:strategyId/initiatives/:initiativeId/status-updates': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, initiativeId } = await newStrategy(owner, ids);
      return post(s, `/api/strategies/${strategyId}/initiatives/${initiativeId}/status-updates`, {
        departmentId: null,
        asOf: '2025-11-01',
        periodLabel: 'november 2025',
        state: 'ACHIEVED',
        text: 'Opnået',
      });
    },
    okStatus: 201,
  },
  'POST /api/strategies/:strategyId/initiatives/:initiativeId/indicators': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, initiativeId } = await newStrategy(owner, ids);
      return post(s, `/api/strategies/${strategyId}/initiatives/${initiativeId}/indicators`, indicatorBody);
    },
    okStatus: 201,
  },
  'PUT /api/strategies/:strategyId/indicators/:indicatorId': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, indicatorId } = await newStrategy(owner, ids);
      return put(s, `/api/strategies/${strategyId}/indicators/${indicatorId}`, { ...indicatorBody, version: 1 });
    },
    okStatus: 200,
  },
  'POST /api/strategies/:strategyId/indicators/:indicatorId/values': {
    ...manage,
    send: async (s, ids, owner) => {
      const { strategyId, indicatorId } = await newStrategy(owner, ids);
      return post(s, `/api/strategies/${strategyId}/indicators/${indicatorId}/values`, {
        departmentId: null,
        measuredOn: '2025-07-01',
        value: 1,
        note: '',
      });
    },
    okStatus: 201,
  },
  'POST /api/strategies/:strategyId/snapshots': {
    ...manage,
    send: async (s, ids, owner) =>
      post(s, `/api/strategies/${(await newStrategy(owner, ids)).strategyId}/snapshots`, {}),
    okStatus: 201,
  },
};
