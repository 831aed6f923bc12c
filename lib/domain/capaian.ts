import { percentOf } from "./desimal";

/**
 * Capaian (achievement) of a realisasi against an indikator's target, in percent rounded
 * to 2 decimals. Values may be numbers or the strings Prisma `Decimal` prints.
 *
 * - Single target (only one bound, or min = max): realisasi / target × 100.
 * - Range min–max: below min → realisasi / min × 100; within the range → 100; above max →
 *   realisasi / max × 100. A range is met by landing anywhere in it, and is measured
 *   against the nearer bound when it is missed or exceeded. A reversed range reads in order.
 * - null when it cannot be computed: no realisasi, no numeric target (kualitatif), or a
 *   target of zero.
 */

type Nilai = number | string;

export type TargetAngka = { min: Nilai | null; max: Nilai | null };

export function capaianPersen(realisasi: Nilai | null, target: TargetAngka): number | null {
  if (realisasi === null) return null;
  const { min, max } = target;
  if (min === null) return max === null ? null : percentOf(realisasi, max);
  if (max === null || Number(min) === Number(max)) return percentOf(realisasi, min);
  const [bawah, atas] = Number(min) <= Number(max) ? [min, max] : [max, min];
  if (Number(realisasi) < Number(bawah)) return percentOf(realisasi, bawah);
  if (Number(realisasi) > Number(atas)) return percentOf(realisasi, atas);
  return 100;
}
