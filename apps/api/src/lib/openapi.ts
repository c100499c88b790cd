import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { problemSchema } from '@portal/contracts';
import type { RouteDef } from './route.js';

/** OpenAPI 3.1 document generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: readonly RouteDef[]): Record<string, unknown> {
  const registry = new OpenAPIRegistry();
  registry.register('Problem', problemSchema);
  const problem = { 'application/problem+json': { schema: problemSchema } };
  for (const r of routes) {
    const access = 'public' in r.access ? 'Public.' : `Requires permission \`${r.access.permission}\`.`;
    const responses: Record<
      string,
      { description: string; content?: Record<string, { schema: typeof problemSchema }> }
    > = {};
    responses[String(r.status ?? (r.response ? 200 : 204))] = r.response
      ? { description: 'OK', content: { 'application/json': { schema: r.response as typeof problemSchema } } }
      : { description: 'No content' };
    responses['400'] = { description: 'Invalid request', content: problem };
    if (!('public' in r.access)) {
      responses['401'] = { description: 'Not signed in', content: problem };
      responses['403'] = { description: 'Missing permission, or CSRF check failed', content: problem };
    }
    if (r.path.includes(':')) responses['404'] = { description: 'Not found (or in another tenant)', content: problem };
    registry.registerPath({
      method: r.method,
      path: r.path.replace(/:(\w+)/g, '{$1}'),
      summary: r.summary,
      description: access,
      tags: [r.tag],
      request: {
        ...(r.params ? { params: r.params as never } : {}),
        ...(r.query ? { query: r.query as never } : {}),
        ...(r.body ? { body: { content: { 'application/json': { schema: r.body as never } } } } : {}),
      },
      responses: responses as never,
    });
  }
  const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Uddannelsesportalen API',
      version: '0.1.0',
      description:
        'REST API of the education portal. Sessions are cookie based; every state-changing request ' +
        'needs the `x-csrf-token` header (GET /api/auth/csrf) and `content-type: application/json`. ' +
        'Errors are RFC 9457 problem details.',
    },
  });
  return doc as unknown as Record<string, unknown>;
}
