import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { templateContentSchema, type TemplateContent, type TemplateVersion } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDateTimeAsDate } from '@/lib/format';
import { useTemplate } from '../api/get-template';
import { useTemplateVersion } from '../api/get-template-version';
import { useTemplates } from '../api/get-templates';
import { useTemplateActions } from '../api/template-actions';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Areas as text: a line starting with "# " is an area title, the lines below it its tasks. */
export function areasToText(c: TemplateContent): string {
  return c.areas.map((a) => [`# ${a.title}`, ...a.tasks].join('\n')).join('\n\n');
}
export function textToAreas(s: string): TemplateContent['areas'] {
  const areas: TemplateContent['areas'] = [];
  for (const l of lines(s)) {
    if (l.startsWith('#')) areas.push({ title: l.replace(/^#+\s*/, ''), tasks: [] });
    else if (areas.length === 0) areas.push({ title: '–', tasks: [l] });
    else areas[areas.length - 1]!.tasks.push(l);
  }
  return areas;
}

function Content({ c }: { c: TemplateContent }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text style={{ whiteSpace: 'pre-wrap' }}>{c.purpose}</Text>
      {c.areas.map((a) => (
        <div key={a.title}>
          <Title order={4} size="h5">
            {a.title}
          </Title>
          <List size="sm">
            {a.tasks.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
      ))}
      {c.qualifications.length > 0 && (
        <div>
          <Title order={4} size="h5">
            {t('functionDescriptions.templates.qualifications')}
          </Title>
          <List size="sm">
            {c.qualifications.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
      )}
      {c.optionalTasks.length > 0 && (
        <div>
          <Title order={4} size="h5">
            {t('functionDescriptions.templates.optionalTasks')}
          </Title>
          <List size="sm">
            {c.optionalTasks.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

function DraftEditor({ templateId, v }: { templateId: string; v: TemplateVersion }) {
  const { t } = useTranslation();
  const actions = useTemplateActions(templateId);
  const [purpose, setPurpose] = useState(v.content.purpose);
  const [areas, setAreas] = useState(areasToText(v.content));
  const [quals, setQuals] = useState(v.content.qualifications.join('\n'));
  const [optional, setOptional] = useState(v.content.optionalTasks.join('\n'));
  const content = (): TemplateContent => ({
    purpose: purpose.trim(),
    areas: textToAreas(areas),
    qualifications: lines(quals),
    optionalTasks: lines(optional),
  });
  const parsed = templateContentSchema.safeParse(content());
  const error = actions.save.error ?? actions.publish.error;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) actions.save.mutate({ versionId: v.id, content: parsed.data, version: v.version });
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('functionDescriptions.templates.purpose')}
          autosize
          minRows={3}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
        />
        <Textarea
          label={t('functionDescriptions.templates.areas')}
          description={t('functionDescriptions.templates.areasHelp')}
          autosize
          minRows={6}
          value={areas}
          onChange={(e) => setAreas(e.currentTarget.value)}
        />
        <Textarea
          label={t('functionDescriptions.templates.qualifications')}
          description={t('functionDescriptions.templates.onePerLine')}
          autosize
          minRows={2}
          value={quals}
          onChange={(e) => setQuals(e.currentTarget.value)}
        />
        <Textarea
          label={t('functionDescriptions.templates.optionalTasks')}
          description={t('functionDescriptions.templates.onePerLine')}
          autosize
          minRows={2}
          value={optional}
          onChange={(e) => setOptional(e.currentTarget.value)}
        />
        {!parsed.success && (
          <Text c="red.9" role="alert">
            {t('functionDescriptions.templates.invalid')}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {isApiError(error, 'CONFLICT') ? t('functionDescriptions.templates.conflict') : errorMessage(error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={actions.save.isPending} disabled={!parsed.success}>
            {t('functionDescriptions.templates.saveDraft')}
          </Button>
          <Button
            variant="outline"
            color="teal"
            loading={actions.publish.isPending}
            onClick={() => actions.publish.mutate({ versionId: v.id, version: v.version })}
          >
            {t('functionDescriptions.templates.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TemplateDetailView({ templateId, canWrite }: { templateId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const detail = useTemplate(templateId);
  const actions = useTemplateActions(templateId);
  const [chosen, setChosen] = useState<string | null>(null);
  const versionId = chosen ?? detail.data?.versions[0]?.id ?? null;
  const version = useTemplateVersion(templateId, versionId);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <QueryError error={detail.error} />;
  const hasDraft = detail.data.versions.some((x) => x.status === 'DRAFT');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="tpl-title">
      <Title order={2} size="h3" id="tpl-title" mb="sm">
        {detail.data.title}
      </Title>
      <Group
        gap="xs"
        mb="md"
        component="ul"
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('functionDescriptions.templates.versions')}
      >
        {detail.data.versions.map((x) => (
          <li key={x.id}>
            <Button
              size="xs"
              variant={x.id === versionId ? 'filled' : 'default'}
              aria-pressed={x.id === versionId}
              onClick={() => setChosen(x.id)}
            >
              {t('functionDescriptions.templates.versionLabel', {
                n: x.number,
                status: t(`functionDescriptions.templates.status.${x.status}`),
              })}
            </Button>
          </li>
        ))}
      </Group>
      {canWrite && !hasDraft && (
        <Button
          mb="md"
          variant="outline"
          loading={actions.start.isPending}
          onClick={() => actions.start.mutate(undefined, { onSuccess: (v) => setChosen(v.id) })}
        >
          {t('functionDescriptions.templates.newVersion')}
        </Button>
      )}
      {version.isPending && versionId && <PageLoader />}
      {version.isError && <QueryError error={version.error} />}
      {version.data && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {version.data.status === 'APPROVED'
              ? t('functionDescriptions.templates.approvedBy', {
                  by: version.data.approvedBy ?? '–',
                  date: version.data.approvedAt ? formatDateTimeAsDate(version.data.approvedAt) : '',
                })
              : t('functionDescriptions.templates.draftNote')}
          </Text>
          {version.data.status === 'DRAFT' && canWrite ? (
            <DraftEditor key={`${version.data.id}-${version.data.version}`} templateId={templateId} v={version.data} />
          ) : (
            <Content c={version.data.content} />
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The region's templates per role: read by all with access; versions written by the regional admin. */
export function TemplatePanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const [selected, setSelected] = useState<string | null>(null);
  if (templates.isPending) return <PageLoader />;
  if (templates.isError) return <QueryError error={templates.error} onRetry={() => void templates.refetch()} />;
  const current = selected ?? templates.data.items[0]?.id ?? null;
  return (
    <Stack gap="lg">
      <Stack
        component="ul"
        gap={4}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('functionDescriptions.templates.listLabel')}
      >
        {templates.data.items.map((x) => (
          <li key={x.id}>
            <UnstyledButton
              onClick={() => setSelected(x.id)}
              aria-current={x.id === current ? 'true' : undefined}
              fw={x.id === current ? 700 : 400}
              c={x.id === current ? undefined : 'blue.8'}
              td={x.id === current ? 'underline' : undefined}
            >
              {x.title}
            </UnstyledButton>{' '}
            {x.hasDraft && (
              <Badge variant="light" color="yellow" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
                {t('functionDescriptions.templates.status.DRAFT')}
              </Badge>
            )}
          </li>
        ))}
      </Stack>
      {current && <TemplateDetailView key={current} templateId={current} canWrite={canWrite} />}
    </Stack>
  );
}
