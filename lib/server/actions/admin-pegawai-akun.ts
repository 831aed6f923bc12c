"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  pegawaiAktifSchema,
  pegawaiAtasanSchema,
  pegawaiResetSchema,
  pegawaiRolesSchema,
  type PegawaiAktifInput,
  type PegawaiAtasanInput,
  type PegawaiResetInput,
  type PegawaiRolesInput,
} from "@/lib/schemas/admin-pegawai";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { clearLoginFailures } from "@/lib/server/autentikasi/pembatas-masuk";
import { hashPassword } from "@/lib/server/autentikasi/password";
import { assertAtasanUsable } from "@/lib/server/queries/admin-pegawai-rules";
import { assertAdminOf, generateTemporaryPassword } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";
import { revokeAllSesi } from "@/lib/server/autentikasi/sesi";

const setAtasanAction = defineAction({ schema: pegawaiAtasanSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const pegawai = await loadPegawai(tx, actor, input.pegawaiId);
  const atasanId = input.atasanId || null;
  if (atasanId) await assertAtasanUsable(tx, actor, pegawai.id, atasanId);
  await updateVersioned(tx, actor, input, { atasanId });
  await writeAudit(tx, actor, { aksi: "UBAH_ATASAN", entitas: "Pegawai", entitasId: pegawai.id, data: { atasanId: { lama: pegawai.atasanId, baru: atasanId } } });
  return { id: pegawai.id };
});

/** A deactivated pegawai cannot sign in; their SKP and penilaian stay for the record. */
const setAktifAction = defineAction({ schema: pegawaiAktifSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const pegawai = await loadPegawai(tx, actor, input.pegawaiId);
  if (!input.aktif && pegawai.id === actor.id) throw new DomainError("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  await updateVersioned(tx, actor, input, { aktif: input.aktif });
  // For good: activating the account again later does not bring these sessions back.
  if (!input.aktif) await revokeAllSesi(tx, pegawai.id);
  await writeAudit(tx, actor, { aksi: input.aktif ? "AKTIFKAN_PEGAWAI" : "NONAKTIFKAN_PEGAWAI", entitas: "Pegawai", entitasId: pegawai.id, data: { nip: pegawai.nip } });
  return { id: pegawai.id };
});

const setRolesAction = defineAction({ schema: pegawaiRolesSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const pegawai = await loadPegawai(tx, actor, input.pegawaiId);
  // Otherwise an instansi could be left with nobody able to manage it.
  if (!input.admin && pegawai.id === actor.id) throw new DomainError("Anda tidak dapat mencabut peran admin Anda sendiri. Minta admin lain melakukannya.");
  const roles: ("PEGAWAI" | "ADMIN")[] = input.admin ? ["PEGAWAI", "ADMIN"] : ["PEGAWAI"];
  await updateVersioned(tx, actor, input, { roles });
  await writeAudit(tx, actor, { aksi: "UBAH_PERAN", entitas: "Pegawai", entitasId: pegawai.id, data: { roles: { lama: pegawai.roles, baru: roles } } });
  return { id: pegawai.id };
});

/**
 * A new temporary password, returned once for the admin to hand over. Not a reset e-mail:
 * the existing reset flow is public and NIP-based, and many pegawai have no e-mail recorded.
 */
const resetPasswordAction = defineAction({ schema: pegawaiResetSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const pegawai = await loadPegawai(tx, actor, input.pegawaiId);
  const passwordSementara = generateTemporaryPassword();
  await tx.pegawai.update({
    where: { id: pegawai.id },
    // A password the admin has seen is no secret: the first sign-in with it must replace it.
    data: { passwordHash: await hashPassword(passwordSementara), wajibGantiSandi: true, version: { increment: 1 }, sesiVersi: { increment: 1 } },
  });
  // Any reset link still in someone's inbox would otherwise undo this.
  await tx.passwordResetToken.deleteMany({ where: { pegawaiId: pegawai.id, usedAt: null } });
  await clearLoginFailures(pegawai.nip, tx);
  await revokeAllSesi(tx, pegawai.id);
  await writeAudit(tx, actor, { aksi: "RESET_KATA_SANDI", entitas: "Pegawai", entitasId: pegawai.id, data: { nip: pegawai.nip } });
  return { id: pegawai.id, passwordSementara };
});

export async function setAtasanPegawai(input: PegawaiAtasanInput) {
  return revalidated(await setAtasanAction(input));
}
export async function setAktifPegawai(input: PegawaiAktifInput) {
  return revalidated(await setAktifAction(input));
}
export async function setRolesPegawai(input: PegawaiRolesInput) {
  return revalidated(await setRolesAction(input));
}
export async function resetPasswordPegawai(input: PegawaiResetInput) {
  return revalidated(await resetPasswordAction(input));
}

function revalidated<T extends { id: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/pegawai");
    revalidatePath(`/admin/pegawai/${result.data.id}`);
  }
  return result;
}

async function loadPegawai(tx: Tx, actor: Actor, pegawaiId: string) {
  const pegawai = await tx.pegawai.findFirst({
    where: { id: pegawaiId, instansiId: actor.instansiId },
    select: { id: true, instansiId: true, nip: true, atasanId: true, roles: true },
  });
  if (!pegawai) throw new NotFoundError("Pegawai tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, pegawai.instansiId);
  return pegawai;
}

async function updateVersioned(tx: Tx, actor: Actor, ref: { pegawaiId: string; version: number }, data: Prisma.PegawaiUpdateManyMutationInput | Prisma.PegawaiUncheckedUpdateManyInput) {
  const { count } = await tx.pegawai.updateMany({
    where: { id: ref.pegawaiId, instansiId: actor.instansiId, version: ref.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleVersionError();
}
