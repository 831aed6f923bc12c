import type { ScalePlan } from "./scale-plan";

/**
 * The scale data set as set-based SQL: Postgres generates every row itself (generate_series,
 * INSERT … SELECT), which is far faster than sending rows from Node. Each phase is one
 * statement group; `scripts/seed-scale.ts` runs them in order and reports progress.
 * Numbers interpolated here are integers computed by planScale, never user text.
 */
export type ScaleParams = {
  plan: ScalePlan;
  instansiId: string;
  tahun: number;
  passwordHash: string;
  today: string;
  /** SQL that makes a new id: `uuidv7()` on PostgreSQL 18, whose ids arrive in order and so
   * keep every primary-key index append-only; `${newId}` before that. */
  newId: string;
};

/** `setup` fills working tables (not counted); `sql` writes the rows that are counted. */
export type Phase = { name: string; setup?: string; sql: string };

const FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Galih", "Hendra", "Indah", "Joko", "Kartika", "Lukman", "Maya", "Nanda", "Oki", "Putri", "Rahmat", "Sari", "Taufik", "Utami", "Wahyu", "Yuni", "Zaki", "Rina", "Asep", "Nurul", "Dedi", "Lilis", "Agus", "Siti"];
const LAST = ["Saputra", "Lestari", "Pratama", "Wulandari", "Hidayat", "Kurniawan", "Rahayu", "Setiawan", "Permana", "Maulana", "Susanti", "Nugraha", "Suryani", "Hermawan", "Fauzi", "Handayani", "Gunawan", "Rohayati", "Firmansyah", "Puspitasari"];

const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s}'`).join(",")}]`;

// Same formula as scaleNip() in scale-plan.ts; the smoke test checks they agree.
const NIP_SQL = (n: string) => `to_char(date '1965-01-01' + (${n} % 10000), 'YYYYMMDD')
  || (1995 + ((${n} / 10000) % 240) / 12)::text
  || lpad((((${n} / 10000) % 240) % 12 + 1)::text, 2, '0')
  || ((${n} % 2) + 1)::text
  || lpad((500 + ${n} / 2400000)::text, 3, '0')`;

// The predikat matrix of lib/domain/predikat.ts, for ratings coded 0 = di atas, 1 = sesuai, 2 = di bawah.
const PREDIKAT_SQL = (h: string, p: string) => `(CASE
  WHEN ${p} = 2 AND ${h} = 2 THEN 'SANGAT_KURANG'
  WHEN ${p} = 2 THEN 'KURANG'
  WHEN ${h} = 2 THEN 'BUTUH_PERBAIKAN'
  WHEN ${h} = 0 AND ${p} = 0 THEN 'SANGAT_BAIK'
  ELSE 'BAIK' END)::"Predikat"`;
const RATING_SQL = (code: string) =>
  `(ARRAY['DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI'])[${code} + 1]::"Rating"`;

