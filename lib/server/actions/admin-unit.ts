"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { checkMoveUnit } from "@/lib/domain/unit-tree";
import { eselonToNumber } from "@/lib/schemas/admin-common";
import {
  unitAktifSchema,
  unitCreateSchema,
  unitMoveSchema,
  unitRefSchema,
  unitUpdateSchema,
  type UnitAktifInput,
  type UnitCreateInput,
  type UnitMoveInput,
  type UnitRefInput,
  type UnitUpdateInput,
} from "@/lib/schemas/admin-unit";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { diffFields, writeAudit } from "@/lib/server/audit";

const createUnitAction = defineAction({ schema: unitCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  if (input.parentId) {
    const parent = await loadUnit(tx, actor, input.parentId, "parentId");
    if (!parent.aktif) throw new DomainError(`Unit induk "${parent.nama}" sudah nonaktif.`, "parentId");
  }
  await assertNamaUnik(tx, actor, input.parentId || null, input.nama, null);
  const data = { nama: input.nama, namaJabatan: input.namaJabatan || null, eselon: eselonToNumber(input.eselon) };
  const unit = await tx.unitKerja.create({
    data: { instansiId: actor.instansiId, parentId: input.parentId || null, ...data },
    select: { id: true },
  });
  await writeAudit(tx, actor, { aksi: "TAMBAH_UNIT", entitas: "UnitKerja", entitasId: unit.id, data: { ...data, parentId: input.parentId || null } });
  return unit;
});

const updateUnitAction = defineAction({ schema: unitUpdateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const unit = await loadUnit(tx, actor, input.unitId);
  await assertNamaUnik(tx, actor, unit.parentId, input.nama, unit.id);
  const data = { nama: input.nama, namaJabatan: input.namaJabatan || null, eselon: eselonToNumber(input.eselon) };
  await tx.unitKerja.update({ where: { id: unit.id }, data });
  await writeAudit(tx, actor, { aksi: "UBAH_UNIT", entitas: "UnitKerja", entitasId: unit.id, data: diffFields(unit, data) });
  return { id: unit.id };
});

const moveUnitAction = defineAction({ schema: unitMoveSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const unit = await loadUnit(tx, actor, input.unitId);
  const parentId = input.parentId || null;
  if (parentId) {
    const parent = await loadUnit(tx, actor, parentId, "parentId");
    if (!parent.aktif) throw new DomainError(`Unit induk "${parent.nama}" sudah nonaktif.`, "parentId");
  }
  const semua = await tx.unitKerja.findMany({ where: { instansiId: actor.instansiId }, select: { id: true, parentId: true, nama: true } });
  const masalah = checkMoveUnit(semua, unit.id, parentId);
  if (masalah) throw new DomainError(masalah, "parentId");
  await assertNamaUnik(tx, actor, parentId, unit.nama, unit.id, "parentId");
  await tx.unitKerja.update({ where: { id: unit.id }, data: { parentId } });
  await writeAudit(tx, actor, { aksi: "PINDAH_UNIT", entitas: "UnitKerja", entitasId: unit.id, data: { parentId: { lama: unit.parentId, baru: parentId } } });
  return { id: unit.id };
});

/** Deactivating refuses while pegawai or sub-units still depend on the unit; each is named. */
const setUnitAktifAction = defineAction({ schema: unitAktifSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const unit = await loadUnit(tx, actor, input.unitId);
  if (!input.aktif) {
    const anggota = await tx.pegawai.count({ where: { unitId: unit.id, instansiId: actor.instansiId, aktif: true } });
    const anak = await tx.unitKerja.findMany({ where: { parentId: unit.id, instansiId: actor.instansiId, aktif: true }, select: { nama: true } });
    const masalah: string[] = [];
    if (anggota > 0) masalah.push(`masih memiliki ${anggota} pegawai aktif; pindahkan mereka ke unit lain terlebih dahulu`);
    if (anak.length > 0) masalah.push(`masih memiliki sub-unit aktif (${anak.map((a) => a.nama).join(", ")}); nonaktifkan atau pindahkan terlebih dahulu`);
    if (masalah.length > 0) throw new DomainError(`Unit "${unit.nama}" tidak dapat dinonaktifkan karena ${masalah.join(", dan ")}.`);
  } else if (unit.parentId) {
    const parent = await loadUnit(tx, actor, unit.parentId);
    if (!parent.aktif) throw new DomainError(`Aktifkan dulu unit induknya, "${parent.nama}".`);
  }
  await tx.unitKerja.update({ where: { id: unit.id }, data: { aktif: input.aktif } });
  await writeAudit(tx, actor, { aksi: input.aktif ? "AKTIFKAN_UNIT" : "NONAKTIFKAN_UNIT", entitas: "UnitKerja", entitasId: unit.id, data: { nama: unit.nama } });
  return { id: unit.id };
});

/** Ends a klaim pimpinan. Members' stored atasan stays as it is; their pages then show the mismatch. */
const revokePimpinanAction = defineAction({ schema: unitRefSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const unit = await loadUnit(tx, actor, input.unitId);
  if (!unit.pimpinanId) throw new DomainError(`Unit "${unit.nama}" tidak memiliki pimpinan definitif.`);
  await tx.unitKerja.update({ where: { id: unit.id }, data: { pimpinanId: null } });
  await writeAudit(tx, actor, { aksi: "CABUT_KLAIM_PIMPINAN", entitas: "UnitKerja", entitasId: unit.id, data: { pimpinanId: unit.pimpinanId } });
  return { id: unit.id };
});

export async function createUnit(input: UnitCreateInput) {
  return revalidated(await createUnitAction(input));
}
export async function updateUnit(input: UnitUpdateInput) {
  return revalidated(await updateUnitAction(input));
}
export async function moveUnit(input: UnitMoveInput) {
  return revalidated(await moveUnitAction(input));
}
export async function setUnitAktif(input: UnitAktifInput) {
  return revalidated(await setUnitAktifAction(input));
}
export async function revokePimpinan(input: UnitRefInput) {
  return revalidated(await revokePimpinanAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/unit-kerja");
  return result;
}

async function loadUnit(tx: Tx, actor: Actor, unitId: string, field?: string) {
  const unit = await tx.unitKerja.findFirst({ where: { id: unitId, instansiId: actor.instansiId } });
  if (!unit) throw new NotFoundError(field === "parentId" ? "Unit induk tidak ditemukan di instansi Anda." : "Unit kerja tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, unit.instansiId);
  return unit;
}

/**
 * Prisma compares `mode: "insensitive"` with ILIKE, so `%`, `_` and a trailing `\` in a name
 * would be a pattern (and a trailing backslash a database error): escape them to compare literally.
 */
function literalIlike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** Two units with one name under one parent cannot be told apart in any list or select. */
async function assertNamaUnik(tx: Tx, actor: Actor, parentId: string | null, nama: string, exceptId: string | null, field = "nama") {
  const sama = await tx.unitKerja.findFirst({
    where: { instansiId: actor.instansiId, parentId, nama: { equals: literalIlike(nama), mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (sama) throw new DomainError(`Sudah ada unit bernama "${nama}" di bawah induk yang sama.`, field);
}
