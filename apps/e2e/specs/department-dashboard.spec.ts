import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { expectNoAxeViolations } from '../fixtures/axe';
import { HOVEDSTADEN_USERS } from '../fixtures/demo-users';
import { expect, saveScreenshot, SCREENSHOT_DIR, test } from '../fixtures/test';

const HANNE = HOVEDSTADEN_USERS.DEPARTMENT_HEAD; // cheflæge, Kardiologisk Afdeling, AHH
const KAREN = HOVEDSTADEN_USERS.EDUCATION_CENTRE; // Tutorcentret, AHH

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const TRACKS = ['KBU', 'INTRODUCTION', 'SPECIALIST'] as const;
const TRACK_DA = { KBU: 'KBU', INTRODUCTION: 'Introduktionsstilling', SPECIALIST: 'Hoveduddannelse' } as const;

// A slow shared machine: axe on a full page takes seconds.
test.describe.configure({ timeout: 240_000 });

/** Today in Denmark and a day `days` later (ISO dates), as the API computes them. */
function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), `GET ${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

interface CourseItem {
  id: string;
  unit: { id: string };
  track: (typeof TRACKS)[number];
  startDate: string;
  endDate: string;
  cancelledAt: string | null;
}

/**
 * The department's figures derived from the other modules' APIs (not from the dashboard's own),
 * by the rules the dashboard states: courses (current, managed by the department), arrivals
 * (start today … today + 55), the expectation-meetings list (overdue), the course timelines (no
 * feedback after today − 28, course started by then) and the competence progress per track.
 */
async function expectedFigures(page: Page, unitId: string) {
  const today = todayInDenmark();
  const list = (q: string) =>
    getJson<{ items: CourseItem[]; total: number }>(page, `/api/courses?unitId=${unitId}&pageSize=100&${q}`);
  const current = (await list('state=current')).items.filter((c) => c.unit.id === unitId && !c.cancelledAt);
  const byTrack = Object.fromEntries(TRACKS.map((t) => [t, current.filter((c) => c.track === t).length]));
  const arrivals = (await list(`startFrom=${today}&startTo=${addDays(today, 55)}`)).items.filter(
    (c) => c.unit.id === unitId && !c.cancelledAt,
  ).length;
  const meetings = await getJson<{ items: { unit: { id: string } }[] }>(
    page,
    '/api/expectation-meetings?state=overdue&pageSize=100',
  );
  const overdue = meetings.items.filter((m) => m.unit.id === unitId).length;
  const since = addDays(today, -28);
  let withoutFeedback = 0;
  for (const c of current) {
    const tl = await getJson<{ items: { kind: string; date: string }[] }>(
      page,
      `/api/courses/${c.id}/timeline?limit=100`,
    );
    const last = tl.items.filter((i) => i.kind === 'FEEDBACK' && i.date <= today)[0]?.date ?? null;
    if (c.startDate <= since && (last === null || last <= since)) withoutFeedback++;
  }
  const progress = await getJson<{ byTrack: { track: string; total: number; approved: number }[] }>(
    page,
    `/api/competences/progress?unitId=${unitId}`,
  );
  const competencePct = Object.fromEntries(
    progress.byTrack.map((r) => [r.track, r.total === 0 ? null : Math.round((r.approved * 1000) / r.total) / 10]),
  );
  return { total: current.length, byTrack, arrivals, overdue, withoutFeedback, competencePct };
}

/** A number as the dashboard shows it in Danish ("7,5 %", "12"). */
const daPct = (v: number | null) =>
  v === null ? '–' : `${v.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

/** The cells of a table on screen, row by row (header cell first). */
async function tableCells(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())),
    );
}

