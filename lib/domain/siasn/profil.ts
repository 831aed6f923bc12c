import type { JenisJabatan, JenisPegawai, JenjangFungsional } from "@/lib/generated/prisma/enums";
import { pangkatUntuk, parseGolongan } from "@/lib/domain/pangkat-golongan";
import { parseTanggalSiasn, readFirstText, readText, type SiasnRecord } from "./fields";

/** What SIASN's `data-utama` says about a pegawai, in our field names. Null = SIASN has nothing. */
export type SiasnProfil = {
  siasnId: string | null;
  nip: string | null;
  nama: string | null;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  email: string | null;
  noHp: string | null;
  jenisPegawai: JenisPegawai;
  jenisJabatan: JenisJabatan | null;
  jabatan: string | null;
  eselon: number | null;
  jenjangFungsional: JenjangFungsional | null;
  pangkat: string | null;
  golongan: string | null;
  unorId: string | null;
  unorNama: string | null;
  unorIndukId: string | null;
  tmtJabatan: Date | null;
};

export function mapDataUtama(raw: SiasnRecord): SiasnProfil {
  const jenisJabatan = jenisJabatanFromSiasn(raw);
  const jenisPegawai = jenisPegawaiFromSiasn(raw);
  const golongan = golonganFromSiasn(readText(raw, "golRuangAkhir"), jenisPegawai);
  const jabatan =
    readText(raw, "jabatanNama") ??
    (jenisJabatan ? readText(raw, JABATAN_NAMA_FIELD[jenisJabatan]) : null) ??
    readFirstText(raw, Object.values(JABATAN_NAMA_FIELD));
  return {
    siasnId: readText(raw, "id"),
    nip: readText(raw, "nipBaru"),
    nama: readText(raw, "nama"),
    gelarDepan: readText(raw, "gelarDepan"),
    gelarBelakang: readText(raw, "gelarBelakang"),
    // The personal address first: it is the one the pegawai reads, and where password resets go.
    email: readFirstText(raw, ["email", "emailGov"]),
    noHp: readText(raw, "noHp"),
    jenisPegawai,
    jenisJabatan,
    jabatan,
    eselon: jenisJabatan === "STRUKTURAL" ? eselonFromSiasn(raw) : null,
    jenjangFungsional: jenisJabatan === "FUNGSIONAL" && jabatan ? jenjangFromJabatan(jabatan) : null,
    pangkat: (golongan ? pangkatUntuk(golongan, jenisPegawai) : null) ?? readText(raw, "pangkatAkhir"),
    golongan,
    unorId: readText(raw, "unorId"),
    unorNama: readText(raw, "unorNama"),
    unorIndukId: readText(raw, "unorIndukId"),
    tmtJabatan: parseTanggalSiasn(readText(raw, "tmtJabatan")),
  };
}

/**
 * SIASN spells golongan its own way (`III/B`, `III / b`, PPPK `9`): in the app's spelling when it is
 * on the official list, so it shows in the same select; anything else is kept as SIASN wrote it.
 */
function golonganFromSiasn(raw: string | null, jenisPegawai: JenisPegawai): string | null {
  return raw === null ? null : (parseGolongan(raw, jenisPegawai) ?? raw);
}

/** SIASN's `jenisJabatanId`: 1 Struktural, 2 Fungsional (tertentu), 4 Pelaksana (fungsional umum). */
export const JENIS_JABATAN_SIASN: Record<string, JenisJabatan> = {
  "1": "STRUKTURAL",
  "2": "FUNGSIONAL",
  "4": "PELAKSANA",
};

const JABATAN_NAMA_FIELD: Record<JenisJabatan, string> = {
  STRUKTURAL: "jabatanStrukturalNama",
  FUNGSIONAL: "jabatanFungsionalNama",
  PELAKSANA: "jabatanFungsionalUmumNama",
};

/** By id; when the id is missing or unknown, by which of the specific jabatan names is filled. */
export function jenisJabatanFromSiasn(raw: SiasnRecord): JenisJabatan | null {
  const byId = JENIS_JABATAN_SIASN[readText(raw, "jenisJabatanId") ?? ""];
  if (byId) return byId;
  const filled = (Object.keys(JABATAN_NAMA_FIELD) as JenisJabatan[]).filter(
    (jenis) => readText(raw, JABATAN_NAMA_FIELD[jenis]) !== null,
  );
  return filled.length === 1 ? (filled[0] ?? null) : null;
}

/** PPPK show up as "PPPK" in `statusPegawai` or in `jenisPegawaiNama`; everyone else is PNS (CPNS included). */
export function jenisPegawaiFromSiasn(raw: SiasnRecord): JenisPegawai {
  const text = `${readText(raw, "jenisPegawaiNama") ?? ""} ${readText(raw, "statusPegawai") ?? ""}`.toUpperCase();
  return /\bPPPK\b|\bP3K\b/.test(text) ? "PPPK" : "PNS";
}

/**
 * The eselon level: `II.a` → 2, `III.b` → 3, `IV.a` → 4. Falls back on `eselonLevel` and on
 * `eselonId`, whose first digit is the level (`21` = II.a).
 */
export function eselonFromSiasn(raw: SiasnRecord): number | null {
  const roman = /^(IV|V|I{1,3})(?:[.\s-]?[ab])?$/i.exec(readText(raw, "eselon") ?? "");
  if (roman?.[1]) return ROMAN[roman[1].toUpperCase()] ?? null;
  const level = Number(readText(raw, "eselonLevel"));
  if (Number.isInteger(level) && level >= 1 && level <= 5) return level;
  const id = /^([1-5])\d$/.exec(readText(raw, "eselonId") ?? "");
  return id?.[1] ? Number(id[1]) : null;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

const JENJANG_DALAM_NAMA: Array<[RegExp, JenjangFungsional]> = [
  [/\bahli pertama\b/i, "AHLI_PERTAMA"],
  [/\bahli muda\b/i, "AHLI_MUDA"],
  [/\bahli madya\b/i, "AHLI_MADYA"],
  [/\bahli utama\b/i, "AHLI_UTAMA"],
  [/\bpemula\b/i, "PEMULA"],
  [/\bterampil\b/i, "TERAMPIL"],
  [/\bmahir\b/i, "MAHIR"],
  [/\bpenyelia\b/i, "PENYELIA"],
];

/** A jabatan fungsional names its jenjang: "Analis SDM Aparatur Ahli Muda" → AHLI_MUDA. */
export function jenjangFromJabatan(jabatan: string): JenjangFungsional | null {
  return JENJANG_DALAM_NAMA.find(([pattern]) => pattern.test(jabatan))?.[1] ?? null;
}
