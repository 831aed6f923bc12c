import "server-only";
import type { KalenderKerja } from "@/lib/domain/hari-kerja";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

export type KalenderPegawai = KalenderKerja & { targetMenit: number; keterangan: Map<string, JenisKeteranganHari>; namaLibur: Map<string, string> };

/**
 * The actor's working calendar over a range: the instansi's pattern and daily target, its
 * hari libur, and the days the actor marked away. Three statements, run together.
 */
export async function loadKalender(tx: Tx, actor: Actor, awal: string, akhir: string): Promise<KalenderPegawai> {
  const rentang = { gte: fromIsoDate(awal), lte: fromIsoDate(akhir) };
  const [instansi, libur, keterangan] = await Promise.all([
    tx.instansi.findUniqueOrThrow({ where: { id: actor.instansiId }, select: { hariKerjaPerMinggu: true, targetJamHarian: true } }),
    tx.hariLibur.findMany({ where: { instansiId: actor.instansiId, tanggal: rentang }, select: { tanggal: true, nama: true } }),
    tx.keteranganHari.findMany({ where: { pegawaiId: actor.id, tanggal: rentang }, select: { tanggal: true, jenis: true } }),
  ]);
  return {
    hariKerjaPerMinggu: instansi.hariKerjaPerMinggu,
    targetMenit: Math.round(Number(instansi.targetJamHarian) * 60),
    libur: new Set(libur.map((l) => toIsoDate(l.tanggal))),
    namaLibur: new Map(libur.map((l) => [toIsoDate(l.tanggal), l.nama])),
    keterangan: new Map(keterangan.map((k) => [toIsoDate(k.tanggal), k.jenis])),
  };
}
