import type { CapaianOrganisasi, Predikat } from "@/lib/generated/prisma/enums";
import { formatDesimal, percentOf } from "./desimal";
import { LABEL_CAPAIAN_ORGANISASI, LABEL_PREDIKAT } from "./labels";

/**
 * Kurva distribusi predikat kinerja pegawai per unit (SE MenPANRB 3/2023): the capaian
 * kinerja organisasi limits how the unit's predikat may be spread.
 *
 * Decisions the SE leaves open:
 * - "X is the largest group" allows a tie: X needs only as many pegawai as any other
 *   predikat. A strict reading would make Istimewa or Baik impossible in a two-person unit.
 * - A unit with no pegawai rated yet satisfies every rule.
 * - Bounds are inclusive ("at most 70 %" accepts exactly 70 %) and are compared on counts,
 *   so 7 of 10 is exactly 70 %, never 70.0000001 %.
 */

export type KurvaCounts = Partial<Record<Predikat, number>>;

export type KurvaCheck = {
  ok: boolean;
  violations: string[];
  rule: string;
};

const PREDIKAT_URUT: readonly Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];

const ATURAN: Record<CapaianOrganisasi, string> = {
  ISTIMEWA:
    "Sangat Baik menjadi kelompok terbanyak, paling banyak 70%; sisanya boleh predikat apa pun.",
  BAIK:
    "Baik menjadi kelompok terbanyak, paling banyak 70%; harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct.",
  BUTUH_PERBAIKAN: "Butuh Perbaikan paling sedikit 60%; Sangat Baik paling banyak 10%.",
  KURANG:
    "Kurang/Misconduct paling sedikit 60%; Butuh Perbaikan paling sedikit 10%; Sangat Baik paling banyak 10%.",
  SANGAT_KURANG:
    "Sangat Kurang paling sedikit 60%; Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%; tidak boleh ada Sangat Baik.",
};

/** The distribution rule for a capaian organisasi, in words. */
export function describeKurva(capaian: CapaianOrganisasi): string {
  return `Capaian organisasi ${LABEL_CAPAIAN_ORGANISASI[capaian]}: ${ATURAN[capaian]}`;
}

/** Share of each predikat in percent, rounded to 2 decimals; all 0 for an empty unit. */
export function persentasePredikat(counts: KurvaCounts): Record<Predikat, number> {
  const total = totalOf(counts);
  const result = {} as Record<Predikat, number>;
  for (const p of PREDIKAT_URUT) result[p] = total === 0 ? 0 : (percentOf(countOf(counts, p), total) ?? 0);
  return result;
}

export function checkKurva(capaian: CapaianOrganisasi, counts: KurvaCounts): KurvaCheck {
  const rule = describeKurva(capaian);
  const total = totalOf(counts);
  if (total === 0) return { ok: true, violations: [], rule };

  const c = new Cohort(counts, total);
  const violations: string[] = [];
  switch (capaian) {
    case "ISTIMEWA":
      violations.push(...c.largest("SANGAT_BAIK"), ...c.atMost(["SANGAT_BAIK"], 70));
      break;
    case "BAIK":
      violations.push(
        ...c.largest("BAIK"),
        ...c.atMost(["BAIK"], 70),
        ...c.present(["BUTUH_PERBAIKAN", "KURANG"]),
      );
      break;
    case "BUTUH_PERBAIKAN":
      violations.push(...c.atLeast(["BUTUH_PERBAIKAN"], 60), ...c.atMost(["SANGAT_BAIK"], 10));
      break;
    case "KURANG":
      violations.push(
        ...c.atLeast(["KURANG"], 60),
        ...c.atLeast(["BUTUH_PERBAIKAN"], 10),
        ...c.atMost(["SANGAT_BAIK"], 10),
      );
      break;
    case "SANGAT_KURANG":
      violations.push(
        ...c.atLeast(["SANGAT_KURANG"], 60),
        ...c.atLeast(["KURANG", "BUTUH_PERBAIKAN"], 10),
        ...c.atMost(["SANGAT_BAIK"], 0),
      );
      break;
  }
  return { ok: violations.length === 0, violations, rule };
}

/** Each check returns the sentences describing how the unit breaks it (none when it holds). */
class Cohort {
  constructor(
    private readonly counts: KurvaCounts,
    private readonly total: number,
  ) {}

  largest(target: Predikat): string[] {
    const own = countOf(this.counts, target);
    const bigger = PREDIKAT_URUT.filter((p) => p !== target && countOf(this.counts, p) > own);
    if (bigger.length === 0) return [];
    const names = bigger.map((p) => `${LABEL_PREDIKAT[p]} (${this.share([p])})`).join(", ");
    return [
      `${LABEL_PREDIKAT[target]} harus menjadi kelompok terbanyak, saat ini ${this.share([target])}; lebih banyak: ${names}.`,
    ];
  }

  atMost(group: Predikat[], percent: number): string[] {
    if (this.sum(group) * 100 <= percent * this.total) return [];
    if (percent === 0) return [`Tidak boleh ada pegawai dengan predikat ${this.names(group)}, saat ini ${this.share(group)}.`];
    return [`${this.names(group)} paling banyak ${percent}%, saat ini ${this.share(group)}.`];
  }

  atLeast(group: Predikat[], percent: number): string[] {
    if (this.sum(group) * 100 >= percent * this.total) return [];
    return [`${this.names(group)} paling sedikit ${percent}%, saat ini ${this.share(group)}.`];
  }

  present(group: Predikat[]): string[] {
    if (this.sum(group) > 0) return [];
    return [`Harus ada pegawai dengan predikat ${this.names(group)}, saat ini tidak ada.`];
  }

  private sum(group: Predikat[]): number {
    return group.reduce((acc, p) => acc + countOf(this.counts, p), 0);
  }

  private names(group: Predikat[]): string {
    return group.map((p) => LABEL_PREDIKAT[p]).join(" dan/atau ");
  }

  private share(group: Predikat[]): string {
    const n = this.sum(group);
    return `${formatDesimal(percentOf(n, this.total) ?? 0)}% (${n} dari ${this.total} pegawai)`;
  }
}

function countOf(counts: KurvaCounts, p: Predikat): number {
  return counts[p] ?? 0;
}

function totalOf(counts: KurvaCounts): number {
  return PREDIKAT_URUT.reduce((acc, p) => acc + countOf(counts, p), 0);
}
