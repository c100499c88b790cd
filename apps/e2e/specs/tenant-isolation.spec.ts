import type { APIRequestContext, Page } from '@playwright/test';
import { loginViaApi } from '../fixtures/auth';
import { DEMO_PASSWORD, HOVEDSTADEN, HOVEDSTADEN_USERS, SJAELLAND, SJAELLAND_ADMIN } from '../fixtures/demo-users';
import { expectStartPage } from '../fixtures/start-page';
import { expect, test } from '../fixtures/test';

interface OrgUnit {
  id: string;
  kind: string;
  name: string;
}

/** A GET made by the page itself (its cookies, its Origin and fetch metadata), as the SPA would. */
async function browserGet(page: Page, url: string): Promise<{ status: number; body: string }> {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { headers: { accept: 'application/json' } });
    return { status: response.status, body: await response.text() };
  }, url);
}

test.describe('tenant isolation', () => {
  const hovedstadenAdmin = HOVEDSTADEN_USERS.TENANT_ADMIN;
  let insider: APIRequestContext;
  let unit: OrgUnit;
  let personId: string;

  test.beforeAll(async ({ playwright }, testInfo) => {
    // A separate API session inside Region Hovedstaden, to find ids of its data.
    insider = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const me = await loginViaApi(insider, hovedstadenAdmin);
    expect(me.tenant.slug).toBe(HOVEDSTADEN.slug);
    personId = me.user.id;
    const response = await insider.get('/api/org-units');
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: OrgUnit[] };
    const department = items.find((u) => u.name === 'Kardiologisk Afdeling');
    expect(department, 'Region Hovedstaden has Kardiologisk Afdeling').toBeDefined();
    unit = department!;
  });

  test.afterAll(async () => {
    await insider?.dispose();
  });

  test('positive control: Region Hovedstaden sees its own unit and person', async () => {
    const unitResponse = await insider.get(`/api/org-units/${unit.id}`);
    expect(unitResponse.status()).toBe(200);
    expect(await unitResponse.json()).toMatchObject({ id: unit.id, name: 'Kardiologisk Afdeling' });

    const personResponse = await insider.get(`/api/people/${personId}`);
    expect(personResponse.status()).toBe(200);
    expect(await personResponse.json()).toMatchObject({ id: personId, name: hovedstadenAdmin.name });
  });

  test('a Region Sjælland administrator cannot open Region Hovedstaden data', async ({ page }) => {
    const me = await loginViaApi(page.request, SJAELLAND_ADMIN);
    expect(me.tenant.slug).toBe(SJAELLAND.slug);
    await page.goto('/');
    await expectStartPage(page, SJAELLAND_ADMIN);

    // The Sjælland session works: its own region's units are readable.
    const own = await browserGet(page, '/api/org-units');
    expect(own.status).toBe(200);
    const ownUnits = (JSON.parse(own.body) as { items: OrgUnit[] }).items;
    expect(ownUnits.length).toBeGreaterThan(0);
    expect(ownUnits.map((u) => u.id)).not.toContain(unit.id);
    expect(own.body).not.toContain('Amager og Hvidovre Hospital');

    // The other region's ids answer exactly as ids that do not exist: 404, with nothing of the row.
    for (const url of [`/api/org-units/${unit.id}`, `/api/people/${personId}`]) {
      const response = await browserGet(page, url);
      expect(response.status, `GET ${url} as ${SJAELLAND_ADMIN.email}`).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(response.body).not.toContain('Kardiologisk');
      expect(response.body).not.toContain(hovedstadenAdmin.name);
    }
    const unknown = await browserGet(page, '/api/org-units/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);

    // Nothing of Region Hovedstaden on the outsider's pages.
    await expect(page.getByRole('main')).not.toContainText(HOVEDSTADEN.name);
    await page.goto('/profile');
    await expect(page.getByTestId('profile-page')).toContainText(SJAELLAND_ADMIN.name);
    await expect(page.getByRole('main')).not.toContainText(HOVEDSTADEN.name);
  });

  test("a Region Hovedstaden user's credentials do not sign in to Region Sjælland", async ({ page }) => {
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await page.request.post('/api/auth/login', {
      headers: { 'x-csrf-token': csrfToken },
      data: { tenant: SJAELLAND.slug, email: hovedstadenAdmin.email, password: DEMO_PASSWORD },
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });
});
