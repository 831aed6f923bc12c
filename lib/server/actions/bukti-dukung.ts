"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import {
  buktiDukungDeleteSchema,
  buktiDukungSaveSchema,
  type BuktiDukungSaveInput,
} from "@/lib/schemas/pelaksanaan";
import type { z } from "zod";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimPengisian } from "@/lib/server/penilaian-row";

const saveBuktiDukungAction = defineAction({ schema: buktiDukungSaveSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const rhk = await tx.rhk.findFirst({ where: { id: input.rhkId, skpId: ctx.skp.id }, select: { id: true } });
  if (!rhk) throw new NotFoundError("RHK tidak ditemukan pada SKP ini.");

  const data = { nama: input.nama, tautan: input.tautan };
  if (input.buktiDukungId) {
    // Scope in where: only this RHK's bukti for this periode can be edited from here.
    const { count } = await tx.buktiDukung.updateMany({
      where: { id: input.buktiDukungId, rhkId: rhk.id, periodeId: ctx.periode.id },
      data,
    });
    if (count === 0) throw new NotFoundError("Bukti dukung tidak ditemukan.");
  } else {
    await tx.buktiDukung.create({ data: { ...data, rhkId: rhk.id, periodeId: ctx.periode.id } });
  }
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function saveBuktiDukung(input: BuktiDukungSaveInput) {
  return revalidated(await saveBuktiDukungAction(input));
}

const deleteBuktiDukungAction = defineAction({ schema: buktiDukungDeleteSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const { count } = await tx.buktiDukung.deleteMany({
    where: { id: input.buktiDukungId, periodeId: ctx.periode.id, rhk: { skpId: ctx.skp.id } },
  });
  if (count === 0) throw new NotFoundError("Bukti dukung tidak ditemukan.");
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function deleteBuktiDukung(input: z.input<typeof buktiDukungDeleteSchema>) {
  return revalidated(await deleteBuktiDukungAction(input));
}

function revalidated<T extends { skpId: string; periodeId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/penilaian/${result.data.skpId}/${result.data.periodeId}`);
  return result;
}
