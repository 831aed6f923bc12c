import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import { NAMA_BULAN, toIsoDate } from "./tanggal";

/**
 * Periode penilaian rules. All dates here are calendar dates at UTC midnight, the way
 * Postgres `date` columns are read; turn "now" into one with `hariIniDi` (lib/domain/zona-waktu.ts)
 * in the instansi's own zone.
 */

export type PeriodeWindow = { awal: Date; batasPengisian: Date };

export type PeriodeBaru = {
  jenis: JenisPeriode;
  urutan: number;
  awal: Date;
  akhir: Date;
  batasPengisian: Date;
};

const ROMAWI = ["I", "II", "III", "IV"] as const;

/**
 * Pegawai may enter rencana aksi, bukti dukung and realisasi from the first day of the
 * periode through the batas pengisian, inclusive; an admin reopening extends that for one
 * pegawai through `reopenedUntil`, inclusive.
 */
export function isPengisianOpen(periode: PeriodeWindow, today: Date, reopenedUntil?: Date | null): boolean {
  const hari = toIsoDate(today);
  if (hari < toIsoDate(periode.awal)) return false;
  if (hari <= toIsoDate(periode.batasPengisian)) return true;
  return reopenedUntil != null && hari <= toIsoDate(reopenedUntil);
}

/** "Januari", "Triwulan I", "Tahunan". */
export function periodeLabel(jenis: JenisPeriode, urutan: number): string {
  const bulan = NAMA_BULAN[urutan - 1];
  const romawi = ROMAWI[urutan - 1];
  if (jenis === "TAHUNAN" && urutan === 1) return "Tahunan";
  if (jenis === "BULANAN" && bulan) return bulan;
  if (jenis === "TRIWULAN" && romawi) return `Triwulan ${romawi}`;
  throw new RangeError(`Urutan ${urutan} tidak valid untuk periode ${jenis}.`);
}

/**
 * The four triwulan of a year plus the tahunan periode, each with a batas pengisian on the
 * 10th of the month after it ends: enough time to collect bukti dukung, simple to explain.
 */
export function defaultTriwulan(tahun: number): PeriodeBaru[] {
  const triwulan = [0, 1, 2, 3].map((i) => periodeBulan("TRIWULAN", i + 1, tahun, i * 3, 3));
  return [...triwulan, periodeBulan("TAHUNAN", 1, tahun, 0, 12)];
}

/** The twelve monthly periode of a year, same batas pengisian rule as `defaultTriwulan`. */
export function defaultBulanan(tahun: number): PeriodeBaru[] {
  return NAMA_BULAN.map((_, i) => periodeBulan("BULANAN", i + 1, tahun, i, 1));
}

/** Problems with an SKP's periode awal/akhir, which must lie inside one tahun. */
export function checkSkpPeriode(awal: Date, akhir: Date, tahun: number): string[] {
  const problems: string[] = [];
  const dalamTahun = (d: Date) => d.getUTCFullYear() === tahun;
  if (!dalamTahun(awal) || !dalamTahun(akhir)) {
    problems.push(`Periode SKP harus berada di dalam tahun ${tahun}.`);
  }
  if (toIsoDate(awal) > toIsoDate(akhir)) {
    problems.push("Tanggal awal periode SKP tidak boleh setelah tanggal akhir.");
  }
  return problems;
}

function periodeBulan(jenis: JenisPeriode, urutan: number, tahun: number, bulanAwal: number, lamaBulan: number) {
  return {
    jenis,
    urutan,
    awal: new Date(Date.UTC(tahun, bulanAwal, 1)),
    // Day 0 of the next month is the last day of this one.
    akhir: new Date(Date.UTC(tahun, bulanAwal + lamaBulan, 0)),
    batasPengisian: new Date(Date.UTC(tahun, bulanAwal + lamaBulan, 10)),
  };
}
