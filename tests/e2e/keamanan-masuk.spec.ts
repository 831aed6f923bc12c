import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// The payloads of the probe in issue 10.
const TAB_PAYLOAD = "/masuk?callbackUrl=%2F%09%2Fevil.example%2Fphish";
const HEADER_BREAKERS = ["%0A", "%0D", "%E3%80%82", "%2F%0A%2Fevil.example", "%2F%0D%0ASet-Cookie%3Ax%3D1", "%2F%2Fevil%E3%80%82example"];

async function fillSignIn(page: Page, nip: string) {
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await fillSignIn(page, nip);
  await expect(page).toHaveURL(/\/beranda$/);
}

test("signing in from a link with a tab-smuggled callbackUrl ends on this app's /beranda", async ({ page, baseURL }) => {
  await page.goto(TAB_PAYLOAD);
  await fillSignIn(page, DEMO_ACCOUNTS.staff.nip);

  await expect(page).toHaveURL(/\/beranda$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  // Signed in, the same link redirects at once, and still not away from the app.
  await page.goto(TAB_PAYLOAD);
  await expect(page).toHaveURL(/\/beranda$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a callbackUrl with a newline, a carriage return or an ideographic full stop answers 200", async ({ page, request }) => {
  for (const value of HEADER_BREAKERS) {
    const response = await request.get(`/masuk?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(response.status(), value).toBe(200);
  }
  // Signed in, /masuk redirects to the callbackUrl: never a 500 either, and never off the app.
  await signIn(page, DEMO_ACCOUNTS.staff.nip);
  for (const value of HEADER_BREAKERS) {
    const response = await page.request.get(`/masuk?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(response.status(), value).toBeLessThan(400);
    expect(response.headers()["location"] ?? "", value).toMatch(/^\/(?!\/)/);
  }
});

test("a session cookie copied before sign-out is worthless after it", async ({ page, browser }) => {
  await signIn(page, DEMO_ACCOUNTS.staff.nip);
  const copied = await page.context().cookies();

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);

  await expect(await pageWith(browser, copied, "/beranda")).toHaveURL(/\/masuk/);
});

test("Keluar dari semua perangkat ends this and every other session, after a confirm step", async ({ page, browser }) => {
  const account = DEMO_ACCOUNTS.kabid;
  const other = await browser.newContext();
  await signIn(await other.newPage(), account.nip);
  const otherCookies = await other.cookies();
  await other.close();

  await signIn(page, account.nip);
  await page.goto("/profil");
  const keamanan = page.getByRole("region", { name: "Keamanan" });
  // Both sessions of this test are listed; specs that ran earlier may have left more of this account.
  const sesiAktif = keamanan.getByRole("region", { name: "Sesi aktif" }).getByRole("listitem");
  await expect(sesiAktif.first()).toBeVisible();
  expect(await sesiAktif.count()).toBeGreaterThanOrEqual(2);
  await expect(keamanan.getByRole("region", { name: "Riwayat masuk" })).toContainText("Masuk berhasil");
  await expect(keamanan.getByRole("region", { name: "Riwayat masuk" })).toContainText("WIB");

  await keamanan.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(keamanan).toContainText("Semua sesi Anda akan diakhiri, termasuk di perangkat ini.");
  await keamanan.getByRole("button", { name: "Ya, keluar dari semua perangkat" }).click();
  await expect(page).toHaveURL(/\/masuk/);

  await expect(await pageWith(browser, otherCookies, "/beranda")).toHaveURL(/\/masuk/);
});

// A fresh browser that has only these cookies, opened at `path`.
async function pageWith(browser: Browser, cookies: Parameters<BrowserContext["addCookies"]>[0], path: string) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const fresh = await context.newPage();
  await fresh.goto(path);
  return fresh;
}
