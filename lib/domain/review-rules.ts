import { canTransitionSkp, canWriteEkspektasi, isSkpPenilai, type ActorRef, type SkpRef } from "./permissions";

/** What the atasan does on an SKP under "SKP Bawahan". */
export type ReviewAction = "setujui" | "kembalikan" | "ekspektasi";

/**
 * `bukanPenilai`: this person never decides on this SKP. `status`: they do, but not in the
 * SKP's current status.
 */
export type ReviewRefusal = { reason: "bukanPenilai" | "status"; message: string };

/**
 * Why this actor may not take `action` on the SKP now, in words for the atasan; null when they
 * may. The permission rules decide, this only explains: each refusal says what would unlock it.
 */
export function reviewRefusal(actor: ActorRef, skp: SkpRef, action: ReviewAction): ReviewRefusal | null {
  if (!isSkpPenilai(actor, skp)) {
    return {
      reason: "bukanPenilai",
      message:
        action === "ekspektasi"
          ? "Ekspektasi khusus pimpinan hanya dapat diisi oleh pejabat penilai SKP ini."
          : "Hanya pejabat penilai SKP ini yang dapat menyetujui atau mengembalikannya.",
    };
  }
  if (action === "ekspektasi") {
    return canWriteEkspektasi(actor, skp)
      ? null
      : { reason: "status", message: "SKP ini sudah disetujui. Kembalikan ke Draft terlebih dahulu bila ekspektasi perlu diubah." };
  }
  if (canTransitionSkp(actor, skp, action)) return null;
  if (skp.status === "DRAFT") {
    const message = action === "setujui" ? "SKP ini masih Draft: pegawai belum mengajukannya." : "SKP ini sudah berstatus Draft.";
    return { reason: "status", message };
  }
  return { reason: "status", message: "SKP ini sudah disetujui." };
}
