import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { answerByLink, answerLinkFor, createRecipients } from '../fixtures/questionnaires';
import { expect, saveScreenshot, test } from '../fixtures/test';

/** The questionnaires feature's own Danish texts, as the user sees them. */
const da = JSON.parse(
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/features/questionnaires/locales/da.json'),
    'utf8',
  ),
) as {
  title: string;
  answer: { invalid: string; anonymityTitle: string };
  states: { OPEN: string; CLOSED: string };
};

const KAREN = HOVEDSTADEN_USERS.EDUCATION_CENTRE; // Tutorcentret, AHH

/** No sideways scrolling (polled: a chart measures its container a moment after a resize). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: 'the page scrolls sideways',
      timeout: 5000,
    })
    .toBeLessThanOrEqual(0);
}

test.describe('questionnaires (Tutorcentret)', () => {
  test('create, send a round, 9 anonymous answers by link at 390 px, live response rate, close', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const karen = await loginViaApi(page.request, KAREN);
    const tag = Date.now().toString(36);
    const title = `Trivsel og tryghed ${tag}`;
    const people = await createRecipients(page.request, karen, tag);

    // The list, and a new questionnaire for everyone in AHH.
    await page.goto('/questionnaires');
    await expect(page.getByRole('heading', { level: 1, name: da.title })).toBeVisible();
    await page.getByTestId('q-new').click();
    await page.getByTestId('q-title').fill(title);
    await page.getByTestId('q-intro').fill('Svar ærligt: dit svar er anonymt.');
    await page.getByTestId('q-audience').click();
    await page.getByRole('option', { name: 'Alle' }).click();
    await page.getByTestId('q-schedule').click();
    await page.getByRole('option', { name: 'Hvert halve år' }).click();
    await expectNoAxeViolations(page, 'the questionnaire list with the new form');
    await page.getByTestId('q-save').click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Questions: a scale (default 1–5) with end labels, and a free text.
    await page.getByTestId('question-text').fill('Jeg føler mig tryg i mit arbejde');
    await page.getByLabel('Tekst ved laveste værdi').fill('Slet ikke');
    await page.getByLabel('Tekst ved højeste værdi').fill('I meget høj grad');
    await page.getByTestId('question-save').click();
    await expect(page.getByTestId('question-card')).toHaveCount(1);
    await page.getByTestId('question-kind').click();
    await page.getByRole('option', { name: 'Fritekst' }).click();
    await page.getByTestId('question-text').fill('Hvad kan afdelingen gøre bedre?');
    await page.getByLabel('Skal besvares').uncheck();
    await page.getByTestId('question-save').click();
    await expect(page.getByTestId('question-card')).toHaveCount(2);
    await expectNoAxeViolations(page, 'the questionnaire');
    await saveScreenshot(page, 'questionnaire-detail-desktop');

    // A round: the next half-year is filled in; today, so that it can be sent now.
    await page.getByTestId('round-new').click();
    await expect(page.getByTestId('round-label')).toHaveValue(/^\d{4}, [12]\. halvår$/);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    await page.getByTestId('round-opens').fill(today);
    await page.getByTestId('round-save').click();
    await expect(page.getByTestId('round-send')).toBeVisible();
    await expectNoAxeViolations(page, 'the draft round');
    await page.getByTestId('round-send').click();
    await page.getByTestId('confirm-yes').click();
    await expect(page.getByTestId('round-state')).toHaveText(da.states.OPEN);
    await expect(page.getByTestId('status-answered')).toHaveText('0');
    const recipients = Number(await page.getByTestId('status-recipients').textContent());
    expect(recipients).toBeGreaterThanOrEqual(9);

    // A signed-in recipient finds it on her start page too, with her own link (Sofie Lindberg, a
    // trainee in AHH): she opens the answer page from there (and does not answer here).
    const sofieContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const sp = await sofieContext.newPage();
    await loginViaApi(sp.request, HOVEDSTADEN_USERS.TRAINEE);
    await sp.goto('/');
    const myCard = sp.getByTestId('my-questionnaires-card');
    await expect(myCard.getByRole('link', { name: new RegExp(title) })).toBeVisible();
    await expectNoAxeViolations(sp, 'the start page with the questionnaire card');
    await saveScreenshot(sp, 'questionnaire-start-card-390');
    await myCard.getByRole('link', { name: new RegExp(title) }).click();
    await expect(sp.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await sofieContext.close();

    // The links from the e-mails; the answer page, phone-sized, without signing in.
    const links = await Promise.all([...people.trainees, ...people.supervisors].map((e) => answerLinkFor(e, title)));
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    await p.goto(links[0]!);
    await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(p.getByText(da.answer.anonymityTitle)).toBeVisible();
    await expectNoHorizontalScroll(p);
    await expectNoAxeViolations(p, 'the answer page');
    await saveScreenshot(p, 'questionnaire-answer-390');
    await p.setViewportSize({ width: 320, height: 700 });
    await expectNoHorizontalScroll(p);
    await saveScreenshot(p, 'questionnaire-answer-320');
    await phone.close();

    // 5 trainees answer; the round page (not reloaded) follows within its 10-second refresh.
    for (const [i, link] of links.slice(0, 5).entries())
      await answerByLink(browser, link, (i % 5) + 1, i === 0 ? 'Mere tid til vejledning om natten' : undefined);
    await expect(page.getByTestId('status-answered')).toHaveText('5', { timeout: 20_000 });
    // then 4 supervisors.
    for (const [i, link] of links.slice(5).entries()) await answerByLink(browser, link, 5 - i);
    await expect(page.getByTestId('status-answered')).toHaveText('9', { timeout: 20_000 });
    await expect(page.getByTestId('status-groups')).toContainText('Kardiologisk Afdeling');
    await expectNoAxeViolations(page, 'the open round with its response rate');
    await saveScreenshot(page, 'questionnaire-round-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'questionnaire-round-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A used link is refused, with the same message as an unknown one.
    const again = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const a = await again.newPage();
    await a.goto(links[0]!);
    await expect(a.getByTestId('answer-invalid')).toHaveText(da.answer.invalid);
    await again.close();

    // Close: the figures stay, the recipients are gone.
    await page.getByTestId('round-close').click();
    await page.getByTestId('confirm-yes').click();
    await expect(page.getByTestId('round-state')).toHaveText(da.states.CLOSED);
    await expect(page.getByTestId('status-answered')).toHaveText('9');
    await expect(page.getByTestId('round-results-link')).toBeVisible();
    await expectNoAxeViolations(page, 'the closed round');

    // The results appear once the round is closed: the 9 answers overall; by role group the
    // supervisors' 4 answers show no figure ("For få svar"), and the trainees' 5 are hidden too,
    // since overall minus trainees would give the supervisors' figures away.
    await page.getByTestId('round-results-link').click();
    await expect(page.getByTestId('overall-summary')).toContainText('9 svar i alt');
    const q1 = page.getByTestId('question').first();
    await expect(q1.getByTestId('question-chart')).toBeVisible();
    await expect(q1.getByTestId('question-table')).toContainText('9');
    await page.getByTestId('group-by').selectOption('roleGroup');
    const groups = page.getByTestId('groups-table');
    await expect(groups.getByRole('row').filter({ hasText: 'Vejledere' })).toContainText('For få svar');
    await expect(groups.getByRole('row').filter({ hasText: 'Uddannelseslæger' })).toContainText(
      'Skjult for at beskytte en lille gruppe',
    );
    await expect(page.getByText('Mere tid til vejledning om natten')).toBeVisible(); // the free text, without a name
    await expectNoAxeViolations(page, 'the results of the round');
    await saveScreenshot(page, 'questionnaire-round-results');
  });
});
