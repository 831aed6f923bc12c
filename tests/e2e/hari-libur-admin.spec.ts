import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

test("the admin sets the work pattern, then keeps the year's hari libur from the menu", async ({ page }, testInfo) => {
  await signIn(page, DEMO_ACCOUNTS.admin.nip);
  const menu = page.getByRole("navigation", { name: "Menu utama" });

  await menu.getByRole("link", { name: "Pengaturan" }).click();
  await page.getByLabel(/6 hari kerja/).check();
  await page.getByLabel(/Target jam kerja harian/).fill("13");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Isi target jam kerja harian antara 1 dan 12 jam, misalnya 7,5.")).toBeVisible();
  await page.getByLabel(/Target jam kerja harian/).fill("8,5");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan disimpan." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Target jam kerja harian/)).toHaveValue("8,5");
  await expect(page.getByLabel(/6 hari kerja/)).toBeChecked();
  await shoot(page, testInfo.outputPath("pengaturan"));

  await menu.getByRole("link", { name: "Hari Libur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hari Libur" })).toBeVisible();
  const tahun = Number(await page.getByRole("navigation", { name: "Pilih tahun" }).locator("[aria-current=page]").innerText());
  const tabel = page.getByRole("table", { name: `Hari libur tahun ${tahun}` });
  await expect(tabel.getByRole("rowheader", { name: "Hari Ulang Tahun Kemerdekaan Republik Indonesia" })).toBeVisible();

  await page.getByLabel("Tanggal").fill(`${tahun}-12-24`);
  await page.getByLabel("Nama").fill("Cuti bersama Natal");
  await page.getByLabel("Jenis").selectOption({ label: "Cuti bersama" });
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(tabel.getByRole("rowheader", { name: "Cuti bersama Natal" })).toBeVisible();
  await shoot(page, testInfo.outputPath("hari-libur"));

  await tabel.getByRole("button", { name: /Hapus Cuti bersama Natal/ }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(tabel.getByRole("rowheader", { name: "Cuti bersama Natal" })).toHaveCount(0);

  await page.getByRole("link", { name: String(tahun + 1) }).click();
  await page.getByRole("navigation", { name: "Pilih tahun" }).getByRole("link", { name: String(tahun + 2) }).click();
  await expect(page.getByText(`Belum ada hari libur tahun ${tahun + 2}`)).toBeVisible();
  await page.getByRole("button", { name: `Isi libur nasional tahun ${tahun + 2}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "libur nasional ditambahkan" })).toBeVisible();
  await expect(page.getByRole("table", { name: `Hari libur tahun ${tahun + 2}` }).getByRole("rowheader", { name: "Hari Raya Natal" })).toBeVisible();
});

async function shoot(page: Page, base: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${base}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
