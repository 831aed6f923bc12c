import type { Aspek, JenisPeriode } from "@/lib/generated/prisma/enums";
import { formatJam, isHariKerja, jamBertumpuk, tambahHari, type KalenderKerja, type RentangJam } from "./hari-kerja";
import { toIsoDate } from "./tanggal";

/**
 * Rules of the daily log that are not about the calendar itself: which periode a day's entry
 * belongs to, when a date is refused, overlap messages and what a copy would add.
 */

const URUTAN_JENIS: Record<JenisPeriode, number> = { BULANAN: 0, TRIWULAN: 1, TAHUNAN: 2 };

/**
 * The periode whose rencana aksi a day's entry serves: the monthly one when the instansi has
 * them, else the triwulan (the tahunan periode only when nothing shorter holds the day).
 */
export function pilihPeriodeHarian<P extends { jenis: JenisPeriode; awal: Date; akhir: Date }>(periode: readonly P[], tanggal: string): P | null {
  const memuat = periode.filter((p) => toIsoDate(p.awal) <= tanggal && tanggal <= toIsoDate(p.akhir));
  return memuat.sort((a, b) => URUTAN_JENIS[a.jenis] - URUTAN_JENIS[b.jenis])[0] ?? null;
}

export const PESAN_TANGGAL_MASA_DEPAN = "Tanggal tidak boleh setelah hari ini. Progres harian dicatat untuk pekerjaan yang sudah dilakukan.";

export const PESAN_TANPA_SKP =
  "Belum ada SKP yang disetujui atasan untuk tanggal ini. Susun SKP Anda di menu SKP dan ajukan ke atasan; progres harian dapat diisi setelah SKP disetujui.";

export const PESAN_LUAR_PERIODE = "Tanggal ini berada di luar periode penilaian SKP Anda. Pilih tanggal di dalam periode SKP.";

type Entri = RentangJam & { id?: string; kegiatan: string };

/** Why the new times clash with another entry of the same day, or null when they do not. */
export function alasanJamBertumpuk(baru: RentangJam, lain: readonly Entri[], kecualiId?: string): string | null {
  const bentrok = lain.find((e) => e.id !== kecualiId && jamBertumpuk(baru, e));
  if (!bentrok) return null;
  return `Jam ini bertumpuk dengan kegiatan ${formatJam(bentrok.jamMulai)}–${formatJam(bentrok.jamSelesai)} "${potong(bentrok.kegiatan)}" pada hari yang sama.`;
}

/** The working day before this one (holidays and the weekend skipped), looking back two weeks at most. */
export function hariKerjaSebelumnya(tanggal: string, kalender: Omit<KalenderKerja, "keterangan">): string | null {
  for (let i = 1; i <= 14; i++) {
    const hari = tambahHari(tanggal, -i);
    if (isHariKerja(hari, kalender)) return hari;
  }
  return null;
}

export type EntriSalin = RentangJam & { kegiatan: string };

/**
 * The entries of a source day that can be added to a target day: those whose times are free
 * there (against what the day has and what this copy already added). The rest are skipped.
 */
export function pilihUntukDisalin<E extends EntriSalin>(sumber: readonly E[], yangAda: readonly RentangJam[]): { salin: E[]; dilewati: number } {
  const terisi: RentangJam[] = [...yangAda];
  const salin: E[] = [];
  for (const e of [...sumber].sort((a, b) => a.jamMulai - b.jamMulai)) {
    if (terisi.some((t) => jamBertumpuk(e, t))) continue;
    terisi.push(e);
    salin.push(e);
  }
  return { salin, dilewati: sumber.length - salin.length };
}

/** Total minutes of a day's entries. */
export function totalMenit(entri: readonly RentangJam[]): number {
  return entri.reduce((sum, e) => sum + (e.jamSelesai - e.jamMulai), 0);
}

function potong(teks: string): string {
  return teks.length > 60 ? `${teks.slice(0, 57)}…` : teks;
}

/**
 * The indikator an entry counts towards when the pegawai picks none (the form's default, and
 * every imported row): the RHK's Kuantitas indikator, which is what daily work adds up to, else
 * its first one.
 */
export function indikatorBawaan<I extends { id: string; aspek: Aspek | null }>(indikator: readonly I[]): string | null {
  return (indikator.find((i) => i.aspek === "KUANTITAS") ?? indikator[0])?.id ?? null;
}

/** The share of required days filled, rounded down (99 % until the last day is in); null without any required day. */
export function persenTerisi(terisi: number, wajib: number): number | null {
  return wajib > 0 ? Math.floor((terisi * 100) / wajib) : null;
}

/**
 * A day's list after one entry was saved: the old copy of it goes, the new one joins in time
 * order when it is still on this day (an edit may have moved it to another date).
 */
export function gabungEntriHari<E extends { id: string; tanggal: string; jamMulai: number }>(entri: readonly E[], tersimpan: E, tanggal: string): E[] {
  const lain = entri.filter((e) => e.id !== tersimpan.id);
  return tersimpan.tanggal === tanggal ? [...lain, tersimpan].sort((a, b) => a.jamMulai - b.jamMulai) : lain;
}
