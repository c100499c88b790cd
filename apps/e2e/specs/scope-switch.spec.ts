import { loginViaApi, type Me } from '../fixtures/auth';
import { HOVEDSTADEN_USERS, type DemoUser } from '../fixtures/demo-users';
import { da } from '../fixtures/locales';
import { expectStartPage } from '../fixtures/start-page';
import { expect, saveScreenshot, test } from '../fixtures/test';

// Mette Kjær is UAO and SUPERVISOR in Kardiologisk Afdeling; UAO is her default.
const mette = HOVEDSTADEN_USERS.UAO;
const metteAsSupervisor: DemoUser = { ...mette, role: 'SUPERVISOR' };

test('a user with two roles switches to the other one, then logs out', async ({ page }) => {
  const me: Me = await loginViaApi(page.request, mette);
  const supervisor = me.assignments.find((a) => a.role === 'SUPERVISOR' && a.inForce);
  expect(supervisor, 'Mette Kjær has a SUPERVISOR assignment in force').toBeDefined();

  await page.goto('/');
  await expectStartPage(page, mette);

  const switcher = page.getByTestId('scope-switcher');
  const select = switcher.getByLabel(da.shell.activeScope);
  const switchButton = switcher.getByRole('button', { name: da.shell.switchScope, exact: true });
  // Choosing an option changes nothing by itself (WCAG 3.2.2): the button does.
  await expect(switchButton).toBeDisabled();
  await select.selectOption(supervisor!.id);
  await expect(page.getByTestId('start-page-UAO')).toBeVisible();
  await switchButton.click();

  await expectStartPage(page, metteAsSupervisor);
  await expect(select).toHaveValue(supervisor!.id);
  await saveScreenshot(page, 'scope-switch-SUPERVISOR');
  const after = (await (await page.request.get('/api/me')).json()) as Me;
  expect(after.activeAssignmentId).toBe(supervisor!.id);

  // The choice is the session's, so it survives a reload.
  await page.reload();
  await expectStartPage(page, metteAsSupervisor);

  await page.getByRole('button', { name: da.shell.logout, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/login');
  await expect(page.getByRole('heading', { level: 1, name: da.login.heading })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);

  // Signed out means signed out: a start page sends the browser back to the login page.
  await page.goto('/start/supervisor');
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fstart%2Fsupervisor$/);
});
