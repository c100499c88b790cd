import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const PETER = HOVEDSTADEN_USERS.GP_COORDINATOR; // AMU, Almen praksis, Område Syd

function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function areaOf(page: Page): Promise<string> {
  const me = await loginViaApi(page.request, PETER);
  const a = me.assignments.find((x) => x.role === 'GP_COORDINATOR');
  expect(a?.unit?.id).toBeTruthy();
  return a!.unit!.id;
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('AMU department visits', () => {
  test('an overdue department is planned, held with a report and a follow-up, and leaves "overdue"', async ({
    page,
  }) => {
    const areaId = await areaOf(page);
    await page.goto(`/gp-area/${areaId}/visits`);
    await expect(page.getByRole('heading', { level: 1, name: 'Almen praksis, Område Syd' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Tilbage til området/ })).toHaveAttribute('href', `/gp-area/${areaId}`);
    // Overdue first: Kardiologisk Afdeling heads the page.
    const overdue = page.getByTestId('visits-OVERDUE');
    await expect(overdue.getByRole('heading', { level: 2 })).toHaveText(/^Overskredet/);
    await expect(overdue).toContainText('Kardiologisk Afdeling');
    await expect(page.locator('section[data-testid^="visits-"]').first()).toHaveAttribute(
      'data-testid',
      'visits-OVERDUE',
    );
    await expect(page.getByTestId('visits-DUE_SOON')).toContainText('Ortopædkirurgisk Afdeling');
    await expect(page.getByTestId('visits-LATER')).toContainText('Gynækologisk-Obstetrisk Afdeling');
    await expectNoAxeViolations(page, 'the visits due list');
    await saveScreenshot(page, 'gp-visits-due-list');

    // Plan a visit to the overdue department today.
    await page.getByRole('button', { name: 'Planlæg besøg på Kardiologisk Afdeling' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Titel')).toHaveValue('Besøg fra almen medicin: Kardiologisk Afdeling');
    await expect(dialog.getByLabel('Deltagere og formål')).toHaveValue(/Peter Juhl \(AMU\)/);
    await dialog.getByRole('button', { name: 'Planlæg og åbn besøget' }).click();
    await expect(dialog.getByText('Vælg datoen for besøget.')).toBeVisible();
    await dialog.getByLabel('Dato').fill(todayInDenmark());
    await expectNoAxeViolations(page, 'the plan-visit dialog');
    await saveScreenshot(page, 'gp-visits-plan');
    await dialog.getByRole('button', { name: 'Planlæg og åbn besøget' }).click();

    // The visit is an activity organised by the area.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Besøg fra almen medicin: Kardiologisk Afdeling' }),
    ).toBeVisible();
    await expect(
      page.getByTestId('activity-page').getByText('Almen praksis, Område Syd', { exact: true }),
    ).toBeVisible();
    await expect(page.getByTestId('activity-state')).toHaveText('Planlagt');
    // Recorded as held.
    await page.getByRole('link', { name: 'Redigér' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Redigér aktivitet' })).toBeVisible();
    await expect(page.getByLabel('Afdeling')).toHaveValue(/.+/);
    await page.getByLabel('Status').selectOption('HELD');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect(page.getByTestId('activity-state')).toHaveText('Afholdt');
    // The report and a follow-up.
    const report = page.getByTestId('visit-report');
    await report
      .getByLabel('Kort rapport fra besøget')
      .fill('Gode vejledningssamtaler; introduktion til ambulatoriet mangler.');
    await report.getByRole('button', { name: 'Gem rapport' }).click();
    await expect(report.getByText('Rapporten er gemt.')).toBeVisible();
    const followUps = page.getByTestId('follow-ups');
    await followUps.getByLabel('Opfølgning').fill('Introduktion til ambulatoriet for læger i almen medicin');
    await followUps.getByLabel('Ansvarlig').fill('UAO, Kardiologisk Afdeling');
    await followUps.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    await expect(followUps.getByTestId('follow-up')).toContainText('Introduktion til ambulatoriet');
    await expectNoAxeViolations(page, 'the held visit');
    await saveScreenshot(page, 'gp-visits-held');

    // Back on the due list (the visit's page links to it): Kardiologisk Afdeling is no longer overdue.
    await page.getByTestId('back-to-visits').click();
    await expect(page).toHaveURL(new RegExp(`/gp-area/${areaId}/visits$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Almen praksis, Område Syd' })).toBeVisible();
    await expect(page.getByTestId('visits-LATER')).toContainText('Kardiologisk Afdeling');
    await expect(page.getByTestId('visits-OVERDUE')).toHaveCount(0);
    await expect(page.getByTestId('no-overdue')).toBeVisible();
    await saveScreenshot(page, 'gp-visits-after');
  });

  test('the AMU sees the area’s own activities on the activities screen', async ({ page }) => {
    await areaOf(page);
    await page.goto('/activities');
    await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteter' })).toBeVisible();
    await expect(page.getByText('Introduktionsmøde for nye læger i almen praksis, Område Syd').first()).toBeVisible();
    await page.getByRole('link', { name: 'Ny aktivitet' }).click();
    await expect(page.getByLabel('Arrangør')).toHaveValue(/.+/);
    await page.getByLabel('Type').selectOption('INTRO_MEETING');
    await expectNoAxeViolations(page, 'the AMU’s new-activity form');
  });
});

test.describe('department visits on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the due list is a readable stacked list without sideways scrolling', async ({ page }) => {
    const areaId = await areaOf(page);
    await page.goto(`/gp-area/${areaId}/visits`);
    await expect(page.getByRole('heading', { level: 1, name: 'Almen praksis, Område Syd' })).toBeVisible();
    await expect(page.getByTestId('visits-DUE_SOON')).toContainText('Ortopædkirurgisk Afdeling');
    await expectNoAxeViolations(page, 'the due list at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'gp-visits-390px');
    await page.getByRole('button', { name: 'Redigér Kirurgisk Gastroenterologisk Afdeling' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'gp-visits-edit-390px');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.keyboard.press('Escape');
    await expectNoHorizontalScroll(page);
  });
});
