import { formatTanggal } from "./tanggal";

export type PeriodeSkp = { periodeAwal: Date; periodeAkhir: Date };

/** `1 Januari 2026 – 31 Desember 2026`. */
export function formatPeriodeSkp(p: PeriodeSkp): string {
  return `${formatTanggal(p.periodeAwal)} – ${formatTanggal(p.periodeAkhir)}`;
}

/** Two periods share at least one day (both ends inclusive). */
export function periodeBeririsan(a: PeriodeSkp, b: PeriodeSkp): boolean {
  return a.periodeAwal <= b.periodeAkhir && b.periodeAwal <= a.periodeAkhir;
}

/**
 * Why a new SKP period cannot be created, or null. A pegawai has one SKP per period: a second
 * SKP in the same year is only for a later stretch of it, e.g. after a mutasi.
 */
export function masalahPeriodeBaru(baru: PeriodeSkp, yangAda: readonly PeriodeSkp[]): string | null {
  const bentrok = yangAda.find((p) => periodeBeririsan(baru, p));
  if (!bentrok) return null;
  return `Periode ini beririsan dengan SKP Anda periode ${formatPeriodeSkp(bentrok)}. Satu pegawai hanya memiliki satu SKP untuk setiap periode; pilih tanggal di luar periode itu atau buka SKP yang sudah ada.`;
}
