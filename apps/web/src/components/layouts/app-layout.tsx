import { Anchor, AppShell, Burger, Divider, Group, ScrollArea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/ui/skip-link';
import { NavLinks } from './nav-links';
import { UserControls } from './user-controls';

const NAVIGATION_ID = 'main-navigation';

/** The frame of every signed-in page: header, navigation (a burger menu on phones) and main. */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const closeMenu = menu.close;
  // From 62em the user controls fit in the header; below that they sit at the top of the menu.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  // Below 48em the navigation is a burger menu: while closed it is off-screen and must be out of
  // the tab order; while open it covers the page, which is then out of reach.
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const burgerRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page's content, as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    closeMenu();
    mainRef.current?.focus();
  }, [pathname, closeMenu]);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                ref={burgerRef}
                opened={menuOpen}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={menuOpen ? t('shell.closeMenu') : t('shell.openMenu')}
                aria-expanded={menuOpen}
                aria-controls={NAVIGATION_ID}
              />
              <Anchor
                component={Link}
                to={paths.home.getHref()}
                className="app-name"
                lang="da"
                fw={700}
                c="var(--mantine-color-text)"
                underline="never"
              >
                {t('app.name')}
              </Anchor>
            </Group>
            {wide && <UserControls layout="header" />}
          </Group>
        </AppShell.Header>

        <AppShell.Navbar
          id={NAVIGATION_ID}
          aria-label={t('shell.mainNav')}
          p="md"
          inert={phone && !menuOpen}
          style={phone && !menuOpen ? { visibility: 'hidden' } : undefined}
          onKeyDown={(event) => {
            if (phone && menuOpen && event.key === 'Escape') {
              closeMenu();
              burgerRef.current?.focus();
            }
          }}
        >
          {!wide && (
            <>
              <UserControls layout="panel" />
              <Divider my="md" />
            </>
          )}
          <AppShell.Section grow component={ScrollArea} type="auto">
            <NavLinks onNavigate={closeMenu} />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main
          id={MAIN_CONTENT_ID}
          ref={mainRef}
          tabIndex={-1}
          className="main-content"
          inert={phone && menuOpen}
        >
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
