import {
  addQuestionSchema,
  answerFormSchema,
  answerTokenParamsSchema,
  myQuestionnaireListSchema,
  questionnaireDetailSchema,
  questionnaireIdParamsSchema,
  questionnaireInputSchema,
  questionnaireListSchema,
  questionnaireOwnersSchema,
  questionParamsSchema,
  remindResultSchema,
  reorderQuestionsSchema,
  roundInputSchema,
  roundParamsSchema,
  roundStatusSchema,
  roundSummarySchema,
  sendRoundResultSchema,
  updateQuestionnaireSchema,
  updateQuestionSchema,
  updateRoundSchema,
  questionnaireVersionSchema,
  submitAnswersSchema,
} from '@portal/contracts';
import type { Request } from 'express';
import type { Config } from '../../lib/config.js';
import { defineRoute, definePublicRoute, type AuthedCtx, type RouteDef } from '../../lib/route.js';
import { createMailer } from '../people-admin/mailer.js';
import { deliver } from './delivery.js';
import * as repo from './questionnaires.repository.js';
import * as svc from './questionnaires.service.js';

/**
 * Questionnaires: authoring, rounds (send, remind, close, live response rate) and the public,
 * anonymous answering by personal link (issue 7). `secret` is the server secret the answer links
 * are derived from (links.ts).
 */
