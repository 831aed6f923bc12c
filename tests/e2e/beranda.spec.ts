import { expect, test, type Page } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

test("a staff member signs in and sees who they are and who their atasan is", async ({ page }) => {
  const { staff, atasan } = DEMO_ACCOUNTS;
  await signIn(page, staff.nip);

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ahmad Fauzi");
  const dataAnda = page.getByRole("region", { name: "Data Anda" });
  await expect(dataAnda).toContainText(staff.nama);
  await expect(dataAnda).toContainText(formatNip(staff.nip));
  await expect(dataAnda).toContainText("Subbidang Mutasi");

  const atasanCard = page.getByRole("region", { name: "Atasan langsung" });
  await expect(atasanCard).toContainText(atasan.nama);
  await expect(atasanCard).toContainText(formatNip(atasan.nip));
  await expect(atasanCard).toContainText("Kepala Subbidang Mutasi");

  const menu = page.getByRole("navigation", { name: "Menu utama" });
  await expect(menu.getByRole("link", { name: "Beranda" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: /^Pegawai(, \d+ tanpa atasan)?$/ })).toHaveCount(0);
});

test("the Kepala is told there is no atasan inside the instansi, not warned", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.kepala.nip);
  const atasanCard = page.getByRole("region", { name: "Atasan langsung" });
  await expect(atasanCard).toContainText("Tidak ada atasan di instansi ini");
  await expect(page.getByRole("region", { name: "Bawahan" })).toContainText("4 pegawai");
});

test("on a phone the menu folds away and opens on demand", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO_ACCOUNTS.admin.nip);
  const pegawaiLink = page.getByRole("link", { name: /^Pegawai(, \d+ tanpa atasan)?$/ });
  await expect(pegawaiLink).toBeHidden();
  await page.locator("summary", { hasText: "Menu" }).click();
  await pegawaiLink.click();
  await expect(page).toHaveURL(/\/admin\/pegawai$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pegawai" })).toBeVisible();
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
