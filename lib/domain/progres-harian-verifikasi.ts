import { LABEL_STATUS_VERIFIKASI } from "@/lib/domain/labels";
import { awalMinggu, hariDalamMinggu, tambahHari, type KalenderKerja } from "@/lib/domain/hari-kerja";
import { parseIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { StatusVerifikasi } from "@/lib/generated/prisma/enums";

/**
 * The atasan's side of Progres Harian: which decision an atasan may take on an entry, which
 * week a URL names, and how a bawahan's week reads in the overview (hours, "belum isi").
 */

/** What the atasan decides; MENUNGGU is where an entry starts and returns to once fixed. */
export const KEPUTUSAN_VERIFIKASI = ["SESUAI", "PERLU_PERBAIKAN"] as const satisfies readonly StatusVerifikasi[];
export type KeputusanVerifikasi = (typeof KEPUTUSAN_VERIFIKASI)[number];

/** `?minggu=2026-12-03` → the Monday of that week; anything else is this week. */
export function parseMingguParam(value: string | string[] | undefined, hariIni: string): string {
  const text = Array.isArray(value) ? value[0] : value;
  const date = text ? parseIsoDate(text) : null;
  const tahun = date?.getUTCFullYear() ?? 0;
  return awalMinggu(date && tahun >= 1900 && tahun <= 2100 ? toIsoDate(date) : hariIni);
}

/** Senin–Jumat, or Senin–Sabtu for an instansi with a six-day week. */
export function hariMinggu(senin: string, hariKerjaPerMinggu: number): string[] {
  return Array.from({ length: hariKerjaPerMinggu === 6 ? 6 : 5 }, (_, i) => tambahHari(senin, i));
}

export type KeadaanHari = "TERISI" | "BELUM_ISI" | "LIBUR" | "KETERANGAN" | "AKAN_DATANG";

/**
 * One working day in the atasan's week table. A day still to come is not "belum isi"; a holiday or a
 * day the pegawai marked away is not either, even when nothing was written.
 */
export function keadaanHari(tanggal: string, menit: number, kalender: KalenderKerja, hariIni: string): KeadaanHari {
  if (menit > 0) return "TERISI";
  if (kalender.libur.has(tanggal)) return "LIBUR";
  if (kalender.keterangan?.has(tanggal)) return "KETERANGAN";
  return tanggal > hariIni ? "AKAN_DATANG" : "BELUM_ISI";
}

/** The consequence a bulk decision states before it is confirmed. */
export function pesanKonfirmasiMassal(jumlah: number, status: KeputusanVerifikasi): string {
  return `${jumlah} kegiatan akan ditandai ${LABEL_STATUS_VERIFIKASI[status]}.`;
}

export const PESAN_CATATAN_WAJIB = "Tuliskan catatan: apa yang perlu diperbaiki pegawai.";

const NAMA_HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;

/** `2026-11-23` → `Senin`. */
export function namaHari(tanggal: string): string {
  return NAMA_HARI[hariDalamMinggu(tanggal) - 1]!;
}
