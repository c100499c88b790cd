/** Query keys of the supervision feature: every write invalidates `all`. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  myTrainees: ['supervision', 'my-trainees'] as const,
  timeline: (courseId: string) => ['supervision', 'timeline', courseId] as const,
  context: (courseId: string) => ['supervision', 'context', courseId] as const,
  myFeedback: ['supervision', 'my-feedback'] as const,
  request: (id: string) => ['supervision', 'request', id] as const,
};
