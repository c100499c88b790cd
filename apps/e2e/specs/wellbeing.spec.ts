import type { Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { waitForMail } from '../fixtures/mails';
import { expect, saveScreenshot, test } from '../fixtures/test';

const SOFIE = HOVEDSTADEN_USERS.TRAINEE;
const JENS = HOVEDSTADEN_USERS.SUPERVISOR;
const HANNE = HOVEDSTADEN_USERS.DEPARTMENT_HEAD;

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

async function signInAs(page: Page, user: typeof SOFIE) {
  await leaveSession(page);
  await loginViaApi(page.request, user);
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

/** "oktober 2026" for the month `back` months before this one (Danish time). */
function monthName(back: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1 - back, 1)),
  );
}

test.describe.configure({ timeout: 240_000 });

test('defusing on a phone with a talk request → the supervisor is e-mailed, marks it held → the trainee sees it; the department sees only figures of months with 5 or more', async ({
  page,
}) => {
  // 1. Sofie, on a phone: the three questions and a wish for a talk with Jens Mikkelsen.
  await page.setViewportSize(PHONE);
  await signInAs(page, SOFIE);
  await page.goto('/defusing');
  await expect(page.getByRole('heading', { level: 1, name: 'Defusing efter vagt' })).toBeVisible();
  const form = page.getByTestId('defusing-form');
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page, 'defusing form (390 px)');
  await form.getByTestId('defusing-shift-kind').getByText('Nat', { exact: true }).click();
  await form.getByTestId('defusing-how-went').getByText('2', { exact: true }).click();
  await form.getByTestId('defusing-challenges').getByText('Ja', { exact: true }).click();
  await form.getByLabel('Hvad skete der? (valgfri, kort)').fill('Svær genoplivning sidst på natten.');
  await form.getByLabel('Jeg vil gerne have en opfølgende samtale').check();
  await form.getByLabel('Med hvem?').selectOption({ label: 'Jens Mikkelsen (hovedvejleder)' });
  const message = 'Kan vi tage en snak i morgen efter konferencen?';
  await form.getByLabel('Besked til Jens Mikkelsen (valgfri)').fill(message);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'wellbeing-defusing-390');
  await form.getByTestId('defusing-submit').click();
  await expect(page.getByText('Defusingen er gemt, og Jens Mikkelsen har fået besked')).toBeVisible();
  const myTalk = page.getByTestId('my-talk-request').filter({ hasText: 'Samtale med Jens Mikkelsen' });
  await expect(myTalk.getByTestId('talk-status')).toHaveText('Afventer');
  await expect(page.getByTestId('my-defusing').first()).toContainText('Vagten: 2 af 5');
  await page.setViewportSize(NARROW);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'wellbeing-defusing-320');

  // 2. The e-mail to Jens names Sofie and links to the list; it carries neither message nor answers.
  const mail = await waitForMail(
    (m) => m.to.includes(JENS.email) && m.subject === 'Ønske om opfølgende samtale: Sofie Lindberg',
  );
  expect(mail.text).toContain('/talk-requests');
  expect(mail.text).not.toContain(message);
  expect(mail.text).not.toContain('genoplivning');

  // 3. Jens sees the request with the message (not the answers) and marks the talk held.
  await page.setViewportSize(PHONE);
  await signInAs(page, JENS);
  await page.goto('/talk-requests');
  const card = page.getByTestId('talk-request').filter({ hasText: 'Sofie Lindberg' });
  await expect(card.getByTestId('talk-message')).toContainText(message);
  await expect(card).not.toContainText('genoplivning');
  await expectNoAxeViolations(page, 'talk requests (390 px)');
  await saveScreenshot(page, 'wellbeing-talk-requests-390');
  await card.getByTestId('mark-held').click();
  await card.getByRole('button', { name: 'Gem: samtale holdt' }).click();
  await expect(page.getByText('Markeret som holdt.')).toBeVisible();
  await expect(page.getByTestId('talk-request').filter({ hasText: 'Sofie Lindberg' })).toHaveCount(0);

  // 4. Sofie sees the status.
  await signInAs(page, SOFIE);
  await page.goto('/defusing');
  await expect(
    page.getByTestId('my-talk-request').filter({ hasText: 'Samtale med Jens Mikkelsen' }).getByTestId('talk-status'),
  ).toContainText('Samtale holdt');

  // 5. The cheflæge: figures for months with at least 5 defusings, "For få svar" for the thin month.
  await signInAs(page, HANNE);
  await page.setViewportSize(DESKTOP);
  await page.goto('/wellbeing');
  await expect(page.getByRole('heading', { level: 1, name: 'Trivsel i afdelingen' })).toBeVisible();
  const table = page.getByTestId('wellbeing-table');
  const rowOf = (month: string) => table.locator('tr').filter({ hasText: month });
  // Demo data: 8 defusings two months back, 3 last month (withheld).
  await expect(rowOf(monthName(2))).toContainText('8');
  await expect(rowOf(monthName(1))).toContainText('For få svar');
  await expect(rowOf(monthName(1))).not.toContainText('3');
  await expect(page.getByTestId('wellbeing-chart')).toBeVisible();
  await expect(page.getByTestId('meetings')).toBeVisible();
  await expectNoAxeViolations(page, 'department well-being (desktop)');
  await saveScreenshot(page, 'wellbeing-department-desktop');
  await page.setViewportSize(PHONE);
  await expect(table).toContainText('For få svar');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'department well-being (390 px)');
  await saveScreenshot(page, 'wellbeing-department-390');
  await page.setViewportSize(NARROW);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'wellbeing-department-320');
});
