/** Every kind of background work, by the name the job queue knows it by. */
export const NAMA_TUGAS = {
  KIRIM_EMAIL_NOTIFIKASI: "kirim-email-notifikasi",
  PENGINGAT_BATAS_PENGISIAN: "pengingat-batas-pengisian",
  PENGINGAT_PROGRES_HARIAN: "pengingat-progres-harian",
  PENGINGAT_SKP_MENUNGGU: "pengingat-skp-menunggu",
  RINGKASAN_HARIAN: "ringkasan-harian",
  KIRIM_EMAIL_RINGKASAN: "kirim-email-ringkasan",
  SINKRON_SIASN_MASSAL: "sinkron-siasn-massal",
  KIRIM_SIASN: "kirim-siasn",
} as const;

export type NamaTugas = (typeof NAMA_TUGAS)[keyof typeof NAMA_TUGAS];
