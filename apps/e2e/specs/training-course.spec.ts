import type { APIRequestContext, Page } from '@playwright/test';
import { leaveSession, loginViaApi } from '../fixtures/auth';
import { DEMO_PASSWORD, HOVEDSTADEN, HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { waitForMail } from '../fixtures/mails';
import { expect, saveScreenshot, test } from '../fixtures/test';

/**
 * The training course from end to end, across the four modules of issue 4, for a trainee nobody
 * else's spec touches: Tutorcentret creates and invites the new KBU doctor → the UAO creates the
 * course (the due date shows as start + 14 days) and names the hovedvejleder → the reminder e-mail
 * arrives in the test SMTP server → the hovedvejleder schedules and records the meeting → the
 * trainee confirms → the hovedvejleder gives feedback on a phone → the trainee sees it → a
 * competence is approved and the trainee's progress moves.
 */
const KAREN = HOVEDSTADEN_USERS.EDUCATION_CENTRE; // Tutorcentret, AHH
const METTE = HOVEDSTADEN_USERS.UAO; // UAO, Kardiologisk Afdeling
const JENS = HOVEDSTADEN_USERS.SUPERVISOR; // vejleder, Kardiologisk Afdeling

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A calendar date in Danish time, `offset` days from today (YYYY-MM-DD). */
function day(offset = 0): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
}
/** The rule of packages/contracts (course-rules.ts), restated: + 14 days, a weekend moves back to Friday. */
function kbuDue(start: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  const wd = d.getUTCDay();
  if (wd === 6) d.setUTCDate(d.getUTCDate() - 1);
  if (wd === 0) d.setUTCDate(d.getUTCDate() - 2);
  return d.toISOString().slice(0, 10);
}
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

async function signIn(page: Page, user: typeof METTE) {
  await leaveSession(page);
  await loginViaApi(page.request, user);
}

