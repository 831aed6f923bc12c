"use server";

import { revalidatePath } from "next/cache";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { canViewSkp } from "@/lib/domain/permissions";
import { canUbahJenisRhkTim, sebutanTim } from "@/lib/domain/tim-kerja";
import { ambilPeranTimSchema, jenisRhkTimSchema, type AmbilPeranTimInput, type JenisRhkTimInput } from "@/lib/schemas/tim-kerja";
import { barisIndikatorKosong } from "@/lib/schemas/indikator";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { tambahIndikator } from "@/lib/server/skp/indikator-tersimpan";
import { bumpSkpVersion, claimOwnDraftSkp } from "@/lib/server/skp/versi";

/**
 * An anggota takes a role from a team's Matriks Peran Hasil into their Draft SKP: an RHK
 * "penugasan dari Tim <nama>", Tambahan unless their penilai agrees it is Utama. It intervenes
 * the creator's RHK that the team RHK serves, so the cascade stays whole across units.
 */
const ambilPeranAction = defineAction({ schema: ambilPeranTimSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const peran = await tx.peranTim.findFirst({
    where: { id: input.peranTimId, anggota: { pegawaiId: actor.id, keluarPada: null }, rhkTim: { tim: { tahunId: skp.tahunId, ditutupPada: null } } },
    select: { id: true, hasilDiharapkan: true, rhkTim: { select: { rhkPembuatId: true, tim: { select: { nama: true } } } } },
  });
  if (!peran) throw new DomainError("Peran ini tidak ditemukan pada tim Anda tahun ini. Pilih dari daftar.", "peranTimId");
  const sudah = await tx.rhk.findFirst({ where: { skpId: skp.id, peranTimId: peran.id }, select: { id: true } });
  if (sudah) throw new DomainError("Peran ini sudah menjadi RHK di SKP ini.", "peranTimId");
  // Indikator rows were written for the layout the form showed; a changed layout needs a reload.
  const indikatorBaru = input.indikator.filter((b) => !barisIndikatorKosong(b));
  if (indikatorBaru.length > 0 && input.layout !== skp.layout) throw new DomainError("Bentuk SKP ini telah berubah. Muat ulang halaman lalu isi kembali.");
  const data = {
    jenis: "TAMBAHAN" as const,
    teks: input.teks || peran.hasilDiharapkan,
    penugasanDari: sebutanTim(peran.rhkTim.tim.nama),
    peranTimId: peran.id,
    parentRhkId: skp.layout === "JPT" ? null : peran.rhkTim.rhkPembuatId,
  };
  const rhk = await tx.rhk.create({ data: { ...data, skpId: skp.id, urutan: await urutanBerikut(tx, skp.id, "TAMBAHAN") }, select: { id: true } });
  await writeAudit(tx, actor, { aksi: "TAMBAH_RHK", entitas: "Rhk", entitasId: rhk.id, data: { skpId: skp.id, ...data } });
  await tambahIndikator(tx, actor, rhk.id, skp.layout, indikatorBaru);
  return { id: rhk.id, skpId: skp.id, version: skp.version };
});

export async function ambilPeranTim(input: AmbilPeranTimInput) {
  const result = await ambilPeranAction(input);
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}

const ubahJenisAction = defineAction({ schema: jenisRhkTimSchema }, async ({ input, actor, tx }) => {
  const skp = await tx.skp.findUnique({
    where: { id: input.skpId },
    select: { id: true, pegawaiId: true, penilaiId: true, status: true, pegawai: { select: { instansiId: true } } },
  });
  const ref = skp ? { ...skp, instansiId: skp.pegawai.instansiId } : null;
  if (!skp || !ref || !canViewSkp(actor, ref)) throw new NotFoundError("SKP tidak ditemukan.");
  if (!canUbahJenisRhkTim(actor, ref)) {
    throw new ForbiddenError("Hanya pejabat penilai yang menentukan jenis RHK penugasan tim, sebelum SKP disetujui.");
  }
  const rhk = await tx.rhk.findFirst({ where: { id: input.rhkId, skpId: skp.id, peranTimId: { not: null } }, select: { id: true, jenis: true, teks: true } });
  if (!rhk) throw new NotFoundError("RHK penugasan tim tidak ditemukan pada SKP ini.");
  const version = await bumpSkpVersion(tx, skp.id, input.version);
  if (rhk.jenis === input.jenis) return { skpId: skp.id, version };
  await tx.rhk.update({ where: { id: rhk.id }, data: { jenis: input.jenis, urutan: await urutanBerikut(tx, skp.id, input.jenis) } });
  await writeAudit(tx, actor, {
    aksi: "UBAH_JENIS_RHK_TIM",
    entitas: "Rhk",
    entitasId: rhk.id,
    data: { teks: rhk.teks, jenis: { lama: rhk.jenis, baru: input.jenis } },
    instansiId: ref.instansiId,
  });
  return { skpId: skp.id, version };
});

export async function ubahJenisRhkTim(input: JenisRhkTimInput) {
  const result = await ubahJenisAction(input);
  if (result.ok) {
    revalidatePath(`/skp-bawahan/${input.skpId}`);
    revalidatePath(`/skp/${input.skpId}`);
  }
  return result;
}

async function urutanBerikut(tx: Tx, skpId: string, jenis: "UTAMA" | "TAMBAHAN"): Promise<number> {
  const last = await tx.rhk.findFirst({ where: { skpId, jenis }, orderBy: { urutan: "desc" }, select: { urutan: true } });
  return last ? last.urutan + 1 : 0;
}
