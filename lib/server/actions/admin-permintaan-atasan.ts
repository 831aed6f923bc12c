"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { pesanPerubahanAtasan, pesanPermintaanAtasan } from "@/lib/domain/notifikasi-pesan";
import {
  permintaanSetujuiSchema,
  permintaanTolakSchema,
  type PermintaanSetujuiInput,
  type PermintaanTolakInput,
} from "@/lib/schemas/admin-permintaan-atasan";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { assertAtasanUsable } from "@/lib/server/queries/admin-pegawai-rules";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { GELAR_SELECT, namaLengkap } from "@/lib/server/queries/pegawai";

/** Approving sets the requested atasan; the same checks as setting it by hand apply. */
const setujuiAction = defineAction({ schema: permintaanSetujuiSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const permintaan = await loadMenunggu(tx, actor, input.permintaanId);
  await assertAtasanUsable(tx, actor, permintaan.pegawaiId, permintaan.atasanDiusulkanId).catch((error: unknown) => {
    // The request's own field is not on this page: say it as a plain message.
    if (error instanceof DomainError) throw new DomainError(`Permintaan tidak dapat disetujui: ${error.message}`);
    throw error;
  });
  await tx.pegawai.update({
    where: { id: permintaan.pegawaiId },
    data: { atasanId: permintaan.atasanDiusulkanId, version: { increment: 1 } },
  });
  await decide(tx, actor, permintaan.id, "DISETUJUI", null);
  const namaAtasanDiusulkan = namaLengkap(permintaan.atasanDiusulkan);
  const perubahan = [{ pegawaiId: permintaan.pegawaiId, lama: permintaan.pegawai.atasanId, baru: permintaan.atasanDiusulkanId }];
  const sebab = `Permintaan perubahan atasan ${namaLengkap(permintaan.pegawai)} disetujui admin instansi.`;
  await catatNotifikasi(tx, [
    { penerimaId: permintaan.pegawaiId, ...pesanPermintaanAtasan({ disetujui: true, namaAtasanDiusulkan, catatan: null }) },
    // The requester hears it as the decision above; the old and the new atasan hear of a bawahan.
    ...pesanPerubahanAtasan(perubahan, () => namaAtasanDiusulkan, sebab, permintaan.pegawaiId),
  ]);
  await writeAudit(tx, actor, {
    aksi: "SETUJUI_PERMINTAAN_ATASAN",
    entitas: "Pegawai",
    entitasId: permintaan.pegawaiId,
    data: { permintaanId: permintaan.id, atasanId: { lama: permintaan.pegawai.atasanId, baru: permintaan.atasanDiusulkanId } },
  });
  return { id: permintaan.id };
});

const tolakAction = defineAction({ schema: permintaanTolakSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const permintaan = await loadMenunggu(tx, actor, input.permintaanId);
  await decide(tx, actor, permintaan.id, "DITOLAK", input.catatan);
  const pesan = pesanPermintaanAtasan({ disetujui: false, namaAtasanDiusulkan: namaLengkap(permintaan.atasanDiusulkan), catatan: input.catatan });
  await catatNotifikasi(tx, [{ penerimaId: permintaan.pegawaiId, ...pesan }]);
  await writeAudit(tx, actor, {
    aksi: "TOLAK_PERMINTAAN_ATASAN",
    entitas: "PermintaanAtasan",
    entitasId: permintaan.id,
    data: { pegawaiId: permintaan.pegawaiId, catatan: input.catatan },
  });
  return { id: permintaan.id };
});

export async function setujuiPermintaanAtasan(input: PermintaanSetujuiInput) {
  return revalidated(await setujuiAction(input));
}
export async function tolakPermintaanAtasan(input: PermintaanTolakInput) {
  return revalidated(await tolakAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/permintaan-atasan");
    revalidatePath("/admin/pegawai");
  }
  return result;
}

async function loadMenunggu(tx: Tx, actor: Actor, permintaanId: string) {
  const permintaan = await tx.permintaanAtasan.findFirst({
    where: { id: permintaanId, pegawai: { instansiId: actor.instansiId } },
    select: {
      id: true,
      status: true,
      pegawaiId: true,
      atasanDiusulkanId: true,
      pegawai: { select: { instansiId: true, atasanId: true, ...GELAR_SELECT } },
      atasanDiusulkan: { select: GELAR_SELECT },
    },
  });
  if (!permintaan) throw new NotFoundError("Permintaan tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, permintaan.pegawai.instansiId);
  if (permintaan.status !== "MENUNGGU") throw new DomainError("Permintaan ini sudah diputuskan sebelumnya. Muat ulang halaman.");
  return permintaan;
}

/** The status condition makes a double click, or two admins at once, decide only once. */
async function decide(tx: Tx, actor: Actor, id: string, status: "DISETUJUI" | "DITOLAK", catatan: string | null) {
  const { count } = await tx.permintaanAtasan.updateMany({
    where: { id, status: "MENUNGGU" },
    data: { status, catatanKeputusan: catatan, diputuskanOlehId: actor.id, diputuskanAt: new Date() },
  });
  if (count !== 1) throw new DomainError("Permintaan ini sudah diputuskan sebelumnya. Muat ulang halaman.");
}
