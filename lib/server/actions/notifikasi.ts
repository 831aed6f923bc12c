"use server";

import { revalidatePath } from "next/cache";
import { preferensiNotifikasiSchema, tandaiSemuaDibacaSchema, type PreferensiNotifikasiInput } from "@/lib/schemas/notifikasi";
import { writeAudit } from "@/lib/server/audit";
import { defineAction } from "@/lib/server/define-action";

const tandaiSemuaAction = defineAction({ schema: tandaiSemuaDibacaSchema }, async ({ actor, tx }) => {
  const { count } = await tx.notifikasi.updateMany({ where: { penerimaId: actor.id, dibacaPada: null }, data: { dibacaPada: new Date() } });
  return { jumlah: count };
});

/** "Tandai semua dibaca" on /notifikasi: the signed-in person's own notifications only. */
export async function tandaiSemuaNotifikasiDibaca() {
  const result = await tandaiSemuaAction(undefined);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/**
 * Profil › Notifikasi. Every kind's choice is stored, the defaults included, so a later change
 * of a default never overrides what someone saw and saved.
 */
const simpanPreferensiAction = defineAction({ schema: preferensiNotifikasiSchema }, async ({ input, actor, tx }) => {
  const pilihan = [...new Map(input.pilihan.map((p) => [p.jenis, p.saluran])).entries()];
  await tx.preferensiNotifikasi.deleteMany({ where: { pegawaiId: actor.id, jenis: { in: pilihan.map(([jenis]) => jenis) } } });
  await tx.preferensiNotifikasi.createMany({ data: pilihan.map(([jenis, saluran]) => ({ pegawaiId: actor.id, jenis, saluran })) });
  await writeAudit(tx, actor, {
    aksi: "UBAH_PREFERENSI_NOTIFIKASI",
    entitas: "Pegawai",
    entitasId: actor.id,
    data: Object.fromEntries(pilihan),
  });
  return { jumlah: pilihan.length };
});

export async function simpanPreferensiNotifikasi(input: PreferensiNotifikasiInput) {
  const result = await simpanPreferensiAction(input);
  if (result.ok) revalidatePath("/profil");
  return result;
}
