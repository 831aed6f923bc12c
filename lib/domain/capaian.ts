import type { Aspek } from "@/lib/generated/prisma/enums";
import { percentOf } from "./desimal";

/**
 * Capaian (achievement) of a realisasi against an indikator's target, in percent rounded
 * to 2 decimals. Values may be numbers or the strings Prisma `Decimal` prints.
 *
 * - Single target (only one bound, or min = max): realisasi / target × 100.
 * - Range min–max: below min → realisasi / min × 100; within the range → 100; above max →
 *   realisasi / max × 100. A range is met by landing anywhere in it, and is measured
 *   against the nearer bound when it is missed or exceeded. A reversed range reads in order.
 * - Waktu and Biaya are better when lower (12 Bulan done in 10 is ahead of target), so for
 *   them the ratio turns over: target / realisasi × 100.
 * - null when it cannot be computed: no realisasi, no numeric target (kualitatif), or a
 *   target of zero.
 */

type Nilai = number | string;

export type TargetAngka = { min: Nilai | null; max: Nilai | null; aspek?: Aspek | null };

const LEBIH_RENDAH_LEBIH_BAIK: ReadonlySet<Aspek> = new Set(["WAKTU", "BIAYA"]);

export function capaianPersen(realisasi: Nilai | null, target: TargetAngka): number | null {
  if (realisasi === null) return null;
  const { min, max } = target;
  const turun = target.aspek ? LEBIH_RENDAH_LEBIH_BAIK.has(target.aspek) : false;
  const terhadap = (t: Nilai) => (turun ? percentOf(t, realisasi) : percentOf(realisasi, t));
  if (min === null) return max === null ? null : terhadap(max);
  if (max === null || Number(min) === Number(max)) return terhadap(min);
  const [bawah, atas] = Number(min) <= Number(max) ? [min, max] : [max, min];
  if (Number(realisasi) < Number(bawah)) return terhadap(bawah);
  if (Number(realisasi) > Number(atas)) return terhadap(atas);
  return 100;
}
