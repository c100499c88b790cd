import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { SJAELLAND, type DemoUser } from '../fixtures/demo-users';
import { expect, saveScreenshot, SCREENSHOT_DIR, test } from '../fixtures/test';

const CAMILLA: DemoUser = {
  tenant: SJAELLAND,
  name: 'Camilla Jeppesen',
  email: 'camilla.jeppesen@regionsjaelland.dk',
  role: 'EDUCATION_CENTRE',
  scope: { kind: 'units', hospital: 'Midt- og Vestsjællands Hospital' },
};
const TITLE = 'Kendskab til og effekt af uddannelsesstrategien';
const INDICATOR = 'Andel der i høj grad kender afdelingens uddannelsesstrategi (svar 4–5)';
const MVH_STRATEGY = 'Sammen om lægelig videreuddannelse 2023–2025';

async function tableCells(page: Page, scope: ReturnType<Page['getByTestId']>): Promise<string[][]> {
  return scope
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())),
    );
}

/** A cell as shown ("3,41", "52,9 %", "–", "For få svar") as the XLSX holds it. */
function asExported(s: string): string | number | undefined {
  if (s === '–') return undefined;
  const n = Number(s.replace(/\s?%$/, '').replace(',', '.').replace('−', '-'));
  return Number.isNaN(n) ? s : n;
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test.describe.configure({ timeout: 180_000 });

test('Tutorcentret reads the latest MVH round, exports it and feeds the awareness result to the strategy', async ({
  page,
}) => {
  await loginViaApi(page.request, CAMILLA);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Spørgeskemaresultater' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultater af spørgeskemaer' })).toBeVisible();
  const card = page.getByTestId('results-questionnaire').filter({ hasText: TITLE });
  await expect(card.getByRole('link')).toHaveText([
    '2026, 1. halvår',
    '2025, 2. halvår',
    '2025, 1. halvår',
    '2024, 2. halvår',
  ]);
  await expectNoAxeViolations(page, 'the results list');
  await card.getByRole('link', { name: '2026, 1. halvår' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId('overall-summary')).toContainText('svar i alt');
  // The department with 4 answers shows no figure at all.
  const groups = await tableCells(page, page.getByTestId('groups-table'));
  const paed = groups.find((r) => r[0] === 'Børne- og Ungeafdelingen, Holbæk')!;
  expect(paed.slice(1)).toEqual(['For få svar', '–']);
  expect(groups.find((r) => r[0] === 'Medicinsk Afdeling, Holbæk')![1]).toMatch(/^\d+$/);

  // The awareness question: a chart and a table of the same numbers, and the change since last round.
  const q1 = page.getByTestId('question').first();
  await expect(q1.getByRole('heading', { level: 2 })).toContainText(
    'I hvilken grad kender du afdelingens uddannelsesstrategi?',
  );
  await expect(q1.getByTestId('question-chart')).toBeVisible();
  await expect(q1.getByTestId('comparison')).toContainText(
    /Siden 2025, 2\. halvår: gennemsnit [\d,]+ → [\d,]+ \(\+[\d,]+\)/,
  );
  const cells = await tableCells(page, q1.getByTestId('question-table'));
  expect(cells[0]![0]).toBe('Samlet');
  expect(cells.find((r) => r[0] === 'Børne- og Ungeafdelingen, Holbæk')!.slice(1, 5)).toEqual([
    'For få svar',
    '–',
    '–',
    '–',
  ]);
  // Each shown department against itself in the previous round.
  expect(cells.find((r) => r[0] === 'Medicinsk Afdeling, Holbæk')![4]).toMatch(/^[+−]?[\d,]+$/);
  expect(cells.at(-1)![0]).toBe('Forrige runde: 2025, 2. halvår (samlet)');
  const topShare = cells[0]![3]!; // e.g. "57,1 %"

  // Export XLSX and compare the cells with the table on screen.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    q1.getByRole('group', { name: 'Hent tabellen »Spørgsmål 1«' }).getByRole('button', { name: 'Hent XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const sheet: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => sheet.push(Array.from(row.values as unknown[]).slice(1)));
  expect(sheet[0]!.slice(0, 5)).toEqual(['Gruppe', 'Antal svar', 'Gennemsnit', 'Andel 4–5', 'Ændring i gennemsnit']);
  expect(sheet.length - 1).toBe(cells.length);
  const pad = (a: readonly unknown[]) => Array.from({ length: 10 }, (_, k) => a[k] ?? undefined);
  for (const [i, row] of cells.entries()) expect(pad(sheet[i + 1]!), `row ${row[0]}`).toEqual(pad(row.map(asExported)));

  // Free texts: the hidden department shows none.
  const texts = page.getByTestId('question').filter({ hasText: 'Har du forslag' });
  await expect(
    texts.getByTestId('text-group').filter({ hasText: 'Børne- og Ungeafdelingen, Holbæk' }).getByTestId('too-few'),
  ).toHaveText('For få svar');

  await expectNoAxeViolations(page, 'the results of a round');
  await saveScreenshot(page, 'questionnaire-results-desktop');
  const part = (name: string) => ({ path: path.join(SCREENSHOT_DIR, `questionnaire-results-${name}.png`) });
  await page.locator('section[aria-labelledby="groups-heading"]').screenshot(part('groups'));
  await q1.screenshot(part('q1'));
  await page.getByTestId('question').filter({ hasText: 'Hvor har du hørt' }).screenshot(part('choice'));
  await texts.screenshot(part('texts'));

  // Group by role group.
  await page.getByTestId('group-by').selectOption('roleGroup');
  await expect(page.getByTestId('groups-table')).toContainText('Vejledere');

  // Feed the awareness result (share answering 4–5) to the strategy's indicator.
  await page.getByTestId('group-by').selectOption('department');
  await q1.getByTestId('feed-open').click();
  const dialog = page.getByRole('dialog', { name: 'Brug resultatet som indikatorværdi' });
  await dialog.getByTestId('feed-indicator').selectOption({ label: `${MVH_STRATEGY} · ${INDICATOR}` });
  await expectNoAxeViolations(page, 'the indicator dialog');
  await dialog.getByTestId('feed-submit').click();
  await expect(q1.getByTestId('feed-done')).toContainText(INDICATOR);
  await q1.getByTestId('feed-done').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: MVH_STRATEGY })).toBeVisible();
  const item = page.getByTestId('indicator').filter({ hasText: INDICATOR });
  await expect(item).toContainText(topShare.replace(' %', ''));
  await expect(item).toContainText('30. jan. 2026');

  // 390 px: no sideways scrolling; print without controls.
  await page.goBack();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId('question-chart').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'the results at 390 px');
  await saveScreenshot(page, 'questionnaire-results-390');
  await page.getByTestId('question').first().screenshot(part('390-q1'));
  await page.getByTestId('question').filter({ hasText: 'Hvor har du hørt' }).screenshot(part('390-choice'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('group-by')).toBeHidden();
  await saveScreenshot(page, 'questionnaire-results-print');
});
