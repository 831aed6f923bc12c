import { DomainError } from "@/lib/domain/errors";

export type SiasnErrorKind = "credentials" | "not_found" | "unavailable" | "malformed" | "unit_inactive" | "rejected";

/** What the user reads for each failure: the cause in words, and what to do about it. */
export const PESAN_SIASN: Record<SiasnErrorKind, string> = {
  credentials: "Kredensial SIASN ditolak. Hubungi admin instansi untuk memeriksa akun layanan SIASN.",
  not_found: "NIP tidak ditemukan di SIASN.",
  unavailable: "SIASN tidak dapat dihubungi atau terlalu lambat. Coba lagi beberapa saat lagi.",
  malformed: "Jawaban SIASN tidak dapat dibaca. Coba lagi beberapa saat lagi.",
  unit_inactive: "Unit kerja pegawai di SIASN sudah tidak aktif. Minta admin instansi menyinkronkan daftar unit kerja.",
  rejected: "SIASN menolak data yang dikirim.",
};

/**
 * The words for a failed send: SIASN's own validation message ("PnsDinilaiId is required")
 * is what the admin needs to fix the data, so a rejection shows it after ours.
 */
export function pesanKirimSiasn(error: SiasnError): string {
  return error.kind === "rejected" && error.detail ? `${error.message} Pesan SIASN: ${error.detail}` : error.message;
}

/**
 * A DomainError, so an action that lets it escape shows the user its message. `detail` is
 * for the server log (status, path, cause) and never carries a credential.
 */
export class SiasnError extends DomainError {
  constructor(
    readonly kind: SiasnErrorKind,
    readonly detail?: string,
  ) {
    super(PESAN_SIASN[kind]);
    this.name = "SiasnError";
  }
}
