import { z } from "./zod";
import { teks } from "./dasar";
import { parseAngka } from "@/lib/domain/skp-target";
import { ZONA_WAKTU } from "@/lib/domain/zona-waktu";

export const TARGET_JAM_MIN = 1;
export const TARGET_JAM_MAKS = 12;
const PESAN_TARGET_JAM = `Isi target jam kerja harian antara ${TARGET_JAM_MIN} dan ${TARGET_JAM_MAKS} jam, misalnya 7,5.`;

export const pengaturanSchema = z.object({
  modeKurva: z.enum(["PERINGATAN", "BLOKIR"], { error: "Pilih perlakuan kurva distribusi." }),
  lokasi: teks({ error: "Isi lokasi penandatanganan." })
    .min(2, "Isi lokasi penandatanganan, misalnya Bandung.")
    .max(100, "Lokasi maksimal 100 karakter."),
  hariKerjaPerMinggu: z.enum(["5", "6"], { error: "Pilih pola hari kerja: 5 atau 6 hari per minggu." }),
  zonaWaktu: z.enum(ZONA_WAKTU, { error: "Pilih zona waktu instansi: WIB, WITA atau WIT." }),
  // Typed as Indonesians write it ("7,5"); kept as the plain decimal string for the Decimal column.
  targetJamHarian: teks({ error: PESAN_TARGET_JAM })
    .max(10, PESAN_TARGET_JAM)
    .transform((v, ctx) => {
      const plain = parseAngka(v);
      if (plain === null || Number(plain) < TARGET_JAM_MIN || Number(plain) > TARGET_JAM_MAKS) {
        ctx.addIssue({ code: "custom", message: PESAN_TARGET_JAM });
        return z.NEVER;
      }
      return String(Number(plain));
    }),
  // Off unless the admin turns it on: SIASN's reference values are not all confirmed yet.
  kirimSiasnOtomatis: z.boolean({ error: "Pilih apakah hasil final dikirim ke SIASN secara otomatis." }).default(false),
});
export type PengaturanInput = z.input<typeof pengaturanSchema>;
export type PengaturanOutput = z.output<typeof pengaturanSchema>;
