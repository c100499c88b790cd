import { z } from 'zod';
import { problemSchema } from '@portal/contracts';
import type { RouteDef } from './route.js';

// OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod 4 generates natively.
type Json = Record<string, unknown>;
const jsonSchema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    schema: jsonSchema(field, 'input'),
  }));
}

/** OpenAPI 3.1 document generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: readonly RouteDef[]): Json {
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, Json> = {
      [String(r.status ?? (r.response || r.rawResponse ? 200 : 204))]: r.response
        ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } }
        : r.rawResponse
          ? {
              description: r.rawResponse.description,
              content: { [r.rawResponse.contentType]: { schema: { type: 'string' } } },
            }
          : { description: 'No content' },
      '400': { description: 'Invalid request (field errors in `errors`)', content: problem },
    };
    if (!('public' in r.access)) {
      responses['401'] = { description: 'Not signed in', content: problem };
      responses['403'] = { description: 'Missing permission, or CSRF check failed', content: problem };
    }
    if (r.path.includes(':')) responses['404'] = { description: 'Not found (or in another tenant)', content: problem };
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      description: 'public' in r.access ? 'Public.' : `Requires the permission \`${r.access.permission}\`.`,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } }
        : {}),
      responses,
      ...('public' in r.access ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Uddannelsesportalen API',
      version: '0.1.0',
      description:
        'REST API of the education portal. Sessions are cookie based; every state-changing request ' +
        'needs the `x-csrf-token` header (GET /api/auth/csrf) and `content-type: application/json`. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`).',
    },
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'portal.sid' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
