"use server";

import { revalidatePath } from "next/cache";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { canViewSkp } from "@/lib/domain/permissions";
import { reviewRefusal } from "@/lib/domain/review-rules";
import { ekspektasiSchema, type EkspektasiInput } from "@/lib/schemas/ekspektasi";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { defineAction } from "@/lib/server/define-action";
import { bumpSkpVersion } from "@/lib/server/skp/versi";

/**
 * Ekspektasi khusus pimpinan belongs to the SKP's pejabat penilai. It may be written while the
 * SKP is a Draft or waiting in Pengajuan (the atasan often adds it while reviewing); once the
 * SKP is approved it is part of the agreed document and is locked like the RHK, until the
 * atasan returns the SKP to Draft. The pegawai never writes it.
 */
const simpanEkspektasiAction = defineAction({ schema: ekspektasiSchema }, async ({ input, actor, tx }) => {
  const skp = await tx.skp.findUnique({
    where: { id: input.skpId },
    select: {
      id: true,
      pegawaiId: true,
      penilaiId: true,
      status: true,
      pegawai: { select: { instansiId: true } },
      // Read with the SKP (one statement) so the audit row can say what changed.
      ekspektasi: { select: { coreValue: true, teks: true } },
    },
  });
  const ref = skp ? { ...skp, instansiId: skp.pegawai.instansiId } : null;
  if (!skp || !ref || !canViewSkp(actor, ref)) throw new NotFoundError("SKP tidak ditemukan.");
  const refusal = reviewRefusal(actor, ref, "ekspektasi");
  if (refusal?.reason === "bukanPenilai") throw new ForbiddenError(refusal.message);
  const version = await bumpSkpVersion(tx, skp.id, input.version);
  if (refusal) throw new DomainError(refusal.message);

  const kosong = BERAKHLAK.filter((v) => input[v.coreValue] === "").map((v) => v.coreValue);
  await tx.ekspektasiKhusus.deleteMany({ where: { skpId: skp.id, coreValue: { in: kosong } } });
  for (const { coreValue } of BERAKHLAK) {
    const teks = input[coreValue];
    if (!teks) continue;
    await tx.ekspektasiKhusus.upsert({
      where: { skpId_coreValue: { skpId: skp.id, coreValue } },
      create: { skpId: skp.id, coreValue, teks },
      update: { teks },
    });
  }
  const lama: Record<string, string | null> = Object.fromEntries(skp.ekspektasi.map((e) => [e.coreValue, e.teks]));
  const baru = Object.fromEntries(BERAKHLAK.map(({ coreValue }) => [coreValue, input[coreValue] || null]));
  // The record belongs to the SKP owner's instansi, whoever the penilai is.
  await writeAudit(tx, actor, { aksi: "SIMPAN_EKSPEKTASI", entitas: "Skp", entitasId: skp.id, data: diffFields(lama, baru), instansiId: ref.instansiId });
  return { version };
});

export async function simpanEkspektasi(input: EkspektasiInput) {
  const result = await simpanEkspektasiAction(input);
  if (result.ok) {
    revalidatePath(`/skp-bawahan/${input.skpId}`);
    revalidatePath(`/skp/${input.skpId}`);
  }
  return result;
}
