import type { SupervisionSetting } from '@portal/contracts';

/**
 * Drafts of a feedback, kept in localStorage per user and course until the server confirms the
 * save: written on every keystroke, kept when sending fails (offline, network error, server
 * error), restored when the form is opened again, removed only after a 201.
 */
export interface FeedbackDraft {
  givenOn: string;
  setting: SupervisionSetting | null;
  wentWell: string;
  toImprove: string;
  nextStep: string;
  requestId: string | null;
  /** When it was last written (ISO). */
  savedAt: string;
}

const PREFIX = 'portal.feedback-draft.v1';
const key = (userId: string, courseId: string) => `${PREFIX}.${userId}.${courseId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // disabled (private mode, policy): the form still works, without drafts
  }
}

export function loadDraft(userId: string, courseId: string): FeedbackDraft | null {
  const raw = storage()?.getItem(key(userId, courseId));
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<FeedbackDraft>;
    if (typeof d.wentWell !== 'string' || typeof d.toImprove !== 'string' || typeof d.nextStep !== 'string')
      return null;
    return {
      givenOn: typeof d.givenOn === 'string' ? d.givenOn : '',
      setting: (d.setting ?? null) as SupervisionSetting | null,
      wentWell: d.wentWell,
      toImprove: d.toImprove,
      nextStep: d.nextStep,
      requestId: typeof d.requestId === 'string' ? d.requestId : null,
      savedAt: typeof d.savedAt === 'string' ? d.savedAt : new Date().toISOString(),
    };
  } catch {
    return null;
  }
}

/** Saves the draft; an empty one (no text at all) is removed instead. Returns false when it could not be saved. */
export function saveDraft(userId: string, courseId: string, d: Omit<FeedbackDraft, 'savedAt'>): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (!d.wentWell.trim() && !d.toImprove.trim() && !d.nextStep.trim()) {
      s.removeItem(key(userId, courseId));
      return true;
    }
    s.setItem(key(userId, courseId), JSON.stringify({ ...d, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false; // quota exceeded
  }
}

export function clearDraft(userId: string, courseId: string): void {
  storage()?.removeItem(key(userId, courseId));
}

/** The courses of `userId` that have a draft (to mark them in the list). */
export function coursesWithDrafts(userId: string): Set<string> {
  const s = storage();
  const out = new Set<string>();
  if (!s) return out;
  const prefix = `${PREFIX}.${userId}.`;
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(prefix)) out.add(k.slice(prefix.length));
  }
  return out;
}
