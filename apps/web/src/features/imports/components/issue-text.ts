import type { ImportIssue } from '@portal/contracts';
import type { TFunction } from 'i18next';

/** An issue in the current language (the API's Danish message when the code is unknown here). */
export function issueText(issue: ImportIssue, t: TFunction): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (issue.code === 'UNIT_KIND_MISMATCH' && typeof params.expected === 'string') {
    params.expected = t(`imports.unitKinds.${params.expected as 'HOSPITAL'}`, { defaultValue: params.expected });
  }
  return t(`imports.issues.${issue.code}`, { ...params, defaultValue: issue.message });
}
