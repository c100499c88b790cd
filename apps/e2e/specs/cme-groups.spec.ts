import ExcelJS from 'exceljs';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures/test';

const LONE = HOVEDSTADEN_USERS.CME_COORDINATOR; // efteruddannelseskoordinator, Region Hovedstaden

interface Coverage {
  total: { activeGps: number; covered: number; percent: number | null };
  uncovered: { name: string; newlySettled: boolean }[];
}

const pct = (v: number) => `${v.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    // The elements that reach past the right edge, to name in the failure.
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > cw + 1)
      .slice(0, 5)
      .map(
        (e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} ${(e.textContent ?? '').slice(0, 40)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: cw, wide };
  });
  expect(scrollWidth, wide.join('\n')).toBeLessThanOrEqual(clientWidth);
}

test.describe.configure({ timeout: 180_000 });

test('the CME coordinator adds a newly settled GP to a group, sees coverage rise and exports the annual report', async ({
  page,
}) => {
  await loginViaApi(page.request, LONE);
  const before = (await (await page.request.get('/api/cme-groups/coverage')).json()) as Coverage;
  // Nanna Vinther settled three months ago and is in no group: listed first among the uncovered.
  expect(before.uncovered[0]).toMatchObject({ newlySettled: true });
  expect(before.uncovered.map((u) => u.name)).toContain('Nanna Vinther');

  await page.goto('/cme-groups');
  await expect(page.getByRole('heading', { level: 1, name: 'Efteruddannelsesgrupper' })).toBeVisible();
  await expect(page.getByTestId('coverage-percent')).toHaveText(pct(before.total.percent!));
  await expect(page.getByTestId('coverage-count')).toHaveText(
    `${before.total.covered} af ${before.total.activeGps} praktiserende læger`,
  );
  const uncovered = page.getByTestId('uncovered-table');
  await expect(uncovered.getByText('Nanna Vinther')).toBeVisible();
  await expect(
    page.getByTestId('no-leader').getByRole('link', { name: 'Efteruddannelsesgruppe Nordsjælland' }),
  ).toBeVisible();
  await expect(
    page.getByTestId('no-meeting').getByRole('link', { name: 'Supervisionsgruppe Helsingør' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'coverage and groups');
  await saveScreenshot(page, 'cme-coverage');

  // Into the group: add Nanna Vinther from the register.
  await page.getByTestId('group-list').getByRole('link', { name: 'Efteruddannelsesgruppe Amager' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Efteruddannelsesgruppe Amager' })).toBeVisible();
  const form = page.getByTestId('add-member-form');
  await form.getByRole('textbox', { name: 'Praktiserende læge' }).fill('Nanna');
  await page.getByRole('option', { name: /Nanna Vinther/ }).click();
  await form.getByRole('button', { name: 'Tilføj til gruppen' }).click();
  await expect(page.getByTestId('member-list').getByText('Nanna Vinther')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Medlemmer (5)' })).toBeVisible();
  await expectNoAxeViolations(page, 'a group');
  await saveScreenshot(page, 'cme-group');

  // Coverage rose by one GP.
  await page.getByRole('link', { name: 'Tilbage til grupperne' }).click();
  const covered = before.total.covered + 1;
  const after = Math.round((covered * 1000) / before.total.activeGps) / 10;
  await expect(page.getByTestId('coverage-count')).toHaveText(
    `${covered} af ${before.total.activeGps} praktiserende læger`,
  );
  await expect(page.getByTestId('coverage-percent')).toHaveText(pct(after));
  expect(after).toBeGreaterThan(before.total.percent!);
  await expect(page.getByTestId('uncovered-table').getByText('Nanna Vinther')).toHaveCount(0);

  // On a phone: the tables become lists, nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('coverage-percent')).toBeVisible();
  await noSidewaysScroll(page);
  await saveScreenshot(page, 'cme-coverage-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The annual report: printable, and the groups as XLSX.
  await page.getByRole('link', { name: 'Årsrapport' }).click();
  const year = new Date().getFullYear();
  await expect(page.getByRole('heading', { level: 1, name: `Årsrapport ${year}` })).toBeVisible();
  await expect(page.getByTestId('report-groups').getByText('Efteruddannelsesgruppe Amager')).toBeVisible();
  await expect(page.getByTestId('report-course')).toContainText('Gruppeledertræf');
  await expectNoAxeViolations(page, 'the annual report');
  await saveScreenshot(page, 'cme-annual-report');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`efteruddannelsesgrupper-${year}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const rows: (string | number)[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as (string | number)[]).slice(1)));
  expect(rows[0]).toEqual([
    'Navn',
    'Type',
    'Gruppeleder',
    'Medlemmer i året',
    'Nye i året',
    'Møder',
    'Deltagelser',
    'Emner',
  ]);
  const amager = rows.find((r) => r[0] === 'Efteruddannelsesgruppe Amager')!;
  // Anne, Kristian, Lone, Jesper and now Nanna; Nanna joined this year.
  expect(amager.slice(1, 5)).toEqual(['Efteruddannelsesgruppe', 'Anne Mølgaard', 5, 1]);
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await saveScreenshot(page, 'cme-annual-report-390');
});

test('the GP register and the leaders’ course are usable and accessible', async ({ page }) => {
  await loginViaApi(page.request, LONE);
  await page.goto('/general-practitioners');
  await expect(page.getByRole('heading', { level: 1, name: 'Praktiserende læger' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Nynedsat' }).check();
  await expect(page.getByTestId('gp-list').getByText('Nanna Vinther')).toBeVisible();
  await expect(page.getByTestId('gp-list').getByText('Anne Mølgaard')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the GP register');
  await saveScreenshot(page, 'cme-register');

  // An import with an unknown practice: the row's error is shown and nothing can be committed.
  await page.getByTestId('gp-import-file').click();
  const chooser = page.locator('input[type="file"]');
  await chooser.setInputFiles({
    name: 'laeger.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('navn;praksis;nedsat\nNy Læge;Lægehuset på Månen;01-01-2026\n', 'utf8'),
  });
  const preview = page.getByTestId('gp-import-preview');
  await expect(preview.getByText('Ingen praksis med dette navn i regionen.')).toBeVisible();
  await expect(preview.getByRole('button', { name: /Importér/ })).toBeDisabled();

  await page.getByRole('link', { name: 'Gruppeledertræf' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gruppeledertræf' })).toBeVisible();
  await expect(page.getByTestId('leaders-missing').getByText('Michael Storm')).toBeVisible();
  await expectNoAxeViolations(page, 'the leaders’ course');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/general-practitioners');
  await expect(page.getByTestId('gp-list')).toBeVisible();
  await noSidewaysScroll(page);
  await saveScreenshot(page, 'cme-register-390');
});
