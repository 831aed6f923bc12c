"use server";

import { revalidatePath } from "next/cache";
import {
  lampiranAddSchema,
  lampiranDeleteSchema,
  type LampiranAddInput,
  type LampiranDeleteInput,
} from "@/lib/schemas/lampiran";
import { writeAudit } from "@/lib/server/audit";
import { notFoundAs } from "@/lib/server/audit-support";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimOwnDraftSkp } from "@/lib/server/skp/versi";

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
  await writeAudit(tx, actor, { aksi: "TAMBAH_LAMPIRAN", entitas: "LampiranItem", entitasId: created.id, data: { skpId: skp.id, jenis: input.jenis, teks: input.teks } });
  return { id: created.id, skpId: skp.id, version: skp.version };
});

export async function addLampiran(input: LampiranAddInput) {
  return revalidated(await addLampiranAction(input));
}

const deleteLampiranAction = defineAction({ schema: lampiranDeleteSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const deleted = await tx.lampiranItem
    .delete({ where: { id: input.lampiranId, skpId: skp.id }, select: { jenis: true, teks: true } })
    .catch(notFoundAs("Lampiran tidak ditemukan."));
  await writeAudit(tx, actor, { aksi: "HAPUS_LAMPIRAN", entitas: "LampiranItem", entitasId: input.lampiranId, data: { skpId: skp.id, ...deleted } });
  return { skpId: skp.id, version: skp.version };
});

export async function deleteLampiran(input: LampiranDeleteInput) {
  return revalidated(await deleteLampiranAction(input));
}

function revalidated<T extends { skpId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}
