import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const KAREN = HOVEDSTADEN_USERS.EDUCATION_CENTRE;

function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

async function supervisorsTrainedThisYear(page: Page): Promise<number> {
  const y = todayInDenmark().slice(0, 4);
  const res = await page.request.get(`/api/activities/stats?from=${y}-01-01&to=${y}-12-31`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { supervisorsTrained: number }).supervisorsTrained;
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function registerExternal(page: Page, name: string, email: string) {
  const form = page.getByTestId('register-external');
  await form.getByLabel('Navn').fill(name);
  await form.getByLabel('E-mail').fill(email);
  await form.getByRole('button', { name: 'Tilmeld' }).click();
  await expect(page.getByTestId('registration-status')).toContainText(name);
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('Tutorcentret activities', () => {
  test('supervisor course: capacity, waitlist, promotion, attendance and stats', async ({ page }) => {
    await loginViaApi(page.request, KAREN);
    const before = await supervisorsTrainedThisYear(page);
    const suffix = Date.now().toString(36);
    const title = `Vejlederkursus E2E ${suffix}`;

    await page.goto('/activities');
    await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteter' })).toBeVisible();
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the activities list');
    await saveScreenshot(page, 'activities-list');

    await page.getByRole('link', { name: 'Ny aktivitet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible();
    await expect(page.getByLabel('Hospital')).toHaveValue(/.+/);
    await expectNoAxeViolations(page, 'the new-activity form');
    // Submitting empty names the missing fields.
    await page.getByRole('button', { name: 'Opret aktivitet' }).click();
    await expect(page.getByText('Skriv en titel (højst 200 tegn).')).toBeVisible();
    await expect(page.getByText('Vælg en startdato.')).toBeVisible();
    await saveScreenshot(page, 'activities-form-errors');

    await page.getByLabel('Type').selectOption('SUPERVISOR_COURSE');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Startdato').fill(todayInDenmark());
    await page.getByLabel('Sted').fill('Tutorcentret, lokale 1');
    await page.getByLabel('Antal pladser').fill('2');
    await page.getByRole('button', { name: 'Opret aktivitet' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await registerExternal(page, 'Anne Andersen', `anne.${suffix}@example.org`);
    await registerExternal(page, 'Bo Berg', `bo.${suffix}@example.org`);
    await registerExternal(page, 'Cecilie Clausen', `cecilie.${suffix}@example.org`);
    await expect(page.getByTestId('registration-status')).toContainText('Cecilie Clausen er sat på venteliste.');
    await expect(page.getByTestId('registered-list').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('waitlist')).toContainText('Cecilie Clausen');
    await expect(page.getByTestId('seats')).toContainText('Fuldt booket');
    await saveScreenshot(page, 'activities-course-waitlist');

    // Anne cancels: Cecilie, first on the waitlist, gets the seat.
    await page.getByRole('button', { name: 'Afmeld Anne Andersen' }).click();
    await expect(page.getByTestId('registration-status')).toContainText(
      'Cecilie Clausen er rykket op fra ventelisten.',
    );
    await expect(page.getByTestId('registered-list')).toContainText('Cecilie Clausen');
    await expect(page.getByTestId('registered-list')).not.toContainText('Anne Andersen');
    await expect(page.getByTestId('cancelled-list')).toContainText('Anne Andersen');
    await expect(page.getByText('Ingen på venteliste.')).toBeVisible();

    // Attendance on the day: both registered attended; the course is then held.
    const attendance = page.getByTestId('attendance');
    await attendance.getByLabel('Bo Berg deltog').check();
    await attendance.getByLabel('Cecilie Clausen deltog').check();
    await attendance.getByRole('button', { name: 'Gem fremmøde' }).click();
    await expect(attendance.getByText('Fremmødet er gemt.')).toBeVisible();
    await expect(page.getByTestId('activity-state')).toHaveText('Afholdt');
    await expect(attendance.getByTestId('attendance-summary')).toHaveText('2 af 2 deltog');
    await expectNoAxeViolations(page, 'the activity page');
    await saveScreenshot(page, 'activities-course-held');

    await page.getByRole('link', { name: 'Tilbage til aktiviteter' }).click();
    await page.getByRole('link', { name: 'Tal og statistik' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteter i tal' })).toBeVisible();
    await expect(page.getByTestId('supervisors-trained-value')).toHaveText(String(before + 2));
    await expect(page.getByTestId('kind-table')).toContainText('Vejlederkurser');
    await expect(page.getByTestId('kind-chart')).toHaveAttribute('aria-label', /Vejlederkurser: \d+ afholdt/);
    await expectNoAxeViolations(page, 'the stats page');
    await saveScreenshot(page, 'activities-stats');
  });

  test('department visit: report and a follow-up', async ({ page }) => {
    await loginViaApi(page.request, KAREN);
    const title = `Afdelingsbesøg E2E ${Date.now().toString(36)}`;
    await page.goto('/activities/new');
    await page.getByLabel('Type').selectOption('DEPARTMENT_VISIT');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Afdeling').selectOption({ label: 'Kardiologisk Afdeling' });
    await page.getByLabel('Målgruppe').selectOption('ALL');
    await page.getByLabel('Startdato').fill(todayInDenmark());
    await page.getByRole('button', { name: 'Opret aktivitet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    const report = page.getByTestId('visit-report');
    await report
      .getByLabel('Kort rapport fra besøget')
      .fill('Godt uddannelsesmiljø; supervision i aftenvagter mangler.');
    await report.getByRole('button', { name: 'Gem rapport' }).click();
    await expect(report.getByText('Rapporten er gemt.')).toBeVisible();

    const followUps = page.getByTestId('follow-ups');
    await followUps.getByLabel('Opfølgning').fill('Fast tid til supervision i aftenvagter');
    await followUps.getByLabel('Ansvarlig').fill('UAO');
    await followUps.getByLabel('Frist').fill('2027-02-01');
    await followUps.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    await expect(followUps.getByTestId('follow-up')).toContainText('Fast tid til supervision i aftenvagter');
    await expect(followUps.getByTestId('follow-up')).toContainText('UAO');
    await followUps.getByLabel('Markér »Fast tid til supervision i aftenvagter« som udført').check();
    await expect(followUps.getByText('Udført', { exact: true })).toBeVisible();

    // The report survives a reload.
    await page.reload();
    await expect(page.getByTestId('visit-report').getByLabel('Kort rapport fra besøget')).toHaveValue(
      'Godt uddannelsesmiljø; supervision i aftenvagter mangler.',
    );
    await expectNoAxeViolations(page, 'the department visit page');
    await saveScreenshot(page, 'activities-visit');

    await page.getByRole('link', { name: 'Redigér' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Redigér aktivitet' })).toBeVisible();
    await expectNoAxeViolations(page, 'the edit form');
    await saveScreenshot(page, 'activities-edit');
  });
});

test.describe('activities on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('list, a seeded visit and the stats stay readable without sideways scrolling', async ({ page }) => {
    await loginViaApi(page.request, KAREN);
    await page.goto('/activities');
    await expect(page.getByTestId('activity-cards')).toBeVisible();
    await expectNoAxeViolations(page, 'the activities list at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'activities-list-390px');

    await page.getByRole('link', { name: 'Afdelingsvendt besøg: uddannelse i Kardiologisk Afdeling' }).click();
    await expect(page.getByTestId('follow-up').first()).toBeVisible();
    await expectNoAxeViolations(page, 'a visit at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'activities-visit-390px');

    await page.goto('/activities/stats');
    await expect(page.getByTestId('supervisors-trained-value')).not.toHaveText('0');
    await expectNoAxeViolations(page, 'the stats at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'activities-stats-390px');

    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/activities/new');
    await expect(page.getByTestId('activity-form')).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
