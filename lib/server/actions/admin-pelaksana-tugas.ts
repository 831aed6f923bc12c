"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { LABEL_JENIS_PELAKSANA_TUGAS } from "@/lib/domain/labels";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { formatTanggal, fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import {
  pelaksanaTugasCreateSchema,
  pelaksanaTugasRefSchema,
  type PelaksanaTugasCreateInput,
  type PelaksanaTugasRefInput,
} from "@/lib/schemas/admin-unit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";
import { beritahuPelaksanaTugas } from "@/lib/server/notifikasi/pelaksana-tugas";

/**
 * PLT/PLH: during [mulai, selesai] the acting pegawai leads the unit (effectivePimpinan in
 * lib/domain/atasan.ts, getEffectivePenilai in lib/server/queries/admin-pelaksana-tugas.ts).
 */
const createPelaksanaTugasAction = defineAction({ schema: pelaksanaTugasCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const unit = await tx.unitKerja.findFirst({ where: { id: input.unitId, instansiId: actor.instansiId } });
  if (!unit) throw new NotFoundError("Unit kerja tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, unit.instansiId);
  if (!unit.aktif) throw new DomainError(`Unit "${unit.nama}" sudah nonaktif.`);

  const pegawai = await tx.pegawai.findFirst({
    where: { id: input.pegawaiId, instansiId: actor.instansiId },
    select: { id: true, nama: true, aktif: true },
  });
  if (!pegawai) throw new DomainError("Pegawai tidak ditemukan di instansi Anda.", "pegawaiId");
  if (!pegawai.aktif) throw new DomainError(`${pegawai.nama} sudah nonaktif.`, "pegawaiId");
  if (unit.pimpinanId === pegawai.id) throw new DomainError(`${pegawai.nama} sudah pimpinan definitif unit ini.`, "pegawaiId");
  if (input.selesai < toIsoDate(hariIniDi(actor.zonaWaktu, new Date()))) {
    throw new DomainError("Tanggal selesai sudah lewat; penugasan harus masih berlaku hari ini atau nanti.", "selesai");
  }

  const mulai = fromIsoDate(input.mulai);
  const selesai = fromIsoDate(input.selesai);
  // Two of the same kind on one unit on one day would leave the penilai ambiguous.
  const bentrok = await tx.pelaksanaTugas.findFirst({
    where: { unitId: unit.id, jenis: input.jenis, mulai: { lte: selesai }, selesai: { gte: mulai } },
    select: { mulai: true, selesai: true, pegawai: { select: { nama: true } } },
  });
  if (bentrok) {
    throw new DomainError(
      `Sudah ada ${input.jenis} untuk unit ini pada rentang tersebut: ${bentrok.pegawai.nama}, ${formatTanggal(bentrok.mulai)} – ${formatTanggal(bentrok.selesai)}.`,
      "mulai",
    );
  }

  const pt = await tx.pelaksanaTugas.create({
    data: { unitId: unit.id, pegawaiId: pegawai.id, jenis: input.jenis, mulai, selesai, createdById: actor.id },
    select: { id: true },
  });
  await beritahuPelaksanaTugas(tx, actor, { id: pt.id, unitId: unit.id, pegawaiId: pegawai.id, jenis: input.jenis, mulai, selesai }, "tetapkan");
  await writeAudit(tx, actor, {
    aksi: "TETAPKAN_PELAKSANA_TUGAS",
    entitas: "PelaksanaTugas",
    entitasId: pt.id,
    data: { unitId: unit.id, pegawaiId: pegawai.id, jenis: LABEL_JENIS_PELAKSANA_TUGAS[input.jenis], mulai: input.mulai, selesai: input.selesai },
  });
  return pt;
});

const deletePelaksanaTugasAction = defineAction({ schema: pelaksanaTugasRefSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const pt = await tx.pelaksanaTugas.findFirst({
    where: { id: input.id, unit: { instansiId: actor.instansiId } },
    select: { id: true, unitId: true, pegawaiId: true, jenis: true, mulai: true, selesai: true, unit: { select: { instansiId: true } } },
  });
  if (!pt) throw new NotFoundError("Penugasan PLT/PLH tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, pt.unit.instansiId);
  await tx.pelaksanaTugas.delete({ where: { id: pt.id } });
  await beritahuPelaksanaTugas(tx, actor, pt, "hapus");
  await writeAudit(tx, actor, {
    aksi: "HAPUS_PELAKSANA_TUGAS",
    entitas: "PelaksanaTugas",
    entitasId: pt.id,
    data: { unitId: pt.unitId, pegawaiId: pt.pegawaiId, jenis: pt.jenis, mulai: toIsoDate(pt.mulai), selesai: toIsoDate(pt.selesai) },
  });
  return { id: pt.id };
});

export async function createPelaksanaTugas(input: PelaksanaTugasCreateInput) {
  return revalidated(await createPelaksanaTugasAction(input));
}
export async function deletePelaksanaTugas(input: PelaksanaTugasRefInput) {
  return revalidated(await deletePelaksanaTugasAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/unit-kerja");
  return result;
}
