import { Alert, Anchor, Badge, Button, Code, CopyButton, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import type { InvitationIssued, Person, Role } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { formatDateTimeAsDate } from '@/lib/format';
import { useDeactivatePerson } from '../api/deactivate-person';
import { usePerson } from '../api/get-person';
import { useInvitePerson } from '../api/invite-person';
import { useReactivatePerson } from '../api/reactivate-person';
import { AssignmentsSection } from './assignments-section';
import { PersonForm } from './person-form';

/** The link of an invitation when no e-mail was sent: shown once, to pass on by hand. */
export function InvitationNotice({ invitation }: { invitation: InvitationIssued }) {
  const { t } = useTranslation();
  if (invitation.emailed || !invitation.link) {
    return (
      <Alert color="teal" variant="light" role="status">
        {t('people.person.invited')}
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" role="status" data-testid="invitation-link">
      <Stack gap="xs">
        <Text size="sm">{t('people.person.inviteLink', { date: formatDateTimeAsDate(invitation.expiresAt) })}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="invitation-link-text">
          {invitation.link}
        </Code>
        <CopyButton value={invitation.link}>
          {({ copied, copy }) => (
            <Button size="xs" variant="outline" onClick={copy} w="fit-content">
              {copied ? t('people.person.copied') : t('people.person.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

function ActivationButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const deactivate = useDeactivatePerson(person.id);
  const reactivate = useReactivatePerson(person.id);
  const m = person.active ? deactivate : reactivate;
  const key = person.active ? 'deactivate' : 'reactivate';
  return (
    <>
      <Button
        variant="outline"
        color={person.active ? 'red' : 'teal'}
        onClick={() => setOpen(true)}
        data-testid={`person-${key}`}
      >
        {t(`people.person.${key}`)}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        closeButtonProps={{ 'aria-label': t('people.person.cancel') }}
        title={t(`people.person.${key}Title`, { name: person.name })}
      >
        <Stack gap="sm">
          <Text size="sm">{t(`people.person.${key}Text`)}</Text>
          {m.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(m.error, t)}
            </Alert>
          )}
          <Group>
            <Button
              color={person.active ? 'red' : 'teal'}
              loading={m.isPending}
              onClick={() => m.mutate(undefined, { onSuccess: () => setOpen(false) })}
              data-testid={`person-${key}-confirm`}
            >
              {t(`people.person.${key}Confirm`)}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('people.person.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function PersonPage({
  userId,
  initialRole,
  initialUnit,
}: {
  userId: string;
  initialRole?: Role;
  initialUnit?: string;
}) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const person = usePerson(userId);
  const invite = useInvitePerson(userId);
  const [editing, setEditing] = useState(false);
  usePageTitle(person.data?.name ?? t('people.person.pageTitle'));

  if (person.isPending) return <PageLoader />;
  if (person.isError) return <QueryError error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  const manage = can('people:manage');

  return (
    <Stack gap="lg" maw={1100} data-testid="person-page">
      <Anchor component={Link} to={paths.people.getHref()} size="sm">
        ← {t('people.person.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1}>{p.name}</Title>
          {p.title && <Text c="dimmed">{p.title}</Text>}
        </div>
        <Badge color={p.active ? 'teal.9' : 'gray.7'} variant="filled" size="lg" data-testid="person-status">
          {p.active ? t('people.person.active') : t('people.list.deactivated')}
        </Badge>
      </Group>

      <Paper
        withBorder
        p={{ base: 'md', sm: 'lg' }}
        radius="md"
        component="section"
        aria-labelledby="person-details-heading"
      >
        <Title order={2} size="h3" id="person-details-heading" mb="md">
          {t('people.person.details')}
        </Title>
        {editing ? (
          <PersonForm person={p} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap="md">
            <Facts>
              <Fact label={t('people.person.email')}>
                <span style={{ overflowWrap: 'anywhere' }}>{p.email}</span>
              </Fact>
              <Fact label={t('people.person.title')}>{p.title ?? '–'}</Fact>
              <Fact label={t('people.person.locale')}>
                {p.locale === 'en' ? t('people.person.localeEn') : t('people.person.localeDa')}
              </Fact>
              {p.homeUnit && <Fact label={t('people.person.homeUnit')}>{p.homeUnit.name}</Fact>}
              <Fact label={t('people.person.created')}>{formatDateTimeAsDate(p.createdAt)}</Fact>
              <Fact label={t('people.person.status')}>
                {p.deactivatedAt
                  ? t('people.person.deactivatedSince', { date: formatDateTimeAsDate(p.deactivatedAt) })
                  : t('people.person.active')}
              </Fact>
            </Facts>
            {manage && (
              <Group gap="sm">
                <Button onClick={() => setEditing(true)} data-testid="person-edit">
                  {t('people.person.edit')}
                </Button>
                {p.active && (
                  <Button variant="default" loading={invite.isPending} onClick={() => invite.mutate()}>
                    {t('people.person.invite')}
                  </Button>
                )}
                {p.id !== me.user.id && <ActivationButton person={p} />}
              </Group>
            )}
            {invite.isError && <QueryError error={invite.error} />}
            {invite.data && <InvitationNotice invitation={invite.data} />}
          </Stack>
        )}
      </Paper>

      <AssignmentsSection person={p} initialRole={initialRole} initialUnit={initialUnit} />
    </Stack>
  );
}
