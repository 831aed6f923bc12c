import { canAdminInstansi, type ActorRef } from "./permissions";
import { awalMinggu, hariDalamMinggu, rentangTanggal, tambahHari, type KalenderKerja, isHariKerja } from "./hari-kerja";
import { formatTanggal, fromIsoDate, NAMA_BULAN, toIsoDate } from "./tanggal";

export const JENIS_REKAP = ["mingguan", "bulanan"] as const;
export type JenisRekap = (typeof JENIS_REKAP)[number];

export type RentangRekap = { awal: string; akhir: string; judul: string };

/** The week (Senin–Minggu) or the calendar month around `tanggal`, with the title printed on it. */
export function rentangRekap(jenis: JenisRekap, tanggal: string): RentangRekap {
  if (jenis === "mingguan") {
    const awal = awalMinggu(tanggal);
    const akhir = tambahHari(awal, 6);
    return { awal, akhir, judul: `Rekap Mingguan ${formatTanggal(fromIsoDate(awal))} – ${formatTanggal(fromIsoDate(akhir))}` };
  }
  const d = fromIsoDate(tanggal);
  const awal = toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
  const akhir = toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  return { awal, akhir, judul: `Rekap Bulanan ${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}` };
}

/** The pegawai whose recap is asked for, with whoever is their atasan or SKP penilai. */
export type PemilikRekap = { pegawaiId: string; instansiId: string; atasanId: string | null; penilaiIds: readonly string[] };

/** The owner, their atasan (Pegawai.atasanId or an SKP's penilai) and the admin of their instansi. */
export function canViewRekap(actor: ActorRef, p: PemilikRekap): boolean {
  if (actor.id === p.pegawaiId) return true;
  if (actor.instansiId !== p.instansiId) return false;
  return p.atasanId === actor.id || p.penilaiIds.includes(actor.id) || canAdminInstansi(actor, p.instansiId);
}

export type EntriRekap = { tanggal: string; jamMulai: number; jamSelesai: number };
export type HariRekap<E extends EntriRekap> = { tanggal: string; namaHari: string; entri: E[]; menit: number };

const NAMA_HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

export function namaHari(tanggal: string): string {
  return NAMA_HARI[hariDalamMinggu(tanggal) - 1]!;
}

/**
 * One row per working day of the range (an empty one shows as empty, which is the point of a
 * recap) plus any other day that has entries, entries sorted by time, and the minutes per day.
 */
export function kelompokkanPerHari<E extends EntriRekap>(
  rentang: { awal: string; akhir: string },
  kalender: Omit<KalenderKerja, "keterangan">,
  entri: readonly E[],
): { hari: HariRekap<E>[]; totalMenit: number } {
  const perTanggal = new Map<string, E[]>();
  for (const e of entri) perTanggal.set(e.tanggal, [...(perTanggal.get(e.tanggal) ?? []), e]);
  const hari = rentangTanggal(rentang.awal, rentang.akhir)
    .filter((t) => perTanggal.has(t) || isHariKerja(t, kalender))
    .map((t) => {
      const list = [...(perTanggal.get(t) ?? [])].sort((a, b) => a.jamMulai - b.jamMulai);
      return { tanggal: t, namaHari: namaHari(t), entri: list, menit: list.reduce((n, e) => n + (e.jamSelesai - e.jamMulai), 0) };
    });
  return { hari, totalMenit: hari.reduce((n, h) => n + h.menit, 0) };
}
