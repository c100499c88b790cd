import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useSetActiveScope } from '@/lib/auth/set-active-scope';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { useAssignmentText } from '@/lib/scope';

interface ScopeSwitcherProps {
  /** In the header: side by side with a visually hidden label (the field explains itself there). */
  compact?: boolean;
}

/**
 * Chooses which in-force role assignment the portal shows (start page, navigation); shown only
 * when the user has more than one. The options read "role · unit" (short names), so what tells two
 * roles apart survives a narrow select; the full role name and unit path are their title. Picking an option changes nothing by
 * itself: the "Skift" button does (WCAG 3.2.2; arrow keys on a closed select fire `change` in
 * several browsers).
 */
export function ScopeSwitcher({ compact = false }: ScopeSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, inForceAssignments } = useSession();
  const text = useAssignmentText();
  const [selected, setSelected] = useState<string | null>(null);
  const setScope = useSetActiveScope({
    onSuccess: (next) => {
      setSelected(null);
      const active = next.assignments.find((a) => a.id === next.activeAssignmentId);
      void navigate(active ? paths.start.getHref(active.role) : paths.home.getHref());
    },
  });

  if (inForceAssignments.length < 2) return null;
  const value = selected ?? me.activeAssignmentId ?? '';
  const labels = text.shortLabels(inForceAssignments);
  const chosen = inForceAssignments.find((a) => a.id === value);

  const select = (
    <NativeSelect
      label={t('shell.activeScope')}
      labelProps={compact ? { className: 'visually-hidden' } : undefined}
      value={value}
      onChange={(event) => setSelected(event.currentTarget.value)}
      error={setScope.isError ? errorMessage(setScope.error, t) : undefined}
      title={chosen ? text.label(chosen) : undefined}
      w={compact ? 320 : '100%'}
      miw={0}
    >
      {inForceAssignments.map((a) => (
        <option key={a.id} value={a.id} title={text.label(a)}>
          {labels.get(a.id)}
        </option>
      ))}
    </NativeSelect>
  );
  const switchButton = (
    <Button
      type="submit"
      variant="light"
      fullWidth={!compact}
      loading={setScope.isPending}
      disabled={value === me.activeAssignmentId}
    >
      {t('shell.switchScope')}
    </Button>
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (value && value !== me.activeAssignmentId) setScope.mutate({ assignmentId: value });
      }}
      data-testid="scope-switcher"
    >
      {/* In the header, side by side; in the menu (phones, tablets) the select takes the full width. */}
      {compact ? (
        <Group gap="xs" wrap="nowrap" align="flex-end">
          {select}
          {switchButton}
        </Group>
      ) : (
        <Stack gap="xs">
          {select}
          {switchButton}
        </Stack>
      )}
    </form>
  );
}
