import type { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";

type KetentuanJenis = { label: string; keterangan: string; saluranBawaan: SaluranNotifikasi };

/**
 * Every kind of notification, what Profil calls it, and where it goes for someone who never
 * chose: decisions and reminders by email at once (they are why people miss deadlines); the
 * atasan's daily corrections to an entry in the 07.00 digest, so a busy week is one email a day.
 */
export const JENIS_NOTIFIKASI: Record<JenisNotifikasi, KetentuanJenis> = {
  SKP_DIAJUKAN: { label: "SKP bawahan diajukan", keterangan: "Bawahan mengajukan SKP untuk Anda setujui.", saluranBawaan: "EMAIL_SEGERA" },
  SKP_DIKEMBALIKAN: { label: "SKP dikembalikan", keterangan: "Atasan mengembalikan SKP Anda untuk diperbaiki.", saluranBawaan: "EMAIL_SEGERA" },
  SKP_DISETUJUI: { label: "SKP disetujui", keterangan: "Atasan menyetujui SKP Anda.", saluranBawaan: "EMAIL_SEGERA" },
  PENILAIAN_FINAL: { label: "Penilaian final", keterangan: "Atasan memfinalkan penilaian periode Anda.", saluranBawaan: "EMAIL_SEGERA" },
  PROGRES_PERLU_PERBAIKAN: {
    label: "Progres harian perlu perbaikan",
    keterangan: "Atasan menandai entri progres harian Anda perlu diperbaiki.",
    saluranBawaan: "RINGKASAN_HARIAN",
  },
  PERMINTAAN_ATASAN_DIPUTUSKAN: {
    label: "Permintaan atasan diputuskan",
    keterangan: "Admin menyetujui atau menolak permintaan perubahan atasan Anda.",
    saluranBawaan: "EMAIL_SEGERA",
  },
  ATASAN_BERUBAH: { label: "Atasan berubah", keterangan: "Atasan Anda atau bawahan Anda berubah karena klaim pimpinan atau PLT/PLH.", saluranBawaan: "EMAIL_SEGERA" },
  PENGINGAT_BATAS_PENGISIAN: {
    label: "Pengingat batas pengisian",
    keterangan: "H-7, H-3 dan H-1 sebelum batas pengisian, bila realisasi belum lengkap.",
    saluranBawaan: "EMAIL_SEGERA",
  },
  PENGINGAT_PROGRES_HARIAN: {
    label: "Pengingat progres harian",
    keterangan: "Jumat sore, bila ada hari kerja minggu ini yang belum diisi.",
    saluranBawaan: "EMAIL_SEGERA",
  },
  PENGINGAT_SKP_MENUNGGU: {
    label: "Pengingat SKP bawahan menunggu",
    keterangan: "Bila SKP bawahan menunggu keputusan Anda lebih dari 3 hari.",
    saluranBawaan: "EMAIL_SEGERA",
  },
  PERAN_TIM_DITUGASKAN: {
    label: "Peran tim kerja",
    keterangan: "Ketua tim kerja memberi Anda peran dalam Matriks Peran Hasil.",
    saluranBawaan: "EMAIL_SEGERA",
  },
};

export const LABEL_SALURAN: Record<SaluranNotifikasi, string> = {
  APLIKASI: "Hanya di aplikasi",
  EMAIL_SEGERA: "Email segera",
  RINGKASAN_HARIAN: "Ringkasan harian (07.00)",
};

/** The channel a person gets a kind on: their choice, else the kind's default. */
export function saluranUntuk(jenis: JenisNotifikasi, pilihan: ReadonlyMap<JenisNotifikasi, SaluranNotifikasi>): SaluranNotifikasi {
  return pilihan.get(jenis) ?? JENIS_NOTIFIKASI[jenis].saluranBawaan;
}
