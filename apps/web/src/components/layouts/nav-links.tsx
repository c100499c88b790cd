import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { visibleNavItems } from '@/config/nav';
import { useSession } from '@/lib/auth/use-session';

/** The navigation entries the active role may use (see src/config/nav.ts). */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { activeRole, can, inForceAssignments } = useSession();

  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
      {visibleNavItems(
        can,
        inForceAssignments.map((a) => a.role),
      ).map((item) => {
        const href = item.href({ activeRole });
        const active = pathname === href;
        return (
          <li key={item.id}>
            <MantineNavLink
              component={Link}
              to={href}
              label={t(item.labelKey)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              data-testid={`nav-${item.id}`}
            />
          </li>
        );
      })}
    </Stack>
  );
}
