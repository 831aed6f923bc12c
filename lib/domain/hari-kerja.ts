import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";

/**
 * Working days for Progres Harian. Dates are calendar dates as `YYYY-MM-DD` strings (the
 * instansi's own calendar), so no time zone can shift a day.
 */
export type PolaKerja = { hariKerjaPerMinggu: number };

export type KalenderKerja = PolaKerja & {
  /** Hari libur nasional and cuti bersama of the instansi. */
  libur: ReadonlySet<string>;
  /** The pegawai's own days away: cuti, sakit, dinas luar, tugas belajar. */
  keterangan?: ReadonlyMap<string, JenisKeteranganHari>;
};

export type StatusHari = "BUKAN_HARI_KERJA" | "LIBUR" | "KETERANGAN" | "PENUH" | "SEBAGIAN" | "KOSONG";

/** ISO weekday: 1 = Senin … 7 = Minggu. */
export function hariDalamMinggu(tanggal: string): number {
  const day = fromIsoDate(tanggal).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Senin–Jumat, or Senin–Sabtu for an instansi with a six-day week; never a holiday. */
export function isHariKerja(tanggal: string, kalender: Omit<KalenderKerja, "keterangan">): boolean {
  return hariDalamMinggu(tanggal) <= (kalender.hariKerjaPerMinggu === 6 ? 6 : 5) && !kalender.libur.has(tanggal);
}

/** Every date from awal to akhir, inclusive. */
export function rentangTanggal(awal: string, akhir: string): string[] {
  const out: string[] = [];
  for (let d = fromIsoDate(awal); toIsoDate(d) <= akhir; d = new Date(d.getTime() + 86_400_000)) out.push(toIsoDate(d));
  return out;
}

/** The working days in a range the pegawai is expected to fill: not holidays, not marked away. */
export function hariWajibIsi(awal: string, akhir: string, kalender: KalenderKerja): string[] {
  return rentangTanggal(awal, akhir).filter((t) => isHariKerja(t, kalender) && !kalender.keterangan?.has(t));
}

/** Monday of the week that holds the date. */
export function awalMinggu(tanggal: string): string {
  return tambahHari(tanggal, 1 - hariDalamMinggu(tanggal));
}

export function tambahHari(tanggal: string, hari: number): string {
  return toIsoDate(new Date(fromIsoDate(tanggal).getTime() + hari * 86_400_000));
}

/**
 * How a day looks in the Bulan calendar: filled when its entries reach the daily target,
 * partly filled below it, empty with none.
 */
export function statusHari(tanggal: string, kalender: KalenderKerja, menitTerisi: number, targetMenit: number): StatusHari {
  if (hariDalamMinggu(tanggal) > (kalender.hariKerjaPerMinggu === 6 ? 6 : 5)) return "BUKAN_HARI_KERJA";
  if (kalender.libur.has(tanggal)) return "LIBUR";
  if (kalender.keterangan?.has(tanggal)) return "KETERANGAN";
  if (menitTerisi <= 0) return "KOSONG";
  return menitTerisi >= targetMenit ? "PENUH" : "SEBAGIAN";
}

export type RentangJam = { jamMulai: number; jamSelesai: number };

/** Two activities of one day overlap when one starts before the other ends; touching is fine. */
export function jamBertumpuk(a: RentangJam, b: RentangJam): boolean {
  return a.jamMulai < b.jamSelesai && b.jamMulai < a.jamSelesai;
}

/** Minutes after midnight → `08.30`, the Indonesian way of writing a time. */
export function formatJam(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, "0")}.${String(menit % 60).padStart(2, "0")}`;
}

/** `HH:MM` (an <input type="time">) → minutes after midnight, or null when it is no time. */
export function parseJam(value: string): number | null {
  const match = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** `7 jam 30 menit`, `45 menit`, `0 jam`. */
export function formatDurasi(menit: number): string {
  const jam = Math.floor(menit / 60);
  const sisa = menit % 60;
  if (jam === 0 && sisa > 0) return `${sisa} menit`;
  return sisa === 0 ? `${jam} jam` : `${jam} jam ${sisa} menit`;
}
