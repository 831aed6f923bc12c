"use server";

import { revalidatePath } from "next/cache";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { mayBuatTim } from "@/lib/domain/tim-kerja";
import {
  anggotaTimSchema,
  buatTimSchema,
  rhkTimSchema,
  tutupTimSchema,
  ubahTimSchema,
  type AnggotaTimInput,
  type BuatTimInput,
  type RhkTimInput,
  type TutupTimInput,
  type UbahTimInput,
} from "@/lib/schemas/tim-kerja";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { klaimTim, pegawaiInstansi } from "@/lib/server/tim-kerja/muat";

/**
 * A Tim Kerja is created by an atasan eselon II-IV or the admin, in their own instansi, and
 * changed only by its creator or the admin. Leaving and closing stamp a date and delete
 * nothing: the roles and the RHK anggota took from them keep their origin.
 */
const buatTimAction = defineAction({ schema: buatTimSchema }, async ({ input, actor, tx }) => {
  const jabatan = await tx.pegawai.findUniqueOrThrow({ where: { id: actor.id }, select: { jenisJabatan: true, eselon: true } });
  if (!mayBuatTim({ ...actor, ...jabatan }, actor.instansiId)) {
    throw new ForbiddenError("Tim kerja dibuat oleh pejabat struktural eselon II–IV atau admin instansi.");
  }
  const tahun = await tx.tahun.findFirst({ where: { id: input.tahunId, instansiId: actor.instansiId }, select: { id: true, tahun: true } });
  if (!tahun) throw new DomainError("Tahun ini tidak ditemukan di instansi Anda.", "tahunId");
  const ketua = await pegawaiInstansi(tx, actor.instansiId, input.ketuaId, "ketuaId");
  const tim = await tx.timKerja.create({
    data: { instansiId: actor.instansiId, tahunId: tahun.id, nama: input.nama, ketuaId: ketua.id, pembuatId: actor.id },
    select: { id: true },
  });
  await writeAudit(tx, actor, { aksi: "BUAT_TIM_KERJA", entitas: "TimKerja", entitasId: tim.id, data: { nama: input.nama, tahun: tahun.tahun, ketua: ketua.nama } });
  return { id: tim.id };
});

export async function buatTimKerja(input: BuatTimInput) {
  return segarkan(await buatTimAction(input));
}

const ubahTimAction = defineAction({ schema: ubahTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "ubah");
  const ketua = await pegawaiInstansi(tx, tim.instansiId, input.ketuaId, "ketuaId");
  await tx.timKerja.update({ where: { id: tim.id }, data: { nama: input.nama, ketuaId: ketua.id } });
  const data = diffFields({ nama: tim.nama, ketuaId: tim.ketuaId }, { nama: input.nama, ketuaId: ketua.id });
  await writeAudit(tx, actor, { aksi: "UBAH_TIM_KERJA", entitas: "TimKerja", entitasId: tim.id, data, instansiId: tim.instansiId });
  return { id: tim.id, version: tim.version };
});

export async function ubahTimKerja(input: UbahTimInput) {
  return segarkan(await ubahTimAction(input));
}

const tutupTimAction = defineAction({ schema: tutupTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "ubah");
  await tx.timKerja.update({ where: { id: tim.id }, data: { ditutupPada: new Date() } });
  await writeAudit(tx, actor, { aksi: "TUTUP_TIM_KERJA", entitas: "TimKerja", entitasId: tim.id, data: { nama: tim.nama }, instansiId: tim.instansiId });
  return { id: tim.id, version: tim.version };
});

export async function tutupTimKerja(input: TutupTimInput) {
  return segarkan(await tutupTimAction(input));
}

const tambahAnggotaAction = defineAction({ schema: anggotaTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "ubah");
  const pegawai = await pegawaiInstansi(tx, tim.instansiId, input.pegawaiId, "pegawaiId");
  const ada = await tx.anggotaTim.findUnique({ where: { timId_pegawaiId: { timId: tim.id, pegawaiId: pegawai.id } }, select: { id: true, keluarPada: true } });
  if (ada && !ada.keluarPada) throw new DomainError(`${pegawai.nama} sudah menjadi anggota tim ini.`, "pegawaiId");
  // Someone who left and comes back gets their old row (and roles) again; when they left stays
  // in the audit log, both on the leave and on this return.
  const anggota = ada
    ? await tx.anggotaTim.update({ where: { id: ada.id }, data: { keluarPada: null }, select: { id: true } })
    : await tx.anggotaTim.create({ data: { timId: tim.id, pegawaiId: pegawai.id }, select: { id: true } });
  await writeAudit(tx, actor, { aksi: "TAMBAH_ANGGOTA_TIM", entitas: "TimKerja", entitasId: tim.id, data: { anggota: pegawai.nama, ...(ada?.keluarPada ? { keluarSebelumnya: ada.keluarPada.toISOString() } : {}) }, instansiId: tim.instansiId });
  return { id: tim.id, anggotaId: anggota.id, version: tim.version };
});

export async function tambahAnggotaTim(input: AnggotaTimInput) {
  return segarkan(await tambahAnggotaAction(input));
}

const keluarkanAnggotaAction = defineAction({ schema: anggotaTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "ubah");
  const anggota = await tx.anggotaTim.findFirst({
    where: { timId: tim.id, pegawaiId: input.pegawaiId, keluarPada: null },
    select: { id: true, pegawai: { select: { nama: true } } },
  });
  if (!anggota) throw new NotFoundError("Anggota ini tidak (lagi) ada di tim.");
  await tx.anggotaTim.update({ where: { id: anggota.id }, data: { keluarPada: new Date() } });
  await writeAudit(tx, actor, { aksi: "KELUARKAN_ANGGOTA_TIM", entitas: "TimKerja", entitasId: tim.id, data: { anggota: anggota.pegawai.nama }, instansiId: tim.instansiId });
  return { id: tim.id, version: tim.version };
});

export async function keluarkanAnggotaTim(input: AnggotaTimInput) {
  return segarkan(await keluarkanAnggotaAction(input));
}

const tambahRhkTimAction = defineAction({ schema: rhkTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "ubah");
  // A team RHK intervenes an RHK of the team's creator, on their SKP of the team's year.
  const rhkPembuat = await tx.rhk.findFirst({
    where: { id: input.rhkPembuatId, skp: { pegawaiId: tim.pembuatId, tahunId: tim.tahunId } },
    select: { id: true, teks: true },
  });
  if (!rhkPembuat) throw new DomainError("RHK ini tidak ditemukan pada SKP pembuat tim tahun ini. Pilih dari daftar.", "rhkPembuatId");
  const terakhir = await tx.rhkTim.findFirst({ where: { timId: tim.id }, orderBy: { urutan: "desc" }, select: { urutan: true } });
  const rhkTim = await tx.rhkTim.create({
    data: { timId: tim.id, teks: input.teks, rhkPembuatId: rhkPembuat.id, urutan: (terakhir?.urutan ?? -1) + 1 },
    select: { id: true },
  });
  await writeAudit(tx, actor, { aksi: "TAMBAH_RHK_TIM", entitas: "TimKerja", entitasId: tim.id, data: { teks: input.teks, diintervensi: rhkPembuat.teks }, instansiId: tim.instansiId });
  return { id: tim.id, rhkTimId: rhkTim.id, version: tim.version };
});

export async function tambahRhkTim(input: RhkTimInput) {
  return segarkan(await tambahRhkTimAction(input));
}

function segarkan<T extends { id: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/tim-kerja");
    revalidatePath(`/tim-kerja/${result.data.id}`);
  }
  return result;
}
