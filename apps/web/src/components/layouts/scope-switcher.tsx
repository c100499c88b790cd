import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useSetActiveScope } from '@/lib/auth/set-active-scope';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { useAssignmentText } from '@/lib/scope';

interface ScopeSwitcherProps {
  /** In the header the label is visually hidden (the field explains itself there). */
  compact?: boolean;
}

/**
 * Chooses which in-force role assignment the portal shows (start page, navigation); shown only
 * when the user has more than one. Picking an option changes nothing by itself: the "Skift" button
 * does (WCAG 3.2.2; arrow keys on a closed select fire `change` in several browsers).
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

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (value && value !== me.activeAssignmentId) setScope.mutate({ assignmentId: value });
      }}
      data-testid="scope-switcher"
    >
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <NativeSelect
          label={t('shell.activeScope')}
          labelProps={compact ? { className: 'visually-hidden' } : undefined}
          data={inForceAssignments.map((a) => ({ value: a.id, label: text.label(a) }))}
          value={value}
          onChange={(event) => setSelected(event.currentTarget.value)}
          error={setScope.isError ? errorMessage(setScope.error, t) : undefined}
          w={compact ? 320 : undefined}
          style={{ flex: compact ? undefined : 1, minWidth: 0 }}
        />
        <Button type="submit" variant="light" loading={setScope.isPending} disabled={value === me.activeAssignmentId}>
          {t('shell.switchScope')}
        </Button>
      </Group>
    </form>
  );
}
