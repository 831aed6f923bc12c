import { progresWindow } from "./scale-plan";
import type { Phase, ScaleParams } from "./scale-sql";

const INDEXES = [
  `"ProgresHarian_pegawaiId_tanggal_idx" ON "ProgresHarian" ("pegawaiId", tanggal)`,
  `"ProgresHarian_skpId_tanggal_idx" ON "ProgresHarian" ("skpId", tanggal)`,
  `"ProgresHarian_rencanaAksiId_idx" ON "ProgresHarian" ("rencanaAksiId")`,
  `"ProgresHarian_indikatorId_idx" ON "ProgresHarian" ("indikatorId")`,
];

const KEGIATAN = [
  "Menyusun draf laporan kegiatan",
  "Memverifikasi berkas usulan kenaikan pangkat",
  "Mengolah data absensi bulanan",
  "Rapat koordinasi dengan bidang terkait",
  "Menginput data ke aplikasi kepegawaian",
];

/**
 * Three months of Progres Harian for every pegawai with an approved SKP (see progresWindow):
 * one rencana aksi per RHK and triwulan covered (and today's, where the benchmark adds entries), then two entries per working day (Mon–Fri
 * minus the instansi's HariLibur), 08.00–10.00/11.30 and 13.00–15.00/16.00, never overlapping.
 * The last week waits for verification; before it most entries are Sesuai, 1 in 40 Perlu
 * perbaikan. Runs after the phases of scale-sql.ts, whose working tables (sp, sr, si) it reads.
 * The entry table's indexes are dropped during the bulk insert and built once afterwards
 * (`CREATE INDEX IF NOT EXISTS` with the migration's names, so a rerun restores them).
 */
export function progresPhases({ instansiId, tahun, today, newId }: ScaleParams): Phase[] {
  const { awal, akhir } = progresWindow(today, tahun);
  const x = "(s.n + sd.k * 7 + e)";
  return [
    {
      name: "rencana aksi (per RHK dan triwulan)",
      setup: `
CREATE TEMP TABLE sd AS
  SELECT d::date AS tanggal, pp.id AS periode_id, (row_number() OVER (ORDER BY d))::int AS k
  FROM generate_series(date '${awal}', date '${akhir}', interval '1 day') AS d
  JOIN "PeriodePenilaian" pp ON pp."tahunId" = (SELECT id FROM "Tahun" WHERE "instansiId" = '${instansiId}')
    AND pp.jenis = 'TRIWULAN' AND d::date BETWEEN pp.awal AND pp.akhir
  WHERE extract(isodow FROM d) < 6
    AND NOT EXISTS (SELECT 1 FROM "HariLibur" h WHERE h."instansiId" = '${instansiId}' AND h.tanggal = d::date);
CREATE TEMP TABLE ss AS
  SELECT s.id, s."pegawaiId" AS pegawai_id, s."penilaiId" AS penilai_id, sp.n
  FROM "Skp" s JOIN sp ON sp.id = s."pegawaiId" WHERE s.status = 'PERSETUJUAN';
CREATE TEMP TABLE sra AS
  SELECT ${newId} AS id, sr.id AS rhk_id, sr.skp_id, sr.urutan, p.periode_id, si.id AS indikator_id
  FROM sr JOIN ss ON ss.id = sr.skp_id JOIN si ON si.rhk_id = sr.id AND si.urutan = 1
  CROSS JOIN (SELECT periode_id FROM sd UNION SELECT id FROM "PeriodePenilaian" WHERE "tahunId" = (SELECT id FROM "Tahun" WHERE "instansiId" = '${instansiId}')
    AND jenis = 'TRIWULAN' AND date '${today}' BETWEEN awal AND akhir) AS p;
CREATE INDEX ON sra (skp_id, periode_id, urutan);
ANALYZE sd; ANALYZE ss; ANALYZE sra;`,
      sql: `
INSERT INTO "RencanaAksi" (id, "rhkId", "periodeId", teks, urutan)
  SELECT id, rhk_id, periode_id, 'Menyelesaikan dokumen layanan kepegawaian tahap ' || urutan, 1 FROM sra;`,
    },
    {
      name: "progres harian (3 bulan, 2 per hari kerja)",
      setup: `SET maintenance_work_mem = '512MB'; ${INDEXES.map((i) => `DROP INDEX IF EXISTS ${i.split(" ON ")[0]};`).join(" ")}`,
      sql: `
INSERT INTO "ProgresHarian" (id, "pegawaiId", "skpId", "rencanaAksiId", "indikatorId", tanggal, "jamMulai", "jamSelesai",
    kegiatan, realisasi, satuan, status, "catatanVerifikasi", "diverifikasiOlehId", "diverifikasiPada", "umpanBalikReaksi", "updatedAt")
  SELECT ${newId}, s.pegawai_id, s.id, ra.id, ra.indikator_id, sd.tanggal,
    CASE WHEN e = 1 THEN 480 ELSE 780 END,
    CASE WHEN e = 1 THEN 600 + 30 * (${x} % 4) ELSE 900 + 30 * (${x} % 3) END,
    (ARRAY[${KEGIATAN.map((k) => `'${k}'`).join(",")}])[${x} % ${KEGIATAN.length} + 1], 1 + ${x} % 3, 'Dokumen',
    v.status::"StatusVerifikasi",
    CASE WHEN v.status = 'PERLU_PERBAIKAN' THEN 'Lampirkan tautan bukti kegiatan.' END,
    CASE WHEN v.status <> 'MENUNGGU' THEN s.penilai_id END,
    CASE WHEN v.status <> 'MENUNGGU' THEN sd.tanggal + 2 + time '09:00' END,
    CASE WHEN v.status = 'SESUAI' AND ${x} % 5 = 0 THEN '👍' END,
    now()
  FROM ss s CROSS JOIN sd CROSS JOIN generate_series(1, 2) AS e
  JOIN sra ra ON ra.skp_id = s.id AND ra.periode_id = sd.periode_id AND ra.urutan = (s.n + sd.k + e) % (3 + (s.n * 7) % 6) + 1
  CROSS JOIN LATERAL (SELECT CASE
    WHEN s.penilai_id IS NULL OR sd.tanggal > date '${akhir}' - 7 THEN 'MENUNGGU'
    WHEN ${x} % 40 = 0 THEN 'PERLU_PERBAIKAN' ELSE 'SESUAI' END AS status) AS v;`,
    },
    { name: "indeks progres harian", sql: INDEXES.map((i) => `CREATE INDEX IF NOT EXISTS ${i};`).join("\n") },
  ];
}
