import "server-only";
import { awalMinggu, rentangTanggal, statusHari, tambahHari, type StatusHari } from "@/lib/domain/hari-kerja";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { totalMenit } from "@/lib/domain/progres-harian";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadKalender } from "@/lib/server/progres-harian/kalender";
import { findSkpHarian } from "@/lib/server/progres-harian/konteks";
import { ENTRI_PROGRES_SELECT } from "@/lib/server/progres-harian/entri-select";

export type Tampilan = "hari" | "minggu" | "bulan";

/** The days a view shows: one day, Monday to Sunday, or the whole month. */
export function rentangTampilan(tampilan: Tampilan, tanggal: string): { awal: string; akhir: string } {
  if (tampilan === "hari") return { awal: tanggal, akhir: tanggal };
  if (tampilan === "minggu") return { awal: awalMinggu(tanggal), akhir: tambahHari(awalMinggu(tanggal), 6) };
  const awal = `${tanggal.slice(0, 7)}-01`;
  const akhir = toIsoDate(new Date(Date.UTC(Number(tanggal.slice(0, 4)), Number(tanggal.slice(5, 7)), 0)));
  return { awal, akhir };
}

/**
 * The actor's own entries over a view's range with their calendar, and per day its minutes,
 * count and fill status. Four statements (instansi, hari libur, keterangan, entries).
 */
export async function getProgresRentang(actor: Actor, tampilan: Tampilan, tanggal: string) {
  const { awal, akhir } = rentangTampilan(tampilan, tanggal);
  const [kalender, entri] = await Promise.all([
    loadKalender(db, actor, awal, akhir),
    db.progresHarian.findMany({
      where: { pegawaiId: actor.id, tanggal: { gte: fromIsoDate(awal), lte: fromIsoDate(akhir) } },
      orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }],
      select: { ...ENTRI_PROGRES_SELECT, rencanaAksiId: true, indikatorId: true, rencanaAksi: { select: { teks: true } } },
    }),
  ]);
  const rows = entri.map(({ tanggal: t, rencanaAksi, ...e }) => ({ ...e, tanggal: toIsoDate(t), rencanaAksi: rencanaAksi.teks }));
  const hari = rentangTanggal(awal, akhir).map((t) => {
    const milik = rows.filter((e) => e.tanggal === t);
    const menit = totalMenit(milik);
    return { tanggal: t, menit, jumlah: milik.length, status: statusHari(t, kalender, menit, kalender.targetMenit) as StatusHari, keterangan: (kalender.keterangan.get(t) ?? null) as JenisKeteranganHari | null, libur: kalender.namaLibur.get(t) ?? null };
  });
  return { awal, akhir, hariKerjaPerMinggu: kalender.hariKerjaPerMinggu, targetMenit: kalender.targetMenit, entri: rows, hari, hariIni: toIsoDate(hariIniDi(actor.zonaWaktu, new Date())) };
}

export type ProgresRentang = Awaited<ReturnType<typeof getProgresRentang>>;
export type EntriProgres = ProgresRentang["entri"][number];

/**
 * What the entry form offers for a date: the periode of the actor's approved SKP that holds
 * it, per RHK its rencana aksi of that periode and its indikator, and the actor's templates.
 * Three statements; null SKP when none covers the date.
 */
export async function getPilihanProgres(actor: Actor, tanggal: string) {
  const [skp, templat] = await Promise.all([
    findSkpHarian(db, actor, tanggal),
    db.templatKegiatan.findMany({
      where: { pegawaiId: actor.id },
      orderBy: [{ hari: "asc" }, { jamMulai: "asc" }],
      select: { id: true, nama: true, hari: true, jamMulai: true, jamSelesai: true, kegiatan: true, rencanaAksiId: true, realisasi: true, satuan: true },
    }),
  ]);
  if (!skp?.periode) return { skp: skp ? { id: skp.id } : null, periode: null, rhk: [], templat };
  const rhk = await db.rhk.findMany({
    where: { skpId: skp.id },
    orderBy: [{ jenis: "asc" }, { urutan: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      jenis: true,
      teks: true,
      indikator: { orderBy: { urutan: "asc" }, select: { id: true, teks: true, aspek: true, satuan: true } },
      rencanaAksi: { where: { periodeId: skp.periode.id }, orderBy: [{ urutan: "asc" }, { createdAt: "asc" }], select: { id: true, teks: true } },
    },
  });
  return { skp: { id: skp.id }, periode: { id: skp.periode.id, label: skp.periode.label }, rhk, templat };
}

export type PilihanProgres = Awaited<ReturnType<typeof getPilihanProgres>>;
export type TemplatProgres = PilihanProgres["templat"][number];
