import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One card of the dashboard: a heading (h2), an optional line of explanation, the content. */
export function DashboardSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid={`section-${id}`}
      className="print-avoid-break"
      style={{ minWidth: 0 }}
    >
      <Title order={2} size="h4" id={`${id}-heading`}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mt={4}>
          {intro}
        </Text>
      )}
      <Stack gap="md" mt="sm">
        {children}
      </Stack>
    </Paper>
  );
}

/** A chart with its text alternative: a figure whose caption says what it shows. */
export function ChartFigure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div role="img" aria-label={label}>
        {children}
      </div>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {label}
      </Text>
    </figure>
  );
}

/** A key figure: label, large value, optional note. */
export function KeyFigure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={30} fw={700} lh={1.2} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {note && <Text size="xs">{note}</Text>}
    </Paper>
  );
}
