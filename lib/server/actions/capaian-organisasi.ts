"use server";

import { revalidatePath } from "next/cache";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { canSetCapaianOrganisasi } from "@/lib/domain/permissions";
import type { CapaianOrganisasi } from "@/lib/generated/prisma/enums";
import { capaianOrganisasiSchema, type CapaianOrganisasiInput } from "@/lib/schemas/capaian-organisasi";
import { pimpinanAtasOf } from "@/lib/server/penilaian/capaian-organisasi-akses";
import { defineAction } from "@/lib/server/define-action";
import { writeAudit } from "@/lib/server/audit";

const setAction = defineAction({ schema: capaianOrganisasiSchema }, async ({ input, actor, tx }): Promise<{ capaian: CapaianOrganisasi }> => {
  // Scoped to the actor's instansi: another instansi's unit or periode is simply not found.
  const unit = await tx.unitKerja.findFirst({
    where: { id: input.unitId, instansiId: actor.instansiId },
    select: { id: true, instansiId: true, parentId: true },
  });
  if (!unit) throw new NotFoundError("Unit kerja tidak ditemukan.");
  const periode = await tx.periodePenilaian.findFirst({
    where: { id: input.periodeId, tahun: { instansiId: actor.instansiId } },
    select: { id: true, tahun: { select: { tahun: true, terbuka: true } } },
  });
  if (!periode) throw new NotFoundError("Periode penilaian tidak ditemukan.");

  const pimpinanAtas = unit.parentId ? await pimpinanAtasOf(tx, [unit.parentId], hariIniDi(actor.zonaWaktu, new Date())) : new Map();
  if (!canSetCapaianOrganisasi(actor, { instansiId: unit.instansiId, pimpinanAtasId: pimpinanAtas.get(unit.parentId ?? "") ?? null })) {
    throw new ForbiddenError("Capaian kinerja organisasi unit ini ditetapkan oleh pimpinan unit di atasnya.");
  }
  if (!periode.tahun.terbuka) throw new DomainError(`Tahun ${periode.tahun.tahun} sudah ditutup; capaian tidak dapat diubah.`);

  const key = { unitId_periodeId: { unitId: unit.id, periodeId: periode.id } };
  const before = await tx.capaianOrganisasiUnit.findUnique({ where: key, select: { capaian: true } });
  await tx.capaianOrganisasiUnit.upsert({
    where: key,
    create: { unitId: unit.id, periodeId: periode.id, capaian: input.capaian, ditetapkanOlehId: actor.id },
    update: { capaian: input.capaian, ditetapkanOlehId: actor.id },
  });
  await writeAudit(tx, actor, {
    aksi: "TETAPKAN_CAPAIAN_ORGANISASI",
    entitas: "CapaianOrganisasiUnit",
    entitasId: unit.id,
    data: { periodeId: periode.id, dari: before?.capaian ?? null, ke: input.capaian },
  });
  return { capaian: input.capaian };
});

/** Capaian Kinerja Organisasi of a unit for a periode, by the pimpinan of the unit above it. */
export async function setCapaianOrganisasi(input: CapaianOrganisasiInput) {
  const result = await setAction(input);
  if (result.ok) {
    revalidatePath("/capaian-organisasi");
    revalidatePath("/penilaian-bawahan", "layout");
  }
  return result;
}
