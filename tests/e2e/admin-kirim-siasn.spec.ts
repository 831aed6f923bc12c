import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Garut's Kepala Badan, Triwulan IV: a final penilaian no other journey reads, inserted here
// and removed afterwards (its KirimSiasn rows and attempts go with it).
const KEPALA_GARUT = "197005101995031001";
let penilaianId: string | null = null;

test.beforeAll(async () => {
  const [target] = await queryE2eDatabase<{ skpId: string; periodeId: string; tahun: number }>(
    `SELECT s.id AS "skpId", pp.id AS "periodeId", t.tahun FROM "Skp" s
       JOIN "Pegawai" p ON p.id = s."pegawaiId" JOIN "Tahun" t ON t.id = s."tahunId"
       JOIN "PeriodePenilaian" pp ON pp."tahunId" = t.id AND pp.jenis = 'TRIWULAN' AND pp.urutan = 4
      WHERE p.nip = $1 LIMIT 1`,
    [KEPALA_GARUT],
  );
  if (!target) throw new Error("Data demo tanpa SKP Kepala Badan Garut");
  const finalizedAt = new Date().toISOString();
  const snapshot = {
    periode: { jenis: "TRIWULAN", urutan: 4, label: "Triwulan IV", tahun: target.tahun, awal: `${target.tahun}-10-01`, akhir: `${target.tahun}-12-31` },
    penilai: { id: "", nama: "Rudy Gunawan, S.H., M.H.", nip: "196707071990031007", pangkat: "Pembina Utama", golongan: "IV/e", jabatan: "Bupati Garut", unit: null, instansi: "Kabupaten Garut" },
    ratingHasil: "SESUAI_EKSPEKTASI",
    ratingPerilaku: "SESUAI_EKSPEKTASI",
    predikat: "BAIK",
    finalizedAt,
  };
  const [row] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Penilaian" (id, "skpId", "periodeId", status, "ratingHasil", "ratingPerilaku", predikat, snapshot, "finalizedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'FINAL', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK', $3, $4, now()) RETURNING id`,
    [target.skpId, target.periodeId, JSON.stringify(snapshot), finalizedAt],
  );
  penilaianId = row!.id;
});

test.afterAll(async () => {
  if (penilaianId) await queryE2eDatabase(`DELETE FROM "Penilaian" WHERE id = $1`, [penilaianId]);
  const admin = [DEMO_ACCOUNTS["admin-garut"].nip];
  await queryE2eDatabase(`DELETE FROM "AuditLog" WHERE aksi = 'KIRIM_SIASN' AND "aktorId" = (SELECT id FROM "Pegawai" WHERE nip = $1)`, admin);
  await queryE2eDatabase(`DELETE FROM "Job" WHERE jenis = 'KIRIM_SIASN' AND "aktorId" = (SELECT id FROM "Pegawai" WHERE nip = $1)`, admin);
});

test("the admin sends the final penilaian to SIASN and sees it Terkirim with SIASN's id", async ({ page }) => {
  await signIn(page, "admin-garut");
  await page.getByRole("link", { name: "Kirim ke SIASN" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kirim ke SIASN" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "Kirim semua yang siap" }).click();
  await page.getByRole("dialog", { name: "Kirim semua ke SIASN?" }).getByRole("button", { name: "Ya, kirim semua" }).click();

  // The worker process posts it to the fake SIASN; the page refreshes itself until it is done,
  // counting the bulk send's results on its progress bar.
  const massal = page.getByRole("region", { name: "Pengiriman massal terakhir" });
  await expect(massal.getByRole("progressbar", { name: "Kemajuan pengiriman ke SIASN" })).toBeVisible();
  await expect(massal.getByText("Selesai", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(massal).toContainText(/[1-9]\d* dari [1-9]\d* terkirim, \d+ gagal/);
  const baris = page.getByRole("listitem").filter({ hasText: "Cecep Permana" }).filter({ hasText: "Triwulan IV" });
  await expect(baris.getByText("Terkirim", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(baris).toContainText("Kinerja periodik");
  await expect(baris).toContainText(/ID SIASN [0-9a-f-]{36}/);
  await expect(baris).toContainText("oleh Asep Mulyana");
  await expect(baris.getByRole("button")).toHaveCount(0);
});
