"use server";

import { ForbiddenError } from "@/lib/domain/errors";
import { mayCariPegawaiTim } from "@/lib/domain/tim-kerja";
import { pegawaiCariSchema, type PegawaiCariInput } from "@/lib/schemas/admin-pegawai";
import { defineAction } from "@/lib/server/define-action";
import { cariPilihanPegawai } from "@/lib/server/queries/pegawai-pilihan";

/**
 * The ketua and anggota pickers of the team forms: active pegawai of the actor's own instansi
 * (any unit) by part of the nama or NIP, at most 10. Team creators are no admins, so this is
 * the admin picker's search for those who may create or change a team, and nobody else.
 */
const cariPegawaiTimAction = defineAction({ schema: pegawaiCariSchema }, async ({ input, actor, tx }) => {
  const jabatan = await tx.pegawai.findUniqueOrThrow({ where: { id: actor.id }, select: { jenisJabatan: true, eselon: true } });
  const pembuatTimTerbuka = (await tx.timKerja.count({ where: { pembuatId: actor.id, instansiId: actor.instansiId, ditutupPada: null }, take: 1 })) > 0;
  if (!mayCariPegawaiTim({ ...actor, ...jabatan }, pembuatTimTerbuka)) {
    throw new ForbiddenError("Pencarian pegawai ini untuk pembuat tim kerja: pejabat eselon II–IV atau admin instansi.");
  }
  return cariPilihanPegawai(tx, { instansiId: actor.instansiId, q: input.q, kecualiId: input.kecualiId });
});

export async function cariPegawaiTim(input: PegawaiCariInput) {
  return cariPegawaiTimAction(input);
}
