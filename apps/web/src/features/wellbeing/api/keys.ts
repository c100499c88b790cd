/** Query keys of the well-being feature: every change invalidates `all`. */
export const wellbeingKeys = {
  all: ['wellbeing'] as const,
  options: ['wellbeing', 'defusing-options'] as const,
  myDefusings: ['wellbeing', 'defusings', 'mine'] as const,
  myTalkRequests: ['wellbeing', 'talk-requests', 'mine'] as const,
  talkRequests: (state: 'open' | 'all') => ['wellbeing', 'talk-requests', 'to-me', state] as const,
  overview: (from: string, to: string) => ['wellbeing', 'overview', from, to] as const,
  department: (unitId: string, from: string, to: string) => ['wellbeing', 'department', unitId, from, to] as const,
};
