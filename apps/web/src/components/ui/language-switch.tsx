import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/lib/i18n';

/** A button naming the other language in that language ("English" / "Dansk"). */
export function LanguageSwitch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const target = t('language.switchToLang') as Language;
  return (
    <Button
      variant="subtle"
      size="compact-md"
      fullWidth={fullWidth}
      justify={fullWidth ? 'flex-start' : undefined}
      lang={target}
      // Never narrower than its label: a squeezed header must not clip "English" to "Englis".
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      styles={{ label: { overflow: 'visible' } }}
      onClick={() => setLanguage(target)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
