import { z } from "./zod";
import { teks, versi } from "./dasar";

const version = versi("Versi profil tidak dikenal.");

/** `0812-3456-789`, `+62 812 3456 789` → `081234567890`-style digits; mobile numbers only. */
export function normalizeNoHp(value: string): string {
  const digits = value.replace(/[\s().-]/g, "");
  if (digits.startsWith("+62")) return `0${digits.slice(3)}`;
  if (digits.startsWith("62")) return `0${digits.slice(2)}`;
  return digits;
}

export const kontakSchema = z.object({
  email: teks()
    .max(200, "Email terlalu panjang.")
    .pipe(z.union([z.literal(""), z.email("Tulis email yang valid, misalnya nama@instansi.go.id.")])),
  noHp: teks()
    .transform(normalizeNoHp)
    .pipe(z.union([z.literal(""), z.string().regex(/^08[1-9]\d{7,10}$/, "Tulis nomor HP Indonesia yang valid, misalnya 0812 3456 7890.")])),
  version,
});
export type KontakInput = z.input<typeof kontakSchema>;
export type KontakOutput = z.output<typeof kontakSchema>;

export const editProfilSchema = z.object({
  unitId: z.guid({ error: "Pilih unit kerja." }),
  jabatan: teks().min(3, "Tulis nama jabatan, minimal 3 huruf.").max(200, "Nama jabatan terlalu panjang."),
  golongan: teks().min(1, "Pilih pangkat/golongan.").max(10, "Pilih pangkat/golongan yang tersedia."),
  version,
});
export type EditProfilInput = z.input<typeof editProfilSchema>;

export const permintaanAtasanSchema = z.object({
  atasanDiusulkanId: z.guid({ error: "Pilih pegawai yang diusulkan sebagai atasan." }),
  alasan: teks({ multiBaris: true })
    .min(10, "Tulis alasan, minimal 10 huruf, agar admin dapat memeriksanya.")
    .max(500, "Alasan terlalu panjang (maksimal 500 huruf)."),
});
export type PermintaanAtasanInput = z.input<typeof permintaanAtasanSchema>;

export const batalPermintaanSchema = z.object({ permintaanId: z.guid({ error: "Permintaan tidak dikenal." }) });
export type BatalPermintaanInput = z.input<typeof batalPermintaanSchema>;

export const FIELD_SINKRON = [
  "nama",
  "gelarDepan",
  "gelarBelakang",
  "email",
  "noHp",
  "jenisPegawai",
  "jenisJabatan",
  "jabatan",
  "eselon",
  "jenjangFungsional",
  "pangkat",
  "golongan",
  "unitId",
] as const;

export const terapkanSinkronSchema = z.object({
  fields: z.array(z.enum(FIELD_SINKRON, { error: "Data yang dipilih tidak dikenal." })).max(FIELD_SINKRON.length),
  version,
});
export type TerapkanSinkronInput = z.input<typeof terapkanSinkronSchema>;
