import { expect, test, type Page } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

test("a staff member opening the admin pegawai page is refused and sees no pegawai", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.staff.nip);
  await page.goto("/admin/pegawai");

  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByText("Halaman ini hanya untuk admin instansi.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText(formatNip(DEMO_ACCOUNTS.atasan.nip))).toHaveCount(0);
  await page.getByRole("link", { name: "Kembali ke Beranda" }).click();
  await expect(page).toHaveURL(/\/beranda$/);
});

test("an admin sees their instansi's pegawai and can search them", async ({ page }) => {
  const { admin, staff, atasan } = DEMO_ACCOUNTS;
  await signIn(page, admin.nip);
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: /^Pegawai(, \d+ tanpa atasan)?$/ }).click();
  await expect(page).toHaveURL(/\/admin\/pegawai$/);

  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(26);
  await expect(page.getByText(/Menampilkan 1–25 dari \d+/)).toBeVisible();
  await expect(page.getByText(formatNip(DEMO_ACCOUNTS["admin-garut"].nip))).toHaveCount(0);

  await page.getByLabel("Cari pegawai").fill("Fauzi");
  await expect(page).toHaveURL(/q=Fauzi/);
  const row = table.getByRole("row").filter({ hasText: staff.nama });
  await expect(row).toContainText(formatNip(staff.nip));
  await expect(row).toContainText(atasan.nama);
  await expect(row).toContainText("Aktif");
  await expect(table.getByRole("row")).toHaveCount(2);
});

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/pegawai");
  await expect(page).toHaveURL(/\/masuk/);
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
