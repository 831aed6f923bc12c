import "server-only";
import { periodeLabel } from "@/lib/domain/periode";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { assertAdminOf } from "./admin-scope";

export type PeriodeRow = {
  id: string;
  jenis: JenisPeriode;
  urutan: number;
  label: string;
  awal: Date;
  akhir: Date;
  batasPengisian: Date;
  /** Has penilaian, realisasi or bukti dukung: cannot be deleted. */
  terpakai: boolean;
};

export type TahunRow = { id: string; tahun: number; terbuka: boolean; periode: PeriodeRow[] };

const URUTAN_JENIS: Record<JenisPeriode, number> = { BULANAN: 0, TRIWULAN: 1, TAHUNAN: 2 };

/** Years of the admin's instansi, newest first, each with its periode penilaian in calendar order. */
export async function listTahunPeriode(actor: Actor): Promise<TahunRow[]> {
  assertAdminOf(actor, actor.instansiId);
  const tahun = await db.tahun.findMany({
    where: { instansiId: actor.instansiId },
    orderBy: { tahun: "desc" },
    select: {
      id: true,
      tahun: true,
      terbuka: true,
      periode: {
        select: {
          id: true,
          jenis: true,
          urutan: true,
          awal: true,
          akhir: true,
          batasPengisian: true,
          _count: { select: { penilaian: true, realisasi: true, buktiDukung: true } },
        },
      },
    },
  });
  return tahun.map((t) => ({
    id: t.id,
    tahun: t.tahun,
    terbuka: t.terbuka,
    periode: t.periode
      .sort((a, b) => URUTAN_JENIS[a.jenis] - URUTAN_JENIS[b.jenis] || a.urutan - b.urutan)
      .map(({ _count, ...p }) => ({
        ...p,
        label: periodeLabel(p.jenis, p.urutan),
        terpakai: _count.penilaian + _count.realisasi + _count.buktiDukung > 0,
      })),
  }));
}
