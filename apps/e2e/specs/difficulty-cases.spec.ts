import type { Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const METTE = HOVEDSTADEN_USERS.UAO;
const SOFIE = HOVEDSTADEN_USERS.TRAINEE;
const THOMAS = HOVEDSTADEN_USERS.TENANT_ADMIN;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function csrf(page: Page): Promise<string> {
  const res = await page.request.get('/api/auth/csrf');
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 240_000 });

test.describe('early warnings and the confidential case', () => {
  test('Mette Kjær sees a signal, opens a case and writes the plan; Sofie Lindberg reads it and sees who read it; the admin gets "not found"', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await loginViaApi(page.request, METTE);

    // Sofie Lindberg's course fires a signal: Mette Kjær (one of her supervisors) flags a concern.
    const mine = await page.request.get('/api/supervision/my-trainees');
    const sofieCourse = (
      (await mine.json()) as { items: { courseId: string; trainee: { name: string } }[] }
    ).items.find((i) => i.trainee.name === 'Sofie Lindberg')!.courseId;
    const fb = await page.request.post(`/api/courses/${sofieCourse}/feedback`, {
      headers: { 'x-csrf-token': await csrf(page) },
      data: {
        givenOn: new Date().toISOString().slice(0, 10),
        setting: 'SHIFT',
        wentWell: 'Venlig over for patienterne.',
        toImprove: 'Virker presset og usikker på vagten.',
        nextStep: 'Vi tager en snak om vagterne.',
        concern: true,
      },
    });
    expect(fb.status(), await fb.text()).toBe(201);

    // The early-warnings screen: the signal as a suggestion, with "Åbn sag".
    await page.goto('/');
    await page.getByTestId('nav-earlyWarnings').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tidlige signaler' })).toBeVisible();
    await expect(page.getByText('Signalerne er forslag, ikke vurderinger')).toBeVisible();
    const card = page.getByTestId(`warning-${sofieCourse}`);
    await expect(card.getByTestId('signal-FEEDBACK_CONCERN')).toContainText('Feedback markeret som bekymring');
    // Freja Vinther (no feedback for over 4 weeks, from the demo data) is listed too.
    await expect(page.getByTestId('warnings')).toContainText('Freja Vinther');
    await expectNoAxeViolations(page, 'the early-warnings screen');
    await saveScreenshot(page, 'early-warnings-desktop');

    await card.getByRole('link', { name: 'Åbn sag for Sofie Lindberg' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Åbn sag om uddannelsesforløb' })).toBeVisible();
    await expect(page.getByTestId('case-course')).toHaveText('Forløb: Sofie Lindberg, Kardiologisk Afdeling');
    await expect(page.getByTestId('who-can-read')).toBeVisible();
    await expectNoAxeViolations(page, 'the open-case form');
    // Submitting without a cause: the field says so.
    await page.getByTestId('case-submit').click();
    await expect(page.getByText('Vælg en årsag')).toBeVisible();
    await page.getByLabel('Begge dele').check();
    await page
      .getByLabel('Kort beskrivelse')
      .fill('Sofie virker presset på vagterne; afdelingen har haft mange ubesatte vagter.');
    await page.getByTestId('case-submit').click();

    // The case page.
    await expect(page.getByRole('heading', { level: 1, name: 'Sag om Sofie Lindberg' })).toBeVisible();
    const caseUrl = page.url();
    await expect(page.getByTestId('case-state')).toHaveText('Åben');
    await page.getByTestId('plan-edit').click();
    await page.getByTestId('plan-goals').fill('Tryghed på vagterne inden for en måned.');
    await page.getByTestId('plan-actions').fill('Bagvagt i huset på de næste fire vagter; ugentlig samtale.');
    await page.getByTestId('plan-support').fill('Mette Kjær følger op hver uge; tilbud om mentor.');
    await page.getByRole('button', { name: 'Tilføj opfølgningsdato' }).click();
    await page.getByLabel('Opfølgning 1', { exact: true }).fill('2030-01-15');
    await page.getByTestId('plan-save').click();
    await expect(page.getByTestId('plan-version-1')).toContainText('Tryghed på vagterne inden for en måned.');
    await expect(page.getByTestId('plan-version-1')).toContainText('15. januar 2030');
    await expect(page.getByRole('heading', { name: 'Opfølgningsnotater' })).toBeVisible();
    await expect(page.getByTestId('access-log')).toContainText('Mette Kjær');
    await expectNoAxeViolations(page, 'the case page (UAO)');
    await saveScreenshot(page, 'difficulty-case-uao-desktop');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'difficulty-case-uao-390');
    await page.goto('/early-warnings');
    await expect(page.getByTestId(`warning-${sofieCourse}`).getByTestId('case-open-badge')).toHaveText('Sag åben');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'early-warnings-390');

    // The trainee: a card on the start page, the case and the plan, no notes, and Mette Kjær's read.
    await leaveSession(page);
    await loginViaApi(page.request, SOFIE);
    await page.goto('/');
    const cases = page.getByTestId('my-cases-card');
    await expect(cases).toBeVisible();
    await cases.getByRole('link', { name: /Sag om Sofie Lindberg/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sag om Sofie Lindberg' })).toBeVisible();
    await expect(page.getByTestId('plan-version-1')).toContainText('Bagvagt i huset på de næste fire vagter');
    await expect(page.getByRole('heading', { name: 'Opfølgningsnotater' })).toHaveCount(0);
    await expect(page.getByTestId('plan-edit')).toHaveCount(0);
    const log = page.getByTestId('access-log');
    await expect(log).toContainText('Mette Kjær: læste planen');
    await expect(log).toContainText('Mette Kjær: åbnede sagen');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the case page (trainee, 390 px)');
    await saveScreenshot(page, 'difficulty-case-trainee-390');

    // The regional administrator: "not found", like any page that does not exist.
    await leaveSession(page);
    await page.setViewportSize(DESKTOP);
    await loginViaApi(page.request, THOMAS);
    await page.goto(caseUrl);
    await expect(page.getByTestId('not-found-page')).toBeVisible();
    await expect(page.getByText('Sofie Lindberg')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the case URL as the admin');
  });
});
