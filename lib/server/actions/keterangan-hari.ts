"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { keteranganHariHapusSchema, keteranganHariSchema, type KeteranganHariInput } from "@/lib/schemas/progres-harian";
import { writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";

/**
 * The actor marks one of their own days as cuti, sakit, dinas luar or tugas belajar, so it is
 * not counted as empty; marking it again changes the kind. Future days too: leave is planned.
 */
const tandaiKeteranganHariAction = defineAction({ schema: keteranganHariSchema }, async ({ input, actor, tx }) => {
  const tanggal = fromIsoDate(input.tanggal);
  const data = { jenis: input.jenis, catatan: input.catatan || null };
  const row = await tx.keteranganHari.upsert({
    where: { pegawaiId_tanggal: { pegawaiId: actor.id, tanggal } },
    create: { ...data, pegawaiId: actor.id, tanggal },
    update: data,
    select: { id: true },
  });
  await writeAudit(tx, actor, { aksi: "TANDAI_KETERANGAN_HARI", entitas: "KeteranganHari", entitasId: row.id, data: { ...data, tanggal: input.tanggal } });
  return { tanggal: input.tanggal };
});

export async function tandaiKeteranganHari(input: KeteranganHariInput) {
  return revalidated(await tandaiKeteranganHariAction(input));
}

const hapusKeteranganHariAction = defineAction({ schema: keteranganHariHapusSchema }, async ({ input, actor, tx }) => {
  const tanggal = fromIsoDate(input.tanggal);
  const lama = await tx.keteranganHari.findFirst({ where: { pegawaiId: actor.id, tanggal }, select: { id: true, jenis: true } });
  if (!lama) throw new NotFoundError("Hari ini tidak bertanda keterangan.");
  await tx.keteranganHari.deleteMany({ where: { id: lama.id, pegawaiId: actor.id } });
  await writeAudit(tx, actor, { aksi: "HAPUS_KETERANGAN_HARI", entitas: "KeteranganHari", entitasId: lama.id, data: { tanggal: input.tanggal, jenis: lama.jenis } });
  return { tanggal: input.tanggal };
});

export async function hapusKeteranganHari(input: { tanggal: string }) {
  return revalidated(await hapusKeteranganHariAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/progres-harian");
  return result;
}
