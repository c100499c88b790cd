import { ROLE_GROUPS, type QuestionFigures, type ResultGroup, type RoleGroup } from '@portal/contracts';
import type { TFunction } from 'i18next';

/** A number in the page's language (3,41 in Danish), '–' for none. */
export function num(x: number | null | undefined, lang: string, digits = 2): string {
  if (x === null || x === undefined) return '–';
  return x.toLocaleString(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

export function pct(x: number | null | undefined, lang: string): string {
  return x === null || x === undefined ? '–' : `${num(x, lang, 1)} %`;
}

/** A change with its sign (+0,29 / −4,7). */
export function signed(x: number | null | undefined, lang: string, digits = 2): string {
  if (x === null || x === undefined) return '–';
  const s = Math.abs(x).toLocaleString(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

export function groupLabel(g: Pick<ResultGroup, 'key' | 'name'>, t: TFunction): string {
  if (g.name) return g.name;
  if ((ROLE_GROUPS as readonly string[]).includes(g.key))
    return t(`questionnaireResults.roleGroups.${g.key as RoleGroup}`);
  return t('questionnaireResults.round.noUnit');
}

/** "For få svar" / "Skjult for at beskytte en lille gruppe", or null when shown. */
export function hiddenText(f: Pick<QuestionFigures, 'hidden'>, t: TFunction): string | null {
  if (f.hidden === 'TOO_FEW') return t('questionnaireResults.round.tooFew');
  if (f.hidden === 'PROTECTS_SMALL_GROUP') return t('questionnaireResults.round.protects');
  return null;
}
