import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const PETER = HOVEDSTADEN_USERS.GP_COORDINATOR;

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test('the AMU opens the workspace, sees practices, hours and trainees, and logs a contact and a difficulty note', async ({
  page,
}) => {
  await loginViaApi(page.request, PETER);
  await page.goto('/');
  await page.getByRole('link', { name: 'Almen praksis', exact: true }).first().click();
  // One area: straight to it.
  await expect(page.getByRole('heading', { level: 1, name: 'Almen praksis, Område Syd' })).toBeVisible();
  await expect(page).toHaveURL(/\/gp-area\/[0-9a-f-]{36}$/);
  const areaUrl = page.url();

  // Practices with their GPs, hours against the allotment, the trainees.
  const practices = page.getByTestId('gp-practices');
  await expect(practices.getByRole('heading', { name: 'Lægerne på Amagerbrogade' })).toBeVisible();
  await expect(practices.getByText('Anne Mølgaard')).toBeVisible();
  const coordinators = page.getByTestId('gp-coordinators');
  await expect(coordinators).toContainText('Peter Juhl');
  await expect(coordinators).toContainText('300');
  await expect(page.getByTestId('gp-hours-total')).toContainText('af 300 tildelte timer');
  await expect(page.getByTestId('gp-hours-chart')).toBeVisible();
  await expect(page.getByTestId('gp-hours-table')).toContainText('Undervisning og temadage');
  const trainees = page.getByTestId('gp-trainees-table');
  await expect(trainees).toContainText('Amalie Kjær');
  await expect(trainees).toContainText('Jesper Kragh');
  await expect(trainees).toContainText('Viktor Kähler');
  await expect(page.getByTestId('gp-links').getByRole('link', { name: 'Afdelingsbesøg' })).toBeVisible();

  // Log time: a bad figure is refused next to the field, a good one is listed.
  const form = page.getByTestId('gp-log-form');
  await form.getByLabel('Timer').fill('0,3');
  await form.getByRole('button', { name: 'Registrér' }).click();
  await expect(form.getByText('Angiv timer i kvarte timer fra 0,25 til 24.')).toBeVisible();
  await form.getByLabel('Timer').fill('1,25');
  await form.getByLabel('Opgave').selectOption('TUTOR_SUPPORT');
  await form.getByLabel('Note').fill('Telefonsparring med tutorlæge');
  await form.getByRole('button', { name: 'Registrér' }).click();
  await expect(page.getByTestId('gp-log-table')).toContainText('Telefonsparring med tutorlæge');
  await expectNoAxeViolations(page, 'the GP area workspace');
  await saveScreenshot(page, 'gp-area-hub');

  // A trainee: contact log and the restricted note.
  await trainees.getByRole('link', { name: 'Amalie Kjær' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amalie Kjær' })).toBeVisible();
  await expect(page.getByTestId('gp-trainee-facts')).toContainText('Hvidovre Lægehus');
  const contacts = page.getByTestId('gp-contacts');
  await contacts.getByLabel('Kontaktform').selectOption('MEETING');
  await contacts.getByLabel('Note').fill('Midtvejssamtale i praksis med tutorlægen');
  await contacts.getByRole('button', { name: 'Tilføj kontakt' }).click();
  await expect(contacts.getByRole('status')).toHaveText('Kontakten er gemt.');
  await expect(page.getByTestId('gp-contact-list')).toContainText('Midtvejssamtale i praksis med tutorlægen');

  const difficulty = page.getByTestId('gp-difficulty');
  await expect(page.getByTestId('gp-difficulty-who')).toContainText('Kun uddannelseskoordinatorerne (AMU)');
  await page.getByTestId('gp-difficulty-open').click();
  await expect(difficulty.getByText('Der er ingen note om forløbet.')).toBeVisible();
  const dform = page.getByTestId('gp-difficulty-form');
  await dform.getByLabel('Håndteres med').selectOption('BOTH');
  await dform.getByLabel('Notat').fill('Aftalt fælles møde med tutorlæge og afdeling om fravær.');
  await dform.getByRole('button', { name: 'Gem notat' }).click();
  await expect(page.getByTestId('gp-difficulty-entries')).toContainText('Aftalt fælles møde');
  await expect(page.getByTestId('gp-difficulty-note')).toContainText('Åben');
  await expectNoAxeViolations(page, 'the trainee page');
  await saveScreenshot(page, 'gp-area-trainee');

  // Phone width: no sideways scrolling, tables become lists.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Amalie Kjær' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'gp-area-trainee-390');
  await page.goto(areaUrl);
  await expect(page.getByTestId('gp-trainees-table')).toContainText('Amalie Kjær');
  await expect(page.getByTestId('gp-hours-table')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'the GP area workspace at 390 px');
  await saveScreenshot(page, 'gp-area-hub-390');
});

test('the regional administrator picks an area and cannot open the difficulty note', async ({ page }) => {
  await loginViaApi(page.request, HOVEDSTADEN_USERS.TENANT_ADMIN);
  await page.goto('/gp-area');
  await expect(page.getByTestId('gp-area-picker')).toBeVisible();
  await expectNoAxeViolations(page, 'the area picker');
  await saveScreenshot(page, 'gp-area-picker');
  await page.getByRole('link', { name: 'Almen praksis, Område Syd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Almen praksis, Område Syd' })).toBeVisible();
  await expect(page.getByTestId('gp-time-log')).toContainText('Kun områdets uddannelseskoordinator registrerer tid.');
  await page.getByTestId('gp-trainees-table').getByRole('link', { name: 'Amalie Kjær' }).click();
  await expect(page.getByTestId('gp-difficulty')).toContainText('Du kan ikke læse noten.');
  await expect(page.getByTestId('gp-difficulty-open')).toHaveCount(0);
});
