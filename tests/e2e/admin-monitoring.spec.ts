import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

test("the admin opens monitoring, drills into a unit and downloads the XLSX", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.admin.nip);
  await page.goto("/admin/monitoring");
  await expect(page.getByRole("heading", { level: 1, name: "Monitoring Pengisian" })).toBeVisible();
  const table = page.getByRole("table", { name: /Monitoring pengisian SKP/ });
  await expect(table.getByRole("rowheader", { name: "Jumlah" })).toBeVisible();
  // One level at a time: sub-units show after opening their parent, with a way back up.
  await expect(table.getByRole("rowheader", { name: "Subbidang Mutasi" })).toHaveCount(0);
  await table.getByRole("link", { name: "Bidang Mutasi dan Promosi", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Jejak unit kerja" })).toContainText("Bidang Mutasi dan Promosi");
  await expect(table.getByRole("rowheader", { name: "Subbidang Mutasi" })).toBeVisible();

  await table.getByRole("link", { name: "Subbidang Mutasi", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Subbidang Mutasi" })).toBeVisible();
  await expect(page.getByRole("list", { name: /Pegawai/ })).toContainText(DEMO_ACCOUNTS.staff.nama);
  await page.getByRole("link", { name: "Kembali ke monitoring" }).click();
  await expect(table.getByRole("rowheader", { name: "Subbidang Mutasi" })).toBeVisible();
  await page.getByRole("navigation", { name: "Jejak unit kerja" }).getByRole("link", { name: "Seluruh instansi" }).click();
  await expect(table.getByRole("rowheader", { name: "Bidang Mutasi dan Promosi" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh XLSX" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^monitoring-pengisian-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const units: unknown[] = [];
  workbook.getWorksheet("Rekap")?.eachRow((row) => units.push(row.getCell(1).value));
  expect(units).toContain("Subbidang Mutasi");
  expect(units.at(-1)).toBe("Jumlah");
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
