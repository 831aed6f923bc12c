import type { CapaianOrganisasi, ModeKurva, Predikat, Rating } from "@/lib/generated/prisma/enums";
import { checkKurva, describeKurva, type KurvaCounts } from "./kurva";
import { LABEL_CAPAIAN_ORGANISASI, LABEL_RATING } from "./labels";

/**
 * Rules for the atasan's side of a penilaian that sit on top of predikat and kurva: quick
 * reactions, the unit head's Rating Hasil Kerja, which unit's kurva a rated pegawai counts
 * in, and what finalising does when the kurva is broken.
 */

/** Quick reactions an atasan may leave as umpan balik, with what each one says aloud. */
export const REAKSI_UMPAN_BALIK = ["👍", "👏", "🙏", "💪"] as const;
export type Reaksi = (typeof REAKSI_UMPAN_BALIK)[number];

export const LABEL_REAKSI: Record<Reaksi, string> = {
  "👍": "Bagus",
  "👏": "Luar biasa",
  "🙏": "Terima kasih",
  "💪": "Tetap semangat",
};

/**
 * The line glyph drawn for each reaction (components/status-ikon.tsx) beside its label: the emoji
 * stay the stored values, but a machine without an emoji font shows them as empty boxes.
 */
export type IkonReaksi = "jempol" | "bintang" | "hati" | "petir";
export const IKON_REAKSI: Record<Reaksi, IkonReaksi> = { "👍": "jempol", "👏": "bintang", "🙏": "hati", "💪": "petir" };

export function isReaksi(value: string): value is Reaksi {
  return (REAKSI_UMPAN_BALIK as readonly string[]).includes(value);
}

/**
 * A unit head's Rating Hasil Kerja is the capaian of the unit they lead (domain.md). The
 * capaian has five grades and the rating three: Istimewa is above expectations, Baik meets
 * them, and the three grades below Baik all fall below expectations.
 */
const RATING_DARI_CAPAIAN: Record<CapaianOrganisasi, Rating> = {
  ISTIMEWA: "DI_ATAS_EKSPEKTASI",
  BAIK: "SESUAI_EKSPEKTASI",
  BUTUH_PERBAIKAN: "DI_BAWAH_EKSPEKTASI",
  KURANG: "DI_BAWAH_EKSPEKTASI",
  SANGAT_KURANG: "DI_BAWAH_EKSPEKTASI",
};

export function ratingHasilDariCapaian(capaian: CapaianOrganisasi): Rating {
  return RATING_DARI_CAPAIAN[capaian];
}

export type UnitDipimpin = { id: string; nama: string; parentId: string | null };

/** Why a unit head's Rating Hasil Kerja is fixed, or what must happen before it can be. */
export function alasanRatingHasilUnit(unit: UnitDipimpin, capaian: CapaianOrganisasi | null): string {
  if (!capaian) {
    return `Pegawai ini memimpin ${unit.nama}. Rating Hasil Kerjanya mengikuti Capaian Kinerja Organisasi unit tersebut, yang belum ditetapkan. Pimpinan unit di atasnya perlu menetapkannya lebih dulu di menu Capaian Organisasi.`;
  }
  return `Pegawai ini memimpin ${unit.nama}. Capaian Kinerja Organisasi unit tersebut ${LABEL_CAPAIAN_ORGANISASI[capaian]}, sehingga Rating Hasil Kerjanya ${LABEL_RATING[ratingHasilDariCapaian(capaian)]}.`;
}

/**
 * The unit whose kurva a rated pegawai counts in. A unit head is distributed among the
 * people of the unit above, by that unit's pimpinan, not inside the unit they lead (whose
 * capaian already fixes their Rating Hasil Kerja); a head of the top unit stays in it.
 */
export function unitKurvaId(pegawai: { unitId: string | null }, dipimpin: UnitDipimpin | null): string | null {
  if (dipimpin) return dipimpin.parentId ?? dipimpin.id;
  return pegawai.unitId;
}

export function hitungDistribusi(predikat: readonly Predikat[]): KurvaCounts {
  const counts: KurvaCounts = {};
  for (const p of predikat) counts[p] = (counts[p] ?? 0) + 1;
  return counts;
}

export type KeputusanKurva =
  | { status: "tanpaCapaian" }
  | { status: "sesuai"; rule: string }
  | { status: "peringatan" | "blokir"; rule: string; violations: string[] };

/**
 * What finalising does with a distribution: nothing to check until the capaian is set, a
 * warning the atasan must confirm in PERINGATAN mode, a refusal in BLOKIR mode.
 */
export function keputusanKurva(mode: ModeKurva, capaian: CapaianOrganisasi | null, counts: KurvaCounts): KeputusanKurva {
  if (!capaian) return { status: "tanpaCapaian" };
  const check = checkKurva(capaian, counts);
  if (check.ok) return { status: "sesuai", rule: describeKurva(capaian) };
  return { status: mode === "BLOKIR" ? "blokir" : "peringatan", rule: check.rule, violations: check.violations };
}

/** Calendar months a periode covers (Triwulan 3, Tahunan 12), for the periodic angka kredit. */
export function bulanPeriode(awal: Date, akhir: Date): number {
  const bulan = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  return Math.min(12, Math.max(1, bulan(akhir) - bulan(awal) + 1));
}

type PeriodePilihan = { id: string; jenis: string; awal: Date; akhir: Date };

/**
 * The periode a rating page opens on: the one asked for when it exists, else the latest
 * triwulan or bulan that has already ended (the one waiting to be rated), else the first.
 */
export function pilihPeriode<P extends PeriodePilihan>(periode: readonly P[], diminta: string | undefined, today: Date): P | null {
  const asked = periode.find((p) => p.id === diminta);
  if (asked) return asked;
  const selesai = periode
    .filter((p) => p.jenis !== "TAHUNAN" && p.akhir.getTime() < today.getTime())
    .sort((a, b) => b.akhir.getTime() - a.akhir.getTime());
  return selesai[0] ?? periode[0] ?? null;
}