async function signInAsNewTrainee(page: Page, email: string) {
  await leaveSession(page);
  const token = await csrf(page.request);
  const res = await page.request.post('/api/auth/login', {
    headers: { 'x-csrf-token': token },
    data: { tenant: HOVEDSTADEN.slug, email, password: DEMO_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe.configure({ timeout: 300_000 });

test('a KBU course from creation to approved competence: reminder, meeting, confirmation, feedback on a phone, progress', async ({
  page,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const name = `Malthe Ravn ${suffix}`;
  const email = `malthe.ravn.${suffix}@regionh.dk`;
  // Started 12 days ago: the meeting is due in 2 days (or on the Friday before), inside the reminder window.
  const start = day(-12);
  const end = day(168);
  const due = kbuDue(start);

  // 1. Tutorcentret creates the new KBU doctor with an invitation and a TRAINEE role in the department.
  await signIn(page, KAREN);
  const meMette = { unitId: '' };
  {
    const token = await csrf(page.request);
    const created = await page.request.post('/api/people', {
      headers: { 'x-csrf-token': token },
      data: { name, email, title: 'KBU-læge', sendInvitation: true },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const list = (
      (await (await page.request.get('/api/org-units')).json()) as {
        items: { id: string; name: string; kind: string }[];
      }
    ).items;
    const kard = list.find((u) => u.name === 'Kardiologisk Afdeling' && u.kind === 'DEPARTMENT');
    expect(kard, 'Kardiologisk Afdeling in the org units').toBeDefined();
    meMette.unitId = kard!.id;
    const role = await page.request.post(`/api/people/${id}/assignments`, {
      headers: { 'x-csrf-token': token },
      data: { role: 'TRAINEE', unitId: kard!.id, validFrom: start, validTo: end },
    });
    expect(role.status(), await role.text()).toBe(201);
  }
  // The invitation arrives by e-mail; the trainee sets a password.
  const invitation = await waitForMail((m) => m.to.includes(email) && /invitation\//.test(m.text));
  const invitationToken = /invitation\/([0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(invitation.text)![1]!;
  {
    await leaveSession(page);
    const token = await csrf(page.request);
    const accepted = await page.request.post(`/api/invitations/${invitationToken}/accept`, {
      headers: { 'x-csrf-token': token },
      data: { password: DEMO_PASSWORD },
    });
    expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  }

  // 2. The UAO creates the KBU course; the due date is start + 14 days.
  await page.setViewportSize(DESKTOP);
  await signIn(page, METTE);
  await page.goto('/courses/new');
  await page.getByTestId('trainee-search').fill(suffix);
  await page.getByTestId('trainee-select').selectOption({ label: `${name} (${email})` });
  await page.getByTestId('course-unit').selectOption(meMette.unitId);
  await page.getByTestId('course-track').selectOption('KBU');
  await page.getByTestId('course-start').fill(start);
  await page.getByTestId('course-end').fill(end);
  await expect(page.getByTestId('due-preview')).toContainText(longDate(due));
  await page.getByTestId('course-submit').click();
  await expect(page.getByTestId('course-page')).toBeVisible();
  await expect(page.getByTestId('course-due')).toContainText(longDate(due));
  const courseId = page.url().split('/').pop()!;
  // Jens Mikkelsen becomes hovedvejleder.
  await page.getByTestId('supervisor-select').selectOption({ label: 'Jens Mikkelsen' });
  await page.getByTestId('supervisor-add').click();
  await expect(page.getByTestId('course-facts')).toContainText('Jens Mikkelsen');
  await saveScreenshot(page, 'training-course-created');

  // 3. The reminder reaches both the trainee and the hovedvejleder through the SMTP server.
  const toTrainee = await waitForMail(
    (m) => m.to.includes(email) && m.subject.includes('Forventningsafstemning senest'),
  );
  expect(toTrainee.subject).toContain(name);
  const toJens = await waitForMail(
    (m) => m.to.includes(JENS.email) && m.subject.includes(`Forventningsafstemning senest`) && m.subject.includes(name),
  );
  const link = new RegExp(`${baseURL}(/expectation-meetings/[0-9a-f-]{36})`).exec(toJens.text);
  expect(link, toJens.text).not.toBeNull();
  expect(link![1]).toBe(`/expectation-meetings/${courseId}`);

  // 4. The hovedvejleder, on a phone, follows the link: schedules, then records the meeting.
  await page.setViewportSize(PHONE);
  await signIn(page, JENS);
  await page.goto(link![1]!);
  const panel = page.getByTestId('expectation-meeting-panel');
  await expect(panel.getByTestId('meeting-state')).toHaveText('Ikke planlagt');
  await panel.getByLabel('Dato og klokkeslæt').fill(`${day(0)}T08:00`);
  await panel.getByLabel('Sted').fill('Kardiologisk Afdeling, kontor 2');
  await panel.getByRole('button', { name: 'Gem tidspunkt' }).click();
  await expect(panel.getByTestId('meeting-state')).toHaveText('Planlagt');
  const form = panel.getByTestId('record-form');
  await form.getByLabel('Afholdt den').fill(day(0));
  await form.getByLabel('Uddannelseslægens forventninger').fill('Lære akut EKG-tolkning og få feedback hver uge.');
  await form.getByLabel('Vejlederens forventninger').fill('Forbereder stuegang og spørger tidligt.');
  await form.getByLabel('Mål', { exact: true }).fill('Selvstændig EKG-tolkning inden for 6 uger.');
  await form.getByRole('button', { name: 'Gem referat' }).click();
  await expect(panel.getByTestId('meeting-state')).toHaveText('Afholdt');

  // 5. The trainee confirms from the start page.
  await signInAsNewTrainee(page, email);
  await page.goto('/');
  const mine = page.getByTestId('my-expectation-meeting');
  await expect(mine.getByTestId('meeting-state')).toHaveText('Afholdt');
  await mine.getByRole('button', { name: 'Bekræft referatet' }).click();
  await expect(mine).toContainText('Tak, din bekræftelse er gemt.');

  // 6. The hovedvejleder gives feedback on the phone, from the start page's list of trainees.
  await signIn(page, JENS);
  await page.goto('/');
  const wentWell = `Struktureret EKG-gennemgang ved konferencen (${suffix}).`;
  await page
    .getByTestId('my-trainee')
    .filter({ hasText: name })
    .getByRole('link', { name: `Giv feedback til ${name}` })
    .click();
  await page.getByLabel('Det gik godt').fill(wentWell);
  await page.getByLabel('Det kan forbedres').fill('Nævn differentialdiagnoser højt.');
  await page.getByLabel('Aftalt næste skridt').fill('Tag næste akutte EKG sammen med bagvagten.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: wentWell })).toBeVisible();
  await saveScreenshot(page, 'training-course-feedback-phone');

  // 7. The trainee sees it.
  await signInAsNewTrainee(page, email);
  await page.goto('/my-feedback');
  await expect(page.getByText(wentWell)).toBeVisible();

  // 8. The hovedvejleder approves a competence; the trainee's progress moves from 0 to 1.
  await signInAsNewTrainee(page, email);
  await page.goto('/');
  const progress = page.getByTestId('my-progress-text');
  await expect(progress).toHaveText(/^0 af \d+ godkendt/);
  const total = Number(/^0 af (\d+)/.exec((await progress.textContent()) ?? '')![1]);

  await page.setViewportSize(DESKTOP);
  await signIn(page, JENS);
  await page.goto(`/competences/courses/${courseId}`);
  const open = page.locator('[data-testid^="competence-"][data-status="NOT_STARTED"]').first();
  const item = page.getByTestId((await open.getAttribute('data-testid'))!);
  await item.getByTestId('approve').click();
  await item.getByTestId('status-save').click();
  await expect(item).toHaveAttribute('data-status', 'APPROVED');

  await page.setViewportSize(PHONE);
  await signInAsNewTrainee(page, email);
  await page.goto('/');
  await expect(page.getByTestId('my-progress-text')).toHaveText(new RegExp(`^1 af ${total} godkendt`));
  await saveScreenshot(page, 'training-course-trainee-start-phone');
});
