import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Issue 14 point 4: a pegawai fungsional opens Angka Kredit from the menu and sees each year and
// the running total; their atasan opens the same from Pegawai Bawahan and from the rating page,
// and sees only the years they rated. The demo seeds last year's final Tahunan for the demo
// fungsional (Nurul Hidayah, Baik as Ahli Muda: 25); this journey adds two far years of its own,
// each with one final penilaian whose snapshot holds the jenjang at the time, and removes them
// afterwards. The atasan rated the first far year; the kabid rated the second.
const NIP_FUNGSIONAL = DEMO_ACCOUNTS.fungsional.nip;
const TAHUN = [new Date().getFullYear() + 8, new Date().getFullYear() + 9] as const;
const tahunIds: string[] = [];

test.beforeAll(async () => {
  const [pegawai] = await queryE2eDatabase<{ id: string; instansiId: string }>(`SELECT id, "instansiId" FROM "Pegawai" WHERE nip = $1`, [NIP_FUNGSIONAL]);
  // Year one: Triwulan I, Baik, when still Ahli Pertama (12.5 × 3/12 = 3.125).
  // Year two: Tahunan, Sangat Baik, as Ahli Muda (25 × 150 % = 37.5).
  const tahunan = [
    { jenis: "TRIWULAN", awal: "01-01", akhir: "03-31", predikat: "BAIK", jenjang: "AHLI_PERTAMA", bulan: 3 },
    { jenis: "TAHUNAN", awal: "01-01", akhir: "12-31", predikat: "SANGAT_BAIK", jenjang: "AHLI_MUDA", bulan: 12 },
  ] as const;
  for (const [i, t] of TAHUN.entries()) {
    const p = tahunan[i]!;
    const [tahun] = await queryE2eDatabase<{ id: string }>(`INSERT INTO "Tahun" (id, "instansiId", tahun, terbuka) VALUES (gen_random_uuid(), $1, $2, false) RETURNING id`, [pegawai!.instansiId, t]);
    tahunIds.push(tahun!.id);
    const [periode] = await queryE2eDatabase<{ id: string }>(
      `INSERT INTO "PeriodePenilaian" (id, "tahunId", jenis, urutan, awal, akhir, "batasPengisian") VALUES (gen_random_uuid(), $1, $2, 1, $3, $4, $4) RETURNING id`,
      [tahun!.id, p.jenis, `${t}-${p.awal}`, `${t}-${p.akhir}`],
    );
    const penilai = i === 0 ? DEMO_ACCOUNTS.atasan.nip : DEMO_ACCOUNTS.kabid.nip;
    const [skp] = await queryE2eDatabase<{ id: string }>(
      `INSERT INTO "Skp" (id, "pegawaiId", "tahunId", "periodeAwal", "periodeAkhir", pendekatan, layout, status, snapshot, "updatedAt", "penilaiId")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'KUANTITATIF', 'STANDAR', 'PERSETUJUAN', '{}', now(), (SELECT id FROM "Pegawai" WHERE nip = $5)) RETURNING id`,
      [pegawai!.id, tahun!.id, `${t}-01-01`, `${t}-12-31`, penilai],
    );
    await queryE2eDatabase(
      `INSERT INTO "Penilaian" (id, "skpId", "periodeId", status, "ratingHasil", "ratingPerilaku", predikat, snapshot, "finalizedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'FINAL', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', $3, $4, now(), now())`,
      [skp!.id, periode!.id, p.predikat, JSON.stringify({ angkaKredit: { jenjang: p.jenjang, bulan: p.bulan } })],
    );
  }
});

test.afterAll(async () => {
  if (tahunIds.length === 0) return;
  await queryE2eDatabase(`DELETE FROM "Skp" WHERE "tahunId" = ANY($1::uuid[])`, [tahunIds]);
  await queryE2eDatabase(`DELETE FROM "Tahun" WHERE id = ANY($1::uuid[])`, [tahunIds]);
});

