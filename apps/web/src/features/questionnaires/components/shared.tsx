import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/server-error';

/** A date as the user reads it (e.g. 5. feb. 2026), or a dash. */
export function formatDay(iso: string | null, lang: string): string {
  if (!iso) return '–';
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export function formatRate(rate: number, lang: string): string {
  return `${(rate * 100).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 0 })} %`;
}

export { applyFieldErrors } from '@/components/ui/server-error';

/** The error of a failed change, announced (the shared alert with this feature's titles). */
export function ServerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <ServerErrorAlert
      error={error}
      titles={{ conflict: t('questionnaires.conflict'), invalid: t('questionnaires.invalid') }}
    />
  );
}
