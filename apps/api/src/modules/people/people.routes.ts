import { personSchema, todayInDenmark, userIdParamsSchema } from '@portal/contracts';
import { notFound } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { toAssignmentView } from '../me/assignment-view.js';
import { ancestorsOf } from '../org/org.repository.js';
import { findPerson } from './people.repository.js';

export function peopleRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/people/:userId',
      tag: 'people',
      summary: 'A person and their role assignments (within the reader’s scope)',
      access: { permission: 'people:read' },
      params: userIdParamsSchema,
      response: personSchema,
      handler: async ({ params, ctx }) => {
        const person = await findPerson(ctx.tx, ctx.tenantId, params.userId);
        if (!person) throw notFound('The person');
        const scope = permissionScope(ctx.principal, 'people:read');
        if (scope !== 'tenant') {
          // Visible when the person holds a role in a unit inside one of the reader's units.
          const unitIds = person.assignments.map((a) => a.scopeUnit?.id).filter((x): x is string => !!x);
          const anc = await ancestorsOf(ctx.tx, ctx.tenantId, unitIds);
          const visible = unitIds.some((u) => [...(anc.get(u) ?? [])].some((a) => scope.has(a)));
          // Out of scope looks the same as not existing.
          if (!visible) throw notFound('The person');
        }
        await ctx.audit({ action: 'person.read', entityType: 'user', entityId: person.id });
        const today = todayInDenmark();
        return {
          id: person.id,
          name: person.name,
          email: person.email,
          title: person.title,
          active: person.deactivatedAt === null,
          assignments: person.assignments.map((a) => toAssignmentView(a, today)),
        };
      },
    }),
  ];
}
