import type { JenjangFungsional, Predikat } from "@/lib/generated/prisma/enums";
import { DomainError } from "./errors";
import { divRound } from "./desimal";

/**
 * Angka kredit jabatan fungsional (PermenPANRB 1/2023): predikat percentage × koefisien
 * tahunan, prorated by months for a shorter periode. Computed in integer thousandths so
 * 3.75 × 75 % is exactly 2.813 (2.8125 rounded half up), never 2.8124999….
 */

export const PERSEN_ANGKA_KREDIT: Record<Predikat, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

export const KOEFISIEN_TAHUNAN: Record<JenjangFungsional, number> = {
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
};

/** Angka kredit for a full year, rounded to 3 decimals. */
export function angkaKreditTahunan(jenjang: JenjangFungsional, predikat: Predikat): number {
  return angkaKreditPeriodik(jenjang, predikat, 12);
}

/** (bulan / 12) × persentase predikat × koefisien tahunan, rounded to 3 decimals. */
export function angkaKreditPeriodik(jenjang: JenjangFungsional, predikat: Predikat, bulan: number): number {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new DomainError("Jumlah bulan periode harus 1 sampai 12.", "bulan");
  }
  const koefisienRibuan = BigInt(Math.round(KOEFISIEN_TAHUNAN[jenjang] * 1000));
  const num = koefisienRibuan * BigInt(PERSEN_ANGKA_KREDIT[predikat]) * BigInt(bulan);
  return Number(divRound(num, 100n * 12n)) / 1000;
}
