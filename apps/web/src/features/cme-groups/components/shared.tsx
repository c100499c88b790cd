import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ServerErrorAlert } from '@/components/ui/server-error';

/** A date as the user reads it (e.g. 5. feb. 2026), or a dash. */
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '–';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A percent with one decimal (84,6 %), or a dash when there is nothing to measure. */
export function formatPercent(v: number | null, lang: string): string {
  if (v === null) return '–';
  return `${v.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 })} %`;
}

export const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

export { applyFieldErrors } from '@/components/ui/server-error';

/** The error of a failed change, announced (the shared alert with this feature's titles). */
export function ServerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <ServerErrorAlert error={error} titles={{ conflict: t('cmeGroups.conflict'), invalid: t('cmeGroups.invalid') }} />
  );
}

/** The CME coordinator's pages: coverage and groups, leaders' course, annual report, GP register. */
export function CmeNav() {
  const { t } = useTranslation();
  return (
    <Group gap="md" component="nav" aria-label={t('cmeGroups.navLabel')} className="no-print">
      <Anchor component={Link} to={paths.cmeGroups.getHref()}>
        {t('cmeGroups.navGroups')}
      </Anchor>
      <Anchor component={Link} to={paths.cmeLeaderCourses.getHref()}>
        {t('cmeGroups.navLeaderCourses')}
      </Anchor>
      <Anchor component={Link} to={paths.cmeAnnualReport.getHref()}>
        {t('cmeGroups.navAnnualReport')}
      </Anchor>
      <Anchor component={Link} to={paths.generalPractitioners.getHref()}>
        {t('cmeGroups.navRegister')}
      </Anchor>
    </Group>
  );
}

export function NewlySettledText({ newly }: { newly: boolean }) {
  const { t } = useTranslation();
  return newly ? (
    <Badge color="orange" variant="light" c="dark.8" radius="sm">
      {t('cmeGroups.newlySettled')}
    </Badge>
  ) : null;
}
