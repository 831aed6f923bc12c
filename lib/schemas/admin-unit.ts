import { z } from "./zod";
import { parseIsoDate } from "@/lib/domain/tanggal";
import { teks } from "./dasar";
import { eselonSchema, idSchema, isoDateSchema, optionalIdSchema } from "./admin-common";

const unitFields = {
  nama: teks({ error: "Isi nama unit kerja." }).min(3, "Nama unit kerja minimal 3 karakter.").max(200, "Nama unit kerja maksimal 200 karakter."),
  namaJabatan: teks().max(200, "Nama jabatan pimpinan maksimal 200 karakter."),
  eselon: eselonSchema,
};

export const unitFormSchema = z.object(unitFields);
export type UnitFormInput = z.input<typeof unitFormSchema>;

export const unitCreateSchema = z.object({ parentId: optionalIdSchema("Pilih unit induk."), ...unitFields });
export type UnitCreateInput = z.input<typeof unitCreateSchema>;

export const unitUpdateSchema = z.object({ unitId: idSchema("Unit kerja tidak dikenal."), ...unitFields });
export type UnitUpdateInput = z.input<typeof unitUpdateSchema>;

export const unitMoveSchema = z.object({ unitId: idSchema("Unit kerja tidak dikenal."), parentId: optionalIdSchema("Pilih unit induk.") });
export type UnitMoveInput = z.input<typeof unitMoveSchema>;

export const unitAktifSchema = z.object({ unitId: idSchema("Unit kerja tidak dikenal."), aktif: z.boolean() });
export type UnitAktifInput = z.input<typeof unitAktifSchema>;

export const unitRefSchema = z.object({ unitId: idSchema("Unit kerja tidak dikenal.") });
export type UnitRefInput = z.input<typeof unitRefSchema>;

export const pelaksanaTugasCreateSchema = z
  .object({
    unitId: idSchema("Unit kerja tidak dikenal."),
    pegawaiId: idSchema("Pilih pegawai yang ditugaskan."),
    jenis: z.enum(["PLT", "PLH"], { error: "Pilih PLT atau PLH." }),
    mulai: isoDateSchema("tanggal mulai"),
    selesai: isoDateSchema("tanggal selesai"),
  })
  .refine((v) => !parseIsoDate(v.mulai) || !parseIsoDate(v.selesai) || v.selesai >= v.mulai, { path: ["selesai"], message: "Tanggal selesai tidak boleh sebelum tanggal mulai." });
export type PelaksanaTugasCreateInput = z.input<typeof pelaksanaTugasCreateSchema>;

export const pelaksanaTugasRefSchema = z.object({ id: idSchema("Penugasan tidak dikenal.") });
export type PelaksanaTugasRefInput = z.input<typeof pelaksanaTugasRefSchema>;
