import { BERAKHLAK } from "./berakhlak";

/**
 * A few readable lines from an audit row's data: `Teks: "lama" → "baru"` for a diff
 * (`{ field: { lama, baru } }`), `Nama: "…"` for the essential fields of a create or delete.
 * Long texts are cut; ids are shortened; the full data stays in the database.
 */
export function ringkasAudit(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [nilai(data)];
  return Object.entries(data as Record<string, unknown>).map(([key, value]) =>
    isPerubahan(value) ? `${labelField(key)}: ${nilai(value.lama)} → ${nilai(value.baru)}` : `${labelField(key)}: ${nilai(value)}`,
  );
}

const PANJANG_MAKS = 80;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LABEL_FIELD: Record<string, string> = {
  teks: "Teks",
  jenis: "Jenis",
  klasifikasi: "Klasifikasi",
  parentRhkId: "RHK atasan",
  penugasanDari: "Penugasan dari",
  urutan: "Urutan",
  aspek: "Aspek",
  perspektif: "Perspektif",
  targetMin: "Target",
  targetMax: "Target maksimum",
  satuan: "Satuan",
  targetNarasi: "Target (narasi)",
  nilai: "Nilai",
  narasi: "Narasi",
  sumberData: "Sumber data",
  nama: "Nama",
  tautan: "Tautan",
  nip: "NIP",
  skpId: "SKP",
  rhkId: "RHK",
  periodeId: "Periode",
  dari: "Dari",
  ke: "Ke",
  jumlah: "Jumlah",
  ...Object.fromEntries(BERAKHLAK.map((v) => [v.coreValue, v.nama])),
};

function labelField(key: string): string {
  const known = LABEL_FIELD[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isPerubahan(value: unknown): value is { lama: unknown; baru: unknown } {
  return typeof value === "object" && value !== null && "lama" in value && "baru" in value && Object.keys(value).length === 2;
}

function nilai(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(kosong)";
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(nilai).join(", ");
  if (typeof value === "string") return UUID.test(value) ? `#${value.slice(0, 8)}` : `"${potong(value)}"`;
  return potong(JSON.stringify(value));
}

function potong(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > PANJANG_MAKS ? `${flat.slice(0, PANJANG_MAKS - 1)}…` : flat;
}
