import type { PenilaianRef } from "./permissions";
import { isPengisianOpen, type PeriodeWindow } from "./periode";
import { formatTanggal, toIsoDate } from "./tanggal";

/**
 * Where a pegawai stands with entering rencana aksi, bukti dukung and realisasi for one
 * periode. Follows `isPengisianOpen` exactly; the extra detail is for telling the pegawai why
 * and until when.
 */
export type StatusPengisian =
  | { kind: "final" }
  | { kind: "belum-dimulai"; mulai: Date }
  | { kind: "terbuka"; batas: Date }
  | { kind: "dibuka-kembali"; hingga: Date }
  | { kind: "ditutup"; batas: Date };

export function statusPengisian(
  periode: PeriodeWindow,
  today: Date,
  penilaian: PenilaianRef | null,
): StatusPengisian {
  if (penilaian?.status === "FINAL") return { kind: "final" };
  const hari = toIsoDate(today);
  if (hari < toIsoDate(periode.awal)) return { kind: "belum-dimulai", mulai: periode.awal };
  if (hari <= toIsoDate(periode.batasPengisian)) return { kind: "terbuka", batas: periode.batasPengisian };
  const hingga = penilaian?.pengisianDibukaHingga ?? null;
  if (hingga && isPengisianOpen(periode, today, hingga)) return { kind: "dibuka-kembali", hingga };
  return { kind: "ditutup", batas: periode.batasPengisian };
}

export function isStatusTerbuka(status: StatusPengisian): boolean {
  return status.kind === "terbuka" || status.kind === "dibuka-kembali";
}

/**
 * Why the pegawai cannot write now, naming the date and who can change it; null when they can.
 * The same sentence is shown on the page and returned by a refused action.
 */
export function alasanPengisianDitutup(status: StatusPengisian, periodeLabel: string): string | null {
  switch (status.kind) {
    case "terbuka":
    case "dibuka-kembali":
      return null;
    case "final":
      return `Penilaian ${periodeLabel} sudah difinalkan atasan Anda, sehingga isian tidak dapat diubah lagi.`;
    case "belum-dimulai":
      return `Pengisian ${periodeLabel} baru dibuka mulai ${formatTanggal(status.mulai)}.`;
    case "ditutup":
      return `Batas pengisian ${periodeLabel} sudah lewat (${formatTanggal(status.batas)}). Bila Anda masih perlu mengisi, minta admin instansi membuka kembali pengisian untuk Anda.`;
  }
}
