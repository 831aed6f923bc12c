import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PESAN_CATATAN_WAJIB } from "../../lib/domain/progres-harian-verifikasi";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Issue 11, point 5 and 4. The pegawai is the Kepala Subbidang Mutasi (DEMO "atasan"), the one
// bawahan of the Kabid Mutasi (DEMO "kabid") whose SKP the seed approved; the staff has none.
// Three entries of last week go in by SQL (the entry form is another journey).
const INDIKATOR = "Jumlah SK mutasi yang diterbitkan";
const KEGIATAN = ["Menyusun draf SK mutasi pindah keluar", "Memeriksa berkas usulan mutasi", "Mengunggah SK mutasi ke arsip"];
const CATATAN = "Lampirkan nomor SK pada uraian kegiatan.";
const SHOTS = "/tmp/ph-atasan-shots";

test.beforeAll(async () => {
  const [skp] = await queryE2eDatabase<{ skpId: string; rhkId: string; indikatorId: string; pegawaiId: string; periodeId: string; senin: string }>(
    `SELECT s.id AS "skpId", r.id AS "rhkId", i.id AS "indikatorId", s."pegawaiId", p.id AS "periodeId",
            to_char(date_trunc('week', (now() AT TIME ZONE 'Asia/Jakarta')::date - 7), 'YYYY-MM-DD') AS senin
     FROM "Skp" s JOIN "Pegawai" pg ON pg.id = s."pegawaiId"
     JOIN "Rhk" r ON r."skpId" = s.id
     JOIN "Indikator" i ON i."rhkId" = r.id AND i.teks = $2
     JOIN "PeriodePenilaian" p ON p."tahunId" = s."tahunId" AND p.jenis = 'TRIWULAN'
       AND p.awal <= date_trunc('week', (now() AT TIME ZONE 'Asia/Jakarta')::date - 7) AND p.akhir >= date_trunc('week', (now() AT TIME ZONE 'Asia/Jakarta')::date - 7)
     WHERE pg.nip = $1 AND s.status = 'PERSETUJUAN'`,
    [DEMO_ACCOUNTS.atasan.nip, INDIKATOR],
  );
  if (!skp) throw new Error("The seed has no approved SKP for the demo atasan in last week's triwulan.");
  const [ra] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "RencanaAksi" (id, "rhkId", "periodeId", teks, urutan) VALUES (gen_random_uuid(), $1, $2, 'Menerbitkan SK mutasi tepat waktu', 9) RETURNING id`,
    [skp.rhkId, skp.periodeId],
  );
  for (const [i, kegiatan] of KEGIATAN.entries()) {
    await queryE2eDatabase(
      `INSERT INTO "ProgresHarian" (id, "pegawaiId", "skpId", "rencanaAksiId", "indikatorId", tanggal, "jamMulai", "jamSelesai", kegiatan, realisasi, satuan, "tautanBukti", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::date + $6::int, 480, 720, $7, $8, 'SK', $9, now())`,
      [skp.pegawaiId, skp.skpId, ra!.id, skp.indikatorId, skp.senin, i, kegiatan, 5 - i, `https://drive.example.go.id/sk-mutasi-${i}`],
    );
  }
  mkdirSync(SHOTS, { recursive: true });
});

