import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountLabel } from "../../../prisma/seed/demo-accounts";

/** Signs a demo account in through the real form, as a person would. */
export async function signIn(page: Page, label: DemoAccountLabel): Promise<void> {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(DEMO_ACCOUNTS[label].nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}

/** A browser context signed in as `label`; its `request` carries the session cookie. */
export async function signedInContext(browser: Browser, label: DemoAccountLabel): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const page = await context.newPage();
  await signIn(page, label);
  await page.close();
  return context;
}

/** One read from the e2e database (scripts/e2e.ts passes its URL), for ids a URL needs. */
export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** An SKP of the demo admin's own instansi, which the admin may open and print. */
export async function skpIdOfAdminInstansi(): Promise<string> {
  const rows = await queryE2eDatabase<{ id: string }>(
    `SELECT s.id FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId"
      WHERE p."instansiId" = (SELECT "instansiId" FROM "Pegawai" WHERE nip = $1)
      ORDER BY s."createdAt" LIMIT 1`,
    [DEMO_ACCOUNTS.admin.nip],
  );
  if (!rows[0]) throw new Error("Data demo tanpa SKP di instansi admin");
  return rows[0].id;
}
