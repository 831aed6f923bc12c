/** Every kind of background work, by the name the job queue knows it by. */
export const NAMA_TUGAS = {
  KIRIM_EMAIL_NOTIFIKASI: "kirim-email-notifikasi",
  RINGKASAN_HARIAN: "ringkasan-harian",
  KIRIM_EMAIL_RINGKASAN: "kirim-email-ringkasan",
} as const;

export type NamaTugas = (typeof NAMA_TUGAS)[keyof typeof NAMA_TUGAS];
