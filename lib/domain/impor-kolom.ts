import type { JenisJabatan, JenisPegawai } from "@/lib/generated/prisma/enums";

/** The columns of the import file, in template order. Titles are what the admin sees. */
export const KOLOM_IMPOR = [
  { key: "nip", judul: "NIP", wajib: true },
  { key: "nama", judul: "Nama", wajib: true },
  { key: "gelarDepan", judul: "Gelar Depan", wajib: false },
  { key: "gelarBelakang", judul: "Gelar Belakang", wajib: false },
  { key: "email", judul: "Email", wajib: false },
  { key: "noHp", judul: "No HP", wajib: false },
  { key: "jenisPegawai", judul: "Jenis Pegawai", wajib: true },
  { key: "jenisJabatan", judul: "Jenis Jabatan", wajib: true },
  { key: "jabatan", judul: "Jabatan", wajib: true },
  { key: "eselon", judul: "Eselon", wajib: false },
  { key: "pangkat", judul: "Pangkat", wajib: false },
  { key: "golongan", judul: "Golongan", wajib: false },
  { key: "unitKerja", judul: "Unit Kerja", wajib: true },
  { key: "nipAtasan", judul: "NIP Atasan", wajib: false },
] as const;

export type KolomKey = (typeof KOLOM_IMPOR)[number]["key"];

/** One data row as read from the file: the spreadsheet row number and the raw cell texts. */
export type BarisMentah = { baris: number; sel: Record<KolomKey, string> };

export type HasilBacaTabel = { ok: true; baris: BarisMentah[] } | { ok: false; pesan: string };

/**
 * Finds the columns by their titles in the first non-empty row (any order, any case) and turns
 * every later non-empty row into cells by column. Row numbers are the spreadsheet's own, so the
 * admin can find the row in Excel.
 */
export function bacaTabel(tabel: string[][]): HasilBacaTabel {
  const headerIndex = tabel.findIndex((row) => !isEmptyRow(row));
  if (headerIndex < 0) return { ok: false, pesan: "Berkas kosong: tidak ada baris judul kolom maupun data." };

  const header = (tabel[headerIndex] ?? []).map(foldTitle);
  const posisi = new Map<KolomKey, number>();
  for (const kolom of KOLOM_IMPOR) {
    const at = header.indexOf(foldTitle(kolom.judul));
    if (at >= 0) posisi.set(kolom.key, at);
  }
  const hilang = KOLOM_IMPOR.filter((k) => k.wajib && !posisi.has(k.key)).map((k) => `"${k.judul}"`);
  if (hilang.length > 0) {
    return {
      ok: false,
      pesan: `Kolom ${hilang.join(", ")} tidak ditemukan di baris judul (baris ${headerIndex + 1}). Gunakan templat impor agar judul kolom sesuai.`,
    };
  }

  const baris: BarisMentah[] = [];
  tabel.forEach((row, index) => {
    if (index <= headerIndex || isEmptyRow(row)) return;
    const sel = Object.fromEntries(
      KOLOM_IMPOR.map((k) => {
        const at = posisi.get(k.key);
        return [k.key, at === undefined ? "" : (row[at] ?? "").trim()];
      }),
    ) as Record<KolomKey, string>;
    baris.push({ baris: index + 1, sel });
  });
  return { ok: true, baris };
}

export function parseJenisPegawai(raw: string): JenisPegawai | null {
  const value = raw.trim().toUpperCase();
  return value === "PNS" || value === "PPPK" ? value : null;
}

export function parseJenisJabatan(raw: string): JenisJabatan | null {
  const value = raw.trim().toUpperCase();
  return value === "STRUKTURAL" || value === "FUNGSIONAL" || value === "PELAKSANA" ? value : null;
}

const ROMAWI = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

/** `II`, `2`, `II.a`, `IV.b`, `Eselon III` → 2, 2, 2, 4, 3. Null for anything else. */
export function parseEselon(raw: string): number | null {
  const value = raw.trim().toUpperCase().replace(/^ESELON\s*/, "");
  const match = /^([IV]+|[1-5])(?:[.\s/-]?[AB])?$/.exec(value);
  if (!match?.[1]) return null;
  const level = /^\d$/.test(match[1]) ? Number(match[1]) : ROMAWI.indexOf(match[1]) + 1;
  return level >= 1 && level <= 5 ? level : null;
}

export function isEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw);
}

/** 8–15 digits, optionally with +, spaces or dashes as people write them. */
export function parseNoHp(raw: string): string | null {
  if (!/^\+?[\d\s-]+$/.test(raw)) return null;
  const digits = raw.replace(/[\s-]/g, "");
  const count = digits.replace("+", "").length;
  return count >= 8 && count <= 15 ? digits : null;
}

function foldTitle(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, " ");
}

function isEmptyRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}
