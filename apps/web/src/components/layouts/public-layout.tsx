import { Anchor, Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/ui/skip-link';

/** The frame of pages outside the signed-in app: login, "page not found", crash page. */
export function PublicLayout({ children, size = 'xs' }: { children: ReactNode; size?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box component="header" className="public-header">
        <Group h={60} px={{ base: 'sm', sm: 'md' }} gap="sm" justify="space-between" wrap="nowrap">
          {/* A plain link: this layout also frames the crash page, which renders outside the router. */}
          <Anchor href="/" className="app-name" lang="da" fw={700} c="var(--mantine-color-text)" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="main-content"
        size={size}
        px={{ base: 'sm', sm: 'md' }}
        py={{ base: 'lg', sm: 48 }}
      >
        {children}
      </Container>
    </>
  );
}
