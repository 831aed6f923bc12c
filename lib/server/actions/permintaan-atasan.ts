"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import {
  batalPermintaanSchema,
  permintaanAtasanSchema,
  type BatalPermintaanInput,
  type PermintaanAtasanInput,
} from "@/lib/schemas/profil";
import { defineAction } from "@/lib/server/define-action";
import { writeAudit } from "@/lib/server/audit";

const ajukanAction = defineAction({ schema: permintaanAtasanSchema }, async ({ input, actor, tx }) => {
  // One pending request per pegawai, even when two tabs submit together.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`permintaan-atasan:${actor.id}`}))`;
  const me = await tx.pegawai.findFirst({ where: { id: actor.id, instansiId: actor.instansiId }, select: { atasanId: true } });
  if (!me) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");
  const calon = await tx.pegawai.findFirst({
    where: { id: input.atasanDiusulkanId, instansiId: actor.instansiId, aktif: true },
    select: { id: true, nama: true, atasanId: true },
  });
  if (!calon) throw new DomainError("Pegawai yang diusulkan tidak ditemukan di instansi Anda.", "atasanDiusulkanId");
  if (calon.id === actor.id) throw new DomainError("Anda tidak dapat menjadi atasan bagi diri sendiri.", "atasanDiusulkanId");
  if (calon.id === me.atasanId) throw new DomainError(`${calon.nama} sudah tercatat sebagai atasan Anda.`, "atasanDiusulkanId");
  if (calon.atasanId === actor.id) {
    throw new DomainError(`${calon.nama} adalah bawahan langsung Anda, sehingga tidak dapat menjadi atasan Anda.`, "atasanDiusulkanId");
  }
  const menunggu = await tx.permintaanAtasan.count({ where: { pegawaiId: actor.id, status: "MENUNGGU" } });
  if (menunggu > 0) {
    throw new DomainError("Anda masih memiliki permintaan perubahan atasan yang menunggu keputusan admin. Batalkan dulu jika ingin mengubahnya.");
  }

  const permintaan = await tx.permintaanAtasan.create({
    data: { pegawaiId: actor.id, atasanDiusulkanId: calon.id, alasan: input.alasan },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    aksi: "AJUKAN_PERUBAHAN_ATASAN",
    entitas: "PermintaanAtasan",
    entitasId: permintaan.id,
    data: { atasanLamaId: me.atasanId, atasanDiusulkanId: calon.id, alasan: input.alasan },
  });
  return permintaan;
});

/** "Ajukan perubahan atasan": the admin instansi confirms or rejects it; nothing changes until then. */
export async function ajukanPerubahanAtasan(input: PermintaanAtasanInput) {
  const result = await ajukanAction(input);
  if (result.ok) revalidatePath("/profil");
  return result;
}

const batalkanAction = defineAction({ schema: batalPermintaanSchema }, async ({ input, actor, tx }) => {
  const deleted = await tx.permintaanAtasan.deleteMany({
    where: { id: input.permintaanId, pegawaiId: actor.id, status: "MENUNGGU" },
  });
  if (deleted.count === 0) throw new NotFoundError("Permintaan ini sudah diputuskan admin atau tidak ditemukan.");
  await writeAudit(tx, actor, { aksi: "BATALKAN_PERUBAHAN_ATASAN", entitas: "PermintaanAtasan", entitasId: input.permintaanId });
  return { id: input.permintaanId };
});

/** Withdraws one's own pending request; a decided one is history and stays. */
export async function batalkanPermintaanAtasan(input: BatalPermintaanInput) {
  const result = await batalkanAction(input);
  if (result.ok) revalidatePath("/profil");
  return result;
}
