import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

// The import screen's own Danish texts, so the spec looks for what the user sees.
const im = JSON.parse(
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/features/imports/locales/da.json'),
    'utf8',
  ),
) as {
  kinds: Record<string, string>;
  fileLabel: string;
  commit: string;
  newImport: string;
  resultHeading: string;
  commitDisabledErrors: string;
  issues: Record<string, string>;
};

const karen = HOVEDSTADEN_USERS.EDUCATION_CENTRE; // Tutorcentret, Amager og Hvidovre Hospital

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8'),
});

async function choose(page: Page, kind: 'departments' | 'people' | 'role-assignments', file: ReturnType<typeof csv>) {
  await page.getByRole('radio', { name: im.kinds[kind] }).check();
  await page.getByLabel(im.fileLabel).setInputFiles(file);
  await expect(page.getByTestId('import-summary')).toBeVisible();
}

/** The preview, asked of the API directly: what a row's status is right now. */
async function apiPreview(request: APIRequestContext, kind: string, lines: string[]) {
  const csrf = ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  const res = await request.post(`/api/imports/${kind}/preview`, {
    headers: { 'x-csrf-token': csrf },
    data: {
      fileName: 'check.csv',
      contentType: 'text/csv',
      contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
    },
  });
  expect(res.status()).toBe(200);
  return (await res.json()) as { rows: { row: number; status: string; issues: { code: string }[] }[] };
}

async function commitAndSeeResult(page: Page, created: number) {
  const button = page.getByRole('button', { name: im.commit, exact: true });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByRole('heading', { name: im.resultHeading })).toBeFocused();
  await expect(page.getByTestId('import-result')).toContainText(`${created} oprettet`);
}

const people = [
  'navn;e-mail;titel',
  'Anna Holm Jensen;anna.holm.jensen@regionh.dk;Afdelingslæge',
  'Bo Ærenlund;bo.aerenlund(at)regionh.dk;KBU-læge',
  'Clara Østergaard;clara.ostergaard@regionh.dk;Introduktionslæge',
];

test('Tutorcentret creates a department, imports people (a bad row first: nothing written), then their roles', async ({
  page,
}) => {
  // A long flow (three imports, four axe runs) on a shared 2-core machine.
  test.setTimeout(150_000);
  await loginViaApi(page.request, karen);
  await page.goto('/imports');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // 1. A department under AHH.
  await choose(
    page,
    'departments',
    csv('afdelinger.csv', ['navn;kortnavn;hospital;speciale', 'Neurologisk Afdeling;NEU;AHH;']),
  );
  await commitAndSeeResult(page, 1);
  await expect(page.getByTestId('import-result-list')).toContainText('Neurologisk Afdeling');
  await page.getByRole('button', { name: im.newImport }).click();

  // 2. People, with one bad e-mail in row 3: shown with its text, import refused, nothing written.
  await choose(page, 'people', csv('personer.csv', people));
  await expect(page.getByTestId('import-summary')).toContainText('2 rækker OK, 1 med fejl');
  const bad = page.locator('[data-testid="import-row"][data-status="error"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('bo.aerenlund(at)regionh.dk');
  await expect(bad).toContainText(im.issues.INVALID_EMAIL!);
  await expect(page.getByRole('button', { name: im.commit, exact: true })).toBeDisabled();
  await expect(page.getByText(im.commitDisabledErrors)).toBeVisible();
  await expectNoAxeViolations(page, 'the import preview with an error');
  await saveScreenshot(page, 'imports-people-error-desktop');
  const check = await apiPreview(page.request, 'people', [
    'navn;e-mail',
    'Anna;anna.holm.jensen@regionh.dk',
    'Clara;clara.ostergaard@regionh.dk',
  ]);
  // "ok" (would be created), not "warning" (exists): the good rows were not written either.
  expect(check.rows.map((r) => r.status)).toEqual(['ok', 'ok']);

  // 3. On a phone: the rows are stacked, nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('import-preview-list')).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expectNoAxeViolations(page, 'the import preview at 390 px');
  await saveScreenshot(page, 'imports-people-error-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  // 4. The fixed file imports all three.
  const fixed = [...people];
  fixed[2] = 'Bo Ærenlund;bo.aerenlund@regionh.dk;KBU-læge';
  await page.getByLabel(im.fileLabel).setInputFiles(csv('personer-rettet.csv', fixed));
  await expect(page.getByTestId('import-summary')).toContainText('3 rækker OK, 0 med fejl');
  await commitAndSeeResult(page, 3);
  await page.getByRole('button', { name: im.newImport }).click();

  // 5. Their roles: Anna becomes UAO of the new department, Bo a trainee in Kardiologisk Afdeling.
  await choose(
    page,
    'role-assignments',
    csv('roller.csv', [
      'e-mail;rolle;enhed;gyldig fra;gyldig til',
      'anna.holm.jensen@regionh.dk;UAO;AHH / Neurologisk Afdeling;01-01-2026;',
      'bo.aerenlund@regionh.dk;Uddannelseslæge;Amager og Hvidovre Hospital / Kardiologisk Afdeling;01-02-2027;31-07-2027',
    ]),
  );
  await expect(page.getByTestId('import-summary')).toContainText('2 rækker OK, 0 med fejl');
  await expectNoAxeViolations(page, 'the role-assignment preview');
  await saveScreenshot(page, 'imports-roles-preview-desktop');
  await commitAndSeeResult(page, 2);
  await expectNoAxeViolations(page, 'the import result');
  await saveScreenshot(page, 'imports-roles-result-desktop');

  // Written: the same rows now overlap what exists.
  const after = await apiPreview(page.request, 'role-assignments', [
    'e-mail;rolle;enhed;gyldig fra',
    'anna.holm.jensen@regionh.dk;UAO;AHH / Neurologisk Afdeling;01-01-2026',
  ]);
  expect(after.rows[0]!.issues.map((i) => i.code)).toEqual(['OVERLAPS_EXISTING']);
});

test('the import screen at 390 px before a file is chosen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginViaApi(page.request, karen);
  await page.goto('/imports');
  await expect(page.getByLabel(im.fileLabel)).toBeVisible();
  // The template downloads as a semicolon CSV with BOM (what Danish Excel opens correctly).
  await page.getByRole('radio', { name: im.kinds['role-assignments'] }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
  expect(download.suggestedFilename()).toBe('skabelon-roller.csv');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFFe-mail;rolle;enhed;gyldig fra;gyldig til\r\n')).toBe(true);
  await expectNoAxeViolations(page, 'the import screen at 390 px');
  await saveScreenshot(page, 'imports-start-390');
});
