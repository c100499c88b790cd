/** Query keys of the difficulty-cases feature (cases and early warnings): every change invalidates `all`. */
export const caseKeys = {
  all: ['difficulty-cases'] as const,
  list: ['difficulty-cases', 'list'] as const,
  case: (id: string) => ['difficulty-cases', 'case', id] as const,
  plan: (id: string) => ['difficulty-cases', 'case', id, 'plan'] as const,
  notes: (id: string) => ['difficulty-cases', 'case', id, 'notes'] as const,
  readers: (id: string) => ['difficulty-cases', 'case', id, 'readers'] as const,
  accessLog: (id: string) => ['difficulty-cases', 'case', id, 'access-log'] as const,
  earlyWarnings: ['difficulty-cases', 'early-warnings'] as const,
};

export const caseUrl = (id: string, part = '') => `/api/difficulty-cases/${encodeURIComponent(id)}${part}`;
