import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@portal/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { useSession } from '@/lib/auth/use-session';
import { MyUpcomingMeetings } from '@/features/education-bodies/components/my-upcoming-meetings';
import { StrategyLinks } from '@/features/strategies/components/strategy-links';
import { MyCasesCard } from '@/features/difficulty-cases/components/my-cases-card';
import { MyQuestionnairesCard } from '@/features/questionnaires/components/my-questionnaires-card';
import { RoleAbout } from './role-about';
import { ScopeSummary } from './scope-summary';

interface StartPageLayoutProps {
  role: Role;
  /** The role's own content, shown first (e.g. the platform operator's list of regions). */
  children?: ReactNode;
}

/**
 * The frame every role's start page shares: the role's Danish name as the page's h1, a welcome,
 * the active assignment's real scope and what the role does in the portal.
 */
export function StartPageLayout({ role, children }: StartPageLayoutProps) {
  const { t } = useTranslation();
  const { me, activeAssignment, inForceAssignments } = useSession();
  const roleName = t(`roles.${role}`);
  usePageTitle(`${t('start.eyebrow')} – ${roleName}`);
  const others = inForceAssignments.length - 1;

  return (
    <Stack gap="lg" maw={1100} data-testid={`start-page-${role}`}>
      <div>
        <Text size="sm" fw={600} c="dimmed" tt="uppercase" lts={0.5}>
          {t('start.eyebrow')}
        </Text>
        <Title order={1} data-testid="start-page-role">
          {roleName}
        </Title>
        <Text size="lg" mt={4}>
          {t('start.welcome', { name: me.user.name })}
        </Text>
        {others > 0 && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('start.otherRoles', { count: others })}
          </Text>
        )}
      </div>
      {children}
      <MyCasesCard />
      <MyQuestionnairesCard />
      <MyUpcomingMeetings />
      <StrategyLinks />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        {activeAssignment && <ScopeSummary tenantName={me.tenant.name} assignment={activeAssignment} />}
        <RoleAbout role={role} />
      </SimpleGrid>
    </Stack>
  );
}
