import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as plainTest, type Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS, type DemoUser } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

/** The feature's own Danish texts, so the spec looks for what a user sees. */
const fd = JSON.parse(
  fs.readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../web/src/features/function-descriptions/locales/da.json',
    ),
    'utf8',
  ),
) as {
  status: Record<string, string>;
  local: Record<string, string>;
  mentors: Record<string, string> & { areas: Record<string, string> };
  handovers: Record<string, string>;
  templates: Record<string, string>;
};

async function signInAs(page: Page, user: DemoUser): Promise<void> {
  await leaveSession(page);
  await loginViaApi(page.request, user);
}

/** The UKS row of Kardiologisk Afdeling in the overview (table on desktop, list on phones). */
const kardRow = (page: Page) => page.getByTestId('fd-row').filter({ hasText: 'Kardiologisk Afdeling' });

async function openKardUks(page: Page): Promise<void> {
  await page.goto('/function-descriptions');
  await expect(kardRow(page)).toBeVisible();
  await kardRow(page).getByRole('link', { name: /^UKS:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Funktionsbeskrivelse for UKS' })).toBeVisible();
}

const status = (page: Page) => page.getByTestId('local-status');

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('local UKS description: UAO drafts and submits, cheflæge and UAO approve; Tutorcentret sees it and assigns a mentor', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The UAO drafts the locally agreed functions for UKS in Kardiologisk Afdeling and submits.
  await signInAs(page, HOVEDSTADEN_USERS.UAO);
  await openKardUks(page);
  await expect(status(page)).toHaveText(fd.status.MISSING!);
  await expectNoAxeViolations(page, 'the local description (UAO, missing)');
  await page
    .getByLabel(fd.local.textLabel!)
    .fill('UKS planlægger introduktionen af nye uddannelseslæger og deltager i uddannelsesforum hver måned.');
  await page.getByRole('button', { name: fd.local.save }).click();
  await expect(status(page)).toHaveText(fd.status.DRAFT!);
  await page.getByRole('button', { name: fd.local.submit }).click();
  await expect(status(page)).toHaveText(fd.status.SUBMITTED!);
  await saveScreenshot(page, 'fd-local-submitted');

  // The cheflæge approves.
  await signInAs(page, HOVEDSTADEN_USERS.DEPARTMENT_HEAD);
  await openKardUks(page);
  await expectNoAxeViolations(page, 'the local description (cheflæge)');
  await page.getByRole('button', { name: fd.local.signHead }).click();
  await expect(page.getByText(`${fd.local.headSignOff}: Hanne Vestergaard`)).toBeVisible();
  await expect(status(page)).toHaveText(fd.status.SUBMITTED!);

  // The UAO approves: both sign-offs → approved.
  await signInAs(page, HOVEDSTADEN_USERS.UAO);
  await openKardUks(page);
  await page.getByRole('button', { name: fd.local.signUao }).click();
  await expect(status(page)).toHaveText(fd.status.APPROVED!);
  await expect(page.getByRole('heading', { name: fd.local.history })).toBeVisible();
  await saveScreenshot(page, 'fd-local-approved');

  // Tutorcentret sees it in the hospital overview.
  await signInAs(page, HOVEDSTADEN_USERS.EDUCATION_CENTRE);
  await page.goto('/function-descriptions');
  await expect(kardRow(page).getByRole('link', { name: `UKS: ${fd.status.APPROVED}` })).toBeVisible();
  await expect(page.getByTestId('count-APPROVED')).toHaveText('1');
  await expect(page.getByTestId('handover').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the overview (Tutorcentret)');
  await saveScreenshot(page, 'fd-overview-desktop');

  // …and matches the new UKYL Jonas Winther (Kirurgisk Gastroenterologisk Afdeling) with a mentor.
  await page.goto('/mentors');
  const jonas = page.getByTestId('new-holder').filter({ hasText: 'Jonas Winther' });
  await expect(jonas).toContainText(fd.mentors.noMentor!);
  await expectNoAxeViolations(page, 'the mentor scheme');
  await jonas.getByRole('button', { name: 'Find mentor til Jonas Winther' }).click();
  await jonas.getByRole('radio', { name: /Ida Sørensen/ }).check();
  await expectNoAxeViolations(page, 'the mentor form');
  await saveScreenshot(page, 'fd-mentor-form');
  await jonas.getByRole('button', { name: fd.mentors.assign }).click();
  await expect(jonas.getByTestId('mentor')).toContainText('Ida Sørensen');
});

// The browser logs the expected 409 as a failed resource, which the fixture's `test` counts as a
// console error; this one case uses Playwright's own `test`.
plainTest('a stale save answers 409 and shows the current text next to yours', async ({ page }) => {
  plainTest.setTimeout(120_000);
  const me = await (async () => {
    await leaveSession(page);
    return loginViaApi(page.request, HOVEDSTADEN_USERS.UAO);
  })();
  const unitId = me.assignments.find((a) => a.role === 'UAO')!.unit!.id;
  await page.goto(`/function-descriptions/${unitId}/UKYL`);
  await expect(status(page)).toHaveText(fd.status.DRAFT!);
  // Someone else saves in between (same API, another tab).
  const url = `/api/function-descriptions/local/${unitId}/UKYL`;
  const current = (await (await page.request.get(url)).json()) as { version: number };
  const saved = await page.request.put(url, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { text: 'Teksten fra den anden fane.', version: current.version },
  });
  expect(saved.status()).toBe(200);
  await page.getByLabel(fd.local.textLabel!).fill('Min egen tekst.');
  await page.getByRole('button', { name: fd.local.save }).click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toContainText('Teksten fra den anden fane.');
  await expect(conflict).toContainText('Min egen tekst.');
  await expectNoAxeViolations(page, 'the 409 view');
  await saveScreenshot(page, 'fd-local-conflict');
});

test('the regional administrator starts, edits and approves a new template version; the old one stays', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, HOVEDSTADEN_USERS.TENANT_ADMIN);
  await page.goto('/function-descriptions/templates');
  await page
    .getByRole('button', { name: 'Funktionsbeskrivelse for UKYL (uddannelseskoordinerende yngre læge)' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /Funktionsbeskrivelse for UKYL/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the templates (approved version)');
  await page.getByRole('button', { name: fd.templates.newVersion }).click();
  const quals = page.getByLabel(fd.templates.qualifications!);
  await expect(quals).toBeVisible();
  await quals.fill(`${await quals.inputValue()}\nHar deltaget i introduktionskursus for UKYL`);
  await page.getByRole('button', { name: fd.templates.saveDraft }).click();
  await expectNoAxeViolations(page, 'the template draft editor');
  await saveScreenshot(page, 'fd-template-draft');
  await page.getByRole('button', { name: fd.templates.publish }).click();
  await expect(page.getByText('Har deltaget i introduktionskursus for UKYL')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Version 2 (Godkendt)' })).toBeVisible();
  await page.getByRole('button', { name: 'Version 1 (Godkendt)' }).click();
  await expect(page.getByText('Interesse for uddannelse og trivsel')).toBeVisible();
  await expect(page.getByText('Har deltaget i introduktionskursus for UKYL')).toHaveCount(0);
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('overview as a list per department, local description and mentors without sideways scrolling', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, HOVEDSTADEN_USERS.EDUCATION_CENTRE);
    await page.goto('/function-descriptions');
    await expect(kardRow(page)).toBeVisible();
    await expect(page.getByTestId('fd-matrix')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the overview at 390 px');
    await noHorizontalScroll(page);
    await saveScreenshot(page, 'fd-overview-390px');

    await kardRow(page).getByRole('link', { name: /^UAO:/ }).click();
    await expect(status(page)).toHaveText(fd.status.IMPLEMENTED!);
    await expectNoAxeViolations(page, 'the local description at 390 px');
    await noHorizontalScroll(page);
    await saveScreenshot(page, 'fd-local-390px');

    await page.goto('/mentors');
    await expect(page.getByTestId('new-holder').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the mentor scheme at 390 px');
    await noHorizontalScroll(page);
    await saveScreenshot(page, 'fd-mentors-390px');
  });
});
