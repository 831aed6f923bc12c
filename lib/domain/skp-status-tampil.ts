import type { StatusSkp } from "@/lib/generated/prisma/enums";
import type { StatusSkpTampil } from "./labels";

type LangkahRiwayat = { dari: string | null; ke: string };

/** A move back to Draft by the atasan, from Pengajuan or Persetujuan. Creating a Draft is not one. */
export function isPengembalian(langkah: LangkahRiwayat): boolean {
  return langkah.ke === "DRAFT" && (langkah.dari === "PENGAJUAN" || langkah.dari === "PERSETUJUAN");
}

/**
 * Whether a Draft is one the atasan sent back: its latest move into Draft was a return.
 * `riwayat` is newest first, as listRiwayat gives it.
 */
export function isDikembalikan(status: StatusSkp, riwayat: readonly LangkahRiwayat[]): boolean {
  if (status !== "DRAFT") return false;
  const terakhir = riwayat.find((r) => r.ke === "DRAFT");
  return terakhir ? isPengembalian(terakhir) : false;
}

/** How an SKP reads in lists and on its badge: a returned Draft shows as "Dikembalikan". */
export function statusSkpTampil(status: StatusSkp, dikembalikan: boolean): StatusSkpTampil {
  return status === "DRAFT" && dikembalikan ? "DIKEMBALIKAN" : status;
}