/** Content wider than the viewport means sideways scrolling (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test.describe('department dashboard', () => {
  test('the cheflæge sees correct figures, exports a table as XLSX and prints the page', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const me = await loginViaApi(page.request, HANNE);
    const unit = me.assignments.find((a) => a.id === me.activeAssignmentId)!.unit!;
    expect(unit.name).toBe('Kardiologisk Afdeling');
    const expected = await expectedFigures(page, unit.id);
    // The demo department has trainees now (demo-courses.ts: Sofie's KBU, the introduction
    // doctors of Kardiologi …): a dashboard of zeros would prove nothing.
    expect(expected.total).toBeGreaterThan(0);

    // The start page leads to the dashboard.
    await page.goto('/');
    const slot = page.getByTestId('dashboard-start-slot');
    await expect(slot.getByTestId('start-kf-trainees')).toContainText(String(expected.total));
    await slot.getByRole('link', { name: 'Se hele afdelingens overblik' }).click();
    await expect(page).toHaveURL(new RegExp(`/department-dashboard/${unit.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Afdelingens overblik' })).toBeVisible();
    await expect(page.getByTestId('dashboard-unit')).toContainText(
      'Kardiologisk Afdeling · Amager og Hvidovre Hospital',
    );
    // The nav entry goes to the same place.
    await expect(page.getByRole('link', { name: 'Afdelingens overblik' }).first()).toBeVisible();

    // Key figures.
    await expect(page.getByTestId('kf-trainees-value')).toHaveText(String(expected.total));
    await expect(page.getByTestId('kf-arrivals-value')).toHaveText(String(expected.arrivals));
    await expect(page.getByTestId('kf-overdue-value')).toHaveText(String(expected.overdue));
    await expect(page.getByTestId('kf-no-feedback-value')).toHaveText(String(expected.withoutFeedback));

    // Trainees by track and competence progress by track, cell by cell.
    const trackCells = await tableCells(page, 'trainees-by-track');
    expect(trackCells).toEqual(TRACKS.map((t) => [TRACK_DA[t], String(expected.byTrack[t])]));
    const compCells = await tableCells(page, 'competences-by-track');
    for (const t of TRACKS) {
      const row = compCells.find((r) => r[0] === TRACK_DA[t])!;
      expect(row.at(-1), `competences ${t}`).toBe(daPct(expected.competencePct[t] ?? null));
    }
    // Charts carry a text alternative.
    await expect(page.getByTestId('trainees-chart').locator('div[role="img"]')).toHaveAttribute(
      'aria-label',
      new RegExp(`KBU: ${expected.byTrack.KBU}`),
    );

    // Export the trainees-by-track table as XLSX and compare it with the screen.
    const exportGroup = page.getByRole('group', { name: 'Hent tabellen »Uddannelseslæger nu efter forløb«' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'Hent XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^kardiologisk-afdeling-uddannelseslaeger-spor-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const sheet: (string | number)[][] = [];
    ws.eachRow((row) => sheet.push((row.values as (string | number)[]).slice(1)));
    expect(sheet[0]).toEqual(['Forløb', 'Uddannelseslæger']);
    expect(sheet.slice(1)).toEqual(trackCells.map(([label, n]) => [label, Number(n)]));

    await expectNoAxeViolations(page, 'the department dashboard');
    await saveScreenshot(page, 'department-dashboard-desktop');
    for (const section of ['trainees', 'meetings', 'activity', 'bodies'])
      await page
        .getByTestId(`section-${section}`)
        .screenshot({ path: path.join(SCREENSHOT_DIR, `department-dashboard-section-${section}.png`) });

    // Print: no navigation, no buttons, the charts whole.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print')).toBeHidden();
    await expect(exportGroup).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await saveScreenshot(page, 'department-dashboard-print');
    await page
      .getByTestId('section-activity')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'department-dashboard-print-activity.png') });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    // Phone: stacked lists, no sideways scrolling.
    await page.setViewportSize(PHONE);
    await expect(page.getByTestId('trainees-by-track')).toBeVisible();
    await expect(page.getByTestId('trainees-by-track')).toHaveJSProperty('tagName', 'UL');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'department-dashboard-390');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'department-dashboard-390-top.png') });
    await page
      .getByTestId('section-activity')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'department-dashboard-390-activity.png') });
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoHorizontalScroll(page);
  });

  test('Tutorcentret compares the hospital’s departments side by side', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    // The expected figures as the department's cheflæge reads them (Tutorcentret sees counts, not
    // the courses' feedback): first as Hanne, then the view as Karen.
    const hanne = await loginViaApi(page.request, HANNE);
    const kardiologiId = hanne.assignments.find((a) => a.id === hanne.activeAssignmentId)!.unit!.id;
    const expected = await expectedFigures(page, kardiologiId);
    await loginViaApi(page.request, KAREN);
    const units = await getJson<{
      hospitals: { id: string; name: string }[];
      departments: { id: string; name: string }[];
    }>(page, '/api/department-dashboard/units');
    expect(units.hospitals.map((h) => h.name)).toEqual(['Amager og Hvidovre Hospital']);
    const kardiologi = units.departments.find((d) => d.name === 'Kardiologisk Afdeling')!;
    expect(kardiologi.id).toBe(kardiologiId);

    await page.goto('/');
    await page.getByRole('link', { name: 'Hospitalets afdelinger' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hospitalets afdelinger' })).toBeVisible();
    await expect(page.getByTestId('dashboard-hospital')).toContainText('Amager og Hvidovre Hospital');
    const cells = await tableCells(page, 'comparison-table');
    const row = cells.find((r) => r[0] === 'Kardiologisk Afdeling')!;
    expect(row).toBeDefined();
    // Columns: department, trainees now, meetings overdue, on time, feedback/trainee, without feedback, …
    expect(row[1]).toBe(String(expected.total));
    expect(row[2]).toBe(String(expected.overdue));
    expect(row[5]).toBe(String(expected.withoutFeedback));
    expect(cells.length).toBe(units.departments.length);

    // Choose another measure for the chart: its text alternative follows.
    await page.getByTestId('measure-select').selectOption('traineesNow');
    await expect(page.getByTestId('measure-chart').locator('div[role="img"]')).toHaveAttribute(
      'aria-label',
      new RegExp(`Kardiologisk Afdeling: ${expected.total}`),
    );
    await expectNoAxeViolations(page, 'the hospital view');
    await saveScreenshot(page, 'hospital-dashboard-desktop');

    // On paper the wide table is shown whole (it scrolls inside its card on screen).
    await page.emulateMedia({ media: 'print' });
    // Measured once the print layout has settled (a first measurement can come before the reflow).
    const wideTable = page.getByRole('region', { name: /Afdelinger på Amager og Hvidovre Hospital/ });
    await expect.poll(() => wideTable.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'hospital-dashboard-print');
    await page.emulateMedia({ media: 'screen' });

    // A department's name leads to its dashboard.
    await page.getByTestId('comparison-table').getByRole('link', { name: 'Kardiologisk Afdeling' }).click();
    await expect(page).toHaveURL(new RegExp(`/department-dashboard/${kardiologi.id}$`));
    await expect(page.getByTestId('kf-trainees-value')).toHaveText(String(expected.total));
    await page.goBack();

    // An earlier date: the figures as they were then, from the same API with asOf.
    const then = await getJson<{ rows: { unit: { name: string }; traineesNow: number }[] }>(
      page,
      `/api/department-dashboard/hospitals/${units.hospitals[0]!.id}/comparison?asOf=2026-02-15`,
    );
    const thenKardiologi = then.rows.find((x) => x.unit.name === 'Kardiologisk Afdeling')!;
    // Sofie's KBU and other demo courses start later: the earlier date must show other figures.
    expect(thenKardiologi.traineesNow).not.toBe(expected.total);
    await page.getByTestId('as-of').fill('2026-02-15');
    await expect(page).toHaveURL(/asOf=2026-02-15/);
    await expect(page.getByTestId('dashboard-hospital')).toContainText('opgjort 15. feb. 2026');
    await expect
      .poll(async () => (await tableCells(page, 'comparison-table')).find((r) => r[0] === 'Kardiologisk Afdeling')?.[1])
      .toBe(String(thenKardiologi.traineesNow));
    await expectNoAxeViolations(page, 'the hospital view at an earlier date');
    await saveScreenshot(page, 'hospital-dashboard-as-of');
    await page.getByTestId('as-of-today').click();
    await expect(page).not.toHaveURL(/asOf=/);

    await page.setViewportSize(PHONE);
    await expect(page.getByTestId('comparison-table')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'hospital-dashboard-390');
  });
});
