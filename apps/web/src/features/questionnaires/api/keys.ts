/** Query keys of the questionnaires feature: every change invalidates `all` (lists, detail and status depend on each other). */
export const questionnaireKeys = {
  all: ['questionnaires'] as const,
  list: ['questionnaires', 'list'] as const,
  owners: ['questionnaires', 'owners'] as const,
  detail: (id: string) => ['questionnaires', 'detail', id] as const,
  status: (id: string, roundId: string) => ['questionnaires', 'status', id, roundId] as const,
  answerForm: (token: string) => ['questionnaire-answer', token] as const,
  mine: ['questionnaires', 'mine'] as const,
};

export const qUrl = (id: string) => `/api/questionnaires/${encodeURIComponent(id)}`;
export const roundUrl = (id: string, roundId: string) => `${qUrl(id)}/rounds/${encodeURIComponent(roundId)}`;
