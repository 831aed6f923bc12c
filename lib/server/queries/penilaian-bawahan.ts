import "server-only";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { pilihPeriode } from "@/lib/domain/penilaian-atasan";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { JenisPeriode, Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadKurvaUnits, loadSebaranPenilai, type KurvaUnitInfo } from "@/lib/server/penilaian/kurva";

export type PeriodeOption = { id: string; label: string; tahunId: string; tahun: number; jenis: JenisPeriode; awal: Date; akhir: Date; batasPengisian: Date };

export type PenilaianBawahanRow = {
  skpId: string;
  pegawai: { id: string; nama: string; nip: string; jabatan: string };
  realisasiTerisi: number;
  jumlahIndikator: number;
  jumlahBukti: number;
  penilaian: { status: StatusPenilaian; predikat: Predikat | null } | null;
};

export type KurvaUnitRingkas = KurvaUnitInfo & { predikat: Predikat[] };

/** Every periode penilaian of the actor's instansi, newest tahun first, in calendar order. */
export async function listPeriodeOptions(actor: Actor): Promise<PeriodeOption[]> {
  const rows = await db.periodePenilaian.findMany({
    where: { tahun: { instansiId: actor.instansiId } },
    // Postgres orders the enum as declared: bulanan, triwulan, then tahunan last.
    orderBy: [{ tahun: { tahun: "desc" } }, { jenis: "asc" }, { urutan: "asc" }],
    select: { id: true, tahunId: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true, tahun: { select: { tahun: true } } },
  });
  return rows.map((p) => ({ ...p, tahun: p.tahun.tahun, label: `${periodeLabel(p.jenis, p.urutan)} ${p.tahun.tahun}` }));
}

/**
 * "Penilaian Bawahan" for one periode: the approved SKP the actor rates with their progress,
 * and the kurva of each unit their ratings count in. Four queries whatever the number of
 * bawahan, three round trips deep: the progress counts ride along the SKP query as filtered
 * relation counts (each an index lookup per RHK or indikator), and the kurva is loaded
 * alongside instead of after it.
 */
export async function listPenilaianBawahan(actor: Actor, periodeId: string | undefined) {
  const periodeList = await listPeriodeOptions(actor);
  const periode = pilihPeriode(periodeList, periodeId, hariIniDi(actor.zonaWaktu, new Date()));
  if (!periode) return { periodeList, periode: null, rows: [], kurva: [] };

  const [rows, kurva] = await Promise.all([loadRows(actor, periode), loadKurva(actor, periode.id)]);
  return { periodeList, periode, rows, kurva };
}

type BarisSql = {
  skpId: string;
  pegawaiId: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  jabatan: string;
  jumlahIndikator: number;
  realisasiTerisi: number;
  jumlahBukti: number;
  statusPenilaian: StatusPenilaian | null;
  predikat: Predikat | null;
};

/**
 * The approved SKP the actor rates in this periode, with progress counted in PostgreSQL: one
 * row per SKP. Plain SQL: Prisma's nested relation counts for 40 SKP cost a few ms of the
 * server's one thread per request (README, Performa).
 */
async function loadRows(actor: Actor, periode: PeriodeOption): Promise<PenilaianBawahanRow[]> {
  const baris = await db.$queryRaw<BarisSql[]>`
    SELECT s.id AS "skpId", p.id AS "pegawaiId", p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.jabatan,
           (SELECT count(*) FROM "Indikator" i JOIN "Rhk" r ON r.id = i."rhkId" WHERE r."skpId" = s.id)::int AS "jumlahIndikator",
           (SELECT count(*) FROM "Realisasi" re JOIN "Indikator" i ON i.id = re."indikatorId" JOIN "Rhk" r ON r.id = i."rhkId"
             WHERE r."skpId" = s.id AND re."periodeId" = ${periode.id}::uuid AND (re.nilai IS NOT NULL OR re.narasi IS NOT NULL))::int AS "realisasiTerisi",
           (SELECT count(*) FROM "BuktiDukung" bd JOIN "Rhk" r ON r.id = bd."rhkId"
             WHERE r."skpId" = s.id AND bd."periodeId" = ${periode.id}::uuid)::int AS "jumlahBukti",
           pn.status::text AS "statusPenilaian", pn.predikat::text AS predikat
    FROM "Skp" s
    JOIN "Pegawai" p ON p.id = s."pegawaiId"
    LEFT JOIN "Penilaian" pn ON pn."skpId" = s.id AND pn."periodeId" = ${periode.id}::uuid
    WHERE s."tahunId" = ${periode.tahunId}::uuid AND s."penilaiId" = ${actor.id}::uuid AND s.status = 'PERSETUJUAN'
      AND s."pegawaiId" <> ${actor.id}::uuid AND p."instansiId" = ${actor.instansiId}::uuid
      AND s."periodeAwal" <= ${toIsoDate(periode.akhir)}::date AND s."periodeAkhir" >= ${toIsoDate(periode.awal)}::date`;
  // Sorted on the bare name: "Dr. H. Asep" belongs under A, not D.
  return baris
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"))
    .map((b) => ({
      skpId: b.skpId,
      pegawai: { id: b.pegawaiId, nama: namaDenganGelar(b), nip: b.nip, jabatan: b.jabatan },
      realisasiTerisi: b.realisasiTerisi,
      jumlahIndikator: b.jumlahIndikator,
      jumlahBukti: b.jumlahBukti,
      penilaian: b.statusPenilaian ? { status: b.statusPenilaian, predikat: b.predikat } : null,
    }));
}

async function loadKurva(actor: Actor, periodeId: string): Promise<KurvaUnitRingkas[]> {
  const sebaran = await loadSebaranPenilai(db, actor.id, periodeId);
  const unitIds = [...new Set(sebaran.flatMap((e) => (e.kurvaUnitId ? [e.kurvaUnitId] : [])))];
  const units = await loadKurvaUnits(db, actor.instansiId, unitIds, periodeId);
  return units.map((u) => ({
    ...u,
    predikat: sebaran.filter((e) => e.kurvaUnitId === u.id).map((e) => e.predikat),
  }));
}
