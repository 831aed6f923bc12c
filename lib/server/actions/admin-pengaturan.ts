"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import { pengaturanSchema, type PengaturanInput } from "@/lib/schemas/admin-pengaturan";
import { defineAction } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { diffFields, writeAudit } from "@/lib/server/audit";

const updatePengaturanAction = defineAction({ schema: pengaturanSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const instansi = await tx.instansi.findUnique({ where: { id: actor.instansiId }, select: { id: true, modeKurva: true, lokasi: true } });
  if (!instansi) throw new NotFoundError("Instansi tidak ditemukan.");
  assertAdminOf(actor, instansi.id);
  await tx.instansi.update({ where: { id: instansi.id }, data: { modeKurva: input.modeKurva, lokasi: input.lokasi } });
  await writeAudit(tx, actor, { aksi: "UBAH_PENGATURAN", entitas: "Instansi", entitasId: instansi.id, data: diffFields(instansi, input) });
  return { id: instansi.id };
});

export async function updatePengaturan(input: PengaturanInput) {
  const result = await updatePengaturanAction(input);
  if (result.ok) revalidatePath("/admin/pengaturan");
  return result;
}
