/** Query keys of the courses feature: every course mutation invalidates `all`. */
export const courseKeys = {
  all: ['courses'] as const,
  list: (filter: object) => ['courses', 'list', filter] as const,
  detail: (id: string) => ['courses', 'detail', id] as const,
  mine: ['courses', 'mine'] as const,
  formOptions: ['courses', 'form-options'] as const,
  trainees: (q: string) => ['courses', 'trainees', q] as const,
  supervisorCandidates: (id: string) => ['courses', 'supervisor-candidates', id] as const,
  chains: ['escalation-chains'] as const,
  chain: (unitId: string) => ['escalation-chains', unitId] as const,
  myChains: ['escalation-chains', 'mine'] as const,
};
