import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, HOVEDSTADEN, HOVEDSTADEN_USERS, ROLES, type DemoUser } from '../fixtures/demo-users';
import { da, en } from '../fixtures/locales';
import { expectStartPage } from '../fixtures/start-page';
import { expect, saveScreenshot, test } from '../fixtures/test';

// The one spec that signs in through the form; every other spec signs in through the API.

async function fillLoginForm(page: Page, user: DemoUser, password: string): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: da.login.heading })).toBeVisible();
  // Waits until the regions have loaded and the select is enabled.
  await page.getByLabel(da.login.region).selectOption({ label: user.tenant.name });
  await page.getByLabel(da.login.email).fill(user.email);
  await page.getByLabel(da.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: da.login.submit, exact: true }).click();
}

test.describe('login form', () => {
  for (const role of ROLES) {
    const user = HOVEDSTADEN_USERS[role];
    test(`${role}: ${user.name} signs in and lands on the ${role} start page`, async ({ page }) => {
      await fillLoginForm(page, user, DEMO_PASSWORD);

      await expectStartPage(page, user);
      await saveScreenshot(page, `start-${role}`);
    });
  }

  test('a wrong password shows an error and stays on the login page', async ({ page }) => {
    const user = HOVEDSTADEN_USERS.TRAINEE;
    await fillLoginForm(page, user, 'Forkert-adgangskode-1');

    await expect(page.getByTestId('login-error')).toHaveText(da.login.errors.invalidCredentials);
    await expect(page).toHaveURL(/\/login$/);
    // The password is cleared and focused for the next try; the rest of the form is kept.
    await expect(page.getByLabel(da.login.password, { exact: true })).toBeFocused();
    await expect(page.getByLabel(da.login.password, { exact: true })).toHaveValue('');
    await expect(page.getByLabel(da.login.email)).toHaveValue(user.email);
    await expect(page.getByLabel(da.login.region)).toHaveValue(HOVEDSTADEN.slug);
    await saveScreenshot(page, 'login-wrong-password');

    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(401);
  });

  test('the language switch turns the form into English and back', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByLabel(da.login.password, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: da.language.switchTo }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: en.login.heading })).toBeVisible();
    await expect(page.getByLabel(en.login.region)).toBeVisible();
    await expect(page.getByLabel(en.login.email)).toBeVisible();
    await expect(page.getByLabel(en.login.password, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: en.login.submit, exact: true })).toBeVisible();
    await expect(page.getByText(da.login.password, { exact: true })).toHaveCount(0);
    await saveScreenshot(page, 'login-english');

    // The choice is remembered across a reload, and switching back restores Danish.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: en.login.heading })).toBeVisible();
    await page.getByRole('button', { name: en.language.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('button', { name: da.login.submit, exact: true })).toBeVisible();
  });
});
