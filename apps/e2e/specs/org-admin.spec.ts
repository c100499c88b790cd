import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { da } from '../fixtures/locales';
import { expect, saveScreenshot, test } from '../fixtures/test';

// The features' own texts (the web app keeps them beside each feature).
const FEATURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/features');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(FEATURES, file), 'utf8'));
const org = readJson('org/locales/da.json');
const audit = readJson('audit/locales/da.json');
const common = JSON.parse(fs.readFileSync(path.resolve(FEATURES, '../locales/da.json'), 'utf8')) as {
  nav: Record<string, string>;
  unitKinds: Record<string, string>;
};
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

const karen = HOVEDSTADEN_USERS.EDUCATION_CENTRE;
const AHH = 'Amager og Hvidovre Hospital';

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function unitAction(page: Page, unit: string, action: string): Promise<void> {
  await page.getByRole('button', { name: fill(org.actions, { name: unit }) }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('Tutorcentret creates, renames and closes a department, then finds it in the audit log', async ({ page }) => {
  test.setTimeout(120_000);
  await loginViaApi(page.request, karen);
  await page.goto('/');
  await page.getByTestId('admin-link-org').click();
  await expect(page.getByRole('heading', { level: 1, name: org.heading })).toBeVisible();
  const tree = page.getByTestId('org-tree');
  await expect(tree.getByText(AHH, { exact: true })).toBeVisible();
  await expect(tree.getByText('Kardiologisk Afdeling', { exact: true })).toBeVisible();
  // Another hospital of the region is not Tutorcentret's to manage, nor to see here.
  await expect(page.getByText('Bispebjerg og Frederiksberg Hospital')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the organisation page');
  await saveScreenshot(page, 'org-admin-tree-desktop');

  // The disclosure button hides and shows the hospital's departments.
  const toggle = page.getByRole('button', { name: fill(org.collapse, { name: AHH }) });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(tree.getByText('Kardiologisk Afdeling', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: fill(org.expand, { name: AHH }) }).click();
  await expect(tree.getByText('Kardiologisk Afdeling', { exact: true })).toBeVisible();

  // Create.
  await unitAction(page, AHH, org.action.createChild.DEPARTMENT);
  const dialog = page.getByRole('dialog', { name: org.form.createTitle.DEPARTMENT });
  await expect(dialog).toBeVisible();
  // (A duplicate name is refused with a field error: apps/api/test/org-admin.test.ts; the browser
  // fixture treats the 409 as a console error, so the spec does not provoke it.)
  await expectNoAxeViolations(page, 'the create-unit form');
  await saveScreenshot(page, 'org-admin-create-form');
  await dialog.getByLabel(org.form.name, { exact: true }).fill('Palliativ Afdeling');
  await dialog.getByLabel(org.form.specialty).selectOption({ label: 'Akutmedicin' });
  await dialog.getByRole('button', { name: org.form.create }).click();
  await expect(dialog).toBeHidden();
  await expect(tree.getByText('Palliativ Afdeling', { exact: true })).toBeVisible();

  // Rename.
  await unitAction(page, 'Palliativ Afdeling', org.action.edit);
  const edit = page.getByRole('dialog', { name: fill(org.form.editTitle, { name: 'Palliativ Afdeling' }) });
  await edit.getByLabel(org.form.name, { exact: true }).fill('Palliativ Enhed');
  await edit.getByLabel(org.form.shortName).fill('PAL');
  await edit.getByRole('button', { name: org.form.save }).click();
  await expect(edit).toBeHidden();
  await expect(tree.getByText('Palliativ Enhed', { exact: true })).toBeVisible();
  await expect(tree.getByText('(PAL)')).toBeVisible();

  // Close: hidden by default, shown with a badge when closed units are shown.
  await unitAction(page, 'Palliativ Enhed', org.action.close);
  const close = page.getByRole('dialog', { name: fill(org.close.title, { name: 'Palliativ Enhed' }) });
  await expectNoAxeViolations(page, 'the close-unit dialog');
  await close.getByRole('button', { name: org.close.submit }).click();
  await expect(close).toBeHidden();
  await expect(tree.getByText('Palliativ Enhed', { exact: true })).toBeHidden();
  await page.getByLabel(org.showClosed).check();
  const closedItem = page.locator('[data-testid="org-unit"][data-unit-name="Palliativ Enhed"]');
  await expect(closedItem.getByTestId('closed-badge').first()).toHaveText(org.closedBadge);
  await saveScreenshot(page, 'org-admin-tree-closed');

  // The specialties page.
  await page.getByRole('link', { name: org.specialtiesLink }).click();
  await expect(page.getByRole('heading', { level: 1, name: org.specialties.heading })).toBeVisible();
  await expect(page.getByTestId('specialty-row').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the specialties page');
  await saveScreenshot(page, 'org-admin-specialties-desktop');

  // The audit log, from the navigation; filtered to the closing.
  await page.getByTestId('nav-audit').click();
  await expect(page.getByRole('heading', { level: 1, name: audit.heading })).toBeVisible();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await page.getByLabel(audit.filters.action).fill('org_unit.closed');
  await page.getByLabel(audit.filters.entityType).selectOption({ label: audit.entityTypes.org_unit });
  await page.getByTestId('audit-apply').click();
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
  const row = page.getByTestId('audit-row');
  await expect(row).toContainText('Karen Bech');
  await expect(row).toContainText('org_unit.closed');
  await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}\.\d{2}/);
  await expectNoAxeViolations(page, 'the audit log');
  await saveScreenshot(page, 'audit-log-desktop');

  await row.getByTestId('audit-details').click();
  const drawer = page.getByRole('dialog', { name: /Hændelse \d+/ });
  await expect(drawer.getByTestId('audit-data')).toContainText('"name": "Palliativ Enhed"');
  await expectNoAxeViolations(page, 'the audit event drawer');
  await saveScreenshot(page, 'audit-log-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The export link carries the same filters, and downloads CSV.
  const href = await page.getByTestId('audit-export').getAttribute('href');
  expect(href).toContain('action=org_unit.closed');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="auditlog-/);
  const text = await csv.text();
  expect(text).toContain('org_unit.closed');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);

  // On a phone: no sideways scrolling; the log is a stacked list.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel(audit.filters.action).fill('');
  await page.getByTestId('audit-apply').click();
  await expect(page.getByTestId('audit-table')).toHaveCount(0);
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'audit-log-390');
  await page.goto('/admin/organisation');
  await expect(page.getByTestId('org-tree')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'the organisation page at 390 px');
  await saveScreenshot(page, 'org-admin-tree-390');
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  expect(common.nav.audit).toBeTruthy();
  expect(da.roles.EDUCATION_CENTRE).toBeTruthy();
});

test('the regional administrator sees the whole region and may create hospitals', async ({ page }) => {
  await loginViaApi(page.request, HOVEDSTADEN_USERS.TENANT_ADMIN);
  await page.goto('/admin/organisation');
  const tree = page.getByTestId('org-tree');
  await expect(tree.getByText('Bispebjerg og Frederiksberg Hospital', { exact: true })).toBeVisible();
  await expect(tree.getByText(AHH, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: org.createHospital })).toBeVisible();
  await page.getByRole('button', { name: org.createHospital }).click();
  const dialog = page.getByRole('dialog', { name: org.form.createTitle.HOSPITAL });
  await dialog.getByLabel(org.form.name, { exact: true }).fill('Nordsjællands Hospital');
  await dialog.getByLabel(org.form.shortName).fill('NOH');
  await dialog.getByRole('button', { name: org.form.create }).click();
  await expect(tree.getByText('Nordsjællands Hospital', { exact: true })).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('admin-link-audit')).toBeVisible();
  await expectNoAxeViolations(page, 'the regional administrator start page');
});
