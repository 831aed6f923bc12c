"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { liburNasional } from "@/lib/domain/libur-nasional";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import {
  hariLiburCreateSchema,
  hariLiburRefSchema,
  isiLiburNasionalSchema,
  type HariLiburCreateInput,
  type HariLiburRefInput,
  type IsiLiburNasionalInput,
} from "@/lib/schemas/hari-libur";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";

const createHariLiburAction = defineAction({ schema: hariLiburCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  const tanggal = fromIsoDate(input.tanggal);
  const ada = await tx.hariLibur.findUnique({ where: { instansiId_tanggal: { instansiId: actor.instansiId, tanggal } }, select: { nama: true } });
  if (ada) throw new DomainError(`Tanggal ini sudah tercatat sebagai ${ada.nama}.`, "tanggal");
  const libur = await tx.hariLibur.create({ data: { instansiId: actor.instansiId, tanggal, nama: input.nama, jenis: input.jenis }, select: { id: true } });
  await writeAudit(tx, actor, { aksi: "TAMBAH_HARI_LIBUR", entitas: "HariLibur", entitasId: libur.id, data: { ...input } });
  return libur;
});

const deleteHariLiburAction = defineAction({ schema: hariLiburRefSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  // Scoped by instansi in the where: another instansi's id is "not found", not a hint it exists.
  const libur = await tx.hariLibur.findFirst({ where: { id: input.hariLiburId, instansiId: actor.instansiId }, select: { id: true, tanggal: true, nama: true, jenis: true } });
  if (!libur) throw new NotFoundError("Hari libur tidak ditemukan.");
  await tx.hariLibur.delete({ where: { id: libur.id } });
  await writeAudit(tx, actor, { aksi: "HAPUS_HARI_LIBUR", entitas: "HariLibur", entitasId: libur.id, data: { tanggal: toIsoDate(libur.tanggal), nama: libur.nama, jenis: libur.jenis } });
  return { id: libur.id };
});

/** Adds the year's national holidays, leaving every date already listed (and its name) untouched. */
const isiLiburNasionalAction = defineAction({ schema: isiLiburNasionalSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  const libur = liburNasional(input.tahun);
  const { count } = await tx.hariLibur.createMany({
    data: libur.map((l) => ({ instansiId: actor.instansiId, tanggal: fromIsoDate(l.tanggal), nama: l.nama, jenis: "LIBUR_NASIONAL" as const })),
    skipDuplicates: true,
  });
  await writeAudit(tx, actor, { aksi: "ISI_LIBUR_NASIONAL", entitas: "Instansi", entitasId: actor.instansiId, data: { tahun: input.tahun, ditambah: count } });
  return { ditambah: count, dilewati: libur.length - count };
});

export async function createHariLibur(input: HariLiburCreateInput) {
  return revalidated(await createHariLiburAction(input));
}

export async function deleteHariLibur(input: HariLiburRefInput) {
  return revalidated(await deleteHariLiburAction(input));
}

export async function isiLiburNasional(input: IsiLiburNasionalInput) {
  return revalidated(await isiLiburNasionalAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/hari-libur");
  return result;
}
