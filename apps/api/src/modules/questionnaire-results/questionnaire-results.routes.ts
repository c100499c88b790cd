import {
  feedIndicatorResultSchema,
  feedIndicatorSchema,
  indicatorTargetsSchema,
  resultsListSchema,
  roundResultsParamsSchema,
  roundResultsQuerySchema,
  roundResultsSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './questionnaire-results.service.js';

const tag = 'questionnaire-results';
const access = { permission: 'questionnaires:results' } as const;

/** The anonymous results of closed questionnaire rounds (issue 7; ADR 0013). */
export function questionnaireResultRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/questionnaire-results',
      tag,
      summary: 'The questionnaires with closed rounds whose results the caller may read',
      access,
      response: resultsListSchema,
      handler: async ({ ctx }) => service.list(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/questionnaire-results/rounds/:roundId',
      tag,
      summary:
        'The anonymous results of a closed round, overall and per group (groups under 5 answers show nothing), with the previous round and the trend',
      access,
      params: roundResultsParamsSchema,
      query: roundResultsQuerySchema,
      response: roundResultsSchema,
      handler: async ({ params, query, ctx }) => service.roundResults(ctx, params.roundId, query.groupBy),
    }),
    defineRoute({
      method: 'get',
      path: '/api/questionnaire-results/indicator-targets',
      tag,
      summary: 'Manual strategy indicators the caller may record a result on (empty without strategy:manage)',
      access,
      response: indicatorTargetsSchema,
      handler: async ({ ctx }) => service.indicatorTargets(ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaire-results/rounds/:roundId/indicator-value',
      tag,
      summary: "Record a scale question's result as a manual strategy indicator's value (needs strategy:manage)",
      access,
      params: roundResultsParamsSchema,
      body: feedIndicatorSchema,
      response: feedIndicatorResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) => service.feedIndicator(ctx, params.roundId, body),
    }),
  ];
}
