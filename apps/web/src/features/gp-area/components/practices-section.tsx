import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { GpAreaOverview } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

/** The area's practices with their GPs (from the GP register). */
export function PracticesSection({ practices }: { practices: GpAreaOverview['practices'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="gp-practices-heading" data-testid="gp-practices">
      <Title order={2} size="h3" id="gp-practices-heading">
        {t('gpArea.practices.heading')}
      </Title>
      {practices.length === 0 && <Text c="dimmed">{t('gpArea.practices.none')}</Text>}
      <Stack gap="md">
        {practices.map((p) => (
          <div key={p.id}>
            <Title order={3} size="h5">
              {p.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('gpArea.practices.gpCount', { count: p.gps.length })}
            </Text>
            <List size="sm" spacing={2} mt={4}>
              {p.gps.map((g) => (
                <List.Item key={g.id}>
                  <Group gap={6} wrap="wrap">
                    <span>{g.name}</span>
                    {g.newlySettled && (
                      <Badge size="sm" variant="filled" color="teal.9">
                        {t('gpArea.practices.newlySettled')}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}
