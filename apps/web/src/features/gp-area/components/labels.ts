import type { TFunction } from 'i18next';

/** "2,5 t" in the current language's number format. */
export function fmtHours(h: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }).format(h);
}

export const trackLabel = (t: TFunction, track: string) => t(`gpArea.track.${track}` as never) as string;
