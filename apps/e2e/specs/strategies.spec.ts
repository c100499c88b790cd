import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { SJAELLAND, type DemoUser } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const MVH = { kind: 'units', hospital: 'Midt- og Vestsjællands Hospital' } as const;
const CAMILLA: DemoUser = {
  tenant: SJAELLAND,
  name: 'Camilla Jeppesen',
  email: 'camilla.jeppesen@regionsjaelland.dk',
  role: 'EDUCATION_CENTRE',
  scope: MVH,
};
const SUSANNE: DemoUser = {
  tenant: SJAELLAND,
  name: 'Susanne Lund',
  email: 'susanne.lund@regionsjaelland.dk',
  role: 'DEPARTMENT_HEAD',
  scope: { ...MVH, department: 'Medicinsk Afdeling, Holbæk' },
};
const FREJA: DemoUser = {
  tenant: SJAELLAND,
  name: 'Freja Poulsen',
  email: 'freja.poulsen@regionsjaelland.dk',
  role: 'UKYL',
  scope: { ...MVH, department: 'Medicinsk Afdeling, Holbæk' },
};
const MVH_STRATEGY = 'Sammen om lægelig videreuddannelse 2023–2025';
// The goal this spec changes: no other spec depends on it, and the spec puts its status back.
const DEFUSING = 'Defusing anvendes systematisk efter hver vagt';

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function openMvhStrategy(page: Page) {
  await page.goto('/strategies');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategi' })).toBeVisible();
  await page.getByRole('link', { name: MVH_STRATEGY }).click();
  await expect(page.getByRole('heading', { level: 1, name: MVH_STRATEGY })).toBeVisible();
  await expect(page.getByTestId('overall-percent')).toBeVisible();
}

