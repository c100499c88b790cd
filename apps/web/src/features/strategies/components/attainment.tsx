import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { Attainment, AttainmentColour, InitiativeState } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';

/** A green dark enough for white text at badge size (Mantine's green.9 is 4.36:1). */
export const GREEN_DARK = '#1e6b2e';

/** Dark enough for white text (WCAG AA) and never the only cue: the word is always next to it. */
export const COLOUR_SWATCH: Record<AttainmentColour, string> = {
  GREEN: GREEN_DARK,
  AMBER: 'var(--mantine-color-yellow-5)',
  RED: 'var(--mantine-color-red-8)',
  NONE: 'var(--mantine-color-gray-6)',
};
const BADGE: Record<AttainmentColour, { color: string; c?: string }> = {
  GREEN: { color: GREEN_DARK },
  AMBER: { color: 'yellow.4', c: 'dark.9' },
  RED: { color: 'red.8' },
  NONE: { color: 'gray.7' },
};

export function formatPercent(p: number | null): string {
  if (p === null) return '—';
  return `${new Intl.NumberFormat(currentLanguage() === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(p)} %`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(currentLanguage() === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function ColourBadge({ colour }: { colour: AttainmentColour }) {
  const { t } = useTranslation();
  const b = BADGE[colour];
  return (
    <Badge color={b.color} c={b.c} variant="filled" radius="sm" data-colour={colour}>
      {t(`strategies.colour.${colour}`)}
    </Badge>
  );
}

const STATE_BADGE: Record<InitiativeState, { color: string; c?: string }> = {
  ACHIEVED: { color: GREEN_DARK },
  PARTLY: { color: 'yellow.4', c: 'dark.9' },
  NOT_ACHIEVED: { color: 'red.8' },
  NOT_STARTED: { color: 'gray.7' },
};

export function StateBadge({ state }: { state: InitiativeState }) {
  const { t } = useTranslation();
  const b = STATE_BADGE[state];
  return (
    <Badge color={b.color} c={b.c} variant="filled" radius="sm" data-state={state}>
      {t(`strategies.states.${state}`)}
    </Badge>
  );
}

/** The overall attainment as a large figure, its colour as a swatch and a word, and the threshold. */
export function AttainmentFigure({
  attainment,
  green,
  amber,
  label,
}: {
  attainment: Attainment;
  green: number;
  amber: number;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className="print-avoid-break"
      data-testid="overall-attainment"
      data-colour={attainment.colour}
      style={{ borderLeft: `12px solid ${COLOUR_SWATCH[attainment.colour]}` }}
    >
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Group align="baseline" gap="md" wrap="wrap">
        <Text fz={{ base: 48, sm: 64 }} fw={800} lh={1.1} data-testid="overall-percent">
          {formatPercent(attainment.percent)}
        </Text>
        <Box>
          <ColourBadge colour={attainment.colour} />
        </Box>
      </Group>
      <Text mt={4} data-testid="overall-count">
        {t('strategies.attainmentOf', { achieved: attainment.achieved, total: attainment.total })}
      </Text>
      <Text size="sm" c="dimmed" data-testid="overall-threshold">
        {t('strategies.threshold', { green, amber })}
      </Text>
    </Paper>
  );
}
