import "server-only";
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import type { Predikat, Rating } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadPeriodeContext } from "@/lib/server/penilaian/konteks";
import { loadPegawaiDinilai } from "@/lib/server/penilaian/kurva";
import { loadOrganisasiPenilaian } from "@/lib/server/penilaian/organisasi";
import { buildPenilaianSnapshot } from "@/lib/server/penilaian/snapshot";

type DraftPenilaian = {
  id: string;
  skpId: string;
  periodeId: string;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
};

/**
 * A draft penilaian in the shape of the finalisation snapshot, from what the atasan has saved so
 * far, for its KONSEP print. Read in one transaction so the parts agree with each other.
 */
export function buildKonsepSnapshot(actor: Actor, draft: DraftPenilaian): Promise<PenilaianSnapshot> {
  return db.$transaction(async (tx) => {
    const ctx = await loadPeriodeContext(tx, actor, draft.skpId, draft.periodeId);
    const dinilai = await loadPegawaiDinilai(tx, ctx.skp.pegawaiId, ctx.periode.id);
    const { organisasi } = await loadOrganisasiPenilaian(tx, {
      instansiId: ctx.skp.instansiId,
      penilaiId: ctx.skp.penilaiId,
      periodeId: ctx.periode.id,
      dinilai,
    });
    return buildPenilaianSnapshot(tx, {
      ctx,
      penilaianId: draft.id,
      ratingHasil: draft.ratingHasil,
      ratingPerilaku: draft.ratingPerilaku,
      predikat: draft.predikat,
      catatan: draft.catatan,
      organisasi,
      finalizedAt: null,
    });
  });
}
