import type { JenisJabatan } from "@/lib/generated/prisma/enums";
import { parseTanggalSiasn, readFirstText, readText, type SiasnRecord } from "./fields";
import { JENIS_JABATAN_SIASN } from "./profil";

export type RiwayatJabatan = {
  jenisJabatan: JenisJabatan | null;
  jabatan: string | null;
  unorId: string | null;
  unorNama: string | null;
  tmtJabatan: Date | null;
  nomorSk: string | null;
  tanggalSk: Date | null;
};

export type RiwayatGolongan = {
  golongan: string | null;
  jenisKenaikan: string | null;
  tmtGolongan: Date | null;
  nomorSk: string | null;
  tanggalSk: Date | null;
};

/** Newest first: SIASN returns its history in no promised order. */
export function mapRiwayatJabatan(rows: SiasnRecord[]): RiwayatJabatan[] {
  return newestFirst(
    rows.map((raw) => ({
      jenisJabatan: JENIS_JABATAN_SIASN[readText(raw, "jenisJabatan") ?? ""] ?? null,
      jabatan: readFirstText(raw, ["namaJabatan", "jabatanFungsionalNama", "jabatanFungsionalUmumNama"]),
      unorId: readText(raw, "unorId"),
      unorNama: readText(raw, "unorNama"),
      tmtJabatan: parseTanggalSiasn(readText(raw, "tmtJabatan")),
      nomorSk: readText(raw, "nomorSk"),
      tanggalSk: parseTanggalSiasn(readText(raw, "tanggalSk")),
    })),
    (r) => r.tmtJabatan,
  );
}

export function mapRiwayatGolongan(rows: SiasnRecord[]): RiwayatGolongan[] {
  return newestFirst(
    rows.map((raw) => ({
      golongan: readText(raw, "golongan"),
      jenisKenaikan: readText(raw, "jenisKPNama"),
      tmtGolongan: parseTanggalSiasn(readText(raw, "tmtGolongan")),
      nomorSk: readText(raw, "skNomor"),
      tanggalSk: parseTanggalSiasn(readText(raw, "skTanggal")),
    })),
    (r) => r.tmtGolongan,
  );
}

function newestFirst<T>(rows: T[], date: (row: T) => Date | null): T[] {
  return [...rows].sort((a, b) => (date(b)?.getTime() ?? 0) - (date(a)?.getTime() ?? 0));
}
