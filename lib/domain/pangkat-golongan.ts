import type { JenisPegawai } from "@/lib/generated/prisma/enums";

/**
 * The official pangkat/golongan ruang lists. PNS: golongan I/a–IV/e, each with its pangkat
 * (PP 99/2000); PPPK: golongan I–XVII with no pangkat (Perpres 98/2020). One select over these
 * everywhere, so the same grade is never spelled two ways.
 */
export const PANGKAT_PNS = {
  "I/a": "Juru Muda",
  "I/b": "Juru Muda Tingkat I",
  "I/c": "Juru",
  "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda",
  "II/b": "Pengatur Muda Tingkat I",
  "II/c": "Pengatur",
  "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda",
  "III/b": "Penata Muda Tingkat I",
  "III/c": "Penata",
  "III/d": "Penata Tingkat I",
  "IV/a": "Pembina",
  "IV/b": "Pembina Tingkat I",
  "IV/c": "Pembina Utama Muda",
  "IV/d": "Pembina Utama Madya",
  "IV/e": "Pembina Utama",
} as const satisfies Record<string, string>;

export const GOLONGAN_PPPK = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"] as const;

export type OpsiGolongan = { value: string; label: string };

/** The select's options for one jenis pegawai, lowest grade first. */
export function opsiGolongan(jenisPegawai: JenisPegawai): OpsiGolongan[] {
  if (jenisPegawai === "PPPK") return GOLONGAN_PPPK.map((g) => ({ value: g, label: `Golongan ${g}` }));
  return Object.entries(PANGKAT_PNS).map(([g, pangkat]) => ({ value: g, label: `${pangkat} (${g})` }));
}

/**
 * The canonical spelling of a golongan as people and SIASN write it (`iii / B` → `III/b`, PPPK
 * `9` → `IX`), or null when it is not on the list for that jenis pegawai.
 */
export function parseGolongan(raw: string, jenisPegawai: JenisPegawai): string | null {
  const value = raw.trim().toUpperCase().replace(/\s+/g, "");
  if (jenisPegawai === "PNS") {
    const match = /^(I|II|III|IV)\/([A-E])$/.exec(value);
    const golongan = match ? `${match[1]}/${match[2]?.toLowerCase()}` : null;
    return golongan && Object.hasOwn(PANGKAT_PNS, golongan) ? golongan : null;
  }
  const romawi = /^\d{1,2}$/.test(value) ? GOLONGAN_PPPK[Number(value) - 1] : GOLONGAN_PPPK.find((g) => g === value);
  return romawi ?? null;
}

/** The pangkat that belongs to a PNS golongan; PPPK and unknown golongan have none. */
export function pangkatUntuk(golongan: string, jenisPegawai: JenisPegawai): string | null {
  if (jenisPegawai !== "PNS" || !Object.hasOwn(PANGKAT_PNS, golongan)) return null;
  return PANGKAT_PNS[golongan as keyof typeof PANGKAT_PNS];
}
