import type { StatusHari } from "@/lib/domain/hari-kerja";

export const LABEL_STATUS_HARI: Record<StatusHari, string> = {
  PENUH: "Terisi penuh",
  SEBAGIAN: "Terisi sebagian",
  KOSONG: "Belum diisi",
  LIBUR: "Hari libur",
  KETERANGAN: "Cuti/sakit/dinas luar/tugas belajar",
  BUKAN_HARI_KERJA: "Bukan hari kerja",
};

export const WARNA_STATUS_HARI: Record<StatusHari, string> = {
  PENUH: "bg-emerald-100 text-emerald-900 border-emerald-300",
  SEBAGIAN: "bg-amber-100 text-amber-950 border-amber-300",
  KOSONG: "bg-white text-slate-900 border-red-300",
  LIBUR: "bg-slate-200 text-slate-800 border-slate-300",
  KETERANGAN: "bg-sky-100 text-sky-900 border-sky-300",
  BUKAN_HARI_KERJA: "bg-slate-100 text-slate-600 border-slate-200",
};
