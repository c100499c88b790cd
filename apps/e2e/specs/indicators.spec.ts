import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS, SJAELLAND, type DemoUser } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const HANNE = HOVEDSTADEN_USERS.DEPARTMENT_HEAD; // cheflæge, Kardiologisk Afdeling (AHH)
/** Cheflæge, Medicinsk Afdeling, Holbæk (MVH). */
const SUSANNE: DemoUser = {
  tenant: SJAELLAND,
  name: 'Susanne Lund',
  email: 'susanne.lund@regionsjaelland.dk',
  role: 'DEPARTMENT_HEAD',
  scope: { kind: 'units', hospital: 'Midt- og Vestsjællands Hospital', department: 'Medicinsk Afdeling, Holbæk' },
};

interface Records {
  figure: { value: number | null; numerator: number; denominator: number | null };
  total: number;
  hiddenCount: number;
  items: { personName: string | null; counted: boolean | null }[];
  from: string;
  to: string;
}

test.describe.configure({ timeout: 180_000 });

test.describe('computed indicators: drill-down', () => {
  test('a cheflæge opens the records behind "expectation meetings held on time" for their department', async ({
    page,
  }) => {
    const me = await loginViaApi(page.request, HANNE);
    const dept = me.assignments.find((a) => a.role === 'DEPARTMENT_HEAD')!.unit!;
    // The API's figures for the default period (the last 12 months), to compare with the page.
    const res = await page.request.get(`/api/indicators/MEETINGS_ON_TIME/records?unitId=${dept.id}&limit=200`);
    expect(res.status()).toBe(200);
    const api = (await res.json()) as Records;
    expect(api.total).toBe(api.figure.denominator);
    expect(api.hiddenCount).toBe(0);

    await page.goto(`/indicators/MEETINGS_ON_TIME?unitId=${dept.id}&from=${api.from}&to=${api.to}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Forventningssamtaler afholdt til tiden – ${dept.name}` }),
    ).toBeVisible();
    const expected = api.figure.value === null ? 'Intet at måle' : `${api.figure.value.toLocaleString('da-DK')} %`;
    await expect(page.getByTestId('indicator-value')).toHaveText(expected);
    await expect(page.getByTestId('records-total')).toHaveText(
      api.total === 1 ? '1 post i alt' : `${api.total} poster i alt`,
    );
    await expect(page.getByTestId('records-hidden')).toHaveCount(0);
    if (api.items.length > 0) {
      const table = page.getByTestId('indicator-records');
      await expect(table.locator('tbody tr')).toHaveCount(api.items.length);
      await expect(table.getByRole('link', { name: api.items[0]!.personName! }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Hent XLSX' })).toBeVisible();
    }
    await expectNoAxeViolations(page, 'the indicator drill-down');
    await saveScreenshot(page, 'indicators-drilldown');

    // On a phone the table becomes a stacked list, without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('indicator-value')).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await saveScreenshot(page, 'indicators-drilldown-390');
  });

  test('a viewer who may not see everyone is told how many records are hidden', async ({ page }) => {
    // Hospital-level: the cheflæge sees the facilitators / supervisors of their own department only.
    const me = await loginViaApi(page.request, HANNE);
    const dept = me.assignments.find((a) => a.role === 'DEPARTMENT_HEAD')!.unit!;
    const res = await page.request.get(`/api/indicators/SUPERVISORS_TRAINED/records?unitId=${dept.id}&from=2022-01-01`);
    expect(res.status()).toBe(200);
    const api = (await res.json()) as Records;
    await page.goto(`/indicators/SUPERVISORS_TRAINED?unitId=${dept.id}&from=2022-01-01&to=${api.to}`);
    await expect(page.getByTestId('indicator-value')).toHaveText(String(api.figure.value));
    if (api.hiddenCount > 0)
      await expect(page.getByTestId('records-hidden')).toHaveText(
        api.hiddenCount === 1
          ? '1 post er skjult, fordi du ikke har adgang til den'
          : `${api.hiddenCount} poster er skjult, fordi du ikke har adgang til dem`,
      );
    else await expect(page.getByTestId('records-hidden')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the indicator drill-down with hidden records');
  });
});

test.describe('computed indicators: the department panel', () => {
  test("MVH's cheflæge sees the department's indicators, facilitators measured for the hospital", async ({ page }) => {
    const me = await loginViaApi(page.request, SUSANNE);
    const dept = me.assignments.find((a) => a.role === 'DEPARTMENT_HEAD')!.unit!;
    await page.goto(`/indicators?unitId=${dept.id}`);
    const panel = page.getByTestId('department-indicators');
    await expect(panel.getByRole('heading', { level: 2, name: 'Strategiindikatorer' })).toBeVisible();
    const table = panel.getByTestId('department-indicators-table');
    // Issue 5's ten and issue 6's GP-training visits on time.
    await expect(table.locator('tbody tr')).toHaveCount(11);
    await expect(table.locator('tbody tr', { hasText: 'Afdelinger i almen medicin besøgt til tiden' })).toHaveCount(1);
    // MVH's network has 7 trained facilitators (demo): the hospital's value, with a link to the records.
    const row = table.locator('tbody tr', { hasText: 'Uddannede facilitatorer i netværket' });
    await expect(row).toContainText('Opgøres for hele hospitalet');
    await row.getByRole('link', { name: /^Uddannede facilitatorer i netværket: 7$/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Uddannede facilitatorer i netværket – / }),
    ).toBeVisible();
    await expect(page.getByTestId('indicator-value')).toHaveText('7');
    await page.goBack();
    await expect(panel).toBeVisible();
    await expectNoAxeViolations(page, 'the department indicators panel');
    await saveScreenshot(page, 'indicators-panel');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(panel).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await saveScreenshot(page, 'indicators-panel-390');
  });
});
