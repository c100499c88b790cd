import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { da as common } from '../fixtures/locales';
import { waitForMail } from '../fixtures/mails';
import { expect, saveScreenshot, test } from '../fixtures/test';

/** The people feature's own Danish texts, as the user sees them. */
const da = JSON.parse(
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/features/people/locales/da.json'),
    'utf8',
  ),
) as {
  gaps: { heading: string };
  list: { name: string; create: string; deactivated: string };
  invitation: { heading: string; tooShort: string };
};

const KAREN = HOVEDSTADEN_USERS.EDUCATION_CENTRE; // Tutorcentret, AHH

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

const gapCard = (page: Page, department: string) =>
  page.getByTestId('coverage-gap').filter({ has: page.getByRole('heading', { name: department, exact: true }) });

test.describe('people and roles (Tutorcentret)', () => {
  test('search, create with invitation, give UAO, coverage gap closes, deactivate', async ({ page, browser }) => {
    test.setTimeout(90_000);
    await loginViaApi(page.request, KAREN);

    // Coverage gaps before: Akutmodtagelsen has none of the three roles.
    await page.goto('/coverage-gaps');
    await expect(page.getByRole('heading', { level: 1, name: da.gaps.heading })).toBeVisible();
    const akut = gapCard(page, 'Akutmodtagelsen');
    await expect(akut.getByTestId('gap-missing-UAO')).toBeVisible();
    await expect(akut.getByTestId('gap-missing-UKS')).toBeVisible();
    await expectNoAxeViolations(page, 'the coverage gaps');
    await saveScreenshot(page, 'people-coverage-gaps-desktop');

    // Search the people list: æ, ø, å and case do not matter; the URL keeps the state.
    await page.goto('/people');
    await expect(page.getByTestId('people-table')).toBeVisible();
    await page.getByTestId('people-search').fill('ØSTER');
    await expect(page).toHaveURL(/q=%C3%98STER|q=ØSTER/);
    await expect(page.getByTestId('person-row')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Nanna Østergaard' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Camilla Øster', exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: new RegExp(da.list.name) })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByTestId('sort-name').click();
    await expect(page.getByRole('columnheader', { name: new RegExp(da.list.name) })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByTestId('person-row').first()).toContainText('Nanna Østergaard');
    await page.reload();
    await expect(page.getByTestId('people-search')).toHaveValue('ØSTER');
    await expect(page.getByTestId('person-row')).toHaveCount(2);
    await expectNoAxeViolations(page, 'the people list');
    await saveScreenshot(page, 'people-list-desktop');

    // Create a person with an invitation. The e2e run has an SMTP server (support/smtp-catcher.ts),
    // so the link is e-mailed, not shown: it is read from the message that arrived.
    await page.getByRole('link', { name: da.list.create }).click();
    const n = Date.now().toString(36);
    const name = `Emil Ærø ${n}`;
    const email = `emil.aero.${n}@regionh.dk`;
    await page.getByTestId('create-name').fill(name);
    await page.getByTestId('create-email').fill(email);
    await page.getByTestId('create-submit').click();
    await expect(page.getByTestId('person-created')).toBeVisible();
    await expect(page.getByTestId('invitation-link-text')).toHaveCount(0);
    const mail = await waitForMail((m) => m.to.includes(email));
    const link = /(\S+\/invitation\/\S+)/.exec(mail.text)![1]!.trim();
    expect(link).toMatch(/\/invitation\/[0-9a-f-]{36}\./);
    await expectNoAxeViolations(page, 'the create-person form');
    await saveScreenshot(page, 'people-create-desktop');

    // The invited person sets a password on the public page (another browser, not signed in).
    const anon = await browser.newContext({ locale: 'da-DK' });
    const invitee = await anon.newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole('heading', { level: 1, name: da.invitation.heading })).toBeVisible();
    await expect(invitee.getByText(name)).toBeVisible();
    await expectNoAxeViolations(invitee, 'the invitation page');
    await saveScreenshot(invitee, 'people-invitation-desktop');
    await invitee.getByTestId('invitation-password').fill('kort');
    await invitee.getByTestId('invitation-repeat').fill('kort');
    await invitee.getByTestId('invitation-submit').click();
    await expect(invitee.getByText(da.invitation.tooShort.replace('{{min}}', '12'))).toBeVisible();
    await invitee.getByTestId('invitation-password').fill('Et godt langt kodeord');
    await invitee.getByTestId('invitation-repeat').fill('Et godt langt kodeord');
    await invitee.getByTestId('invitation-submit').click();
    await expect(invitee.getByTestId('invitation-done')).toBeVisible();
    await anon.close();

    // Give the new person the UAO role of Akutmodtagelsen.
    await page.getByTestId('created-person-link').click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByTestId('assignment-role').selectOption('UAO');
    await page.getByTestId('assignment-unit').selectOption({ label: 'AHH · Akutmodtagelsen' });
    await page.getByTestId('assignment-submit').click();
    await expect(page.getByTestId('person-assignment')).toHaveCount(1);
    await expect(page.getByTestId('person-assignment')).toContainText(common.roles.UAO);
    await expect(page.getByTestId('person-assignment')).toContainText('Akutmodtagelsen');
    await expectNoAxeViolations(page, 'the person page');
    await saveScreenshot(page, 'people-person-desktop');

    // The gap changes: Akutmodtagelsen now lacks only a UKS and a UKYL.
    await page.goto('/coverage-gaps');
    await expect(akut.getByTestId('gap-missing-UKS')).toBeVisible();
    await expect(akut.getByTestId('gap-missing-UAO')).toHaveCount(0);

    // Who holds which role where: the new UAO is listed.
    await page.goto('/role-assignments');
    await page.getByTestId('overview-role').selectOption('UAO');
    await expect(page.getByTestId('overview-row').filter({ hasText: name })).toHaveCount(1);
    await expectNoAxeViolations(page, 'the role overview');
    await saveScreenshot(page, 'people-role-overview-desktop');

    // Deactivate with confirmation.
    await page.getByRole('link', { name }).click();
    await page.getByTestId('person-deactivate').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'the deactivate dialog');
    await page.getByTestId('person-deactivate-confirm').click();
    await expect(page.getByTestId('person-status')).toHaveText(da.list.deactivated);
    await expect(page.getByTestId('person-reactivate')).toBeVisible();
  });
});

test.describe('people and roles on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('people list as cards, person page, coverage gaps: no sideways scrolling', async ({ page }) => {
    test.setTimeout(90_000);
    await loginViaApi(page.request, KAREN);
    await page.goto('/people');
    await expect(page.getByTestId('person-row').first()).toBeVisible();
    await expect(page.getByTestId('people-table')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the people list at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'people-list-390px');

    await page.getByRole('link', { name: 'Martin Lykke' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Martin Lykke' })).toBeVisible();
    await expectNoAxeViolations(page, 'the person page at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'people-person-390px');

    await page.goto('/coverage-gaps');
    await expect(page.getByTestId('coverage-gap').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the coverage gaps at 390 px');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'people-coverage-gaps-390px');

    await page.goto('/role-assignments');
    await expect(page.getByTestId('overview-row').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'people-role-overview-390px');
  });
});
