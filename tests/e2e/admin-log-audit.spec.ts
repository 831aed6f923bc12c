import { expect, test, type Page } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

test("the admin changes a setting, opens Log Audit from the menu and sees who changed what", async ({ page }, testInfo) => {
  const { admin } = DEMO_ACCOUNTS;
  await signIn(page, admin.nip);

  await page.goto("/admin/pengaturan");
  const lokasi = page.getByLabel(/Lokasi penandatanganan/);
  const semula = await lokasi.inputValue();
  await lokasi.fill(`${semula} Kota`);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan disimpan." })).toBeVisible();

  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Log Audit" }).click();
  await expect(page).toHaveURL(/\/admin\/log-audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Log Audit" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Mengubah pengaturan instansi" }).first();
  await expect(row).toContainText(admin.nama);
  await expect(row).toContainText(formatNip(admin.nip));
  await expect(row).toContainText(`"${semula}" → "${semula} Kota"`);
  await expect(row).toContainText("WIB");
  await page.screenshot({ path: testInfo.outputPath("log-audit-1280.png"), fullPage: true });

  // Filters: the aksi select and the free text both narrow the list, and say so when empty.
  await page.getByLabel("Aksi", { exact: true }).selectOption({ label: "Mengubah pengaturan instansi" });
  await page.getByLabel("Cari", { exact: true }).fill(admin.nip);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/aksi=UBAH_PENGATURAN/);
  await expect(page.getByRole("row").filter({ hasText: "Mengubah pengaturan instansi" })).not.toHaveCount(0);
  await page.getByLabel("Cari", { exact: true }).fill(DEMO_ACCOUNTS.staff.nama);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText("Tidak ada catatan yang cocok")).toBeVisible();

  // A phone: the rows are cards, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/admin/log-audit?page=1e20");
  const card = page.getByRole("list", { name: "Log audit instansi" }).getByRole("listitem").filter({ hasText: "Mengubah pengaturan instansi" }).first();
  await expect(card).toContainText(admin.nama);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath("log-audit-360.png"), fullPage: true });

  // Put the setting back, so other journeys print the usual place name.
  await page.goto("/admin/pengaturan");
  await page.getByLabel(/Lokasi penandatanganan/).fill(semula);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan disimpan." })).toBeVisible();
});

test("another instansi's admin does not see these rows; a pegawai is refused", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS["admin-garut"].nip);
  await page.goto(`/admin/log-audit?q=${DEMO_ACCOUNTS.admin.nip}`);
  await expect(page.getByText("Tidak ada catatan yang cocok")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.staff.nip);
  await expect(page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Log Audit" })).toHaveCount(0);
  await page.goto("/admin/log-audit");
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("Mengubah pengaturan instansi")).toHaveCount(0);
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
