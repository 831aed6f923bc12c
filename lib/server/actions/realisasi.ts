"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/domain/errors";
import { parseAngka } from "@/lib/domain/skp-target";
import { realisasiSaveSchema, type RealisasiSaveInput } from "@/lib/schemas/pelaksanaan";
import { defineAction } from "@/lib/server/define-action";
import { claimPengisian } from "@/lib/server/penilaian-row";

/** One indikator's realisasi for one periode: created on first save, replaced after. */
const saveRealisasiAction = defineAction({ schema: realisasiSaveSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const indikator = await tx.indikator.findFirst({
    where: { id: input.indikatorId, rhk: { skpId: ctx.skp.id } },
    select: { id: true },
  });
  if (!indikator) throw new NotFoundError("Indikator tidak ditemukan pada SKP ini.");

  const data = {
    nilai: input.nilai ? parseAngka(input.nilai) : null,
    narasi: input.narasi || null,
    sumberData: input.sumberData || null,
  };
  await tx.realisasi.upsert({
    where: { indikatorId_periodeId: { indikatorId: indikator.id, periodeId: ctx.periode.id } },
    create: { indikatorId: indikator.id, periodeId: ctx.periode.id, ...data },
    update: data,
  });
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function saveRealisasi(input: RealisasiSaveInput) {
  const result = await saveRealisasiAction(input);
  if (result.ok) revalidatePath(`/penilaian/${result.data.skpId}/${result.data.periodeId}`);
  return result;
}