function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('strategy indicator dashboard', () => {
  test('Uddannelsessekretariatet records a status update and sees the attainment change', async ({ page }) => {
    await loginViaApi(page.request, CAMILLA);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Strategi' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategi' })).toBeVisible();
    const card = page.getByTestId('strategy-card').filter({ hasText: MVH_STRATEGY });
    await expect(card).toContainText('86,2 %');
    await expect(card).toContainText('Gul');
    await expectNoAxeViolations(page, 'the strategy list');
    await saveScreenshot(page, 'strategies-list');

    await openMvhStrategy(page);
    const figure = page.getByTestId('overall-attainment');
    await expect(page.getByTestId('overall-percent')).toHaveText('86,2 %');
    await expect(figure).toContainText('Gul');
    await expect(figure).toContainText('25 af 29 indsatser er opnået');
    await expect(figure).toContainText('Grøn ved ≥ 90 %');
    // Per theme and per department, as tables next to the charts.
    await expect(page.getByTestId('themes-table')).toContainText('Pædagogiske metoder');
    await expect(page.getByTestId('departments-table')).toContainText('Akutafdelingen, Slagelse');
    await expect(page.getByTestId('trend-table')).toContainText('86,2 %');
    await expectNoAxeViolations(page, 'the MVH strategy dashboard');
    await saveScreenshot(page, 'strategy-dashboard');

    // A per-department goal: the summary, and each department's status when opened (loaded then).
    const perDept = page.getByTestId('initiative').filter({ hasText: 'Der er afholdt en forventningsafstemning' });
    await expect(perDept.getByTestId('department-summary')).toHaveText('Opnået i 4 af 5 afdelinger');
    const toggle = perDept.getByRole('button', { name: /Vis status pr. afdeling/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    const list = perDept.getByTestId('department-statuses');
    await expect(list.getByRole('listitem')).toHaveCount(5);
    await expect(list.getByRole('listitem').filter({ hasText: 'Akutafdelingen, Slagelse' })).toContainText(
      'ikke altid senest 2 uger',
    );
    await expect(perDept.getByRole('button', { name: /Skjul status pr. afdeling/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expectNoAxeViolations(page, 'the MVH strategy dashboard with one goal opened per department');
    await saveScreenshot(page, 'strategy-dashboard-per-department');

    const goal = page.getByTestId('initiative').filter({ hasText: DEFUSING });
    await expect(goal.getByTestId('initiative-achieved')).toHaveText('Ikke opnået');
    await expect(goal.getByTestId('latest-status')).toContainText('Delvist opnået');
    await goal.getByRole('button', { name: /Registrér status/ }).click();
    const form = page.getByTestId('status-form');
    await expect(form).toBeVisible();
    await expectNoAxeViolations(page, 'the status form');
    await form.getByLabel('Status', { exact: true }).selectOption('ACHIEVED');
    await form.getByLabel('Periode (valgfri)').fill('november 2026');
    await form.getByLabel('Statustekst').fill('Defusing anvendes nu efter hver vagt på alle afdelinger.');
    await saveScreenshot(page, 'strategy-status-form');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect(form).toBeHidden();

    // 26 of 29: the figure moves; still amber (89,7 % < 90 %).
    await expect(page.getByTestId('overall-percent')).toHaveText('89,7 %');
    await expect(figure).toContainText('26 af 29 indsatser er opnået');
    await expect(figure).toContainText('Gul');
    await expect(goal.getByTestId('initiative-achieved')).toHaveText('Opnået');
    await expect(goal.getByTestId('latest-status')).toContainText('Defusing anvendes nu efter hver vagt');

    // The structure: the strategy's own form opens (title, period, thresholds) and is accessible.
    await page.getByRole('button', { name: 'Redigér strategi' }).click();
    const strategyForm = page.getByTestId('strategy-form');
    await expect(strategyForm.getByLabel('Grøn ved mindst')).toHaveValue('90 %');
    await expectNoAxeViolations(page, 'the strategy form');
    await strategyForm.getByRole('button', { name: 'Annullér' }).click();
    await expect(strategyForm).toBeHidden();

    // A theme's form saves with the version it was opened at (the API refuses a stale one: 409).
    await page
      .getByRole('button', { name: /^Redigér tema/ })
      .first()
      .click();
    const themeForm = page.getByTestId('theme-form');
    const themeTitle = await themeForm.getByLabel('Titel').inputValue();
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/themes\//.test(r.url()));
    await themeForm.getByRole('button', { name: 'Gem' }).click();
    expect((await saved).status()).toBe(200);
    await expect(themeForm).toBeHidden();
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(themeTitle) }).first()).toBeVisible();

    // A snapshot now adds a point to the trend.
    await page.getByTestId('take-snapshot').click();
    await expect(page.getByRole('status').filter({ hasText: 'Øjebliksbillede gemt: 89,7 %' })).toBeVisible();
    await expect(page.getByTestId('trend-table')).toContainText('Manuelt');
    await saveScreenshot(page, 'strategy-trend', page.getByTestId('trend-section'));

    // Leave the demo as other specs expect it: the goal back to "partly" (a later status the same day).
    const res = await page.request.get('/api/strategies');
    const strategy = ((await res.json()) as { items: { id: string; title: string }[] }).items.find(
      (s) => s.title === MVH_STRATEGY,
    )!;
    const initiativeId = await goal.getAttribute('data-initiative-id');
    const csrf = ((await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    const put = await page.request.post(`/api/strategies/${strategy.id}/initiatives/${initiativeId}/status-updates`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        departmentId: null,
        asOf: todayInDenmark(),
        periodLabel: '',
        state: 'PARTLY',
        text: 'Defusing anvendes på flere afdelinger, men endnu ikke systematisk efter hver vagt.',
      },
    });
    expect(put.status()).toBe(201);
  });

  test('a cheflæge reads the strategy without edit controls', async ({ page }) => {
    await loginViaApi(page.request, SUSANNE);
    await openMvhStrategy(page);
    await expect(page.getByTestId('overall-attainment')).toContainText(/Gul|Grøn/);
    await expect(page.getByTestId('initiative').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Registrér status/ })).toHaveCount(0);
    await expect(page.getByTestId('take-snapshot')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Tilføj|Redigér/ })).toHaveCount(0);
    // Computed indicators link to the records behind them.
    const facilitators = page
      .getByTestId('initiative')
      .filter({ hasText: 'mindst 10 uddannede lægefaglige facilitatorer' });
    await expect(facilitators.getByRole('link', { name: /Se registreringerne bag tallet/ })).toHaveAttribute(
      'href',
      /\/indicators\/TRAINED_FACILITATORS\?unitId=.+&from=2023-01-01&to=\d{4}-\d{2}-\d{2}/,
    );
    await expectNoAxeViolations(page, 'the dashboard read-only');
  });

  test('a council member without strategy:read finds the strategy on the start page', async ({ page }) => {
    await loginViaApi(page.request, FREJA);
    await page.goto('/');
    const links = page.getByTestId('strategy-links');
    await expect(links).toBeVisible();
    await links.getByRole('link', { name: MVH_STRATEGY }).click();
    await expect(page.getByRole('heading', { level: 1, name: MVH_STRATEGY })).toBeVisible();
    await expect(page.getByTestId('take-snapshot')).toHaveCount(0);
  });
});

for (const width of [390, 320]) {
  test.describe(`strategy dashboard on a phone (${width} px)`, () => {
    test.use({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });

    test('no sideways scrolling, axe clean, edit controls reachable', async ({ page }) => {
      await loginViaApi(page.request, CAMILLA);
      await openMvhStrategy(page);
      await expect(page.getByTestId('themes-table')).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, `the strategy dashboard at ${width} px`);
      await saveScreenshot(page, `strategy-dashboard-${width}px`);
      const goal = page.getByTestId('initiative').filter({ hasText: DEFUSING });
      await goal.getByRole('button', { name: /Registrér status/ }).click();
      await expect(page.getByTestId('status-form')).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.getByTestId('status-form').getByRole('button', { name: 'Annullér' }).click();
      await page.goto('/strategies');
      await expect(page.getByTestId('strategy-card').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await saveScreenshot(page, `strategies-list-${width}px`);
    });
  });
}
