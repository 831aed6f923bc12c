"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import { parseAngka } from "@/lib/domain/skp-target";
import { realisasiSaveSchema, type RealisasiSaveInput } from "@/lib/schemas/pelaksanaan";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { angkaTersimpan } from "@/lib/server/audit-support";
import { defineAction } from "@/lib/server/define-action";
import { claimPengisian } from "@/lib/server/penilaian/konteks";

/** One indikator's realisasi for one periode: created on first save, replaced after. */
const saveRealisasiAction = defineAction({ schema: realisasiSaveSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const indikator = await tx.indikator.findFirst({
    where: { id: input.indikatorId, rhk: { skpId: ctx.skp.id } },
    // The saved realisasi comes along (one statement) for the audit diff.
    select: { id: true, realisasi: { where: { periodeId: ctx.periode.id }, select: { nilai: true, narasi: true, sumberData: true } } },
  });
  if (!indikator) throw new NotFoundError("Indikator tidak ditemukan pada SKP ini.");

  const data = {
    nilai: input.nilai ? parseAngka(input.nilai) : null,
    narasi: input.narasi || null,
    sumberData: input.sumberData || null,
  };
  const saved = await tx.realisasi.upsert({
    where: { indikatorId_periodeId: { indikatorId: indikator.id, periodeId: ctx.periode.id } },
    create: { indikatorId: indikator.id, periodeId: ctx.periode.id, ...data },
    update: data,
    select: { id: true },
  });
  const lama = indikator.realisasi[0];
  await writeAudit(tx, actor, {
    aksi: "SIMPAN_REALISASI",
    entitas: "Realisasi",
    entitasId: saved.id,
    instansiId: ctx.skp.instansiId,
    data: diffFields({ narasi: null, sumberData: null, ...lama, nilai: angkaTersimpan(lama?.nilai ?? null) }, { ...data, nilai: angkaTersimpan(data.nilai) }),
  });
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function saveRealisasi(input: RealisasiSaveInput) {
  const result = await saveRealisasiAction(input);
  if (result.ok) revalidatePath(`/penilaian/${result.data.skpId}/${result.data.periodeId}`);
  return result;
}
