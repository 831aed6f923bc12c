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

const SEHARI_MS = 24 * 60 * 60 * 1000;

/**
 * The first stretch of `tahun` no SKP of the pegawai covers, as the new SKP's default dates:
 * 1 Januari – 31 Desember for a year without one, the rest of the year after a mutasi's SKP,
 * and null once the year is fully covered (its SKP exists; nothing to create).
 */
export function periodeKosongPertama(tahun: number, yangAda: readonly PeriodeSkp[]): { periodeAwal: string; periodeAkhir: string } | null {
  const akhirTahun = Date.UTC(tahun, 11, 31);
  const terisi = yangAda
    .map((p) => ({ awal: p.periodeAwal.getTime(), akhir: p.periodeAkhir.getTime() }))
    .filter((p) => p.akhir >= Date.UTC(tahun, 0, 1) && p.awal <= akhirTahun)
    .sort((a, b) => a.awal - b.awal);
  let hari = Date.UTC(tahun, 0, 1);
  for (const p of terisi) {
    if (p.awal > hari) return { periodeAwal: iso(hari), periodeAkhir: iso(p.awal - SEHARI_MS) };
    hari = Math.max(hari, p.akhir + SEHARI_MS);
  }
  return hari <= akhirTahun ? { periodeAwal: iso(hari), periodeAkhir: iso(akhirTahun) } : null;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
