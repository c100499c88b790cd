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

const csv = (rows: string[]) =>
  Buffer.from(['Uddannelsessted;Periode;Spørgsmål;Score;N', ...rows].join('\r\n') + '\r\n', 'utf8');

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('tutor practices and evaluation follow-up', () => {
  test('the AMU approves a new tutor doctor, imports evaluations (a bad file refused) and follows up a flag', async ({
    page,
  }) => {
    const me = await loginViaApi(page.request, PETER);
    const areaId = me.assignments.find((a) => a.id === me.activeAssignmentId)!.unit!.id;

    // Tutor practices: the overdue programme of Hvidovre Lægehus is on the re-approval list.
    await page.goto(`/gp-area/${areaId}/tutors`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tutorpraksis og tutorlæger' })).toBeVisible();
    await expect(page.getByText('Almen praksis, Område Syd').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Tilbage til Almen praksis, Område Syd/ })).toHaveAttribute(
      'href',
      `/gp-area/${areaId}`,
    );
    await expect(page.getByTestId('due-list')).toContainText('Uddannelsesprogram version 1, Hvidovre Lægehus');
    await expectNoAxeViolations(page, 'the tutor practices page');
    await saveScreenshot(page, 'tutor-practices-desktop');

    // A new GP (not in the register yet) in Valby Lægecenter with a completed tutor course.
    const name = `Tutorlæge E2e ${Date.now().toString(36)}`;
    const form = page.getByRole('region', { name: 'Ny tutorlæge' });
    await form.getByLabel('Læge', { exact: true }).selectOption('new');
    await form.getByLabel('Praksis', { exact: true }).selectOption({ label: 'Valby Lægecenter' });
    await form.getByRole('textbox', { name: /^Navn/ }).fill(name);
    await form.getByRole('checkbox', { name: 'Tutorkursus gennemført' }).check();
    await form.getByLabel('Dato for tutorkursus').fill('2026-10-01');
    await form.getByLabel('År som praktiserende læge').fill('6');
    await form.getByRole('button', { name: 'Registrér kandidat' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} er registreret` })).toBeVisible();

    const card = page.getByTestId(`tutor-doctor-${name}`);
    await expect(card).toContainText('Afventer godkendelse');
    await card.getByText('Godkend eller afvis').click();
    await card.getByRole('button', { name: 'Godkend', exact: true }).click();
    await expect(card.getByText('Godkendt', { exact: true })).toBeVisible();
    await expect(card).toContainText('af Peter Juhl');
    await expect(card).toContainText('gengodkendelse senest');

    // Evaluations: a file with one malformed row is refused, with the row's error.
    await page.goto(`/gp-area/${areaId}/evaluations`);
    await expect(page.getByRole('heading', { level: 1, name: 'Evalueringer af uddannelsessteder' })).toBeVisible();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'evaluering-fejl.csv',
      mimeType: 'text/csv',
      buffer: csv(['Valby Lægecenter;2029-1;Supervision;4,4;5', 'Valby Lægecenter;2029-2;Supervision;6;5']),
    });
    await page.getByRole('button', { name: 'Kontrollér filen' }).click();
    await expect(page.getByTestId('evaluation-summary')).toContainText(
      'Filen kan ikke importeres: 1 række(r) har fejl',
    );
    const preview = page.getByTestId('evaluation-preview');
    await expect(preview).toContainText('Række 3');
    await expect(preview).toContainText('Score: Scoren skal ligge mellem 1 og 5.');
    await expect(page.getByRole('button', { name: 'Importér' })).toBeDisabled();
    await saveScreenshot(page, 'evaluations-refused-desktop');

    // A good file: Valby falls from 4.40 to 3.20 (below 3.5 and a drop of 1.20).
    await input.setInputFiles({
      name: 'evaluering.csv',
      mimeType: 'text/csv',
      buffer: csv([
        'Valby Lægecenter;2029-1;Supervision;4,4;5',
        'Valby Lægecenter;2029-2;Supervision;3,2;5',
        'AHH / Kardiologisk Afdeling;2029-2;Supervision;4,1;7',
      ]),
    });
    await page.getByRole('button', { name: 'Kontrollér filen' }).click();
    await expect(page.getByTestId('evaluation-summary')).toContainText('rækker er klar til import');
    await page.getByRole('button', { name: 'Importér' }).click();
    await expect(page.getByTestId('evaluation-done')).toContainText('3 rækker er importeret');

    const flag = page.getByTestId('flag-Valby Lægecenter-2029-2');
    await expect(flag).toContainText('Gennemsnit 3,20 er under tærsklen 3,50');
    await expect(flag).toContainText('Faldet 1,20 fra 4,40 i 2029-1');
    await flag.getByLabel('Opfølgning').fill('Samtale med tutorlægen om supervision aftalt.');
    await flag.getByRole('button', { name: 'Gem opfølgning' }).click();
    await expect(flag.getByRole('status')).toHaveText('Opfølgningen er gemt.');
    await expect(flag).toContainText('Samtale med tutorlægen om supervision aftalt.');
    // The demo import's flag: Hvidovre Lægehus fell from 4.10 to 3.50.
    await expect(page.getByTestId('flag-Hvidovre Lægehus-2026-1')).toContainText('Faldet 0,60 fra 4,10');
    await expect(page.getByTestId('results-table')).toContainText('Valby Lægecenter');
    await expectNoAxeViolations(page, 'the evaluations page');
    await saveScreenshot(page, 'evaluations-desktop');

    // Phones: no sideways scrolling on either page.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId('flag-Valby Lægecenter-2029-2')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'evaluations-390');
    await page.goto(`/gp-area/${areaId}/tutors`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tutorpraksis og tutorlæger' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the tutor practices page at 390 px');
    await saveScreenshot(page, 'tutor-practices-390');
  });
});
