import type { StatusPenilaian, StatusSkp } from "@/lib/generated/prisma/enums";
import { isPengisianOpen, type PeriodeWindow } from "./periode";
import { isSkpActionAllowed, whoMaySkpAction, type SkpAction } from "./transitions";

/**
 * Who may do what, as pure predicates over plain objects. Server actions load the rows,
 * call one of these, then write, all in one transaction. Every rule names a concrete
 * person (owner, the penilai stored on the SKP) or an admin of the same instansi: being an
 * admin somewhere, or an atasan of someone, is never enough on its own.
 */

export type ActorRef = { id: string; instansiId: string; isAdmin: boolean };

/** An SKP with its owner's instansi (the SKP itself is scoped through its pegawai). */
export type SkpRef = {
  pegawaiId: string;
  penilaiId: string | null;
  status: StatusSkp;
  instansiId: string;
};

export type PenilaianRef = { status: StatusPenilaian; pengisianDibukaHingga: Date | null };

export function canAdminInstansi(actor: ActorRef, instansiId: string): boolean {
  return actor.isAdmin && actor.instansiId === instansiId;
}

export function isSkpOwner(actor: ActorRef, skp: SkpRef): boolean {
  return actor.id === skp.pegawaiId;
}

/** The pejabat penilai recorded on the SKP, never merely the pegawai's current atasan. */
export function isSkpPenilai(actor: ActorRef, skp: SkpRef): boolean {
  return skp.penilaiId !== null && actor.id === skp.penilaiId && actor.id !== skp.pegawaiId;
}

/** SKP, penilaian and every printed document: owner, penilai, or admin of the instansi. */
export function canViewSkp(actor: ActorRef, skp: SkpRef): boolean {
  return isSkpOwner(actor, skp) || isSkpPenilai(actor, skp) || canAdminInstansi(actor, skp.instansiId);
}

/** RHK, indikator and lampiran are the owner's to change while the SKP is a Draft. */
export function canEditSkp(actor: ActorRef, skp: SkpRef): boolean {
  return isSkpOwner(actor, skp) && skp.status === "DRAFT";
}

/** Open the SKP under "SKP Bawahan": setujui, kembalikan, ekspektasi. */
export function canReviewSkp(actor: ActorRef, skp: SkpRef): boolean {
  return isSkpPenilai(actor, skp);
}

/** Whether this actor may take `action` on the SKP in its current status. */
export function canTransitionSkp(actor: ActorRef, skp: SkpRef, action: SkpAction): boolean {
  const pihak = whoMaySkpAction(action);
  const isPihak = pihak === "pemilik" ? isSkpOwner(actor, skp) : isSkpPenilai(actor, skp);
  return isPihak && isSkpActionAllowed(skp.status, action);
}

/** Ekspektasi khusus pimpinan: the penilai, until the SKP is approved. */
export function canWriteEkspektasi(actor: ActorRef, skp: SkpRef): boolean {
  return isSkpPenilai(actor, skp) && skp.status !== "PERSETUJUAN";
}

/** Umpan balik and ratings: the penilai, on an approved SKP, while the penilaian is a draft. */
export function canRatePenilaian(actor: ActorRef, skp: SkpRef, penilaian: PenilaianRef | null): boolean {
  return isSkpPenilai(actor, skp) && skp.status === "PERSETUJUAN" && penilaian?.status !== "FINAL";
}

/**
 * Rencana aksi, bukti dukung and realisasi: the owner, on an approved SKP, while the
 * periode is open for entry (or reopened for them) and the penilaian is not final.
 */
export function canWriteRealisasi(
  actor: ActorRef,
  skp: SkpRef,
  periode: PeriodeWindow,
  today: Date,
  penilaian: PenilaianRef | null = null,
): boolean {
  return (
    isSkpOwner(actor, skp) &&
    skp.status === "PERSETUJUAN" &&
    penilaian?.status !== "FINAL" &&
    isPengisianOpen(periode, today, penilaian?.pengisianDibukaHingga)
  );
}

/**
 * Capaian organisasi of a unit is set by the pimpinan above it (the effective pimpinan of
 * the parent unit, see `effectivePimpinan`) or by an admin of the instansi.
 */
export function canSetCapaianOrganisasi(
  actor: ActorRef,
  unit: { instansiId: string; pimpinanAtasId: string | null },
): boolean {
  return (unit.pimpinanAtasId !== null && actor.id === unit.pimpinanAtasId) || canAdminInstansi(actor, unit.instansiId);
}

/**
 * Which of a pegawai's SKPs (each one year of theirs, with its periode) this actor may see across
 * the years, or null when the actor may not see this pegawai's history at all. One rule for the
 * "Unduh data saya" ZIP and the angka kredit history, so an atasan never reads on one page what the
 * other keeps from them. The owner and the admin of their instansi get every year; an atasan gets
 * only the SKPs on which they are the penilai, never a year someone else rated (also when they are
 * the current atasan langsung), and nothing when they rated none.
 */
export function skpTerlihat<T extends { penilaiId: string | null }>(
  actor: ActorRef,
  pegawai: { id: string; instansiId: string },
  skp: T[],
): T[] | null {
  if (actor.id === pegawai.id || canAdminInstansi(actor, pegawai.instansiId)) return skp;
  if (actor.instansiId !== pegawai.instansiId) return null;
  const dinilai = skp.filter((s) => s.penilaiId === actor.id);
  return dinilai.length > 0 ? dinilai : null;
}
