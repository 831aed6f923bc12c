import type { JenisJabatan, JenisPegawai, JenjangFungsional } from "@/lib/generated/prisma/enums";
import { LABEL_JENIS_JABATAN, LABEL_JENIS_PEGAWAI, LABEL_JENJANG_FUNGSIONAL } from "@/lib/domain/labels";
import type { ProfilPegawai } from "@/lib/domain/profil-pegawai";
import type { SiasnProfil } from "./profil";

/** The pegawai fields SIASN can fill, as the app holds them now. */
export type ProfilSaatIni = ProfilPegawai;

export type FieldProfil = keyof ProfilSaatIni;

export type NilaiProfil = string | number | null;

/** One row of the "SIASN vs data saat ini" comparison; `lama`/`baru` are raw values to apply and record. */
export type PerubahanProfil = { field: FieldProfil; label: string; lama: NilaiProfil; baru: NilaiProfil };

export const LABEL_FIELD_PROFIL: Record<FieldProfil, string> = {
  nama: "Nama",
  gelarDepan: "Gelar depan",
  gelarBelakang: "Gelar belakang",
  email: "Email",
  noHp: "Nomor HP",
  jenisPegawai: "Jenis pegawai",
  jenisJabatan: "Jenis jabatan",
  jabatan: "Jabatan",
  eselon: "Eselon",
  jenjangFungsional: "Jenjang fungsional",
  pangkat: "Pangkat",
  golongan: "Golongan/ruang",
};

const FIELDS = Object.keys(LABEL_FIELD_PROFIL) as FieldProfil[];

/**
 * The fields where SIASN says something different from the app, in display order.
 * A field SIASN leaves empty is not offered: an empty SIASN record must not blank what a
 * person entered. Eselon and jenjang are the exception once SIASN names the jenis jabatan,
 * because then "none" is a fact (a pelaksana has no eselon).
 * Text is compared ignoring case and spacing, since SIASN often stores names in capitals.
 */
export function diffProfile(current: ProfilSaatIni, fromSiasn: SiasnProfil): PerubahanProfil[] {
  const changes: PerubahanProfil[] = [];
  for (const field of FIELDS) {
    const lama = current[field];
    const baru = fromSiasn[field];
    const derived = field === "eselon" || field === "jenjangFungsional";
    if (baru === null && !(derived && fromSiasn.jenisJabatan !== null)) continue;
    if (sameValue(field, lama, baru)) continue;
    changes.push({ field, label: LABEL_FIELD_PROFIL[field], lama, baru });
  }
  return changes;
}

/** A value as people read it: enum labels, `Eselon III`, and "—" for nothing. */
export function formatNilaiProfil(field: FieldProfil, value: NilaiProfil): string {
  if (value === null || value === "") return "—";
  if (field === "jenisPegawai") return LABEL_JENIS_PEGAWAI[value as JenisPegawai] ?? String(value);
  if (field === "jenisJabatan") return LABEL_JENIS_JABATAN[value as JenisJabatan] ?? String(value);
  if (field === "jenjangFungsional") return LABEL_JENJANG_FUNGSIONAL[value as JenjangFungsional] ?? String(value);
  if (field === "eselon") return `Eselon ${ROMAN[Number(value)] ?? value}`;
  return String(value);
}

const ROMAN: Record<number, string> = { 1: "I", 2: "II", 3: "III", 4: "IV", 5: "V" };

function sameValue(field: FieldProfil, a: NilaiProfil, b: NilaiProfil): boolean {
  if (a === null || b === null) return a === b;
  if (field === "noHp") return phoneDigits(String(a)) === phoneDigits(String(b));
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return foldText(a) === foldText(b);
}

function foldText(value: string): string {
  return value.replace(/\s+/g, " ").trim().toLowerCase();
}

/** `+62 812-3456` and `08123456` are the same number. */
function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, "");
  return digits.startsWith("62") ? `0${digits.slice(2)}` : digits;
}
