import type { Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const METTE = HOVEDSTADEN_USERS.UAO; // Mette Kjær, UAO of AHH Kardiologisk Afdeling
const SOFIE = HOVEDSTADEN_USERS.TRAINEE; // Sofie Lindberg, KBU trainee there

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function switchUser(page: Page, user: typeof METTE) {
  await leaveSession(page);
  await loginViaApi(page.request, user);
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('courses (uddannelsesforløb)', () => {
  test('the UAO creates a KBU course; the due date is start + 14 days (Friday before a weekend); the trainee sees it and the escalation chain', async ({
    page,
  }) => {
    await loginViaApi(page.request, METTE);
    await page.goto('/courses');
    await expect(page.getByRole('heading', { level: 1, name: 'Uddannelsesforløb' })).toBeVisible();
    await expect(page.getByTestId('course-row').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the course list');
    await saveScreenshot(page, 'courses-list');

    // Search by name, case-insensitively with æøå.
    await page.getByTestId('course-search').fill('SØGAARD');
    await expect(page.getByTestId('course-row')).toHaveCount(1);
    await expect(page.getByTestId('course-row')).toContainText('Signe Søgaard');
    await page.getByTestId('course-search').fill('');

    await page.getByTestId('course-new').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opret uddannelsesforløb' })).toBeVisible();
    // Submitting empty names the missing fields.
    await page.getByTestId('course-submit').click();
    await expect(page.getByText('Vælg en uddannelseslæge.')).toBeVisible();
    await expect(page.getByText('Skriv en gyldig startdato.')).toBeVisible();

    await page.getByTestId('trainee-search').fill('sofie');
    await expect(page.getByTestId('trainee-select').locator('option', { hasText: 'Sofie Lindberg' })).toHaveCount(1);
    await page.getByTestId('trainee-select').selectOption({ label: 'Sofie Lindberg (sofie.lindberg@regionh.dk)' });
    await expect(page.getByTestId('course-unit')).toHaveValue(/.+/);
    await page.getByTestId('course-track').selectOption('KBU');
    // 6 February 2027 is a Saturday: + 14 days is Saturday the 20th, so the meeting is due Friday the 19th.
    await page.getByTestId('course-start').fill('2027-02-06');
    await page.getByTestId('course-end').fill('2027-07-31');
    await expect(page.getByTestId('due-preview')).toHaveText(/19\. februar 2027/);
    await expectNoAxeViolations(page, 'the new-course form');
    await saveScreenshot(page, 'course-new');
    await page.getByTestId('course-submit').click();

    await expect(page.getByTestId('course-page')).toBeVisible();
    await expect(page.getByTestId('course-trainee')).toHaveText('Sofie Lindberg');
    await expect(page.getByTestId('course-due')).toContainText('19. februar 2027');
    await expect(page.getByTestId('course-state')).toHaveText('Kommende');

    // The hovedvejleder: Jens Mikkelsen (the first supervisor is made the main one by default).
    await page.getByTestId('supervisor-select').selectOption({ label: 'Jens Mikkelsen' });
    await page.getByTestId('supervisor-add').click();
    await expect(page.getByTestId('supervisor-list')).toContainText('Jens Mikkelsen');
    await expect(page.getByTestId('course-facts')).toContainText('Jens Mikkelsen');
    await expectNoAxeViolations(page, 'the course page');
    await saveScreenshot(page, 'course-page');

    // Editing the start date moves the due date (it is computed, not stored).
    await page.getByRole('link', { name: 'Redigér forløb' }).click();
    await page.getByTestId('course-start').fill('2027-02-01');
    await expect(page.getByTestId('due-preview')).toHaveText(/15\. februar 2027/);
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('course-due')).toContainText('15. februar 2027');

    // Someone else changes the end date while the form is open: saving answers 409 and says what changed.
    const courseId = page.url().split('/').pop()!;
    await page.getByRole('link', { name: 'Redigér forløb' }).click();
    await expect(page.getByTestId('course-start')).toHaveValue('2027-02-01');
    const csrf = ((await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    const current = (await (await page.request.get(`/api/courses/${courseId}`)).json()) as {
      version: number;
      unit: { id: string };
    };
    const other = await page.request.patch(`/api/courses/${courseId}`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        version: current.version,
        unitId: current.unit.id,
        track: 'KBU',
        specialtyId: null,
        startDate: '2027-02-01',
        endDate: '2027-06-30',
      },
    });
    expect(other.status()).toBe(200);
    await page.getByTestId('course-track').selectOption('INTRODUCTION');
    await page.getByTestId('course-submit').click();
    await expect(page.getByTestId('conflict')).toContainText('Slutdato: 30. juni 2027');
    await expectNoAxeViolations(page, 'the course form with a conflict');
    await page.getByRole('button', { name: 'Hent den nye version og redigér igen' }).click();
    await expect(page.getByTestId('course-end')).toHaveValue('2027-06-30');
    await page.getByRole('button', { name: 'Annullér' }).click();
    await expect(page.getByTestId('course-page')).toBeVisible();

    // The escalation-chain editor of the department.
    await page.goto('/escalation-chains');
    await expect(page.getByRole('heading', { level: 1, name: 'Eskalationsveje' })).toBeVisible();
    await expect(page.getByTestId('chain-step')).toHaveCount(6);
    await expectNoAxeViolations(page, 'the escalation-chain editor');
    await saveScreenshot(page, 'escalation-chain-editor');

    // The trainee sees the new course and who to call on the start page.
    await switchUser(page, SOFIE);
    await page.goto('/start/trainee');
    const card = page.getByTestId('my-course');
    await expect(card).toContainText('Mit uddannelsesforløb');
    await expect(card).toContainText('15. februar 2027');
    const chain = page.getByTestId('escalation-chain');
    await expect(chain.getByRole('heading', { name: 'Hvem ringer du til?' })).toBeVisible();
    await expect(chain.getByTestId('escalation-step').first()).toContainText('Din hovedvejleder');
    await expect(chain.getByTestId('escalation-step').first()).toContainText('Jens Mikkelsen');
    await expect(chain).toContainText('Ring 3862 4100');
    await expectNoAxeViolations(page, 'the trainee start page with course and escalation chain');
    await saveScreenshot(page, 'courses-trainee-start');
    await card.getByRole('link', { name: 'Se forløbet' }).first().click();
    await expect(page.getByTestId('course-page')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Redigér forløb' })).toHaveCount(0);
  });

  test('the department start page counts current courses and arrivals', async ({ page }) => {
    await loginViaApi(page.request, METTE);
    await page.goto('/start/uao');
    const box = page.getByTestId('dept-courses');
    await expect(box.getByTestId('dept-current')).toHaveText(/^\d+$/);
    await expect(box.getByRole('link', { name: 'Se alle forløb' })).toBeVisible();
  });
});

test.describe('courses on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('list, course page, editor and the trainee start page fit the screen', async ({ page }) => {
    await loginViaApi(page.request, METTE);
    await page.goto('/courses');
    await expect(page.getByTestId('course-cards')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the course list at 390 px');
    await saveScreenshot(page, 'courses-list-390px');

    await page.getByTestId('course-row').first().getByRole('link').first().click();
    await expect(page.getByTestId('course-page')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the course page at 390 px');
    await saveScreenshot(page, 'course-page-390px');

    await page.goto('/escalation-chains');
    await expect(page.getByTestId('chain-step').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the escalation-chain editor at 390 px');
    await saveScreenshot(page, 'escalation-chain-editor-390px');

    await switchUser(page, SOFIE);
    await page.goto('/start/trainee');
    await expect(page.getByTestId('escalation-chain')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the trainee start page at 390 px');
    await saveScreenshot(page, 'courses-trainee-start-390px');
  });

  test('the course list reflows at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await loginViaApi(page.request, METTE);
    await page.goto('/courses');
    await expect(page.getByTestId('course-cards')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'courses-list-320px');
  });
});
