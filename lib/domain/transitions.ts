import type { Rating, StatusPenilaian, StatusSkp } from "@/lib/generated/prisma/enums";
import { DomainError } from "./errors";
import { LABEL_STATUS_PENILAIAN, LABEL_STATUS_SKP } from "./labels";

/**
 * The SKP and penilaian state machines. Callers persist the new status together with a
 * RiwayatStatus row; these functions only decide whether the move is allowed.
 */

export type SkpAction = "ajukan" | "setujui" | "kembalikan";
/** Both are the pejabat penilai's: the pegawai never finalises their own evaluation. */
export type PenilaianAction = "finalkan" | "bukaKembali";
/** Who performs an action: the SKP owner or the SKP's pejabat penilai. */
export type SkpPihak = "pemilik" | "penilai";

export const SKP_ACTIONS: readonly SkpAction[] = ["ajukan", "setujui", "kembalikan"];

type SkpRule = { from: readonly StatusSkp[]; to: StatusSkp; by: SkpPihak; verb: string };

const SKP_RULES: Record<SkpAction, SkpRule> = {
  ajukan: { from: ["DRAFT"], to: "PENGAJUAN", by: "pemilik", verb: "diajukan" },
  setujui: { from: ["PENGAJUAN"], to: "PERSETUJUAN", by: "penilai", verb: "disetujui" },
  // The atasan may also pull back an approved SKP, e.g. after a wrong target is found.
  kembalikan: { from: ["PENGAJUAN", "PERSETUJUAN"], to: "DRAFT", by: "penilai", verb: "dikembalikan ke Draft" },
};

export function whoMaySkpAction(action: SkpAction): SkpPihak {
  return SKP_RULES[action].by;
}

/** Whether `action` is possible from `status`, ignoring who asks and the catatan. */
export function isSkpActionAllowed(status: StatusSkp, action: SkpAction): boolean {
  return SKP_RULES[action].from.includes(status);
}

/** The actions a party can take on an SKP in this status, for showing buttons. */
export function availableSkpActions(status: StatusSkp, pihak: SkpPihak): SkpAction[] {
  return SKP_ACTIONS.filter((a) => SKP_RULES[a].by === pihak && isSkpActionAllowed(status, a));
}

/** The status after `action`, or a DomainError saying why it cannot happen. */
export function nextSkpStatus(status: StatusSkp, action: SkpAction, catatan?: string | null): StatusSkp {
  const rule = SKP_RULES[action];
  if (!rule.from.includes(status)) {
    throw new DomainError(`SKP berstatus ${LABEL_STATUS_SKP[status]} tidak dapat ${rule.verb}.`);
  }
  if (action === "kembalikan" && !catatan?.trim()) {
    throw new DomainError("Tuliskan catatan agar pegawai tahu apa yang harus diperbaiki.", "catatan");
  }
  return rule.to;
}

export type PenilaianContext = {
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  /** The tahun of the periode is closed; finalised results are then frozen. */
  periodeDitutup: boolean;
};

export function nextPenilaianStatus(
  status: StatusPenilaian,
  action: PenilaianAction,
  ctx: PenilaianContext,
): StatusPenilaian {
  if (action === "finalkan") {
    if (status !== "DRAFT") {
      throw new DomainError(`Penilaian berstatus ${LABEL_STATUS_PENILAIAN[status]} tidak dapat difinalkan.`);
    }
    if (!ctx.ratingHasil) throw new DomainError("Pilih Rating Hasil Kerja sebelum memfinalkan penilaian.", "ratingHasil");
    if (!ctx.ratingPerilaku) {
      throw new DomainError("Pilih Rating Perilaku Kerja sebelum memfinalkan penilaian.", "ratingPerilaku");
    }
    return "FINAL";
  }
  if (status !== "FINAL") {
    throw new DomainError(`Penilaian berstatus ${LABEL_STATUS_PENILAIAN[status]} tidak dapat dibuka kembali.`);
  }
  if (ctx.periodeDitutup) {
    throw new DomainError("Periode penilaian sudah ditutup; penilaian final tidak dapat dibuka kembali.");
  }
  return "DRAFT";
}
