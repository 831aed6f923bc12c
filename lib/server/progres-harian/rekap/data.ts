import "server-only";
import { canViewRekap, kelompokkanPerHari, rentangRekap, type HariRekap, type JenisRekap } from "@/lib/domain/rekap-progres";
import { namaDenganGelar, type PihakSnapshot } from "@/lib/domain/skp-snapshot";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusSkp, StatusVerifikasi } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export type EntriRekapBaris = {
  tanggal: string;
  jamMulai: number;
  jamSelesai: number;
  rencanaAksi: string;
  kegiatan: string;
  realisasi: number;
  satuan: string;
  status: StatusVerifikasi;
};

export type Rekap = {
  jenis: JenisRekap;
  judul: string;
  awal: string;
  akhir: string;
  instansi: { nama: string; lokasi: string };
  pegawai: PihakSnapshot;
  penilai: PihakSnapshot | null;
  hari: HariRekap<EntriRekapBaris>[];
  totalMenit: number;
};

/** A pegawai as a signing party, as JSON built in PostgreSQL (`PihakRow`). */
const pihakJson = (p: string, u: string) =>
  Prisma.raw(`json_build_object('id', ${p}.id, 'nama', ${p}.nama, 'gelarDepan', ${p}."gelarDepan", 'gelarBelakang', ${p}."gelarBelakang", 'nip', ${p}.nip,
    'pangkat', ${p}.pangkat, 'golongan', ${p}.golongan, 'jabatan', ${p}.jabatan, 'unit', CASE WHEN ${u}.id IS NULL THEN NULL ELSE json_build_object('nama', ${u}.nama) END)`);

type PegawaiRekap = {
  pihak: PihakRow;
  instansiId: string;
  atasanId: string | null;
  atasan: PihakRow | null;
  instansi: { nama: string; lokasi: string; hariKerjaPerMinggu: number };
  skp: Array<{ status: StatusSkp; penilai: PihakRow }>;
};

/**
 * A pegawai's week or month of Progres Harian for the recap, or null when the actor may not see
 * it (the owner, their atasan or SKP penilai, the admin of their instansi): a guessed id and a
 * forbidden one look the same. Three statements whatever the range.
 */
export async function loadRekap(actor: Actor, params: { pegawaiId: string; jenis: JenisRekap; tanggal: string }): Promise<Rekap | null> {
  const rentang = rentangRekap(params.jenis, params.tanggal);
  const awal = fromIsoDate(rentang.awal);
  const akhir = fromIsoDate(rentang.akhir);
  // One plain statement: the Prisma query with four nested relations cost more CPU to map than
  // the rest of the request's data.
  const [pegawai] = await db.$queryRaw<PegawaiRekap[]>`
    SELECT ${pihakJson("p", "u")} AS pihak, p."instansiId"::text AS "instansiId", p."atasanId"::text AS "atasanId",
      (SELECT ${pihakJson("a", "au")} FROM "Pegawai" a LEFT JOIN "UnitKerja" au ON au.id = a."unitId" WHERE a.id = p."atasanId") AS atasan,
      json_build_object('nama', i.nama, 'lokasi', i.lokasi, 'hariKerjaPerMinggu', i."hariKerjaPerMinggu") AS instansi,
      COALESCE((SELECT json_agg(json_build_object('status', s.status, 'penilai', ${pihakJson("n", "nu")}) ORDER BY s."periodeAwal" DESC)
        FROM "Skp" s JOIN "Pegawai" n ON n.id = s."penilaiId" LEFT JOIN "UnitKerja" nu ON nu.id = n."unitId"
        WHERE s."pegawaiId" = p.id AND s."periodeAwal" <= ${rentang.akhir}::date AND s."periodeAkhir" >= ${rentang.awal}::date), '[]'::json) AS skp
    FROM "Pegawai" p JOIN "Instansi" i ON i.id = p."instansiId" LEFT JOIN "UnitKerja" u ON u.id = p."unitId"
    WHERE p.id = ${params.pegawaiId}::uuid AND p."instansiId" = ${actor.instansiId}::uuid`;
  if (!pegawai) return null;
  const penilaiIds = pegawai.skp.map((s) => s.penilai.id);
  if (!canViewRekap(actor, { pegawaiId: pegawai.pihak.id, instansiId: pegawai.instansiId, atasanId: pegawai.atasanId, penilaiIds })) return null;

  const [libur, entri] = await Promise.all([
    db.hariLibur.findMany({ where: { instansiId: pegawai.instansiId, tanggal: { gte: awal, lte: akhir } }, select: { tanggal: true } }),
    // Plain SQL: a month is some fifty rows, and Prisma's mapping of the joined rencana aksi cost
    // more CPU than PostgreSQL spends on the whole statement.
    db.$queryRaw<EntriRekapBaris[]>`
      SELECT ph.tanggal::text AS tanggal, ph."jamMulai", ph."jamSelesai", ph.kegiatan, ph.realisasi, ph.satuan, ph.status::text AS status, ra.teks AS "rencanaAksi"
      FROM "ProgresHarian" ph JOIN "RencanaAksi" ra ON ra.id = ph."rencanaAksiId"
      WHERE ph."pegawaiId" = ${params.pegawaiId}::uuid AND ph.tanggal BETWEEN ${rentang.awal}::date AND ${rentang.akhir}::date`,
  ]);
  const { hari, totalMenit } = kelompokkanPerHari(
    rentang,
    { hariKerjaPerMinggu: pegawai.instansi.hariKerjaPerMinggu, libur: new Set(libur.map((l) => toIsoDate(l.tanggal))) },
    entri,
  );
  // The pejabat penilai of the approved SKP of the range; without one, the atasan of record.
  const penilai = pegawai.skp.find((s) => s.status === "PERSETUJUAN")?.penilai ?? pegawai.atasan;
  return {
    jenis: params.jenis,
    ...rentang,
    instansi: { nama: pegawai.instansi.nama, lokasi: pegawai.instansi.lokasi },
    pegawai: toPihak(pegawai.pihak, pegawai.instansi.nama),
    penilai: penilai ? toPihak(penilai, pegawai.instansi.nama) : null,
    hari,
    totalMenit,
  };
}

type PihakRow = { id: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; pangkat: string | null; golongan: string | null; jabatan: string; unit: { nama: string } | null };

function toPihak(p: PihakRow, instansi: string): PihakSnapshot {
  return { id: p.id, nama: namaDenganGelar(p), nip: p.nip, pangkat: p.pangkat, golongan: p.golongan, jabatan: p.jabatan, unit: p.unit?.nama ?? null, instansi };
}
