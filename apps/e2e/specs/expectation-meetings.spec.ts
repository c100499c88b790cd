import type { Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { waitForMail } from '../fixtures/mails';
import { expect, saveScreenshot, test } from '../fixtures/test';

const METTE = HOVEDSTADEN_USERS.UAO; // UAO, Kardiologisk Afdeling AHH
const JENS = HOVEDSTADEN_USERS.SUPERVISOR; // Sofie Lindberg's hovedvejleder
const SOFIE = HOVEDSTADEN_USERS.TRAINEE; // KBU, started Saturday 2026-08-01: due Friday 2026-08-14

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

function todayInDenmark(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

async function signInAs(page: Page, user: typeof METTE) {
  await leaveSession(page);
  await loginViaApi(page.request, user);
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 240_000 });

test.describe('expectation meeting (forventningsafstemning)', () => {
  test('overdue reminder e-mail to the UAO → hovedvejleder schedules and records on a phone → trainee and hovedvejleder confirm', async ({
    page,
    baseURL,
  }) => {
    // 1. The reminder scan ran at start-up: the UAO got an e-mail about Sofie's overdue KBU meeting.
    const mail = await waitForMail(
      (m) => m.to.includes(METTE.email) && m.subject.includes('Forventningsafstemning overskredet: Sofie Lindberg'),
    );
    expect(mail.subject).toBe('Forventningsafstemning overskredet: Sofie Lindberg (frist 14.08.2026)');
    expect(mail.text).toContain('er ikke registreret som afholdt');
    const link = new RegExp(`${baseURL}(/expectation-meetings/[0-9a-f-]{36})`).exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    const meetingPath = link![1]!;

    // 2. The UAO: the department's list on the start page, the full list, and "Sendte beskeder".
    await page.setViewportSize(DESKTOP);
    await signInAs(page, METTE);
    await page.goto('/');
    const dept = page.getByTestId('department-expectation-meetings');
    await expect(dept.getByRole('heading', { name: 'Forventningsafstemninger i afdelingen' })).toBeVisible();
    // Sofie's demo KBU course (another spec may give her a later course too).
    await expect(
      dept
        .getByRole('listitem')
        .filter({ hasText: '14. august 2026' })
        .getByRole('link', { name: 'Åbn forventningsafstemningen for Sofie Lindberg' }),
    ).toBeVisible();
    await expect(dept).toContainText('overskred');
    await expectNoAxeViolations(page, 'the UAO start page');
    await saveScreenshot(page, 'expectation-meetings-uao-start');

    await page.goto('/expectation-meetings');
    await expect(page.getByRole('heading', { level: 1, name: 'Forventningsafstemninger' })).toBeVisible();
    const row = page
      .getByTestId('meeting-row')
      .filter({ hasText: 'Sofie Lindberg' })
      .filter({ hasText: '14. august 2026' });
    await expect(row).toContainText('14. august 2026');
    await expect(row.getByTestId('meeting-overdue')).toHaveText('Overskredet');
    await expectNoAxeViolations(page, 'the list of expectation meetings');
    await saveScreenshot(page, 'expectation-meetings-list-desktop');

    await page.getByRole('navigation').getByRole('link', { name: 'Sendte beskeder' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sendte beskeder' })).toBeVisible();
    const sent = page.getByTestId('sent-message').filter({ hasText: 'Sofie Lindberg' });
    await expect(sent).toContainText('Forventningsafstemning overskredet: Sofie Lindberg (frist 14.08.2026)');
    await expect(sent).toContainText('Sendt');
    await sent.getByText('Vis beskeden').click();
    await expect(sent).toContainText('er ikke registreret som afholdt');
    await expectNoAxeViolations(page, 'sent messages');
    await saveScreenshot(page, 'expectation-meetings-sent-messages');

    // 3. The hovedvejleder, on a phone, follows the link from the e-mail: schedules, then records.
    await page.setViewportSize(PHONE);
    await signInAs(page, JENS);
    await page.goto(meetingPath);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Forventningsafstemning – Sofie Lindberg' }),
    ).toBeVisible();
    const panel = page.getByTestId('expectation-meeting-panel');
    await expect(panel.getByTestId('meeting-due')).toContainText('14. august 2026');
    await expect(panel.getByTestId('meeting-state')).toHaveText('Ikke planlagt');
    await expectNoAxeViolations(page, 'the meeting page (hovedvejleder, phone)');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'expectation-meetings-supervisor-phone');

    await panel.getByLabel('Dato og klokkeslæt').fill(`${todayInDenmark(1)}T13:30`);
    await panel.getByLabel('Sted').fill('Kardiologisk Afdeling, kontor 3');
    await panel.getByRole('button', { name: 'Gem tidspunkt' }).click();
    await expect(panel.getByTestId('meeting-state')).toHaveText('Planlagt');
    await expect(panel.getByTestId('meeting-facts')).toContainText('kl. 13.30');

    const form = panel.getByTestId('record-form');
    await form.getByLabel('Afholdt den').fill(todayInDenmark());
    await form.getByLabel('Uddannelseslægens forventninger').fill('Tryghed i akutmodtagelsen og feedback hver uge.');
    await form.getByLabel('Vejlederens forventninger').fill('Selvstændig forberedelse til stuegang.');
    await form.getByLabel('Mål', { exact: true }).fill('Selvstændig stuegang inden for 3 måneder.');
    await form.getByLabel('Afklarede misforståelser').fill('Vagtbytte aftales med planlæggeren.');
    await form.getByRole('button', { name: 'Gem referat' }).click();
    await expect(panel.getByTestId('meeting-state')).toHaveText('Afholdt');
    await expect(panel.getByTestId('meeting-overdue')).toHaveCount(0);
    await expect(panel.getByTestId('record-view')).toContainText('Selvstændig stuegang inden for 3 måneder.');
    await expectNoAxeViolations(page, 'the held meeting (hovedvejleder, phone)');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'expectation-meetings-held-phone');

    // 4. The trainee, on a phone: her start page shows the meeting and the confirm button.
    await signInAs(page, SOFIE);
    await page.goto('/');
    const card = page.getByTestId('my-expectation-meeting');
    await expect(card.getByRole('heading', { name: 'Din forventningsafstemning' })).toBeVisible();
    // The meeting of the demo course (another spec may give Sofie a later course too).
    const mine = card.locator(`[data-testid="my-meeting"][data-course-id="${meetingPath.split('/').pop()}"]`);
    await expect(mine.getByTestId('meeting-state')).toHaveText('Afholdt');
    await expectNoAxeViolations(page, 'the trainee start page (phone)');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'expectation-meetings-trainee-start-phone');
    await mine.getByRole('button', { name: 'Bekræft referatet' }).click();
    await expect(mine).toContainText('Tak, din bekræftelse er gemt.');
    await mine.getByRole('link', { name: 'Se forventningsafstemningen' }).click();
    const sofiePanel = page.getByTestId('expectation-meeting-panel');
    await expect(sofiePanel.getByTestId('meeting-facts')).toContainText('Sofie Lindberg,');
    await expect(sofiePanel.getByTestId('record-form')).toHaveCount(0);

    // 5. The hovedvejleder confirms too: CONFIRMED. Editing now warns that both must confirm again.
    await signInAs(page, JENS);
    await page.goto(meetingPath);
    await panel.getByRole('button', { name: 'Bekræft referatet som hovedvejleder' }).click();
    await expect(panel.getByTestId('meeting-state')).toHaveText('Bekræftet');
    await panel.getByRole('button', { name: 'Ret referatet' }).click();
    await expect(panel.getByTestId('clears-warning')).toContainText('bliver begge bekræftelser fjernet');
    await expectNoAxeViolations(page, 'the confirmed meeting while editing (phone)');
    await saveScreenshot(page, 'expectation-meetings-confirmed-edit-phone');

    // 6. The list at 390 px: stacked, no sideways scrolling.
    await signInAs(page, METTE);
    await page.goto('/expectation-meetings');
    await page.getByTestId('meeting-filter').getByText('Alle').click();
    await expect(
      page.getByTestId('meeting-row').filter({ hasText: 'Sofie Lindberg' }).filter({ hasText: '14. august 2026' }),
    ).toContainText('Bekræftet');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'expectation-meetings-list-phone');
  });

  test('a stale save shows what someone else changed and lets the user keep their own', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signInAs(page, METTE); // hovedvejleder of Oskar Bjerre (demo), UAO of the department
    const list = await page.request.get('/api/expectation-meetings?state=all&pageSize=100');
    const oskar = ((await list.json()) as { items: { courseId: string; trainee: { name: string } }[] }).items.find(
      (i) => i.trainee.name === 'Oskar Bjerre',
    )!;
    await page.goto(`/expectation-meetings/${oskar.courseId}`);
    const panel = page.getByTestId('expectation-meeting-panel');
    await expect(panel.getByTestId('meeting-state')).toHaveText('Ikke planlagt');
    await panel.getByLabel('Dato og klokkeslæt').fill(`${todayInDenmark(3)}T09:00`);
    await panel.getByLabel('Sted').fill('Mit kontor');

    // Meanwhile someone else schedules it (through the API, with the version the page loaded).
    const current = await page.request.get(`/api/courses/${oskar.courseId}/expectation-meeting`);
    const { version } = (await current.json()) as { version: number };
    const me = await page.request.get('/api/me');
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const other = await page.request.put(`/api/courses/${oskar.courseId}/expectation-meeting/schedule`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { scheduledAt: `${todayInDenmark(4)}T10:00:00+01:00`, place: 'Konferencerum 2', version },
    });
    expect(other.status()).toBe(200);

    await panel.getByRole('button', { name: 'Gem tidspunkt' }).click();
    const conflict = panel.getByTestId('meeting-conflict');
    await expect(conflict).toContainText('En anden har ændret forventningsafstemningen');
    await expect(conflict).toContainText('Dato og klokkeslæt, Sted');
    await expect(panel.getByTestId('meeting-facts')).toContainText('Konferencerum 2');
    await expectNoAxeViolations(page, 'the schedule conflict');
    await saveScreenshot(page, 'expectation-meetings-conflict-desktop');
    await conflict.getByRole('button', { name: 'Gem mine ændringer alligevel' }).click();
    await expect(panel.getByTestId('meeting-conflict')).toHaveCount(0);
    await expect(panel.getByTestId('meeting-facts')).toContainText('Mit kontor');
  });
});
