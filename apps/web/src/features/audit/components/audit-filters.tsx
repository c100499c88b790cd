import { Button, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditActors } from '../api/get-audit-actors';
import { auditExportHref } from '../api/export-audit-events';
import type { AuditFilters } from '../api/get-audit-events';
import { danishMidnight } from '../lib/time';

export const ENTITY_TYPES = ['org_unit', 'user', 'role_assignment', 'specialty', 'tenant'] as const;

export interface FilterForm {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  fromDay: string;
  toDay: string;
}
export const EMPTY_FILTERS: FilterForm = {
  actorId: '',
  action: '',
  entityType: '',
  entityId: '',
  fromDay: '',
  toDay: '',
};

/** The form's values as the API's filters: the days are whole days in Danish time, `to` inclusive. */
export function toApiFilters(f: FilterForm): AuditFilters {
  return {
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.action.trim() ? { action: f.action.trim() } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId.trim() ? { entityId: f.entityId.trim() } : {}),
    ...(f.fromDay ? { from: danishMidnight(f.fromDay) } : {}),
    ...(f.toDay ? { to: danishMidnight(f.toDay, 1) } : {}),
  };
}

/** Filters of the audit log: person, action, record (type + id), time range; and the CSV export. */
export function AuditFiltersForm({
  applied,
  onApply,
}: {
  applied: FilterForm;
  onApply: (filters: FilterForm) => void;
}) {
  const { t } = useTranslation();
  const actors = useAuditActors();
  const [form, setForm] = useState<FilterForm>(applied);
  const set = (key: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const rangeError = form.fromDay && form.toDay && form.fromDay > form.toDay ? t('audit.invalidRange') : undefined;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="audit-filters">
      <Title order={2} size="h3" id="audit-filters" mb="sm">
        {t('audit.filters.heading')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!rangeError) onApply(form);
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <Select
              label={t('audit.filters.person')}
              placeholder={t('audit.filters.personPlaceholder')}
              data={(actors.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
              value={form.actorId || null}
              onChange={(value) => set('actorId')(value ?? '')}
              searchable
              clearable
              nothingFoundMessage="–"
              data-testid="audit-filter-person"
            />
            <TextInput
              label={t('audit.filters.action')}
              description={t('audit.filters.actionHint')}
              value={form.action}
              maxLength={100}
              onChange={(e) => set('action')(e.currentTarget.value)}
              data-testid="audit-filter-action"
            />
            <NativeSelect
              label={t('audit.filters.entityType')}
              data={[
                { value: '', label: t('audit.filters.entityTypeAll') },
                ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) })),
              ]}
              value={form.entityType}
              onChange={(e) => set('entityType')(e.currentTarget.value)}
              data-testid="audit-filter-entity-type"
            />
            <TextInput
              label={t('audit.filters.entityId')}
              description={t('audit.filters.entityIdHint')}
              value={form.entityId}
              maxLength={100}
              spellCheck={false}
              onChange={(e) => set('entityId')(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('audit.filters.from')}
              value={form.fromDay}
              onChange={(e) => set('fromDay')(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('audit.filters.to')}
              value={form.toDay}
              error={rangeError}
              onChange={(e) => set('toDay')(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group gap="sm" wrap="wrap">
            <Button type="submit" data-testid="audit-apply">
              {t('audit.filters.apply')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setForm(EMPTY_FILTERS);
                onApply(EMPTY_FILTERS);
              }}
            >
              {t('audit.filters.reset')}
            </Button>
            <Button
              component="a"
              variant="outline"
              href={auditExportHref(toApiFilters(applied))}
              download
              data-testid="audit-export"
            >
              {t('audit.filters.export')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('audit.filters.exportHint')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
