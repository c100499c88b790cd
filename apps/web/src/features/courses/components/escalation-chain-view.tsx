import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { MyEscalationChains } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

type Chain = MyEscalationChains['items'][number];

/** Who the trainee calls, in order: an ordered list with names, phone links and notes. */
export function EscalationChainView({ chain, showUnit }: { chain: Chain; showUnit: boolean }) {
  const { t } = useTranslation();
  const headingId = `chain-${chain.courseId}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-testid="escalation-chain">
      <Title order={2} size="h4" id={headingId}>
        {t('courses.chain.heading')}
        {showUnit ? ` – ${chain.unit.name}` : ''}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('courses.chain.intro')}
      </Text>
      <Stack component="ol" gap="sm" m={0} pl="lg">
        {chain.steps.map((s) => (
          <li key={s.position} data-testid="escalation-step">
            <Text fw={600}>{s.label}</Text>
            {s.kind === 'TEXT' && s.text && <Text size="sm">{s.text}</Text>}
            {s.kind !== 'TEXT' &&
              (s.people.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('courses.chain.nobody')}
                </Text>
              ) : (
                s.people.map((p) => (
                  <Text size="sm" key={p.email}>
                    {p.name} · <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
                  </Text>
                ))
              ))}
            {s.phone && (
              <Anchor href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`} size="sm" fw={600}>
                {t('courses.chain.call', { phone: s.phone })}
              </Anchor>
            )}
            {s.note && (
              <Text size="sm" c="dimmed">
                {s.note}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
