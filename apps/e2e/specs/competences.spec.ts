import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, test } from '../fixtures/test';

const SOFIE = HOVEDSTADEN_USERS.TRAINEE;
const JENS = HOVEDSTADEN_USERS.SUPERVISOR;
const ANDERS = HOVEDSTADEN_USERS.UKS;

interface Mine {
  items: { courseId: string; trainee: { name: string }; approved: number; total: number }[];
}

async function mine(page: Page): Promise<Mine['items']> {
  const res = await page.request.get('/api/competences/mine');
  expect(res.status()).toBe(200);
  return ((await res.json()) as Mine).items;
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('competences and education plan', () => {
  test('a supervisor approves a competence and revises the plan; the trainee’s progress bar follows', async ({
    page,
  }) => {
    // The trainee's start page: progress bar, link to the plan, and where official approval lives.
    await loginViaApi(page.request, SOFIE);
    const [course] = await mine(page);
    expect(course).toBeDefined();
    const courseId = course!.courseId;
    const approvedBefore = course!.approved;
    await page.goto('/');
    const bar = page.getByTestId('my-progress-text').first(); // her demo course: the earliest (another spec may add a later one)
    await expect(bar).toHaveText(new RegExp(`^${approvedBefore} af ${course!.total} godkendt`));
    await expect(page.getByTestId('official-note').getByRole('link', { name: /uddannelseslæge\.dk/ })).toHaveAttribute(
      'href',
      'https://uddannelseslaege.dk',
    );
    await expect(page.getByRole('link', { name: 'Se kompetencer og uddannelsesplan' }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'the trainee start page');
    await saveScreenshot(page, 'competences-trainee-start');

    // The supervisor opens the course from their start page.
    await loginViaApi(page.request, JENS);
    await page.goto('/');
    await page.getByRole('link', { name: 'Kompetencer for Sofie Lindberg' }).first().click(); // the demo course (earliest)
    await expect(page.getByRole('heading', { level: 1, name: 'Kompetencer og uddannelsesplan' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/competences/courses/${courseId}$`));

    // Approve the first competence not started yet, with today's date.
    const open = page.locator('[data-testid^="competence-"][data-status="NOT_STARTED"]').first();
    const testId = await open.getAttribute('data-testid');
    const item = page.getByTestId(testId!);
    await item.getByTestId('approve').click();
    await expect(item.getByTestId('approve-date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await item.getByTestId('status-save').click();
    await expect(item).toHaveAttribute('data-status', 'APPROVED');
    await expect(item).toContainText('Godkendt');
    await expect(item).toContainText('af Jens Mikkelsen');
    await expect(page.getByTestId('course-progress-text')).toHaveText(
      new RegExp(`^${approvedBefore + 1} af ${course!.total} godkendt`),
    );

    // A new version of the education plan; the history shows both, with what changed.
    const plan = page.getByTestId('education-plan');
    const versionBefore = Number(
      (await plan
        .getByText(/^Version \d+/)
        .first()
        .textContent())!.match(/\d+/)![0],
    );
    await plan.getByTestId('plan-edit').click();
    await plan.getByRole('button', { name: 'Tilføj mål' }).click();
    const goals = plan.getByRole('textbox', { name: 'Mål', exact: true });
    const newGoal = `Lede stuegang på eget afsnit (${Date.now().toString(36)})`;
    await goals.last().fill(newGoal);
    await expect(plan.getByLabel('Anledning')).toHaveValue('SUPERVISION');
    await plan.getByLabel('Note (valgfri)').fill('Efter vejledersamtale');
    await expectNoAxeViolations(page, 'the education plan form');
    await plan.getByTestId('plan-save').click();
    await expect(plan.getByText(`Version ${versionBefore + 1} · Vejledersamtale`)).toBeVisible();
    await expect(plan.getByText(newGoal)).toBeVisible();
    await plan.getByTestId('plan-history-toggle').click();
    const versions = plan.getByTestId('plan-versions').locator('li');
    await expect(versions).toHaveCount(versionBefore + 1);
    await plan.getByRole('button', { name: `Vis version ${versionBefore + 1}` }).click();
    await expect(plan.getByTestId('diff-added')).toContainText(newGoal);
    await expectNoAxeViolations(page, 'the course’s competences and plan');
    await saveScreenshot(page, 'competences-course-supervisor');

    // Phone width: the same page without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId('course-progress-text')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'competences-course-supervisor-390');

    // Back as the trainee: the progress bar has moved, on the phone too.
    await loginViaApi(page.request, SOFIE);
    await page.goto('/');
    await expect(page.getByTestId('my-progress-text').first()).toHaveText(
      new RegExp(`^${approvedBefore + 1} af ${course!.total} godkendt`),
    );
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'competences-trainee-start-390');
    await page.getByRole('link', { name: 'Se kompetencer og uddannelsesplan' }).first().click();
    await expect(page.getByTestId(testId!)).toHaveAttribute('data-status', 'APPROVED');
    // The trainee reads the plan but cannot edit it, nor approve.
    await expect(page.getByTestId('education-plan').getByText(newGoal)).toBeVisible();
    await expect(page.getByTestId('plan-edit')).toHaveCount(0);
    await expect(page.getByTestId('approve')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the trainee’s course page at 390 px');
    await saveScreenshot(page, 'competences-course-trainee-390');
  });

  test('department progress: chart and table; the catalogue', async ({ page }) => {
    await loginViaApi(page.request, ANDERS);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Kompetencer i afdelingen' })).toBeVisible();
    await expect(page.getByTestId('track-chart').first()).toBeVisible();
    await page.getByRole('link', { name: 'Se hele oversigten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Afdelingens kompetencefremdrift' })).toBeVisible();
    await expect(page.getByTestId('track-table')).toContainText('KBU');
    await expect(page.getByTestId('trainee-table')).toContainText('Sofie Lindberg');
    await expectNoAxeViolations(page, 'the department progress page');
    await saveScreenshot(page, 'competences-department-progress');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId('trainee-table')).toContainText('Sofie Lindberg');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'the department progress page at 390 px');
    await saveScreenshot(page, 'competences-department-progress-390');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/competences');
    await expect(page.getByRole('heading', { level: 1, name: 'Kompetencelister' })).toBeVisible();
    await page.getByRole('button', { name: /Klinisk basisuddannelse \(KBU\)/ }).click();
    await expect(page.getByText('K1 Den akutte patient', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page, 'the competence catalogue');
    await saveScreenshot(page, 'competences-catalogue');
  });
});
