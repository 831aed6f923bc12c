"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import { pengaturanSchema, type PengaturanInput } from "@/lib/schemas/admin-pengaturan";
import { defineAction } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { diffFields, writeAudit } from "@/lib/server/audit";

const updatePengaturanAction = defineAction({ schema: pengaturanSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const instansi = await tx.instansi.findUnique({
    where: { id: actor.instansiId },
    select: { id: true, modeKurva: true, lokasi: true, hariKerjaPerMinggu: true, targetJamHarian: true, zonaWaktu: true, kirimSiasnOtomatis: true },
  });
  if (!instansi) throw new NotFoundError("Instansi tidak ditemukan.");
  assertAdminOf(actor, instansi.id);
  const baru = {
    modeKurva: input.modeKurva,
    lokasi: input.lokasi,
    hariKerjaPerMinggu: Number(input.hariKerjaPerMinggu),
    targetJamHarian: input.targetJamHarian,
    zonaWaktu: input.zonaWaktu,
    kirimSiasnOtomatis: input.kirimSiasnOtomatis,
  };
  await tx.instansi.update({ where: { id: instansi.id }, data: baru });
  const lama = { ...instansi, targetJamHarian: instansi.targetJamHarian.toString() };
  await writeAudit(tx, actor, { aksi: "UBAH_PENGATURAN", entitas: "Instansi", entitasId: instansi.id, data: diffFields(lama, baru) });
  return { id: instansi.id };
});

export async function updatePengaturan(input: PengaturanInput) {
  const result = await updatePengaturanAction(input);
  if (result.ok) revalidatePath("/admin/pengaturan");
  return result;
}
