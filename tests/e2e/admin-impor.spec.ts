import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const FIXTURE = fileURLToPath(new URL("./fixtures/impor-pegawai-20.csv", import.meta.url));

test("the admin imports 20 pegawai from a CSV file after a clean dry run", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.admin.nip);
  await page.goto("/admin/impor");
  await expect(page.getByRole("heading", { level: 1, name: "Impor Pegawai" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Unduh templat XLSX" })).toHaveAttribute("href", "/api/admin/impor/template");

  await page.getByLabel("Berkas data pegawai (CSV atau XLSX)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pemeriksaan selesai" })).toContainText(
    "20 baris siap diimpor dari impor-pegawai-20.csv",
  );
  await expect(page.getByRole("row", { name: /Agung Wibowo/ })).toContainText("Subbidang Mutasi");

  await page.getByRole("button", { name: "Impor 20 pegawai" }).click();
  await expect(page.getByRole("status").filter({ hasText: "berhasil diimpor" })).toContainText("20 pegawai berhasil diimpor.");

  await page.getByRole("link", { name: "Lihat daftar pegawai" }).click();
  await page.getByLabel("Cari pegawai").fill("202109");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Menampilkan 1–20 dari 20")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Vina Amalia, S.Kom." })).toBeVisible();

  // A second import of the same file is refused row by row, and nothing changes.
  await page.goto("/admin/impor");
  await page.getByLabel("Berkas data pegawai (CSV atau XLSX)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bermasalah" })).toContainText("20 dari 20 baris bermasalah");
  await expect(page.getByRole("button", { name: /^Impor \d+ pegawai$/ })).toHaveCount(0);
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
