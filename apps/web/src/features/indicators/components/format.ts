import type { IndicatorFigure, IndicatorTarget, IndicatorValueType } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';

/** A value as text: "90 %", "7", "0,25"; the no-value text when there is nothing to measure. */
export function formatValue(t: TFunction, value: number | null, valueType: IndicatorValueType): string {
  if (value === null) return t('indicators.noValue');
  const n = value.toLocaleString(undefined, { maximumFractionDigits: valueType === 'NUMBER' ? 2 : 1 });
  return valueType === 'PERCENT' ? `${n} %` : n;
}

/** "9 af 10" for a share, "4 feedback på 5 uddannelseslæge-måneder" for a rate; empty for a count. */
export function formatShare(t: TFunction, f: Pick<IndicatorFigure, 'numerator' | 'denominator' | 'valueType'>): string {
  if (f.denominator === null || f.denominator === 0 || f.valueType === 'COUNT') return '';
  if (f.valueType === 'NUMBER') return t('indicators.perText', { numerator: f.numerator, denominator: f.denominator });
  return t('indicators.ofText', { numerator: f.numerator, denominator: f.denominator });
}

export function formatTarget(t: TFunction, target: IndicatorTarget, valueType: IndicatorValueType): string {
  if (target.target === null) return t('indicators.met.none');
  return t(`indicators.direction.${target.direction}`, { target: formatValue(t, target.target, valueType) });
}

export function metText(t: TFunction, met: boolean | null): string {
  return met === null ? t('indicators.met.none') : met ? t('indicators.met.yes') : t('indicators.met.no');
}

/** Whether the figure meets all the targets set for it; null when it has no target (or no value). */
export function figureMet(f: IndicatorFigure): boolean | null {
  const judged = f.targets.filter((x) => x.met !== null);
  if (judged.length === 0) return null;
  return judged.every((x) => x.met === true);
}

export const dateOrDash = (iso: string | null) => (iso ? formatDate(iso) : '–');

export function periodText(t: TFunction, from: string, to: string): string {
  return t('indicators.period', { from: formatDate(from), to: formatDate(to) });
}