export function scalePhases({ plan, instansiId, tahun, passwordHash, today, newId }: ScaleParams): Phase[] {
  const l5 = plan.levels[4] as ScalePlan["levels"][number];
  const staff = plan.pegawai - plan.units;
  const levelsValues = plan.levels
    .map((l, i) => {
      const parent = plan.levels[i - 1];
      return `(${l.level}, ${l.count}, ${l.offset}, ${l.eselon}, ${parent ? parent.offset : "NULL"}, ${parent ? parent.count : "NULL"})`;
    })
    .join(",");
  const pastPeriode = `SELECT id, urutan, akhir FROM "PeriodePenilaian" WHERE "tahunId" = (SELECT id FROM "Tahun" WHERE "instansiId" = '${instansiId}') AND jenis = 'TRIWULAN' AND akhir < date '${today}'`;

  return [
    {
      name: "unit kerja",
      setup: `
CREATE TEMP TABLE su (n int PRIMARY KEY, lvl int, i int, eselon int, parent_n int, id uuid NOT NULL DEFAULT ${newId});
INSERT INTO su (n, lvl, i, eselon, parent_n)
  SELECT v.o + g, v.k, g, v.e, CASE WHEN v.po IS NULL THEN NULL ELSE v.po + (g % v.pc) END
  FROM (VALUES ${levelsValues}) AS v(k, c, o, e, po, pc), generate_series(0, v.c - 1) AS g;`,
      sql: `
INSERT INTO "UnitKerja" (id, "instansiId", "parentId", nama, "namaJabatan", eselon, "updatedAt")
  SELECT su.id, '${instansiId}', p.id,
    (ARRAY['Sekretariat Daerah','Dinas','Bidang','Seksi','Subunit'])[su.lvl] || ' ' || su.i + 1,
    'Kepala ' || (ARRAY['Sekretariat Daerah','Dinas','Bidang','Seksi','Subunit'])[su.lvl] || ' ' || su.i + 1,
    su.eselon, now()
  FROM su LEFT JOIN su p ON p.n = su.parent_n;`,
    },
    {
      name: "pegawai",
      setup: `
CREATE TEMP TABLE sp (n int PRIMARY KEY, unit_n int, head boolean, atasan_n int, id uuid NOT NULL DEFAULT ${newId});
INSERT INTO sp (n, unit_n, head, atasan_n) SELECT n, n, true, parent_n FROM su;
INSERT INTO sp (n, unit_n, head, atasan_n)
  SELECT g, u, false, u FROM (
    SELECT g, CASE WHEN g - ${plan.units} < ${plan.firstUnitStaff} THEN ${l5.offset}
      ELSE ${l5.offset} + ((g - ${plan.units} - ${plan.firstUnitStaff}) % ${l5.count}) END AS u
    FROM generate_series(${plan.units}, ${plan.units + staff - 1}) AS g) AS s;`,
      sql: `
INSERT INTO "Pegawai" (id, "instansiId", nip, nama, "gelarBelakang", email, "jenisJabatan", jabatan, eselon,
    "jenjangFungsional", pangkat, golongan, "unitId", "atasanId", roles, "passwordHash", "updatedAt")
  SELECT sp.id, '${instansiId}', ${NIP_SQL("sp.n")},
    (${sqlArray(FIRST)})[sp.n % ${FIRST.length} + 1] || ' ' || (${sqlArray(LAST)})[(sp.n / ${FIRST.length}) % ${LAST.length} + 1],
    'S.E.', 'pegawai' || sp.n || '@skala.go.id',
    (CASE WHEN sp.head THEN 'STRUKTURAL' WHEN sp.n % 5 = 0 THEN 'FUNGSIONAL' ELSE 'PELAKSANA' END)::"JenisJabatan",
    CASE WHEN sp.head THEN 'Kepala ' || u.nama WHEN sp.n % 5 = 0 THEN 'Analis SDM Aparatur Ahli Muda' ELSE 'Pengolah Data' END,
    CASE WHEN sp.head THEN u.eselon END,
    (CASE WHEN NOT sp.head AND sp.n % 5 = 0 THEN 'AHLI_MUDA' END)::"JenjangFungsional",
    CASE WHEN sp.head THEN 'Pembina' ELSE 'Penata Muda' END, CASE WHEN sp.head THEN 'IV/a' ELSE 'III/a' END,
    su.id, a.id,
    CASE WHEN sp.n = ${plan.units} THEN ARRAY['PEGAWAI','ADMIN']::"Role"[] ELSE ARRAY['PEGAWAI']::"Role"[] END,
    '${passwordHash}', now()
  FROM sp JOIN su ON su.n = sp.unit_n JOIN "UnitKerja" u ON u.id = su.id LEFT JOIN sp a ON a.n = sp.atasan_n;
UPDATE "UnitKerja" u SET "pimpinanId" = sp.id FROM su JOIN sp ON sp.n = su.n AND sp.head WHERE u.id = su.id;`,
    },
    {
      name: "SKP",
      sql: `
INSERT INTO "Skp" (id, "pegawaiId", "tahunId", "periodeAwal", "periodeAkhir", pendekatan, layout, status, "penilaiId", snapshot, "updatedAt")
  SELECT ${newId}, p.id, t.id, make_date(${tahun}, 1, 1), make_date(${tahun}, 12, 31), 'KUANTITATIF',
    (CASE WHEN p.eselon = 2 THEN 'JPT' ELSE 'STANDAR' END)::"LayoutSkp",
    (CASE WHEN sp.n % 10 = 0 AND NOT sp.head THEN 'DRAFT' WHEN sp.n % 10 = 1 AND NOT sp.head THEN 'PENGAJUAN' ELSE 'PERSETUJUAN' END)::"StatusSkp",
    p."atasanId",
    jsonb_build_object('diambilPada', now(),
      'pegawai', jsonb_build_object('id', p.id, 'nama', p.nama || ', ' || p."gelarBelakang", 'nip', p.nip, 'pangkat', p.pangkat, 'golongan', p.golongan, 'jabatan', p.jabatan, 'unit', u.nama, 'instansi', i.nama),
      'penilai', CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object('id', a.id, 'nama', a.nama || ', ' || a."gelarBelakang", 'nip', a.nip, 'pangkat', a.pangkat, 'golongan', a.golongan, 'jabatan', a.jabatan, 'unit', au.nama, 'instansi', i.nama) END,
      'atasanPenilai', NULL),
    now()
  FROM sp JOIN "Pegawai" p ON p.id = sp.id JOIN "UnitKerja" u ON u.id = p."unitId" JOIN "Instansi" i ON i.id = p."instansiId"
  JOIN "Tahun" t ON t."instansiId" = i.id
  LEFT JOIN "Pegawai" a ON a.id = p."atasanId" LEFT JOIN "UnitKerja" au ON au.id = a."unitId";`,
    },
    {
      name: "RHK (berjenjang dari RHK atasan)",
      setup: `
CREATE TEMP TABLE sr (n int, atasan_n int, urutan int, skp_id uuid, id uuid NOT NULL DEFAULT ${newId}, PRIMARY KEY (n, urutan));
INSERT INTO sr (n, atasan_n, urutan, skp_id)
  SELECT sp.n, sp.atasan_n, g, s.id FROM sp JOIN "Skp" s ON s."pegawaiId" = sp.id, generate_series(1, 3 + (sp.n * 7) % 6) AS g;
CREATE INDEX ON sr (skp_id);
ANALYZE sr;`,
      sql: `
INSERT INTO "Rhk" (id, "skpId", jenis, klasifikasi, teks, "parentRhkId", urutan)
  SELECT c.id, c.skp_id, 'UTAMA', CASE WHEN c.atasan_n IS NULL THEN 'ORGANISASI'::"KlasifikasiRhk" END,
    'Terlaksananya layanan kepegawaian ke-' || c.urutan || ' sesuai standar', p.id, c.urutan
  FROM sr c LEFT JOIN sr p ON p.n = c.atasan_n AND p.urutan = ((c.urutan - 1) % (3 + (c.atasan_n * 7) % 6)) + 1;`,
    },
    {
      name: "indikator",
      setup: `
CREATE TEMP TABLE si AS
  SELECT ${newId} AS id, sr.id AS rhk_id, sr.skp_id, g AS urutan, (ARRAY[12, 100, 12])[g] AS target
  FROM sr, generate_series(1, 2 + (sr.n + sr.urutan) % 2) AS g;
CREATE INDEX ON si (skp_id);
ANALYZE si;`,
      sql: `
INSERT INTO "Indikator" (id, "rhkId", aspek, teks, "targetMin", satuan, urutan)
  SELECT si.id, si.rhk_id, (ARRAY['KUANTITAS','KUALITAS','WAKTU'])[si.urutan]::"Aspek",
    (ARRAY['Jumlah dokumen yang diselesaikan','Persentase dokumen tanpa revisi','Waktu penyelesaian'])[si.urutan],
    si.target, (ARRAY['Dokumen','%','Bulan'])[si.urutan], si.urutan
  FROM si;`,
    },
    {
      name: "penilaian triwulan yang sudah lewat",
      setup: `
CREATE TEMP TABLE spn AS
  SELECT ${newId} AS id, s.id AS skp_id, s."penilaiId" AS penilai_id, pp.id AS periode_id, pp.urutan, pp.akhir,
    CASE WHEN s.x < 2 THEN 0 WHEN s.x < 9 THEN 1 ELSE 2 END AS h,
    CASE WHEN s.x = 0 THEN 0 WHEN s.x < 9 THEN 1 ELSE 2 END AS r
  FROM (SELECT s.id, s."penilaiId", abs(hashtext(s.id::text)) % 10 AS x
        FROM "Skp" s JOIN sp ON sp.id = s."pegawaiId" WHERE s.status = 'PERSETUJUAN') s
  CROSS JOIN (${pastPeriode}) pp;
CREATE INDEX ON spn (skp_id);
ANALYZE spn;`,
      sql: `
INSERT INTO "Penilaian" (id, "skpId", "periodeId", status, "ratingHasil", "ratingPerilaku", predikat, "finalizedAt", "finalizedById", "updatedAt")
  SELECT id, skp_id, periode_id, 'FINAL', ${RATING_SQL("h")}, ${RATING_SQL("r")}, ${PREDIKAT_SQL("h", "r")}, akhir + 12, penilai_id, now()
  FROM spn;`,
    },
    {
      name: "realisasi",
      sql: `
INSERT INTO "Realisasi" (id, "indikatorId", "periodeId", nilai, "sumberData", "updatedAt")
  SELECT ${newId}, si.id, spn.periode_id, si.target * spn.urutan / 4, 'Laporan bulanan', now()
  FROM spn JOIN si ON si.skp_id = spn.skp_id;`,
    },
    {
      name: "bukti dukung dan umpan balik RHK",
      sql: `
INSERT INTO "BuktiDukung" (id, "rhkId", "periodeId", nama, tautan)
  SELECT ${newId}, sr.id, spn.periode_id, 'Laporan triwulan', 'https://drive.example.go.id/bukti/' || sr.id
  FROM spn JOIN sr ON sr.skp_id = spn.skp_id;
INSERT INTO "UmpanBalikRhk" (id, "penilaianId", "rhkId", reaksi, teks)
  SELECT ${newId}, spn.id, sr.id, '👍', 'Sudah sesuai target.'
  FROM spn JOIN sr ON sr.skp_id = spn.skp_id;`,
    },
    {
      name: "umpan balik perilaku dan capaian organisasi",
      sql: `
INSERT INTO "UmpanBalikPerilaku" (id, "penilaianId", "coreValue", reaksi)
  SELECT ${newId}, spn.id, cv, '👍' FROM spn, unnest(enum_range(NULL::"CoreValue")) AS cv;
INSERT INTO "CapaianOrganisasiUnit" (id, "unitId", "periodeId", capaian, "updatedAt")
  SELECT ${newId}, su.id, pp.id, 'BAIK', now() FROM su CROSS JOIN (${pastPeriode}) pp;`,
    },
  ];
}
