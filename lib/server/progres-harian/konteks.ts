import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { alasanPengisianDitutup, statusPengisian, type StatusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { PESAN_LUAR_PERIODE, PESAN_TANGGAL_MASA_DEPAN, PESAN_TANPA_SKP, pilihPeriodeHarian } from "@/lib/domain/progres-harian";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { ensurePenilaian } from "@/lib/server/penilaian/konteks";

export type PeriodeHarian = { id: string; jenis: JenisPeriode; urutan: number; label: string; awal: Date; akhir: Date; batasPengisian: Date };
export type SkpHarian = { id: string; instansiId: string; periode: PeriodeHarian | null };

/**
 * The actor's approved SKP that covers a date, with the periode (monthly, else triwulan) that
 * holds it. One statement. Null when no approved SKP covers the date.
 */
export async function findSkpHarian(tx: Tx, actor: Actor, tanggal: string): Promise<SkpHarian | null> {
  const hari = fromIsoDate(tanggal);
  const skp = await tx.skp.findFirst({
    where: { pegawaiId: actor.id, status: "PERSETUJUAN", periodeAwal: { lte: hari }, periodeAkhir: { gte: hari }, pegawai: { instansiId: actor.instansiId } },
    orderBy: { periodeAwal: "desc" },
    select: {
      id: true,
      tahun: {
        select: {
          periode: {
            where: { awal: { lte: hari }, akhir: { gte: hari } },
            select: { id: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true },
          },
        },
      },
    },
  });
  if (!skp) return null;
  const periode = pilihPeriodeHarian(skp.tahun.periode, tanggal);
  return { id: skp.id, instansiId: actor.instansiId, periode: periode ? { ...periode, label: periodeLabel(periode.jenis, periode.urutan) } : null };
}

export type KlaimHarian = { skp: SkpHarian; periode: PeriodeHarian; pengisian: StatusPengisian };

/**
 * The start of every write for a day: not in the future, an approved SKP and a periode hold
 * it, and entry is open for that periode (or reopened by the admin for this pegawai). The
 * periode's Penilaian row stays locked until the write commits, so two saves of one pegawai
 * run one after the other (no overlap slips in between) and none lands after finalisation.
 * Refusals name the `tanggal` field.
 */
export async function claimHarian(tx: Tx, actor: Actor, tanggal: string): Promise<KlaimHarian> {
  const today = hariIniDi(actor.zonaWaktu, new Date());
  if (tanggal > toIsoDate(today)) throw new DomainError(PESAN_TANGGAL_MASA_DEPAN, "tanggal");
  const skp = await findSkpHarian(tx, actor, tanggal);
  if (!skp) throw new DomainError(PESAN_TANPA_SKP, "tanggal");
  if (!skp.periode) throw new DomainError(PESAN_LUAR_PERIODE, "tanggal");
  const penilaian = await ensurePenilaian(tx, skp.id, skp.periode.id);
  const pengisian = statusPengisian(skp.periode, today, penilaian);
  const alasan = alasanPengisianDitutup(pengisian, skp.periode.label);
  if (alasan) throw new DomainError(alasan, "tanggal");
  return { skp, periode: skp.periode, pengisian };
}
