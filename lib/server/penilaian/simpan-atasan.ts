import "server-only";
import { DomainError, ForbiddenError, StaleVersionError } from "@/lib/domain/errors";
import { canRatePenilaian, isSkpPenilai } from "@/lib/domain/permissions";
import { alasanRatingHasilUnit, ratingHasilDariCapaian } from "@/lib/domain/penilaian-atasan";
import { predikatKinerja } from "@/lib/domain/predikat";
import type { Predikat, Rating } from "@/lib/generated/prisma/enums";
import type { PenilaianAtasanInput } from "@/lib/schemas/penilaian-atasan";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { loadPegawaiDinilai, type PegawaiDinilai } from "@/lib/server/penilaian/kurva";
import { ensurePenilaian, loadPeriodeContext, type PeriodeContext, type PenilaianRow } from "@/lib/server/penilaian/konteks";
import { writeAudit } from "@/lib/server/audit";

export type ClaimedPenilaian = { ctx: PeriodeContext; row: PenilaianRow; periodeDitutup: boolean };

/**
 * Loads and locks the penilaian for its pejabat penilai. Someone who may not see the SKP gets
 * NotFound (from loadPeriodeContext), someone who sees it but does not rate it is refused,
 * then the version is compared on the locked row.
 */
export async function claimPenilaian(tx: Tx, actor: Actor, input: { skpId: string; periodeId: string; version: number }): Promise<ClaimedPenilaian> {
  const ctx = await loadPeriodeContext(tx, actor, input.skpId, input.periodeId);
  if (!isSkpPenilai(actor, ctx.skp)) {
    throw new ForbiddenError("Hanya pejabat penilai yang tercatat pada SKP ini yang dapat menilai.");
  }
  if (ctx.skp.status !== "PERSETUJUAN") {
    throw new DomainError("SKP ini belum disetujui, sehingga belum dapat dinilai.");
  }
  const row = await ensurePenilaian(tx, ctx.skp.id, ctx.periode.id);
  if (row.version !== input.version) throw new StaleVersionError();
  const tahun = await tx.tahun.findUniqueOrThrow({ where: { id: ctx.skp.tahunId }, select: { terbuka: true } });
  return { ctx, row, periodeDitutup: !tahun.terbuka };
}

export type Tersimpan = { ratingHasil: Rating | null; ratingPerilaku: Rating | null; predikat: Predikat | null; catatan: string | null; version: number; dinilai: PegawaiDinilai };

/**
 * Writes ratings, catatan and umpan balik of a draft penilaian and bumps its version. A unit
 * head's Rating Hasil Kerja is taken from their unit's capaian whatever the form sent.
 */
export async function simpanIsian(tx: Tx, actor: Actor, claimed: ClaimedPenilaian, input: PenilaianAtasanInput): Promise<Tersimpan> {
  const { ctx, row } = claimed;
  if (!canRatePenilaian(actor, ctx.skp, row)) {
    throw new DomainError("Penilaian ini sudah final. Buka kembali penilaian bila perlu mengubahnya.");
  }
  if (claimed.periodeDitutup) throw new DomainError(`Tahun ${ctx.skp.tahun} sudah ditutup; penilaian tidak dapat diubah.`);

  const dinilai = await loadPegawaiDinilai(tx, ctx.skp.pegawaiId, ctx.periode.id);
  const ratingHasil = dinilai.dipimpin
    ? dinilai.capaianDipimpin && ratingHasilDariCapaian(dinilai.capaianDipimpin)
    : input.ratingHasil || null;
  const ratingPerilaku = input.ratingPerilaku || null;
  const predikat = ratingHasil && ratingPerilaku ? predikatKinerja(ratingHasil, ratingPerilaku) : null;
  const catatan = input.catatan?.trim() || null;

  const rhkIds = new Set(
    (await tx.rhk.findMany({ where: { skpId: ctx.skp.id }, select: { id: true } })).map((r) => r.id),
  );
  if (input.umpanBalikRhk.some((u) => !rhkIds.has(u.rhkId))) throw new DomainError("RHK tidak ditemukan pada SKP ini.");

  await tx.penilaian.update({
    where: { id: row.id },
    data: { ratingHasil, ratingPerilaku, predikat, catatan, version: { increment: 1 } },
  });
  for (const u of input.umpanBalikRhk) {
    const data = isian(u);
    const key = { penilaianId_rhkId: { penilaianId: row.id, rhkId: u.rhkId } };
    if (data) await tx.umpanBalikRhk.upsert({ where: key, create: { penilaianId: row.id, rhkId: u.rhkId, ...data }, update: data });
    else await tx.umpanBalikRhk.deleteMany({ where: { penilaianId: row.id, rhkId: u.rhkId } });
  }
  for (const u of input.umpanBalikPerilaku) {
    const data = isian(u);
    const key = { penilaianId_coreValue: { penilaianId: row.id, coreValue: u.coreValue } };
    if (data) {
      await tx.umpanBalikPerilaku.upsert({ where: key, create: { penilaianId: row.id, coreValue: u.coreValue, ...data }, update: data });
    } else await tx.umpanBalikPerilaku.deleteMany({ where: { penilaianId: row.id, coreValue: u.coreValue } });
  }
  await writeAudit(tx, actor, {
    aksi: "SIMPAN_PENILAIAN",
    entitas: "Penilaian",
    entitasId: row.id,
    data: { ratingHasil, ratingPerilaku, predikat },
  });
  return { ratingHasil, ratingPerilaku, predikat, catatan, version: row.version + 1, dinilai };
}

/** The refusal for a unit head whose unit has no capaian yet, shown next to the rating. */
export function wajibCapaianUnit(dinilai: PegawaiDinilai): void {
  if (dinilai.dipimpin && !dinilai.capaianDipimpin) {
    throw new DomainError(alasanRatingHasilUnit(dinilai.dipimpin, null), "ratingHasil");
  }
}

function isian(u: { reaksi?: string; teks?: string }): { reaksi: string | null; teks: string | null } | null {
  const reaksi = u.reaksi || null;
  const teks = u.teks?.trim() || null;
  return reaksi || teks ? { reaksi, teks } : null;
}
