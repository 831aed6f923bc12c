import "server-only";
import { canViewRekap, kelompokkanPerHari, rentangRekap, type HariRekap, type JenisRekap } from "@/lib/domain/rekap-progres";
import { namaDenganGelar, type PihakSnapshot } from "@/lib/domain/skp-snapshot";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { StatusVerifikasi } from "@/lib/generated/prisma/enums";
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

const pihakSelect = {
  id: true,
  nama: true,
  gelarDepan: true,
  gelarBelakang: true,
  nip: true,
  pangkat: true,
  golongan: true,
  jabatan: true,
  unit: { select: { nama: true } },
} as const;

/**
 * A pegawai's week or month of Progres Harian for the recap, or null when the actor may not see
 * it (the owner, their atasan or SKP penilai, the admin of their instansi): a guessed id and a
 * forbidden one look the same. Three statements whatever the range.
 */
export async function loadRekap(actor: Actor, params: { pegawaiId: string; jenis: JenisRekap; tanggal: string }): Promise<Rekap | null> {
  const rentang = rentangRekap(params.jenis, params.tanggal);
  const awal = fromIsoDate(rentang.awal);
  const akhir = fromIsoDate(rentang.akhir);
  const pegawai = await db.pegawai.findFirst({
    where: { id: params.pegawaiId, instansiId: actor.instansiId },
    select: {
      ...pihakSelect,
      instansiId: true,
      atasanId: true,
      atasan: { select: pihakSelect },
      instansi: { select: { nama: true, lokasi: true, hariKerjaPerMinggu: true } },
      skp: {
        where: { penilaiId: { not: null }, periodeAwal: { lte: akhir }, periodeAkhir: { gte: awal } },
        select: { status: true, penilai: { select: pihakSelect } },
        orderBy: { periodeAwal: "desc" },
      },
    },
  });
  if (!pegawai) return null;
  const penilaiIds = pegawai.skp.flatMap((s) => (s.penilai ? [s.penilai.id] : []));
  if (!canViewRekap(actor, { pegawaiId: pegawai.id, instansiId: pegawai.instansiId, atasanId: pegawai.atasanId, penilaiIds })) return null;

  const [libur, entri] = await Promise.all([
    db.hariLibur.findMany({ where: { instansiId: pegawai.instansiId, tanggal: { gte: awal, lte: akhir } }, select: { tanggal: true } }),
    db.progresHarian.findMany({
      where: { pegawaiId: pegawai.id, tanggal: { gte: awal, lte: akhir } },
      select: { tanggal: true, jamMulai: true, jamSelesai: true, kegiatan: true, realisasi: true, satuan: true, status: true, rencanaAksi: { select: { teks: true } } },
    }),
  ]);
  const { hari, totalMenit } = kelompokkanPerHari(
    rentang,
    { hariKerjaPerMinggu: pegawai.instansi.hariKerjaPerMinggu, libur: new Set(libur.map((l) => toIsoDate(l.tanggal))) },
    entri.map(({ rencanaAksi, tanggal, ...e }) => ({ ...e, tanggal: toIsoDate(tanggal), rencanaAksi: rencanaAksi.teks })),
  );
  // The pejabat penilai of the approved SKP of the range; without one, the atasan of record.
  const penilai = pegawai.skp.find((s) => s.status === "PERSETUJUAN")?.penilai ?? pegawai.atasan;
  return {
    jenis: params.jenis,
    ...rentang,
    instansi: { nama: pegawai.instansi.nama, lokasi: pegawai.instansi.lokasi },
    pegawai: toPihak(pegawai, pegawai.instansi.nama),
    penilai: penilai ? toPihak(penilai, pegawai.instansi.nama) : null,
    hari,
    totalMenit,
  };
}

type PihakRow = { id: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; pangkat: string | null; golongan: string | null; jabatan: string; unit: { nama: string } | null };

function toPihak(p: PihakRow, instansi: string): PihakSnapshot {
  return { id: p.id, nama: namaDenganGelar(p), nip: p.nip, pangkat: p.pangkat, golongan: p.golongan, jabatan: p.jabatan, unit: p.unit?.nama ?? null, instansi };
}
