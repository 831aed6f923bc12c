"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import { pangkatUntuk } from "@/lib/domain/pangkat-golongan";
import { eselonToNumber } from "@/lib/schemas/admin-common";
import {
  pegawaiCreateSchema,
  pegawaiUpdateSchema,
  type PegawaiCreateInput,
  type PegawaiUpdateInput,
} from "@/lib/schemas/admin-pegawai";
import { defineAction } from "@/lib/server/define-action";
import { hashPassword } from "@/lib/server/autentikasi/password";
import { deriveAtasanMany } from "@/lib/server/queries/admin-atasan";
import { assertAtasanUsable, assertUnitUsable } from "@/lib/server/queries/admin-pegawai-rules";
import { assertAdminOf, generateTemporaryPassword } from "@/lib/server/queries/admin-scope";
import { diffFields, writeAudit } from "@/lib/server/audit";

type PegawaiFields = Omit<PegawaiUpdateInput, "pegawaiId" | "version">;

const createPegawaiAction = defineAction({ schema: pegawaiCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  // NIP is unique across every instansi: a NIP belongs to one person for life.
  if (await tx.pegawai.findUnique({ where: { nip: input.nip }, select: { id: true } })) {
    throw new DomainError("NIP sudah terdaftar.", "nip");
  }
  if (input.unitId) await assertUnitUsable(tx, actor, input.unitId);
  if (input.atasanId) await assertAtasanUsable(tx, actor, null, input.atasanId);

  const passwordSementara = generateTemporaryPassword();
  const pegawai = await tx.pegawai.create({
    data: {
      instansiId: actor.instansiId,
      nip: input.nip,
      ...toData(input),
      roles: input.admin ? ["PEGAWAI", "ADMIN"] : ["PEGAWAI"],
      passwordHash: await hashPassword(passwordSementara),
    },
    select: { id: true, unitId: true },
  });

  // An empty atasan means "follow the unit tree", which the form says in words.
  let atasanId = input.atasanId || null;
  if (!atasanId && pegawai.unitId) {
    atasanId = (await deriveAtasanMany(tx, actor.instansiId, [pegawai])).get(pegawai.id)?.atasanId ?? null;
    if (atasanId) await tx.pegawai.update({ where: { id: pegawai.id }, data: { atasanId } });
  }
  await writeAudit(tx, actor, {
    aksi: "TAMBAH_PEGAWAI",
    entitas: "Pegawai",
    entitasId: pegawai.id,
    data: { nip: input.nip, nama: input.nama, unitId: input.unitId || null, atasanId, admin: input.admin },
  });
  return { id: pegawai.id, passwordSementara };
});

/** Optimistic lock: the update matches the version the admin read, or nothing changes. */
const updatePegawaiAction = defineAction({ schema: pegawaiUpdateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const before = await tx.pegawai.findFirst({
    where: { id: input.pegawaiId, instansiId: actor.instansiId },
    select: {
      instansiId: true,
      nama: true,
      gelarDepan: true,
      gelarBelakang: true,
      email: true,
      jenisPegawai: true,
      jenisJabatan: true,
      jabatan: true,
      eselon: true,
      jenjangFungsional: true,
      pangkat: true,
      golongan: true,
      unitId: true,
    },
  });
  if (!before) throw new NotFoundError("Pegawai tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, before.instansiId);
  if (input.unitId && input.unitId !== before.unitId) await assertUnitUsable(tx, actor, input.unitId);

  const data = toData(input);
  const { count } = await tx.pegawai.updateMany({
    where: { id: input.pegawaiId, instansiId: actor.instansiId, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleVersionError();
  await writeAudit(tx, actor, { aksi: "UBAH_PEGAWAI", entitas: "Pegawai", entitasId: input.pegawaiId, data: diffFields(before, data) });
  return { id: input.pegawaiId };
});

export async function createPegawai(input: PegawaiCreateInput) {
  const result = await createPegawaiAction(input);
  if (result.ok) revalidatePath("/admin/pegawai");
  return result;
}

export async function updatePegawai(input: PegawaiUpdateInput) {
  const result = await updatePegawaiAction(input);
  if (result.ok) {
    revalidatePath("/admin/pegawai");
    revalidatePath(`/admin/pegawai/${result.data.id}`);
  }
  return result;
}

function toData(input: PegawaiFields) {
  return {
    nama: input.nama.trim(),
    gelarDepan: input.gelarDepan?.trim() || null,
    gelarBelakang: input.gelarBelakang?.trim() || null,
    email: input.email || null,
    jenisPegawai: input.jenisPegawai,
    jenisJabatan: input.jenisJabatan,
    jabatan: input.jabatan.trim(),
    eselon: eselonToNumber(input.eselon),
    jenjangFungsional: input.jenjangFungsional || null,
    pangkat: input.golongan ? pangkatUntuk(input.golongan, input.jenisPegawai) : null,
    golongan: input.golongan || null,
    unitId: input.unitId || null,
  };
}