test("the atasan verifies last week in bulk and returns one entry; the pegawai's realisasi takes the sum", async ({ browser }) => {
  test.setTimeout(180_000);
  const kabid = await (await browser.newContext()).newPage();
  await signIn(kabid, "kabid");
  await kabid.getByRole("navigation").getByRole("link", { name: "Progres Harian Bawahan" }).first().click();
  await expect(kabid.getByRole("heading", { level: 1, name: "Progres Harian Bawahan" })).toBeVisible();
  await kabid.getByRole("link", { name: "‹ Minggu sebelumnya" }).click();
  await expect(kabid).toHaveURL(/minggu=\d{4}-\d{2}-\d{2}/);
  const baris = kabid.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.atasan.nama });
  await expect(baris).toContainText("3 menunggu");
  await expect(baris).toContainText("Belum isi");
  await foto(kabid, "minggu-bawahan");

  await baris.getByRole("link", { name: DEMO_ACCOUNTS.atasan.nama }).click();
  await expect(kabid.getByRole("heading", { level: 1, name: DEMO_ACCOUNTS.atasan.nama })).toBeVisible();
  await kabid.waitForLoadState("networkidle");
  await expect(kabid.getByRole("link", { name: /Bukti dukung untuk Menyusun draf/ })).toHaveAttribute("rel", /noopener/);
  await kabid.getByRole("button", { name: "Verifikasi semua yang menunggu" }).click();
  const dialog = kabid.getByRole("dialog", { name: "Verifikasi minggu ini" });
  await expect(dialog).toContainText("3 kegiatan akan ditandai Sesuai.");
  await dialog.getByRole("button", { name: "Ya, tandai 3 kegiatan" }).click();
  await expect(dialog).toBeHidden();
  await expect(kabid.getByText("Sesuai", { exact: true })).toHaveCount(3);

  await kabid.getByRole("button", { name: new RegExp(`^Verifikasi ${KEGIATAN[2]}`) }).click();
  const satu = kabid.getByRole("dialog", { name: "Verifikasi kegiatan" });
  await satu.getByLabel("Perlu perbaikan").check();
  await satu.getByRole("button", { name: "Ya, tandai 1 kegiatan" }).click();
  await expect(satu.getByText(PESAN_CATATAN_WAJIB)).toBeVisible();
  await satu.getByLabel(/Catatan untuk pegawai/).fill(CATATAN);
  await satu.getByRole("button", { name: "Ya, tandai 1 kegiatan" }).click();
  await expect(satu).toBeHidden();
  await expect(kabid.getByText(CATATAN)).toBeVisible();
  await expect(kabid.getByText("Perlu perbaikan", { exact: true })).toHaveCount(1);

  await kabid.getByRole("button", { name: `Umpan balik untuk ${KEGIATAN[0]}` }).click();
  const umpan = kabid.getByRole("dialog", { name: "Umpan balik" });
  await umpan.getByText("Bagus").click({ force: true });
  await umpan.getByRole("textbox").fill("Rapi dan tepat waktu.");
  await umpan.getByRole("button", { name: "Simpan umpan balik" }).click();
  await expect(umpan).toBeHidden();
  await expect(kabid.getByText("Rapi dan tepat waktu.")).toBeVisible();
  await foto(kabid, "minggu-satu-bawahan");

  // The pegawai: 5 + 4 count (the returned entry's 3 does not), and one click makes it the realisasi.
  const pegawai = await (await browser.newContext()).newPage();
  await signIn(pegawai, "atasan");
  await pegawai.goto("/penilaian");
  await pegawai.getByRole("link", { name: /^Triwulan IV\b/ }).first().click();
  await pegawai.waitForLoadState("networkidle");
  const indikator = pegawai.getByRole("group", { name: INDIKATOR });
  await expect(indikator).toContainText("dari Progres Harian: 9");
  await indikator.getByRole("button", { name: /^Pakai 9 dari Progres Harian/ }).click();
  await expect(indikator.getByText("Realisasi diperbarui dari Progres Harian")).toBeVisible();
  await expect(indikator.getByLabel(/Nilai realisasi/)).toHaveValue("9");
  await expect(indikator.getByRole("button", { name: /^Pakai 9/ })).toHaveText("Sudah dipakai");
  await expect(pegawai.getByRole("list", { name: "Bukti dukung dari Progres Harian" }).first()).toContainText(KEGIATAN[0]!);
  await foto(pegawai, "penilaian-dari-progres");
});

async function foto(page: Page, nama: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${nama}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
