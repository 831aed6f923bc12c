import { expect, test, type Page } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const UNIT = "Subbagian Data dan Informasi Kepegawaian";
const NIP = "199702142021021005";
const NAMA = "Rangga Pratama";

test("an admin adds a unit, creates a pegawai in it, sees them in the list, and the pegawai signs in", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.admin.nip, DEMO_PASSWORD);

  await page.goto("/admin/unit-kerja");
  await page.getByRole("button", { name: "+ Tambah unit" }).click();
  const unitDialog = page.getByRole("dialog", { name: "Tambah unit kerja" });
  await selectOptionContaining(page, "#parentId", "Sekretariat");
  await unitDialog.getByLabel("Nama unit kerja").fill(UNIT);
  await unitDialog.getByLabel("Nama jabatan pimpinan").fill(`Kepala ${UNIT}`);
  await unitDialog.getByLabel("Eselon unit").selectOption("4");
  await unitDialog.getByRole("button", { name: "Tambah unit" }).click();
  await expect(unitDialog).toBeHidden();
  await page.locator("summary", { has: page.getByText("Sekretariat", { exact: true }) }).click();
  await expect(page.getByText(UNIT, { exact: true })).toBeVisible();

  await page.goto("/admin/pegawai");
  await page.getByRole("link", { name: "+ Tambah pegawai" }).click();
  await page.getByLabel("NIP").fill(formatNip(NIP));
  await page.getByLabel("Nama (tanpa gelar)").fill(NAMA);
  await page.getByLabel("Gelar belakang").fill("S.Kom.");
  await page.getByLabel("Jenis jabatan").selectOption("PELAKSANA");
  await page.getByLabel(/^Jabatan/).fill("Pengelola Sistem Informasi Kepegawaian");
  await selectOptionContaining(page, "#unitId", UNIT);
  await page.getByRole("button", { name: "Simpan pegawai" }).click();

  const password = (await page.getByLabel("Kata sandi sementara").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[A-Za-z0-9]{12}$/);

  await page.getByRole("link", { name: "Ke daftar pegawai", exact: true }).click();
  await page.getByLabel("Cari pegawai").fill(NAMA);
  const row = page.getByRole("row").filter({ hasText: formatNip(NIP) });
  await expect(row).toContainText(NAMA);
  await expect(row).toContainText(UNIT);
  await expect(row).toContainText("Aktif");

  // A fresh session for the new pegawai, as on their own computer.
  await page.context().clearCookies();
  await signIn(page, NIP, password);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(NAMA);
});

test("the unit's new pegawai is refused to another instansi's admin", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS["admin-garut"].nip, DEMO_PASSWORD);
  await page.goto(`/admin/pegawai?q=${NIP}`);
  await expect(page.getByText("Tidak ada pegawai yang cocok")).toBeVisible();
  await page.goto("/admin/unit-kerja");
  await expect(page.getByText(UNIT)).toHaveCount(0);
});

async function signIn(page: Page, nip: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}

/** Unit options are indented to show the tree, so they are picked by the name they contain. */
async function selectOptionContaining(page: Page, select: string, text: string) {
  const value = await page.locator(`${select} option`).filter({ hasText: text }).first().getAttribute("value");
  await page.locator(select).selectOption(value ?? "");
}
