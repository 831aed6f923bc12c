"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import {
  lampiranAddSchema,
  lampiranDeleteSchema,
  type LampiranAddInput,
  type LampiranDeleteInput,
} from "@/lib/schemas/lampiran";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimOwnDraftSkp } from "@/lib/server/skp-version";

const addLampiranAction = defineAction({ schema: lampiranAddSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const last = await tx.lampiranItem.findFirst({
    where: { skpId: skp.id, jenis: input.jenis },
    orderBy: { urutan: "desc" },
    select: { urutan: true },
  });
  const created = await tx.lampiranItem.create({
    data: { skpId: skp.id, jenis: input.jenis, teks: input.teks, urutan: last ? last.urutan + 1 : 0 },
    select: { id: true },
  });
  return { id: created.id, skpId: skp.id, version: skp.version };
});

export async function addLampiran(input: LampiranAddInput) {
  return revalidated(await addLampiranAction(input));
}

const deleteLampiranAction = defineAction({ schema: lampiranDeleteSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const { count } = await tx.lampiranItem.deleteMany({ where: { id: input.lampiranId, skpId: skp.id } });
  if (count === 0) throw new NotFoundError("Lampiran tidak ditemukan.");
  return { skpId: skp.id, version: skp.version };
});

export async function deleteLampiran(input: LampiranDeleteInput) {
  return revalidated(await deleteLampiranAction(input));
}

function revalidated<T extends { skpId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}
