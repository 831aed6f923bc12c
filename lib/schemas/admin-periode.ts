import { z } from "./zod";
import { parseIsoDate } from "@/lib/domain/tanggal";
import { idSchema, isoDateSchema } from "./admin-common";

export const tahunCreateSchema = z.object({
  tahun: z
    .number({ error: "Isi tahun dengan angka, misalnya 2027." })
    .int("Isi tahun dengan angka bulat.")
    .min(2000, "Tahun minimal 2000.")
    .max(2100, "Tahun maksimal 2100."),
});
export type TahunCreateInput = z.input<typeof tahunCreateSchema>;

export const tahunTerbukaSchema = z.object({ tahunId: idSchema("Tahun tidak dikenal."), terbuka: z.boolean() });
export type TahunTerbukaInput = z.input<typeof tahunTerbukaSchema>;

export const periodeStandarSchema = z.object({
  tahunId: idSchema("Tahun tidak dikenal."),
  jenis: z.enum(["TRIWULAN", "BULANAN"], { error: "Pilih jenis periode." }),
});
export type PeriodeStandarInput = z.input<typeof periodeStandarSchema>;

const URUTAN_MAKS = { BULANAN: 12, TRIWULAN: 4, TAHUNAN: 1 } as const;

const periodeFields = {
  jenis: z.enum(["BULANAN", "TRIWULAN", "TAHUNAN"], { error: "Pilih jenis periode." }),
  urutan: z.number({ error: "Pilih urutan periode." }).int("Pilih urutan periode.").min(1, "Pilih urutan periode."),
  awal: isoDateSchema("tanggal awal"),
  akhir: isoDateSchema("tanggal akhir"),
  batasPengisian: isoDateSchema("batas pengisian"),
};

type PeriodeFields = { jenis: keyof typeof URUTAN_MAKS; urutan: number; awal: string; akhir: string; batasPengisian: string };

// ISO dates compare correctly as strings.
function checkPeriode(v: PeriodeFields, ctx: z.RefinementCtx) {
  if (v.urutan > URUTAN_MAKS[v.jenis]) {
    const pesan = v.jenis === "TAHUNAN" ? "Periode tahunan hanya satu (urutan 1)." : `Urutan maksimal ${URUTAN_MAKS[v.jenis]}.`;
    ctx.addIssue({ code: "custom", path: ["urutan"], message: pesan });
  }
  // A date that does not exist already has its own message.
  if (!parseIsoDate(v.awal) || !parseIsoDate(v.akhir) || !parseIsoDate(v.batasPengisian)) return;
  if (v.akhir < v.awal) {
    ctx.addIssue({ code: "custom", path: ["akhir"], message: "Tanggal akhir tidak boleh sebelum tanggal awal." });
  }
  if (v.batasPengisian < v.akhir) {
    ctx.addIssue({ code: "custom", path: ["batasPengisian"], message: "Batas pengisian tidak boleh sebelum tanggal akhir periode." });
  }
}

export const periodeCreateSchema = z
  .object({ tahunId: idSchema("Tahun tidak dikenal."), ...periodeFields })
  .superRefine(checkPeriode);
export type PeriodeCreateInput = z.input<typeof periodeCreateSchema>;

export const periodeUpdateSchema = z
  .object({ periodeId: idSchema("Periode tidak dikenal."), ...periodeFields })
  .superRefine(checkPeriode);
export type PeriodeUpdateInput = z.input<typeof periodeUpdateSchema>;

/** The form's own fields, shared by create and edit. */
export const periodeFormSchema = z.object(periodeFields).superRefine(checkPeriode);
export type PeriodeFormInput = z.input<typeof periodeFormSchema>;

export const periodeRefSchema = z.object({ periodeId: idSchema("Periode tidak dikenal.") });
export type PeriodeRefInput = z.input<typeof periodeRefSchema>;
