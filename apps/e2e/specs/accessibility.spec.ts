import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN, HOVEDSTADEN_USERS, ROLES, type DemoUser } from '../fixtures/demo-users';
import { da } from '../fixtures/locales';
import { expectStartPage } from '../fixtures/start-page';
import { expect, saveScreenshot, test } from '../fixtures/test';

async function openLoginPage(page: Page): Promise<void> {
  await page.goto('/login');
  // Checked once the regions have loaded, so axe sees the form as a user does.
  await expect(page.getByLabel(da.login.region).locator('option', { hasText: HOVEDSTADEN.name })).toBeAttached();
  await expect(page.getByLabel(da.login.region)).toBeEnabled();
}

async function openStartPage(page: Page, user: DemoUser): Promise<void> {
  await loginViaApi(page.request, user);
  await page.goto('/');
  await expectStartPage(page, user);
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('login page', async ({ page }) => {
    await openLoginPage(page);
    await expectNoAxeViolations(page, 'the login page');
  });

  for (const role of ROLES) {
    const user = HOVEDSTADEN_USERS[role];
    test(`${role} start page`, async ({ page }) => {
      await openStartPage(page, user);
      await expectNoAxeViolations(page, `the ${role} start page`);
    });
  }
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const role of ['TRAINEE', 'SUPERVISOR'] as const) {
    const user = HOVEDSTADEN_USERS[role];
    test(`${role} start page`, async ({ page }) => {
      await openStartPage(page, user);
      await expectNoAxeViolations(page, `the ${role} start page at 390 px`);
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `start-${role}-390px`);
    });
  }
});

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the login page needs no horizontal scrolling', async ({ page }) => {
    await openLoginPage(page);
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'login-320px');
  });
});
