"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { pesanPeranBaru } from "@/lib/domain/tim-kerja";
import { peranTimSchema, umpanBalikTimSchema, type PeranTimInput, type UmpanBalikTimInput } from "@/lib/schemas/tim-kerja";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { klaimTim } from "@/lib/server/tim-kerja/muat";

/**
 * The Matriks Peran Hasil and the team's umpan balik belong to the ketua alone: the creator
 * and the admin staff the team, the ketua says who does what and how it went.
 */
const tetapkanPeranAction = defineAction({ schema: peranTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "peran");
  const rhkTim = await tx.rhkTim.findFirst({ where: { id: input.rhkTimId, timId: tim.id }, select: { id: true, teks: true } });
  if (!rhkTim) throw new NotFoundError("RHK tim tidak ditemukan.");
  // A role goes to a current anggota; one who left keeps the roles they had.
  const anggota = await tx.anggotaTim.findFirst({
    where: { id: input.anggotaId, timId: tim.id, keluarPada: null },
    select: { id: true, pegawaiId: true, pegawai: { select: { nama: true } } },
  });
  if (!anggota) throw new DomainError("Pegawai ini bukan (lagi) anggota tim.", "anggotaId");
  const ada = await tx.peranTim.findUnique({
    where: { rhkTimId_anggotaId: { rhkTimId: rhkTim.id, anggotaId: anggota.id } },
    select: { id: true, peran: true, hasilDiharapkan: true },
  });
  const isi = { peran: input.peran, hasilDiharapkan: input.hasilDiharapkan };
  const peran = ada
    ? await tx.peranTim.update({ where: { id: ada.id }, data: isi, select: { id: true } })
    : await tx.peranTim.create({ data: { ...isi, rhkTimId: rhkTim.id, anggotaId: anggota.id }, select: { id: true } });
  const data = ada ? diffFields({ peran: ada.peran, hasilDiharapkan: ada.hasilDiharapkan }, isi) : { ...isi, rhkTim: rhkTim.teks };
  await writeAudit(tx, actor, { aksi: "TETAPKAN_PERAN_TIM", entitas: "PeranTim", entitasId: peran.id, data: { anggota: anggota.pegawai.nama, ...data }, instansiId: tim.instansiId });
  if (!ada) await catatNotifikasi(tx, [{ penerimaId: anggota.pegawaiId, ...pesanPeranBaru({ timId: tim.id, namaTim: tim.nama, peran: input.peran }) }]);
  return { id: tim.id, peranId: peran.id, version: tim.version };
});

export async function tetapkanPeranTim(input: PeranTimInput) {
  return segarkan(await tetapkanPeranAction(input));
}

const umpanBalikAction = defineAction({ schema: umpanBalikTimSchema }, async ({ input, actor, tx }) => {
  const tim = await klaimTim(tx, actor, input.timId, input.version, "umpanBalik");
  // The anggota's RHK taken from a role of this team, on their approved SKP.
  const rhk = await tx.rhk.findFirst({
    where: { id: input.rhkId, peranTim: { rhkTim: { timId: tim.id } }, skp: { status: "PERSETUJUAN" } },
    select: { id: true, teks: true, skp: { select: { tahunId: true } } },
  });
  if (!rhk) throw new NotFoundError("RHK anggota dari tim ini tidak ditemukan pada SKP yang sudah disetujui.");
  const periode = await tx.periodePenilaian.findFirst({ where: { id: input.periodeId, tahunId: rhk.skp.tahunId }, select: { id: true } });
  if (!periode) throw new DomainError("Periode ini tidak ada pada tahun SKP anggota.", "periodeId");
  const lama = await tx.umpanBalikTim.findUnique({ where: { rhkId_periodeId: { rhkId: rhk.id, periodeId: periode.id } }, select: { teks: true } });
  const baris = await tx.umpanBalikTim.upsert({
    where: { rhkId_periodeId: { rhkId: rhk.id, periodeId: periode.id } },
    create: { rhkId: rhk.id, periodeId: periode.id, pemberiId: actor.id, teks: input.teks },
    update: { pemberiId: actor.id, teks: input.teks },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    aksi: "UMPAN_BALIK_TIM",
    entitas: "UmpanBalikTim",
    entitasId: baris.id,
    data: { rhk: rhk.teks, ...diffFields({ teks: lama?.teks ?? null }, { teks: input.teks }) },
    instansiId: tim.instansiId,
  });
  return { id: tim.id, version: tim.version };
});

export async function beriUmpanBalikTim(input: UmpanBalikTimInput) {
  return segarkan(await umpanBalikAction(input));
}

function segarkan<T extends { id: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/tim-kerja/${result.data.id}`);
    revalidatePath(`/tim-kerja/${result.data.id}/matriks`);
  }
  return result;
}
