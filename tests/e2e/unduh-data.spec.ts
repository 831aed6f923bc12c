import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

test("a pegawai downloads all their data from Profil as one ZIP that opens", async ({ page }) => {
  const nip = DEMO_ACCOUNTS.atasan.nip;
  const tahun = (
    await queryE2eDatabase<{ tahun: number }>(
      `SELECT t.tahun FROM "Skp" s JOIN "Tahun" t ON t.id = s."tahunId" JOIN "Pegawai" p ON p.id = s."pegawaiId" WHERE p.nip = $1 ORDER BY s."periodeAwal"`,
      [nip],
    )
  ).map((r) => r.tahun);
  expect(tahun.length, "the demo atasan has an SKP").toBeGreaterThan(0);

  await signIn(page, "atasan");
  await page.goto("/profil");
  const kartu = page.getByRole("region", { name: "Unduh data saya" });
  await expect(kartu).toContainText("Progres Harian");
  const [download] = await Promise.all([page.waitForEvent("download"), kartu.getByRole("link", { name: "Unduh data saya (ZIP)" }).click()]);
  expect(download.suggestedFilename()).toBe(`data-ekinerja-${nip}.zip`);

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const names = Object.keys(zip.files);
  expect(names).toEqual(expect.arrayContaining(["data.json", "data.xlsx", ...tahun.map((t) => `${t}/SKP-${nip}-${t}.pdf`)]));
  const skpPdf = await zip.file(`${tahun[0]}/SKP-${nip}-${tahun[0]}.pdf`)!.async("string");
  expect(skpPdf.startsWith("%PDF")).toBe(true);

  const json = JSON.parse(await zip.file("data.json")!.async("string")) as { versi: number; pegawai: { nip: string }; skp: { tahun: number }[] };
  expect(json.versi).toBe(1);
  expect(json.pegawai.nip).toBe(nip);
  expect(json.skp.map((s) => s.tahun)).toEqual(tahun);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await zip.file("data.xlsx")!.async("arraybuffer"));
  expect(workbook.worksheets.map((w) => w.name)).toContain("Progres Harian");
  expect(workbook.getWorksheet("SKP")!.getRow(2).getCell(1).value).toBe(tahun[0]);
});