test("a pegawai fungsional opens Angka Kredit from the menu and sees each year, the jenjang at the time and the running total", async ({ page }) => {
  await signIn(page, "fungsional");
  await page.getByRole("navigation").getByRole("link", { name: "Angka Kredit" }).first().click();
  await expect(page).toHaveURL(/\/angka-kredit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Angka Kredit" })).toBeVisible();
  // Last year's seeded 25 + 3.125 + 37.5.
  await expect(page.getByTestId("total-angka-kredit")).toHaveText("65,625");
  const tahunLalu = page.getByRole("region", { name: `Tahun ${new Date().getUTCFullYear() - 1}` });
  await expect(tahunLalu.getByText("Baik", { exact: true })).toBeVisible();
  await expect(tahunLalu.getByText("kreditUtamaBaru 25.000", { exact: false })).toBeVisible();

  const tahunPertama = page.getByRole("region", { name: `Tahun ${TAHUN[0]}` });
  await expect(tahunPertama.getByText("Ahli Pertama (12,5)")).toBeVisible();
  // Only the tahunan result is converted in SIASN; a triwulan alone sends nothing.
  await expect(tahunPertama.getByText("Yang dikirim ke SIASN")).toHaveCount(0);
  const tahunKedua = page.getByRole("region", { name: `Tahun ${TAHUN[1]}` });
  await expect(tahunKedua.getByText("kreditUtamaBaru 37.500 · 1/" + TAHUN[1] + "–12/" + TAHUN[1] + " · isKonversi 1")).toBeVisible();
  await expect(tahunKedua.getByText("Sangat Baik")).toBeVisible();
  await expect(tahunKedua.getByText(/kumulatif\s*65,625/)).toBeVisible();
});

test("the atasan opens a fungsional bawahan's angka kredit from Pegawai Bawahan and sees only the years they rated; a pelaksana has no such menu entry", async ({ page }) => {
  await signIn(page, "atasan");
  await page.goto("/bawahan");
  await page.getByRole("link", { name: /^Angka kredit Nurul Hidayah/ }).click();
  await expect(page).toHaveURL(/\/angka-kredit\/[0-9a-f-]{36}$/);
  // Last year's 25 and the first far year's 3.125; the kabid's year is not the atasan's to see.
  await expect(page.getByTestId("total-angka-kredit")).toHaveText("28,125");
  await expect(page.getByText("Jumlah tahun yang Anda nilai")).toBeVisible();
  await expect(page.getByTestId("cakupan-sebagian")).toContainText("Total angka kredit seluruh tahun hanya dilihat oleh pegawai dan admin instansi.");
  await expect(page.getByRole("region", { name: `Tahun ${TAHUN[0]}` })).toBeVisible();
  await expect(page.getByRole("region", { name: `Tahun ${TAHUN[1]}` })).toHaveCount(0);
  await expect(page.getByText(/kumulatif/)).toHaveCount(0);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Angka Kredit" })).toHaveCount(0);
});

test("the atasan rating a fungsional bawahan's penilaian opens her angka kredit from the rating page", async ({ page }) => {
  const [tahunan] = await queryE2eDatabase<{ skpId: string; periodeId: string }>(
    `SELECT pn."skpId", pn."periodeId" FROM "Penilaian" pn JOIN "Skp" s ON s.id = pn."skpId" JOIN "Tahun" t ON t.id = s."tahunId"
      WHERE s."pegawaiId" = (SELECT id FROM "Pegawai" WHERE nip = $1) AND t.tahun = $2`,
    [NIP_FUNGSIONAL, new Date().getUTCFullYear() - 1],
  );
  await signIn(page, "atasan");
  await page.goto(`/penilaian-bawahan/${tahunan!.skpId}/${tahunan!.periodeId}`);
  await page.getByRole("link", { name: "Riwayat angka kredit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Angka Kredit Nurul Hidayah/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Angka Kredit · Nurul Hidayah/);
});
