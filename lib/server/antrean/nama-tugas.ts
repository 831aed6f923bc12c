/** Every kind of background work, by the name the job queue knows it by. */
export const NAMA_TUGAS = {
  KIRIM_EMAIL_NOTIFIKASI: "kirim-email-notifikasi",
  SINKRON_SIASN_MASSAL: "sinkron-siasn-massal",
} as const;

export type NamaTugas = (typeof NAMA_TUGAS)[keyof typeof NAMA_TUGAS];
