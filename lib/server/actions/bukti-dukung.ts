"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import {
  buktiDukungDeleteSchema,
  buktiDukungSaveSchema,
  type BuktiDukungSaveInput,
} from "@/lib/schemas/pelaksanaan";
import type { z } from "zod";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { notFoundAs } from "@/lib/server/audit-support";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimPengisian } from "@/lib/server/penilaian/konteks";

const saveBuktiDukungAction = defineAction({ schema: buktiDukungSaveSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  // The bukti being edited comes with its RHK (one statement), for the audit diff.
  const rhk = await tx.rhk.findFirst({
    where: { id: input.rhkId, skpId: ctx.skp.id },
    select: {
      id: true,
      buktiDukung: input.buktiDukungId
        ? { where: { id: input.buktiDukungId, periodeId: ctx.periode.id }, select: { nama: true, tautan: true } }
        : false,
    },
  });
  if (!rhk) throw new NotFoundError("RHK tidak ditemukan pada SKP ini.");

  const data = { nama: input.nama, tautan: input.tautan };
  const audit = { entitas: "BuktiDukung", instansiId: ctx.skp.instansiId };
  if (input.buktiDukungId) {
    // Scope in where: only this RHK's bukti for this periode can be edited from here.
    const { count } = await tx.buktiDukung.updateMany({
      where: { id: input.buktiDukungId, rhkId: rhk.id, periodeId: ctx.periode.id },
      data,
    });
    const lama = rhk.buktiDukung?.[0];
    if (count === 0 || !lama) throw new NotFoundError("Bukti dukung tidak ditemukan.");
    await writeAudit(tx, actor, { ...audit, aksi: "UBAH_BUKTI_DUKUNG", entitasId: input.buktiDukungId, data: diffFields(lama, data) });
  } else {
    const created = await tx.buktiDukung.create({ data: { ...data, rhkId: rhk.id, periodeId: ctx.periode.id }, select: { id: true } });
    await writeAudit(tx, actor, { ...audit, aksi: "TAMBAH_BUKTI_DUKUNG", entitasId: created.id, data: { rhkId: rhk.id, periodeId: ctx.periode.id, ...data } });
  }
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function saveBuktiDukung(input: BuktiDukungSaveInput) {
  return revalidated(await saveBuktiDukungAction(input));
}

const deleteBuktiDukungAction = defineAction({ schema: buktiDukungDeleteSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const deleted = await tx.buktiDukung
    .delete({
      where: { id: input.buktiDukungId, periodeId: ctx.periode.id, rhk: { skpId: ctx.skp.id } },
      select: { rhkId: true, periodeId: true, nama: true, tautan: true },
    })
    .catch(notFoundAs("Bukti dukung tidak ditemukan."));
  await writeAudit(tx, actor, {
    aksi: "HAPUS_BUKTI_DUKUNG",
    entitas: "BuktiDukung",
    entitasId: input.buktiDukungId,
    instansiId: ctx.skp.instansiId,
    data: deleted,
  });
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function deleteBuktiDukung(input: z.input<typeof buktiDukungDeleteSchema>) {
  return revalidated(await deleteBuktiDukungAction(input));
}

function revalidated<T extends { skpId: string; periodeId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/penilaian/${result.data.skpId}/${result.data.periodeId}`);
  return result;
}
