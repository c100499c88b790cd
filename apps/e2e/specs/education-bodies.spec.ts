import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

/** The feature's own Danish texts, so the spec looks for what a user sees. */
const bodiesDa = JSON.parse(
  fs.readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../web/src/features/education-bodies/locales/da.json',
    ),
    'utf8',
  ),
) as {
  health: Record<string, string>;
  meetingStatus: Record<string, string>;
  attendance: Record<string, string>;
  body: Record<string, string>;
  meeting: Record<string, string>;
  my: Record<string, string>;
};

const STANDING = 'Uddannelseslæger i vanskeligheder: forebyggelse, tidlig opsporing og håndtering';

/** Yesterday in Denmark: a meeting that has taken place, so it can be marked held. */
function yesterdayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() - 24 * 3600 * 1000),
  );
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test.describe('education bodies', () => {
  test('the UAO plans a forum meeting, records it and the forum becomes working', async ({ page }) => {
    // One long flow over five screens with axe on each: more than the default 30 s on a busy machine.
    test.setTimeout(150_000);
    await loginViaApi(page.request, HOVEDSTADEN_USERS.UAO);
    await page.goto('/');

    // Start page: the UAO's upcoming meetings (the education team meets in a few days).
    const mine = page.getByTestId('my-upcoming-meetings');
    await expect(mine.getByRole('heading', { name: bodiesDa.my.heading })).toBeVisible();
    await expect(mine).toContainText('Uddannelsesteamet – Kardiologisk Afdeling');
    await saveScreenshot(page, 'bodies-start-UAO');

    // The list: the Kardiologisk forum is overdue.
    await page.getByTestId('nav-education-bodies').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uddannelsesorganer' })).toBeVisible();
    const forumRow = page
      .getByTestId('body-row')
      .filter({ hasText: 'Uddannelsesforum' })
      .filter({ hasText: 'Kardiologisk Afdeling' });
    await expect(forumRow.getByTestId('body-status')).toHaveText(bodiesDa.health.OVERDUE!);
    await expectNoAxeViolations(page, 'the list of education bodies');
    await saveScreenshot(page, 'bodies-list-desktop');

    // Overdue filter.
    await page.getByLabel('Status').selectOption('true');
    await expect(page).toHaveURL(/overdue=true/);
    await expect(forumRow).toBeVisible();
    await expect(page.getByTestId('body-row').filter({ hasText: 'Uddannelsesteamet' })).toHaveCount(0);
    await page.getByLabel('Status').selectOption('');

    // Body page.
    await forumRow.getByRole('link', { name: 'Uddannelsesforum' }).click();
    const bodyPage = page.getByTestId('body-page');
    await expect(bodyPage.getByRole('heading', { level: 1 })).toHaveText('Uddannelsesforum – Kardiologisk Afdeling');
    await expect(bodyPage.getByTestId('body-status')).toHaveText(bodiesDa.health.OVERDUE!);
    await expect(bodyPage.getByTestId('terms-of-reference')).toContainText('Kommissorium for Uddannelsesforum');
    await expectNoAxeViolations(page, 'the body page');

    // Plan a meeting (yesterday, so it can be marked held); the standing item is announced.
    await bodyPage.getByTestId('plan-meeting').click();
    const form = page.getByRole('form', { name: bodiesDa.body.planMeeting });
    await expect(form.getByTestId('standing-note')).toContainText(STANDING);
    await form.getByLabel(bodiesDa.meeting.date!).fill(yesterdayInDenmark());
    await form.getByLabel(bodiesDa.meeting.startTime!).fill('14:00');
    await form.getByLabel(bodiesDa.meeting.endTime!).fill('15:00');
    await form.getByLabel(bodiesDa.meeting.place!).fill('Mødelokale 3, Hvidovre');
    await form.getByLabel(bodiesDa.meeting.agendaInput!).fill('Kompetencevurdering af introduktionslæger');
    await expectNoAxeViolations(page, 'the meeting form');
    await form.getByRole('button', { name: bodiesDa.meeting.create }).click();

    // Meeting page: the standing item first, marked as such.
    const meeting = page.getByTestId('meeting-page');
    await expect(meeting).toBeVisible();
    const agenda = meeting.getByTestId('agenda-item');
    await expect(agenda).toHaveCount(2);
    await expect(agenda.first()).toContainText(STANDING);
    await expect(agenda.first().getByTestId('standing-badge')).toHaveText(bodiesDa.meeting.standing!);
    await expect(agenda.nth(1)).toContainText('Kompetencevurdering af introduktionslæger');
    await expect(meeting.getByTestId('meeting-status')).toHaveText(bodiesDa.meetingStatus.PLANNED!);

    // Attendance.
    const row = (name: string) => meeting.getByTestId('attendance-row').filter({ hasText: name });
    await row('Mette Kjær').getByLabel(bodiesDa.attendance.PRESENT!).check();
    await row('Anders Holm').getByLabel(bodiesDa.attendance.EXCUSED!).check();
    await row('Jens Mikkelsen').getByLabel(bodiesDa.attendance.PRESENT!).check();
    await meeting.getByRole('button', { name: bodiesDa.meeting.saveAttendance }).click();
    await expect(meeting.getByText(bodiesDa.meeting.attendanceSaved!)).toBeVisible();

    // Minutes and decisions.
    await meeting
      .getByLabel(bodiesDa.meeting.minutes!, { exact: true })
      .fill('To introduktionslæger er bagud med kompetencevurderingerne. Ingen uddannelseslæger i vanskeligheder.');
    await meeting.getByLabel(bodiesDa.meeting.decisions!, { exact: true }).fill('Vejlederne booker vurderinger.');
    await meeting.getByRole('button', { name: bodiesDa.meeting.saveMinutes }).click();
    await expect(meeting.getByText(bodiesDa.meeting.minutesSaved!)).toBeVisible();

    // An action item for Jens Mikkelsen.
    const actionForm = meeting.getByRole('form', { name: bodiesDa.meeting.addAction });
    await actionForm.getByLabel(bodiesDa.meeting.actionText!).fill('Booke kompetencevurderinger');
    await actionForm.getByLabel(bodiesDa.meeting.owner!).selectOption({ label: 'Jens Mikkelsen' });
    await actionForm.getByRole('button', { name: bodiesDa.meeting.addAction }).click();
    const item = meeting.getByTestId('action-item').filter({ hasText: 'Booke kompetencevurderinger' });
    await expect(item).toContainText('Jens Mikkelsen');
    await expect(item.getByRole('checkbox')).not.toBeChecked();

    // Mark the meeting held.
    await meeting.getByTestId('mark-held').click();
    await expect(meeting.getByTestId('meeting-status')).toHaveText(bodiesDa.meetingStatus.HELD!);
    await expectNoAxeViolations(page, 'the meeting page');
    await saveScreenshot(page, 'bodies-meeting-desktop');

    // The .ics link serves a calendar file for this meeting.
    const href = await meeting.getByTestId('meeting-ics').getAttribute('href');
    const ics = await page.request.get(href!);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain('BEGIN:VEVENT');

    // The forum is now working.
    await meeting.getByRole('link', { name: /Tilbage til Uddannelsesforum/ }).click();
    await expect(page.getByTestId('body-page').getByTestId('body-status')).toHaveText(bodiesDa.health.WORKING!);
    await saveScreenshot(page, 'bodies-body-desktop');

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'bodies-body-390px');
    await page.goBack();
    await expect(page.getByTestId('meeting-page')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the meeting page at 390 px');
    await saveScreenshot(page, 'bodies-meeting-390px');
    await page.goto('/education-bodies');
    await expect(page.getByTestId('body-row').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the list at 390 px');
    await saveScreenshot(page, 'bodies-list-390px');
  });

  test('a member without the manage permission reads the forum but cannot change it', async ({ page }) => {
    await loginViaApi(page.request, HOVEDSTADEN_USERS.SUPERVISOR);
    await page.goto('/education-bodies');
    const row = page.getByTestId('body-row');
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: 'Uddannelsesforum' }).click();
    const bodyPage = page.getByTestId('body-page');
    await expect(bodyPage.getByText(bodiesDa.body.readOnly!)).toBeVisible();
    await expect(bodyPage.getByTestId('plan-meeting')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the body page for a member');
  });

  test('minutes saved by someone else in between: 409 and both texts side by side', async ({ page }) => {
    const me = await loginViaApi(page.request, HOVEDSTADEN_USERS.UAO);
    const list = await page.request.get('/api/education-bodies?kind=TEAM');
    const team = ((await list.json()) as { items: { id: string; name: string }[] }).items.find(
      (b) => b.name === 'Uddannelsesteamet',
    )!;
    const body = (await (await page.request.get(`/api/education-bodies/${team.id}`)).json()) as {
      meetings: { id: string; status: string }[];
    };
    const meetingId = body.meetings.find((m) => m.status === 'HELD')!.id;
    await page.goto(`/education-meetings/${meetingId}`);
    const meeting = page.getByTestId('meeting-page');
    const minutes = meeting.getByLabel(bodiesDa.meeting.minutes!, { exact: true });
    await expect(minutes).not.toHaveValue('');

    // Another person (same API, a later version) saves first.
    const current = (await (await page.request.get(`/api/education-meetings/${meetingId}`)).json()) as {
      minutes: string;
      decisions: string;
      minutesVersion: number;
    };
    const saved = await page.request.put(`/api/education-meetings/${meetingId}/minutes`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        minutes: 'Anders har rettet referatet.',
        decisions: current.decisions,
        minutesVersion: current.minutesVersion,
      },
    });
    expect(saved.status()).toBe(200);

    await minutes.fill('Mettes udgave af referatet.');
    await meeting.getByRole('button', { name: bodiesDa.meeting.saveMinutes }).click();
    const conflict = meeting.getByTestId('minutes-conflict');
    await expect(conflict).toContainText(bodiesDa.meeting.conflictTitle!);
    await expect(conflict.getByTestId('minutes-theirs')).toHaveText('Anders har rettet referatet.');
    await expect(conflict.getByTestId('minutes-yours')).toHaveText('Mettes udgave af referatet.');
    await expectNoAxeViolations(page, 'the minutes conflict');
    await saveScreenshot(page, 'bodies-minutes-conflict');

    // Keeping her own text saves it on top of the current version.
    await conflict.getByRole('button', { name: bodiesDa.meeting.keepMine }).click();
    await expect(meeting.getByText(bodiesDa.meeting.minutesSaved!)).toBeVisible();
    await expect(conflict).toHaveCount(0);
    const after = (await (await page.request.get(`/api/education-meetings/${meetingId}`)).json()) as {
      minutes: string;
    };
    expect(after.minutes).toBe('Mettes udgave af referatet.');
  });
});
