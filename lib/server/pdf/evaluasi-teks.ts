import "server-only";
import { formatDesimal } from "@/lib/domain/desimal";
import { LABEL_JENJANG_FUNGSIONAL } from "@/lib/domain/labels";
import { LABEL_REAKSI, isReaksi } from "@/lib/domain/penilaian-atasan";
import type { AngkaKreditSnapshot, PenilaianSnapshot, UmpanBalikSnapshot } from "@/lib/domain/penilaian-snapshot";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";

/**
 * Wording the Evaluasi Kinerja Pegawai and the Dokumen Evaluasi share, and text made safe for
 * the documents' font (lib/server/pdf/huruf.ts).
 */

// Emoji and the invisible characters that join or restyle them: the font has no glyph for them.
const TANPA_GLYPH = /[\p{Emoji_Presentation}\u200d\ufe00-\ufe0f\p{Cc}]/u;

/**
 * Names and text print as written, diacritics included ("Ñoman Sukmawatī"). The atasan's quick
 * reactions become their words ("👍" → "[Bagus]"); other emoji and control characters are dropped.
 */
export function teksCetak(text: string): string {
  let result = "";
  for (const ch of text.normalize("NFC")) {
    if (isReaksi(ch)) result += `[${LABEL_REAKSI[ch]}]`;
    else if (ch === "\n" || !TANPA_GLYPH.test(ch)) result += ch;
  }
  return result.replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n").trim();
}

/** "[Bagus] Pertahankan ketepatan waktunya." or "-" when the atasan wrote nothing. */
export function umpanBalikTeks(u: UmpanBalikSnapshot | null): string {
  const reaksi = u?.reaksi ? teksCetak(u.reaksi) : "";
  const teks = u?.teks ? teksCetak(u.teks) : "";
  return [reaksi, teks].filter(Boolean).join(" ") || "-";
}

/** `PERIODE: TRIWULAN I TAHUN 2026`; the tahunan evaluation is the "akhir" one. */
export function judulPeriode(s: PenilaianSnapshot): string {
  const nama = s.periode.jenis === "TAHUNAN" ? "AKHIR" : s.periode.label.toUpperCase();
  return `PERIODE: ${nama} TAHUN ${s.periode.tahun}`;
}

/** `PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 MARET 2026` */
export function rentangPeriode(s: PenilaianSnapshot): string {
  if (!s.periode.awal || !s.periode.akhir) return "PERIODE PENILAIAN: -";
  const awal = formatTanggal(fromIsoDate(s.periode.awal));
  const akhir = formatTanggal(fromIsoDate(s.periode.akhir));
  return `PERIODE PENILAIAN: ${awal} s.d. ${akhir}`.toUpperCase();
}

/** `6,25 (Ahli Muda: 25 × 100% × 3/12 bulan)` */
export function angkaKreditTeks(a: AngkaKreditSnapshot): string {
  const rumus = `${formatDesimal(a.koefisien)} × ${formatDesimal(a.persen)}%${a.bulan === 12 ? "" : ` × ${a.bulan}/12 bulan`}`;
  return `${formatDesimal(a.nilai, 3)} (${LABEL_JENJANG_FUNGSIONAL[a.jenjang]}: ${rumus})`;
}

export function labelAngkaKredit(a: AngkaKreditSnapshot): string {
  return a.bulan === 12 ? "Angka Kredit Tahunan" : "Angka Kredit Periodik";
}

/** `Evaluasi-199001012015011001-2026-Triwulan-I.pdf` */
export function namaFilePenilaian(awalan: string, nip: string, s: PenilaianSnapshot): string {
  const periode = `${s.periode.tahun}-${s.periode.label}`.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${awalan}-${nip}-${periode}.pdf`;
}
