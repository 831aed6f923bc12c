"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { imporTabelSchema } from "@/lib/schemas/impor";
import { getActor } from "@/lib/server/auth";
import { defineAction, toFailure, type ActionResult, type FieldErrors } from "@/lib/server/define-action";
import { bacaBerkasImpor } from "@/lib/server/import/baca-berkas";
import { periksaImporPegawai, terapkanImporPegawai, type HasilImpor, type LaporanImpor } from "@/lib/server/import/impor-pegawai";

const periksaAction = defineAction({ schema: imporTabelSchema, requireAdmin: true }, ({ input, actor, tx }) =>
  periksaImporPegawai(tx, actor, input.namaBerkas, input.tabel),
);

const terapkanAction = defineAction({ schema: imporTabelSchema, requireAdmin: true }, ({ input, actor, tx }) =>
  terapkanImporPegawai(tx, actor, input.namaBerkas, input.tabel),
);

/** Dry run: reports every bad row of the uploaded file (form field "berkas"); writes nothing. */
export async function periksaImpor(formData: FormData): Promise<ActionResult<LaporanImpor>> {
  const tabel = await tabelDariForm(formData);
  if (!tabel.ok) return tabel;
  return periksaAction(tabel.data);
}

/**
 * Imports the same file again from scratch: the server keeps nothing between the dry run and
 * this step, so any app server can take it, and the rows are checked once more. All or none.
 */
export async function jalankanImpor(formData: FormData): Promise<ActionResult<HasilImpor>> {
  const tabel = await tabelDariForm(formData);
  if (!tabel.ok) return tabel;
  const result = await terapkanAction(tabel.data);
  if (result.ok && result.data.diimpor > 0) revalidatePath("/admin/pegawai");
  return result;
}

type Tabel = { namaBerkas: string; tabel: string[][] };

async function tabelDariForm(formData: FormData): Promise<{ ok: true; data: Tabel } | { ok: false; message: string; fieldErrors?: FieldErrors }> {
  // Checked before reading the file, so a signed-out or non-admin request costs no parsing.
  const actor = await getActor();
  if (!actor) return { ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
  if (!actor.isAdmin) return { ok: false, message: "Halaman ini hanya untuk admin instansi." };

  // A server action can be posted anything, not only the form this page sends.
  const berkas = formData instanceof FormData ? formData.get("berkas") : null;
  if (!(berkas instanceof File) || (berkas.size === 0 && berkas.name === "")) {
    const pesan = "Pilih berkas CSV atau XLSX terlebih dahulu.";
    return { ok: false, message: pesan, fieldErrors: { berkas: [pesan] } };
  }
  try {
    return { ok: true, data: { namaBerkas: berkas.name, tabel: await bacaBerkasImpor(berkas) } };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: { berkas: [error.message] } };
    return toFailure(error);
  }
}
