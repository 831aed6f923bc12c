import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { GARUT } from "../../prisma/seed/data/garut";
import { queryE2eDatabase } from "./support/demo-session";

// Issue 13: Klaim and Lepas klaim pimpinan show whose atasan changed, in a toast and in a message
// that takes focus. The Kepala Subbagian Umum dan Kepegawaian of Garut (no other journey reads
// Garut's atasan) releases her unit and claims it back; afterwards every atasan and pimpinan of
// that instansi is put back as it was, and the notifications the two steps sent are removed.
const KASUBBAG = GARUT.pegawai.find((p) => p.key === "kasubbag-umpeg")!;
const UNIT = "Subbagian Umum dan Kepegawaian";
const MULAI = new Date();
let sebelum: { pegawai: Array<{ id: string; atasanId: string | null }>; unit: Array<{ id: string; pimpinanId: string | null }> };

const instansiGarut = `(SELECT "instansiId" FROM "Pegawai" WHERE nip = '${KASUBBAG.nip}')`;

test.beforeAll(async () => {
  sebelum = {
    pegawai: await queryE2eDatabase(`SELECT id, "atasanId" FROM "Pegawai" WHERE "instansiId" = ${instansiGarut}`),
    unit: await queryE2eDatabase(`SELECT id, "pimpinanId" FROM "UnitKerja" WHERE "instansiId" = ${instansiGarut}`),
  };
});

test.afterAll(async () => {
  for (const u of sebelum.unit) await queryE2eDatabase(`UPDATE "UnitKerja" SET "pimpinanId" = $2 WHERE id = $1`, [u.id, u.pimpinanId]);
  for (const p of sebelum.pegawai) await queryE2eDatabase(`UPDATE "Pegawai" SET "atasanId" = $2 WHERE id = $1`, [p.id, p.atasanId]);
  await queryE2eDatabase(
    `DELETE FROM "Notifikasi" WHERE jenis = 'ATASAN_BERUBAH' AND "createdAt" >= $1 AND "penerimaId" IN (SELECT id FROM "Pegawai" WHERE "instansiId" = ${instansiGarut})`,
    [MULAI],
  );
});

test("Lepas klaim and Klaim pimpinan name whose atasan changed, in a toast and in the focused result", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(KASUBBAG.nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);

  await page.goto("/klaim-pimpinan");
  await page.getByRole("button", { name: "Lepas klaim" }).click();
  await page.getByRole("dialog", { name: "Lepas klaim pimpinan unit ini?" }).getByRole("button", { name: "Ya, lepas klaim" }).click();
  await expectHasil(page, `Klaim pimpinan ${UNIT} telah dilepas.`, /Atasan langsung \d+ pegawai kini Yayat Hidayat, S\.Sos\., M\.M\.: .*Imas Masitoh/);

  // The page now offers the claim; the result of the release stays until the next one replaces it.
  await page.getByRole("button", { name: "Klaim pimpinan unit" }).click();
  await expectHasil(page, `Anda kini tercatat sebagai pimpinan ${UNIT}.`, /Kini Anda atasan langsung dari \d+ pegawai: .*Imas Masitoh/);
  await expect(page.getByRole("button", { name: "Lepas klaim" })).toBeVisible();
});

async function expectHasil(page: Page, toast: string, hasil: RegExp) {
  await expect(page.getByRole("region", { name: /^Pemberitahuan/ })).toContainText(toast);
  await expect(page.locator(":focus")).toContainText(toast);
  await expect(page.locator(":focus")).toContainText(hasil);
}
