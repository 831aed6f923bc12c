import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// The local SMTP sink that scripts/e2e.ts starts; the app sends its mail there.
const MAILBOX = `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT ?? 2626}/api/messages`;

test("a wrong password is refused with a message in Bahasa Indonesia", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(DEMO_ACCOUNTS.staff.nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill("BukanSandinya1");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: "NIP atau kata sandi salah." })).toBeVisible();
  await expect(page).toHaveURL(/\/masuk$/);
});

test("typed before the page's script has loaded, sign-in still works and an early Enter never puts the password in the URL", async ({ page }) => {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/masuk", { waitUntil: "domcontentloaded" });
  const fillIn = async () => {
    await page.getByLabel("NIP", { exact: true }).fill(DEMO_ACCOUNTS.staff.nip);
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  };

  // Sent before the script has loaded: the page comes back, the password stays out of the URL.
  await fillIn();
  const posted = page.waitForRequest((r) => r.isNavigationRequest());
  await page.getByLabel("Kata sandi", { exact: true }).press("Enter");
  await posted;
  await page.waitForLoadState("domcontentloaded");
  expect(page.url()).not.toContain(DEMO_PASSWORD);

  await fillIn();
  release();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("NIP", { exact: true })).toHaveValue(DEMO_ACCOUNTS.staff.nip);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a staff member signs in and signs out again", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.staff.nip, DEMO_PASSWORD);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);
  await page.goto("/beranda");
  await expect(page).toHaveURL(/\/masuk/);
});

test("a forgotten password is reset through the emailed link, which works only once", async ({ page, request }) => {
  const account = DEMO_ACCOUNTS["staff-reset"];
  const newPassword = "KinerjaBaru2026";

  await page.goto("/masuk");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await page.waitForURL("**/lupa-password");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("NIP", { exact: true }).fill(formatNip(account.nip));
  await page.getByRole("button", { name: "Kirim tautan reset" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Jika NIP terdaftar dan memiliki email, tautan reset telah dikirim ke email tersebut.",
  );

  const link = await resetLinkSentTo(request, account.email);
  await page.goto(link);
  await expect(page.getByText(formatNip(account.nip))).toBeVisible();

  await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek1");
  await page.getByLabel("Ulangi kata sandi baru").fill("pendek1");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();
  await expect(page.getByLabel("Kata sandi baru", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Kata sandi baru", { exact: true }).fill(newPassword);
  await page.getByLabel("Ulangi kata sandi baru").fill(newPassword);
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page).toHaveURL(/\/masuk\?reset=berhasil$/);
  await expect(page.getByRole("status")).toContainText("Kata sandi berhasil diubah.");

  await signIn(page, formatNip(account.nip), newPassword);

  await page.goto(link);
  await expect(page.getByText("Tautan reset kata sandi ini sudah pernah dipakai.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Minta tautan reset baru" })).toBeVisible();
});

async function signIn(page: Page, nip: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}

async function resetLinkSentTo(request: APIRequestContext, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const messages: Array<{ to: string; text: string }> = await (await request.get(MAILBOX)).json();
      link = messages.find((m) => m.to === email)?.text.match(/https?:\/\/\S+\/reset-password\/[\w-]+/)?.[0];
      return link;
    })
    .toBeDefined();
  return link!;
}
