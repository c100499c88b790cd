import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';

/** Links to the admin screens the user may use: organisation, specialties and the audit log. */
export function AdminLinks({ scoped }: { scoped: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const links = [
    can('org:manage') && {
      href: paths.orgAdmin.getHref(),
      label: t('orgAdmin.start.org'),
      text: scoped ? t('orgAdmin.start.orgTextScoped') : t('orgAdmin.start.orgTextTenant'),
      id: 'org',
    },
    can('org:manage') && {
      href: paths.specialties.getHref(),
      label: t('orgAdmin.start.specialties'),
      text: t('orgAdmin.start.specialtiesText'),
      id: 'specialties',
    },
    can('audit:read') && {
      href: paths.auditLog.getHref(),
      label: t('audit.start.link'),
      text: scoped ? t('audit.start.textScoped') : t('audit.start.textTenant'),
      id: 'audit',
    },
  ].filter((l): l is { href: string; label: string; text: string; id: string } => Boolean(l));
  if (links.length === 0) return null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="admin-links">
      <Title order={2} size="h3" id="admin-links" mb="sm">
        {t('orgAdmin.start.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: links.length }} spacing="md">
        {links.map((l) => (
          <div key={l.id}>
            <Anchor component={Link} to={l.href} fw={600} data-testid={`admin-link-${l.id}`}>
              {l.label}
            </Anchor>
            <Text size="sm" mt={2}>
              {l.text}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
