import type { Express as Application } from 'express';
import { demoUser, login, type LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** Isolation cases of the function-descriptions module (see types.ts). Every route the module registers needs one. */

const FD = '/api/function-descriptions';
// The isolation matrix works on the UKS slot of the demo department (Kardiologisk / Medicinsk);
// the module's own tests use other departments.
/** For the 403 case (the caller cannot look anything up): any id, the permission is checked first. */
const ANY = '00000000-0000-4000-8000-000000000000';
const local = (ids: Ids) => `${FD}/local/${ids.departmentId}/UKS`;

async function current(owner: LoggedIn, ids: Ids): Promise<{ version: number; status: string }> {
  const res = await owner.agent.get(local(ids));
  return res.body as { version: number; status: string };
}

/** Puts the UKS part of the department back to a fresh draft (as its UAO) and returns its version. */
async function freshDraft(owner: LoggedIn, ids: Ids): Promise<number> {
  const cur = await current(owner, ids);
  const res = await owner.agent
    .put(local(ids))
    .set('x-csrf-token', owner.csrf)
    .send({ text: `Lokalt aftalt ${Date.now()}`, version: cur.version });
  return (res.body as { version: number }).version;
}

async function submitted(owner: LoggedIn, ids: Ids): Promise<number> {
  const v = await freshDraft(owner, ids);
  const res = await owner.agent
    .post(`${local(ids)}/submit`)
    .set('x-csrf-token', owner.csrf)
    .send({ version: v });
  return (res.body as { version: number }).version;
}

async function approved(owner: LoggedIn, ids: Ids): Promise<number> {
  const v = await submitted(owner, ids);
  const r1 = await owner.agent
    .post(`${local(ids)}/sign`)
    .set('x-csrf-token', owner.csrf)
    .send({ version: v, as: 'UAO' });
  const app = (owner.agent as unknown as { app: Application }).app;
  const head = await login(app, owner.me.tenant.slug, demoUser(owner.me.tenant.slug, 'DEPARTMENT_HEAD'));
  const r2 = await head.agent
    .post(`${local(ids)}/sign`)
    .set('x-csrf-token', head.csrf)
    .send({ version: (r1.body as { version: number }).version, as: 'DEPARTMENT_HEAD' });
  return (r2.body as { version: number }).version;
}

async function template(owner: LoggedIn, role = 'UKS') {
  const res = await owner.agent.get(`${FD}/templates`);
  return (res.body as { items?: { id: string; role: string }[] }).items?.find((t) => t.role === role)?.id ?? ANY;
}

/** The template's draft (created when missing) as { id, version }. */
async function draft(owner: LoggedIn, templateId: string) {
  const d = await owner.agent.get(`${FD}/templates/${templateId}`);
  const existing = (d.body as { versions: { id: string; status: string }[] }).versions.find(
    (v) => v.status === 'DRAFT',
  );
  if (existing) {
    const v = await owner.agent.get(`${FD}/templates/${templateId}/versions/${existing.id}`);
    return { id: existing.id, version: (v.body as { version: number }).version };
  }
  const res = await owner.agent.post(`${FD}/templates/${templateId}/versions`).set('x-csrf-token', owner.csrf);
  return { id: (res.body as { id: string }).id, version: (res.body as { version: number }).version };
}

async function handover(owner: LoggedIn) {
  const res = await owner.agent.get('/api/handovers?status=open');
  return (res.body as { items?: { id: string }[] }).items?.at(-1)?.id ?? ANY;
}

async function newHolder(owner: LoggedIn) {
  const res = await owner.agent.get('/api/mentors/new-holders');
  return (
    (res.body as { items?: { assignmentId: string; mentorship: unknown }[] }).items ?? [
      { assignmentId: ANY, mentorship: null },
    ]
  );
}

export const cases: Record<string, Case> = {
  [`GET ${FD}/templates`]: {
    as: 'DEPARTMENT_HEAD',
    send: (s) => s.agent.get(`${FD}/templates`),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'TRAINEE',
  },
  [`GET ${FD}/templates/:templateId`]: {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => s.agent.get(`${FD}/templates/${await template(owner)}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  [`GET ${FD}/templates/:templateId/versions/:versionId`]: {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const id = await template(owner);
      const d = await owner.agent.get(`${FD}/templates/${id}`);
      return s.agent.get(
        `${FD}/templates/${id}/versions/${(d.body as { versions?: { id: string }[] }).versions?.[0]?.id ?? ANY}`,
      );
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UKYL',
  },
  [`POST ${FD}/templates/:templateId/versions`]: {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const id = await template(owner, 'UKYL');
      // Publish a leftover draft first so that a new one may be started.
      const d = await owner.agent.get(`${FD}/templates/${id}`);
      const left = (d.body as { versions: { id: string; status: string }[] }).versions.find(
        (v) => v.status === 'DRAFT',
      );
      if (left) {
        const v = await owner.agent.get(`${FD}/templates/${id}/versions/${left.id}`);
        await owner.agent
          .post(`${FD}/templates/${id}/versions/${left.id}/publish`)
          .set('x-csrf-token', owner.csrf)
          .send({ version: (v.body as { version: number }).version });
      }
      return s.agent.post(`${FD}/templates/${id}/versions`).set('x-csrf-token', s.csrf);
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'UAO',
  },
  [`PUT ${FD}/templates/:templateId/versions/:versionId`]: {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const id = await template(owner, 'AP_UKYL');
      const d = await draft(owner, id);
      const v = await owner.agent.get(`${FD}/templates/${id}/versions/${d.id}`);
      return s.agent
        .put(`${FD}/templates/${id}/versions/${d.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ content: (v.body as { content: unknown }).content, version: d.version });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  [`POST ${FD}/templates/:templateId/versions/:versionId/publish`]: {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const id = await template(owner, 'UAO');
      const d = await draft(owner, id);
      return s.agent
        .post(`${FD}/templates/${id}/versions/${d.id}/publish`)
        .set('x-csrf-token', s.csrf)
        .send({ version: d.version });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  [`GET ${FD}/overview`]: {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get(`${FD}/overview`),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'TRAINEE',
  },
  [`GET ${FD}/local/:unitId/:role`]: {
    as: 'DEPARTMENT_HEAD',
    send: (s, ids) => s.agent.get(local(ids)),
    okStatus: 200,
    cross: 'not-found',
    denied: 'UKS',
  },
  [`PUT ${FD}/local/:unitId/:role`]: {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const cur = await current(owner, ids);
      return s.agent.put(local(ids)).set('x-csrf-token', s.csrf).send({ text: 'Lokale aftaler', version: cur.version });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'EDUCATION_CENTRE',
  },
  [`POST ${FD}/local/:unitId/:role/submit`]: {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const v = await freshDraft(owner, ids);
      return s.agent
        .post(`${local(ids)}/submit`)
        .set('x-csrf-token', s.csrf)
        .send({ version: v });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'TENANT_ADMIN',
  },
  [`POST ${FD}/local/:unitId/:role/sign`]: {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const v = await submitted(owner, ids);
      return s.agent
        .post(`${local(ids)}/sign`)
        .set('x-csrf-token', s.csrf)
        .send({ version: v, as: 'UAO' });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UKYL',
  },
  [`POST ${FD}/local/:unitId/:role/implement`]: {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const v = await approved(owner, ids);
      return s.agent
        .post(`${local(ids)}/implement`)
        .set('x-csrf-token', s.csrf)
        .send({ version: v, implementedOn: '2026-11-01' });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'GET /api/handovers': {
    as: 'TENANT_ADMIN',
    send: (s) => s.agent.get('/api/handovers?status=all'),
    okStatus: 200,
    cross: 'no-leak',
    denied: null,
  },
  'GET /api/handovers/:handoverId': {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => s.agent.get(`/api/handovers/${await handover(owner)}`),
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'PUT /api/handovers/:handoverId/items/:itemId': {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const id = await handover(owner);
      const d = await owner.agent.get(`/api/handovers/${id}`);
      const item = (d.body as { items?: { id: string }[] }).items?.[0]?.id ?? ANY;
      return s.agent.put(`/api/handovers/${id}/items/${item}`).set('x-csrf-token', s.csrf).send({ done: false });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'POST /api/handovers/:handoverId/close': {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const list = await owner.agent.get('/api/handovers?status=open');
      const open = (list.body as { items?: { id: string }[] }).items ?? [];
      return s.agent.post(`/api/handovers/${open[0]?.id ?? ANY}/close`).set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'GET /api/mentors/new-holders': {
    as: 'TENANT_ADMIN',
    send: (s) => s.agent.get('/api/mentors/new-holders'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'GET /api/mentors/new-holders/:assignmentId/candidates': {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const items = await newHolder(owner);
      return s.agent.get(`/api/mentors/new-holders/${items[0]!.assignmentId}/candidates`);
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'POST /api/mentors/mentorships': {
    as: 'TENANT_ADMIN',
    send: async (s, _ids, owner) => {
      const items = (await newHolder(owner)).filter((i) => !i.mentorship);
      const target = items[0]!.assignmentId;
      const c = await owner.agent.get(`/api/mentors/new-holders/${target}/candidates`);
      const mentor = (c.body as { items?: { person: { id: string } }[] }).items?.[0]?.person.id ?? ANY;
      return s.agent
        .post('/api/mentors/mentorships')
        .set('x-csrf-token', s.csrf)
        .send({ menteeAssignmentId: target, mentorUserId: mentor, focusAreas: ['STRATEGY'], startsOn: '2026-11-01' });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'UKS',
  },
};
