import { afterEach, beforeEach, expect, vi } from 'vitest';

// An unexpected console.error fails the test (epic-stack's rule): errors must be handled.
beforeEach(() => {
  vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(console.error).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});
