import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every view of a Progres Harian entry shows, the pegawai's and the atasan's alike. */
export const ENTRI_PROGRES_SELECT = {
  id: true,
  tanggal: true,
  jamMulai: true,
  jamSelesai: true,
  kegiatan: true,
  realisasi: true,
  satuan: true,
  tautanBukti: true,
  sumberData: true,
  status: true,
  catatanVerifikasi: true,
  umpanBalikReaksi: true,
  umpanBalikTeks: true,
  version: true,
} satisfies Prisma.ProgresHarianSelect;