export function questionnaireRoutes(config: Config, secret: string): RouteDef[] {
  const mailer = createMailer(config.mail);
  const baseUrl = (req: Request) => config.mail.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  /** E-mails go out once the request's transaction has committed (the response is sent after it). */
  const afterCommit = (ctx: AuthedCtx, roundId: string, kind: 'INVITATION' | 'REMINDER') => {
    const o = { db: ctx.db, mailer, secret, baseUrl: baseUrl(ctx.req), logger: ctx.req.log };
    ctx.res.once('finish', () => {
      if (ctx.res.statusCode >= 300) return;
      deliver(o, ctx.tenantId, roundId, kind).catch((err: unknown) =>
        ctx.req.log?.warn(
          { err: err instanceof Error ? err.message : 'error', roundId },
          'questionnaire delivery failed',
        ),
      );
    });
  };
  const manage = { permission: 'questionnaires:manage' } as const;
  const tag = 'questionnaires';

  return [
    defineRoute({
      method: 'get',
      path: '/api/questionnaires',
      tag,
      summary: 'Questionnaires the caller manages (its hospital’s; all for the region’s administrators)',
      access: manage,
      response: questionnaireListSchema,
      handler: ({ ctx }) => svc.listQuestionnaires(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/questionnaires/owners',
      tag,
      summary: 'The hospitals (and whether the region) the caller may own a questionnaire for',
      access: manage,
      response: questionnaireOwnersSchema,
      handler: ({ ctx }) => svc.owners(ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires',
      tag,
      summary: 'Create a questionnaire',
      access: manage,
      body: questionnaireInputSchema,
      response: questionnaireDetailSchema,
      status: 201,
      handler: ({ body, ctx }) => svc.create(ctx, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/questionnaires/:questionnaireId',
      tag,
      summary: 'A questionnaire with its questions, rounds and the next half-year’s round',
      access: manage,
      params: questionnaireIdParamsSchema,
      response: questionnaireDetailSchema,
      handler: ({ params, ctx }) => svc.detail(ctx, params.questionnaireId),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/questionnaires/:questionnaireId',
      tag,
      summary: 'Edit a questionnaire (version; owner and audience fixed once a round is sent)',
      access: manage,
      params: questionnaireIdParamsSchema,
      body: updateQuestionnaireSchema,
      response: questionnaireDetailSchema,
      handler: ({ params, body, ctx }) => svc.update(ctx, params.questionnaireId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/questions',
      tag,
      summary: 'Add a question (not while a round is open)',
      access: manage,
      params: questionnaireIdParamsSchema,
      body: addQuestionSchema,
      response: questionnaireDetailSchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.addQuestion(ctx, params.questionnaireId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/questionnaires/:questionnaireId/questions/:questionId',
      tag,
      summary: 'Edit a question (only before the first round is sent)',
      access: manage,
      params: questionParamsSchema,
      body: updateQuestionSchema,
      response: questionnaireDetailSchema,
      handler: ({ params, body, ctx }) => svc.updateQuestion(ctx, params.questionnaireId, params.questionId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/questions/:questionId/retire',
      tag,
      summary: 'Retire a question (not asked in later rounds)',
      access: manage,
      params: questionParamsSchema,
      body: questionnaireVersionSchema,
      response: questionnaireDetailSchema,
      handler: ({ params, body, ctx }) =>
        svc.retireQuestion(ctx, params.questionnaireId, params.questionId, body.version),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/questions/order',
      tag,
      summary: 'Reorder the questions',
      access: manage,
      params: questionnaireIdParamsSchema,
      body: reorderQuestionsSchema,
      response: questionnaireDetailSchema,
      handler: ({ params, body, ctx }) => svc.reorder(ctx, params.questionnaireId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/rounds',
      tag,
      summary: 'Create a draft round',
      access: manage,
      params: questionnaireIdParamsSchema,
      body: roundInputSchema,
      response: roundSummarySchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.createRound(ctx, params.questionnaireId, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/questionnaires/:questionnaireId/rounds/:roundId',
      tag,
      summary: 'Edit a draft round (version)',
      access: manage,
      params: roundParamsSchema,
      body: updateRoundSchema,
      response: roundSummarySchema,
      handler: ({ params, body, ctx }) => svc.updateRound(ctx, params.questionnaireId, params.roundId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/rounds/:roundId/send',
      tag,
      summary: 'Send a round: recipients and their personal links; the e-mails go out after commit',
      access: manage,
      params: roundParamsSchema,
      body: questionnaireVersionSchema,
      response: sendRoundResultSchema,
      handler: async ({ params, body, ctx }) => {
        const r = await svc.sendRound(ctx, params.questionnaireId, params.roundId, body.version, secret);
        afterCommit(ctx, params.roundId, 'INVITATION');
        return r;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/rounds/:roundId/remind',
      tag,
      summary: 'Remind now everyone who has not answered',
      access: manage,
      params: roundParamsSchema,
      response: remindResultSchema,
      handler: async ({ params, ctx }) => {
        await svc.assertOpen(ctx, params.questionnaireId, params.roundId);
        const figures = await repo.openCounts(ctx.tx, ctx.tenantId, params.roundId);
        afterCommit(ctx, params.roundId, 'REMINDER');
        return { queued: figures.reduce((s, g) => s + g.recipients - g.answered, 0) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/questionnaires/:questionnaireId/rounds/:roundId/close',
      tag,
      summary: 'Close a round: recipients reduced to counts per group and deleted',
      access: manage,
      params: roundParamsSchema,
      body: questionnaireVersionSchema,
      response: roundSummarySchema,
      handler: ({ params, body, ctx }) => svc.closeRound(ctx, params.questionnaireId, params.roundId, body.version),
    }),
    defineRoute({
      method: 'get',
      path: '/api/questionnaires/:questionnaireId/rounds/:roundId/status',
      tag,
      summary: 'Live response rate of a round (overall and per group of at least 5 recipients)',
      access: manage,
      params: roundParamsSchema,
      response: roundStatusSchema,
      handler: ({ params, ctx }) => svc.status(ctx, params.questionnaireId, params.roundId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/my/questionnaires',
      tag,
      summary:
        'My own open questionnaires (sent to me, not answered) with my personal answer link, so I can answer from the portal too',
      access: { permission: 'profile:read' },
      response: myQuestionnaireListSchema,
      handler: ({ ctx }) => svc.myQuestionnaires(ctx, secret),
    }),
    definePublicRoute({
      method: 'get',
      path: '/api/questionnaire-answers/:token',
      tag,
      summary: 'The questions of a round, by personal link (public: the token is the credential)',
      access: { public: true },
      params: answerTokenParamsSchema,
      response: answerFormSchema,
      handler: ({ params, ctx }) => svc.answerFormOf(ctx.db, params.token),
    }),
    definePublicRoute({
      method: 'post',
      path: '/api/questionnaire-answers/:token',
      tag,
      summary: 'Answer anonymously (single use)',
      access: { public: true },
      params: answerTokenParamsSchema,
      body: submitAnswersSchema,
      handler: ({ params, body, ctx }) => svc.submitAnswers(ctx.db, params.token, body),
    }),
  ];
}
