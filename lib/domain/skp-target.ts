import { formatDesimal } from "./desimal";

export type TargetIndikator = {
  targetMin: string | null;
  targetMax: string | null;
  satuan: string | null;
  targetNarasi: string | null;
};

/**
 * How a target reads on the form: `2 Dokumen`, `80–100 %`, `12,5 Bulan`, or the narrative of
 * a kualitatif SKP. Decimal columns arrive as strings and are shown with a decimal comma.
 */
export function formatTarget(t: TargetIndikator): string {
  if (t.targetNarasi?.trim()) return t.targetNarasi.trim();
  if (t.targetMin === null) return "-";
  const min = angka(t.targetMin);
  const nilai = t.targetMax !== null && t.targetMax !== t.targetMin ? `${min}–${angka(t.targetMax)}` : min;
  return t.satuan ? `${nilai} ${t.satuan}` : nilai;
}

/**
 * Reads a number typed by a user in Indonesia: `2`, `12,5`, `12.5`, `1.000` (thousands) and
 * `1.000,5`. Returns a plain `12.5`-style string for the database, or null when it is not a
 * number.
 */
export function parseAngka(input: string): string | null {
  const text = input.trim().replace(/\s/g, "");
  if (text === "") return null;
  let plain: string;
  if (text.includes(",")) {
    plain = text.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    plain = text.replace(/\./g, "");
  } else {
    plain = text;
  }
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return null;
  return plain.replace(/^0+(?=\d)/, "");
}

function angka(value: string): string {
  return formatDesimal(Number(value));
}
