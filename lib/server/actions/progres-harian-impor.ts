"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { imporTabelSchema } from "@/lib/schemas/impor";
import { getActor } from "@/lib/server/auth";
import { defineAction, toFailure, type ActionResult, type FieldErrors } from "@/lib/server/define-action";
import { bacaBerkasImpor } from "@/lib/server/import/baca-berkas";
import { periksaImporProgres, terapkanImporProgres, type HasilImporProgres, type LaporanImporProgres } from "@/lib/server/progres-harian/impor/impor";

const periksaAction = defineAction({ schema: imporTabelSchema }, ({ input, actor, tx }) => periksaImporProgres(tx, actor, input.tabel));

const terapkanAction = defineAction({ schema: imporTabelSchema }, ({ input, actor, tx }) => terapkanImporProgres(tx, actor, input.namaBerkas, input.tabel));

/** Dry run of the pegawai's own Progres Harian file (form field "berkas"): every bad row, nothing written. */
export async function periksaImporProgresHarian(formData: FormData): Promise<ActionResult<LaporanImporProgres>> {
  const tabel = await tabelDariForm(formData);
  if (!tabel.ok) return tabel;
  return periksaAction(tabel.data);
}

/** Imports the same file, checked again from scratch (the server keeps nothing in between); all rows or none. */
export async function jalankanImporProgresHarian(formData: FormData): Promise<ActionResult<HasilImporProgres>> {
  const tabel = await tabelDariForm(formData);
  if (!tabel.ok) return tabel;
  const result = await terapkanAction(tabel.data);
  if (result.ok) revalidatePath("/progres-harian");
  return result;
}

async function tabelDariForm(formData: FormData): Promise<{ ok: true; data: { namaBerkas: string; tabel: string[][] } } | { ok: false; message: string; fieldErrors?: FieldErrors }> {
  // Checked before reading the file, so a signed-out request costs no parsing.
  if (!(await getActor())) return { ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
  const berkas = formData instanceof FormData ? formData.get("berkas") : null;
  if (!(berkas instanceof File) || berkas.size === 0) {
    const pesan = "Pilih berkas CSV atau XLSX berisi Progres Harian (unduh templatnya bila belum ada).";
    return { ok: false, message: pesan, fieldErrors: { berkas: [pesan] } };
  }
  try {
    return { ok: true, data: { namaBerkas: berkas.name, tabel: await bacaBerkasImpor(berkas) } };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: { berkas: [error.message] } };
    return toFailure(error);
  }
}
