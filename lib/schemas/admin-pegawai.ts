import { z } from "./zod";
import { teks } from "./dasar";
import { checkNip, normalizeNip } from "@/lib/domain/nip";
import { parseGolongan } from "@/lib/domain/pangkat-golongan";
import { eselonSchema, idSchema, optionalIdSchema, versionSchema } from "./admin-common";

const teksOpsional = (label: string, max: number) => teks().max(max, `${label} maksimal ${max} karakter.`);

const pegawaiFields = {
  nama: teks({ error: "Isi nama pegawai." }).min(2, "Isi nama pegawai (tanpa gelar).").max(150, "Nama maksimal 150 karakter."),
  gelarDepan: teksOpsional("Gelar depan", 50),
  gelarBelakang: teksOpsional("Gelar belakang", 100),
  email: z.union([z.literal(""), z.email({ error: "Isi email dengan alamat yang valid, misalnya nama@instansi.go.id." })]),
  jenisPegawai: z.enum(["PNS", "PPPK"], { error: "Pilih jenis pegawai." }),
  jenisJabatan: z.enum(["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"], { error: "Pilih jenis jabatan." }),
  jabatan: teks({ error: "Isi nama jabatan." }).min(2, "Isi nama jabatan.").max(200, "Jabatan maksimal 200 karakter."),
  eselon: eselonSchema,
  jenjangFungsional: z.enum(["", "AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA", "PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"], {
    error: "Pilih jenjang jabatan fungsional.",
  }),
  /** The pangkat is not typed: it follows from a PNS golongan (lib/domain/pangkat-golongan). */
  golongan: teksOpsional("Golongan", 10),
  unitId: optionalIdSchema("Pilih unit kerja."),
};

type JabatanFields = {
  jenisPegawai: "PNS" | "PPPK";
  jenisJabatan: "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA";
  eselon: string;
  jenjangFungsional: string;
  golongan: string;
};

/**
 * Eselon belongs to structural officials, jenjang to fungsional ones, and the golongan comes
 * from the official list of the pegawai's jenis: checked the same way everywhere.
 */
function checkJabatan(v: JabatanFields, ctx: z.RefinementCtx) {
  if (v.golongan !== "" && parseGolongan(v.golongan, v.jenisPegawai) !== v.golongan) {
    const message = v.jenisPegawai === "PPPK" ? "Pilih golongan PPPK (I–XVII) dari daftar." : "Pilih pangkat/golongan PNS dari daftar.";
    ctx.addIssue({ code: "custom", path: ["golongan"], message });
  }
  if (v.jenisJabatan === "STRUKTURAL" && v.eselon === "") {
    ctx.addIssue({ code: "custom", path: ["eselon"], message: "Pejabat struktural harus memiliki eselon." });
  }
  if (v.jenisJabatan !== "STRUKTURAL" && v.eselon !== "") {
    ctx.addIssue({ code: "custom", path: ["eselon"], message: "Eselon hanya untuk jabatan struktural." });
  }
  if (v.jenisJabatan === "FUNGSIONAL" && v.jenjangFungsional === "") {
    ctx.addIssue({ code: "custom", path: ["jenjangFungsional"], message: "Pilih jenjang jabatan fungsional." });
  }
  if (v.jenisJabatan !== "FUNGSIONAL" && v.jenjangFungsional !== "") {
    ctx.addIssue({ code: "custom", path: ["jenjangFungsional"], message: "Jenjang hanya untuk jabatan fungsional." });
  }
}

export const nipSchema = z
  .string({ error: "Isi NIP." })
  .transform(normalizeNip)
  .superRefine((nip, ctx) => {
    const check = checkNip(nip);
    if (!check.valid) ctx.addIssue({ code: "custom", message: check.reason });
  });

export const pegawaiCreateSchema = z
  .object({
    nip: nipSchema,
    ...pegawaiFields,
    /** Empty: derive the atasan from the unit tree when saving. */
    atasanId: optionalIdSchema("Pilih atasan."),
    admin: z.boolean(),
  })
  .superRefine(checkJabatan);
export type PegawaiCreateInput = z.input<typeof pegawaiCreateSchema>;

export const pegawaiUpdateSchema = z
  .object({ pegawaiId: idSchema("Pegawai tidak dikenal."), version: versionSchema, ...pegawaiFields })
  .superRefine(checkJabatan);
export type PegawaiUpdateInput = z.input<typeof pegawaiUpdateSchema>;

/** The edit form's own fields (the id and version travel beside them). */
export const pegawaiFormSchema = z.object(pegawaiFields).superRefine(checkJabatan);
export type PegawaiFormInput = z.input<typeof pegawaiFormSchema>;

const pegawaiRef = { pegawaiId: idSchema("Pegawai tidak dikenal."), version: versionSchema };

export const pegawaiAtasanSchema = z.object({ ...pegawaiRef, atasanId: optionalIdSchema("Pilih atasan.") });
export type PegawaiAtasanInput = z.input<typeof pegawaiAtasanSchema>;

export const pegawaiAktifSchema = z.object({ ...pegawaiRef, aktif: z.boolean() });
export type PegawaiAktifInput = z.input<typeof pegawaiAktifSchema>;

export const pegawaiRolesSchema = z.object({ ...pegawaiRef, admin: z.boolean() });
export type PegawaiRolesInput = z.input<typeof pegawaiRolesSchema>;

export const pegawaiResetSchema = z.object({ pegawaiId: idSchema("Pegawai tidak dikenal.") });
export type PegawaiResetInput = z.input<typeof pegawaiResetSchema>;

export const pegawaiCariSchema = z.object({
  q: teks().min(2, "Ketik minimal 2 huruf nama atau digit NIP.").max(100, "Pencarian maksimal 100 karakter."),
  /** Leave this pegawai out of the results (someone cannot be their own atasan). */
  kecualiId: optionalIdSchema("Pegawai tidak dikenal."),
});
export type PegawaiCariInput = z.input<typeof pegawaiCariSchema>;
