import "server-only";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { alasanPengisianDitutup, statusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { canViewSkp, canWriteRealisasi, isSkpOwner, type SkpRef } from "@/lib/domain/permissions";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import type { JenisPeriode, LayoutSkp, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

export type PenilaianRow = {
  id: string;
  status: StatusPenilaian;
  version: number;
  pengisianDibukaHingga: Date | null;
};

export type PeriodeContext = {
  skp: SkpRef & {
    id: string;
    tahunId: string;
    tahun: number;
    layout: LayoutSkp;
    periodeAwal: Date;
    periodeAkhir: Date;
  };
  periode: {
    id: string;
    jenis: JenisPeriode;
    urutan: number;
    label: string;
    awal: Date;
    akhir: Date;
    batasPengisian: Date;
  };
  /** Null until someone first writes anything for this SKP and periode. */
  penilaian: PenilaianRow | null;
  /** Today's date in the instansi's zone, the one every deadline rule compares against. */
  today: Date;
};

/**
 * Loads an SKP and one of its periode penilaian for someone who may see the SKP (owner,
 * penilai, admin of its instansi). A periode belongs to the SKP when it is in the SKP's tahun
 * and overlaps the SKP's own periode (an SKP after a mutasi covers part of a year). Anything
 * else, including a guessed id, is NotFound so nothing leaks. Callers still check the rule for
 * what they are about to do (`canWriteRealisasi`, `canRatePenilaian`, ...).
 */
export async function loadPeriodeContext(tx: Tx, actor: Actor, skpId: string, periodeId: string): Promise<PeriodeContext> {
  const skp = await tx.skp.findFirst({
    // Scope first: an SKP of another instansi is never even read.
    where: { id: skpId, pegawai: { instansiId: actor.instansiId } },
    select: {
      id: true,
      pegawaiId: true,
      penilaiId: true,
      status: true,
      tahunId: true,
      layout: true,
      periodeAwal: true,
      periodeAkhir: true,
      tahun: { select: { tahun: true } },
      pegawai: { select: { instansiId: true } },
    },
  });
  if (!skp || !canViewSkp(actor, { ...skp, instansiId: skp.pegawai.instansiId })) {
    throw new NotFoundError("SKP tidak ditemukan.");
  }

  const periode = await tx.periodePenilaian.findFirst({
    where: {
      id: periodeId,
      tahunId: skp.tahunId,
      awal: { lte: skp.periodeAkhir },
      akhir: { gte: skp.periodeAwal },
    },
    select: { id: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true },
  });
  if (!periode) throw new NotFoundError("Periode penilaian tidak ditemukan untuk SKP ini.");

  const penilaian = await tx.penilaian.findUnique({
    where: { skpId_periodeId: { skpId: skp.id, periodeId: periode.id } },
    select: { id: true, status: true, version: true, pengisianDibukaHingga: true },
  });

  const { pegawai, tahun, ...rest } = skp;
  return {
    skp: { ...rest, instansiId: pegawai.instansiId, tahun: tahun.tahun },
    periode: { ...periode, label: periodeLabel(periode.jenis, periode.urutan) },
    penilaian,
    today: hariIniDi(actor.zonaWaktu, new Date()),
  };
}

/**
 * The Penilaian row of an SKP and periode, created when missing, and LOCKED until the
 * transaction ends. Every write that depends on the penilaian's status or deadline goes
 * through here first: a pegawai's realisasi and the atasan's finalisation then run one after
 * the other, so no realisasi can land after the penilaian became final. One statement: the
 * no-op ON CONFLICT DO UPDATE locks the existing row (as FOR UPDATE did) or inserts it, and
 * two first writers never collide on the (skpId, periodeId) unique key.
 */
export async function ensurePenilaian(tx: Tx, skpId: string, periodeId: string): Promise<PenilaianRow> {
  const rows = await tx.$queryRaw<PenilaianRow[]>`
    INSERT INTO "Penilaian" ("id", "skpId", "periodeId", "updatedAt")
    VALUES (gen_random_uuid(), ${skpId}::uuid, ${periodeId}::uuid, (now() AT TIME ZONE 'UTC'))
    ON CONFLICT ("skpId", "periodeId") DO UPDATE SET "skpId" = EXCLUDED."skpId"
    RETURNING "id", "status"::text AS "status", "version", "pengisianDibukaHingga"`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Penilaian tidak ditemukan.");
  return row;
}

/**
 * The start of every pegawai write (realisasi, rencana aksi, bukti dukung): the actor's own
 * approved SKP, a periode of it, entry open (or reopened for them), penilaian not final. The
 * penilaian row stays locked until the write commits, see `ensurePenilaian`.
 */
export async function claimPengisian(tx: Tx, actor: Actor, skpId: string, periodeId: string): Promise<PeriodeContext & { penilaian: PenilaianRow }> {
  const ctx = await loadPeriodeContext(tx, actor, skpId, periodeId);
  if (!isSkpOwner(actor, ctx.skp)) {
    throw new ForbiddenError("Hanya pemilik SKP yang dapat mengisi rencana aksi, bukti dukung, dan realisasi.");
  }
  if (ctx.skp.status !== "PERSETUJUAN") {
    throw new ForbiddenError("SKP ini belum disetujui atasan. Realisasi baru dapat diisi setelah SKP berstatus Persetujuan.");
  }
  const penilaian = await ensurePenilaian(tx, ctx.skp.id, ctx.periode.id);
  if (!canWriteRealisasi(actor, ctx.skp, ctx.periode, ctx.today, penilaian)) {
    const status = statusPengisian(ctx.periode, ctx.today, penilaian);
    throw new DomainError(alasanPengisianDitutup(status, ctx.periode.label) ?? "Pengisian periode ini sedang ditutup.");
  }
  return { ...ctx, penilaian };
}
