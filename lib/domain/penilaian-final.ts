import { formatTanggal, fromIsoDate, toIsoDate } from "./tanggal";

/**
 * When a penilaian may be finalised, and what the atasan is told before they do. A penilaian
 * rates the work of a whole periode, so it becomes final only once that work is over: from the
 * day after the periode's last day. An SKP that ends inside the periode (after a mutasi) is
 * rated up to its own end, so its old atasan need not wait for the periode. Dates are calendar
 * dates at UTC midnight; `today` comes from `hariIniDi(actor.zonaWaktu, now)`.
 */

const HARI = 86_400_000;

type Rentang = { akhir: Date };
type SkpRentang = { periodeAkhir: Date };

/** The first day on which the penilaian of `periode` for `skp` may be finalised. */
export function finalkanMulai(periode: Rentang, skp: SkpRentang): Date {
  const akhir = toIsoDate(skp.periodeAkhir) < toIsoDate(periode.akhir) ? skp.periodeAkhir : periode.akhir;
  return new Date(fromIsoDate(toIsoDate(akhir)).getTime() + HARI);
}

/** Why Finalkan is refused today, with the date it becomes possible; null once it is allowed. */
export function alasanBelumDapatDifinalkan(periode: Rentang, skp: SkpRentang, today: Date): string | null {
  const mulai = finalkanMulai(periode, skp);
  if (toIsoDate(today) >= toIsoDate(mulai)) return null;
  return `Penilaian periode ini dapat difinalkan mulai ${formatTanggal(mulai)}.`;
}

/** What the confirmation before Finalkan says: the lock, and how many indikator lack a realisasi. */
export function pesanKonfirmasiFinalkan(indikator: ReadonlyArray<{ terisi: boolean }>): string {
  const kosong = indikator.filter((i) => !i.terisi).length;
  const kunci = "Setelah difinalkan, penilaian terkunci dan pegawai melihat predikatnya; Anda hanya dapat mengubahnya dengan membukanya kembali.";
  if (indikator.length === 0) return kunci;
  if (kosong === 0) return `Semua ${indikator.length} indikator sudah memiliki realisasi. ${kunci}`;
  return `${kosong} dari ${indikator.length} indikator belum memiliki realisasi. ${kunci}`;
}
