import { Chip, Group, Text } from '@mantine/core';
import { SUPERVISION_SETTINGS, type SupervisionSetting } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

/**
 * The setting as large chips in a fieldset (one tap on a phone). Optional: tapping the chosen one
 * again clears it; required: it stays chosen.
 */
export function SettingChips({
  value,
  onChange,
  optional,
  error,
}: {
  value: SupervisionSetting | null;
  onChange: (v: SupervisionSetting | null) => void;
  optional: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={error ? 'setting-error' : undefined}>
      <legend style={{ padding: 0, fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 }}>
        {optional ? t('supervision.fields.settingOptional') : t('supervision.fields.setting')}
      </legend>
      <Group gap="xs">
        {SUPERVISION_SETTINGS.map((s) => (
          <Chip
            key={s}
            size="md"
            variant="outline"
            checked={value === s}
            onChange={() => onChange(value === s ? (optional ? null : s) : s)}
            wrapperProps={{ 'data-testid': `setting-${s}` }}
          >
            {t(`supervision.settings.${s}`)}
          </Chip>
        ))}
      </Group>
      {optional && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('supervision.hints.setting')}
        </Text>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mt={4} id="setting-error" role="alert">
          {error}
        </Text>
      )}
    </fieldset>
  );
}
