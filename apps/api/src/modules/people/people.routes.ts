import { personSchema, todayInDenmark, unitKindSchema, userIdParamsSchema } from '@portal/contracts';
import { notFound } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { toAssignmentView } from '../me/assignment-view.js';
import { isPersonVisible } from '../people-admin/people-admin.repository.js';
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
        // Visible when the person holds (held, will hold) a role in a unit inside the reader's
        // units, or was created for one of them. Out of scope looks the same as not existing.
        const scope = await unitsInScope(ctx, 'people:read');
        if (!(await isPersonVisible(ctx.tx, ctx.tenantId, person.id, scope))) throw notFound('The person');
        await ctx.audit({ action: 'person.read', entityType: 'user', entityId: person.id });
        const today = todayInDenmark();
        return {
          id: person.id,
          name: person.name,
          email: person.email,
          title: person.title,
          active: person.deactivatedAt === null,
          locale: person.locale === 'en' ? ('en' as const) : ('da' as const),
          version: person.version,
          homeUnit: person.homeUnit
            ? { id: person.homeUnit.id, name: person.homeUnit.name, kind: unitKindSchema.parse(person.homeUnit.kind) }
            : null,
          createdAt: person.createdAt.toISOString(),
          deactivatedAt: person.deactivatedAt?.toISOString() ?? null,
          assignments: person.assignments.map((a) => toAssignmentView(a, today)),
        };
      },
    }),
  ];
}
