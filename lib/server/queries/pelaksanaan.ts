import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { progressRealisasi } from "@/lib/domain/pelaksanaan-progress";
import { statusPengisian, type StatusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { periodeSebelumnya } from "@/lib/domain/pelaksanaan-salin";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import type { CoreValue, JenisPeriode, Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { indikatorRealisasiSelect, toIndikatorRealisasi } from "@/lib/server/queries/indikator-realisasi";
import { loadPeriodeContext } from "@/lib/server/penilaian/konteks";

const URUTAN_JENIS: Record<JenisPeriode, number> = { BULANAN: 0, TRIWULAN: 1, TAHUNAN: 2 };

export type PeriodeRingkas = {
  id: string;
  label: string;
  awal: Date;
  akhir: Date;
  batasPengisian: Date;
  pengisian: StatusPengisian;
  progress: { terisi: number; total: number };
  predikat: Predikat | null;
};

/**
 * "/penilaian": the actor's approved SKP, each with the periode penilaian it covers, where
 * entry stands, how many indikator have a realisasi, and the predikat once final. Four queries
 * whatever the number of SKP and periode.
 */
export async function listPenilaianSaya(actor: Actor) {
  const skpList = await db.skp.findMany({
    where: { pegawaiId: actor.id, status: "PERSETUJUAN" },
    orderBy: { periodeAwal: "desc" },
    select: {
      id: true,
      periodeAwal: true,
      periodeAkhir: true,
      tahun: { select: { tahun: true, periode: { select: { id: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true } } } },
      rhk: { select: { indikator: { select: { id: true } } } },
    },
  });
  const skpIds = skpList.map((s) => s.id);
  const [penilaian, realisasi] = await Promise.all([
    db.penilaian.findMany({
      where: { skpId: { in: skpIds } },
      select: { skpId: true, periodeId: true, status: true, predikat: true, pengisianDibukaHingga: true },
    }),
    db.realisasi.findMany({
      where: { indikator: { rhk: { skpId: { in: skpIds } } } },
      select: { indikatorId: true, periodeId: true, nilai: true, narasi: true },
    }),
  ]);
  const today = hariIniDi(actor.zonaWaktu, new Date());

  return skpList.map((skp) => {
    const indikatorIds = skp.rhk.flatMap((r) => r.indikator.map((i) => i.id));
    const periode = skp.tahun.periode
      .filter((p) => p.awal <= skp.periodeAkhir && p.akhir >= skp.periodeAwal)
      .sort((a, b) => URUTAN_JENIS[a.jenis] - URUTAN_JENIS[b.jenis] || a.urutan - b.urutan)
      .map((p): PeriodeRingkas => {
        const pen = penilaian.find((x) => x.skpId === skp.id && x.periodeId === p.id) ?? null;
        return {
          id: p.id,
          label: periodeLabel(p.jenis, p.urutan),
          awal: p.awal,
          akhir: p.akhir,
          batasPengisian: p.batasPengisian,
          pengisian: statusPengisian(p, today, pen),
          progress: progressRealisasi(indikatorIds, realisasi.filter((r) => r.periodeId === p.id)),
          predikat: pen?.status === "FINAL" ? pen.predikat : null,
        };
      });
    return { id: skp.id, tahun: skp.tahun.tahun, periodeAwal: skp.periodeAwal, periodeAkhir: skp.periodeAkhir, periode };
  });
}

/**
 * The entry page of one periode for the SKP's owner: per RHK its indikator with target,
 * realisasi and capaian, the rencana aksi and bukti dukung; once final also the atasan's
 * umpan balik, ratings and predikat. Anyone but the owner gets NotFound (the atasan has
 * "Penilaian Bawahan"), as does an SKP that is not approved.
 */
export async function getPelaksanaan(actor: Actor, skpId: string, periodeId: string) {
  const ctx = await loadPeriodeContext(db, actor, skpId, periodeId);
  if (ctx.skp.pegawaiId !== actor.id || ctx.skp.status !== "PERSETUJUAN") throw new NotFoundError("SKP tidak ditemukan.");
  const final = ctx.penilaian?.status === "FINAL";

  const [rhk, periodeTahun, penilaian, umpanBalikPerilaku] = await Promise.all([
    db.rhk.findMany({
      where: { skpId: ctx.skp.id },
      orderBy: [{ jenis: "asc" }, { urutan: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        jenis: true,
        teks: true,
        indikator: indikatorRealisasiSelect(ctx.periode.id),
        rencanaAksi: { where: { periodeId: ctx.periode.id }, orderBy: [{ urutan: "asc" }, { createdAt: "asc" }], select: { id: true, teks: true } },
        buktiDukung: { where: { periodeId: ctx.periode.id }, orderBy: { createdAt: "asc" }, select: { id: true, nama: true, tautan: true } },
        umpanBalik: final && ctx.penilaian ? { where: { penilaianId: ctx.penilaian.id }, select: { reaksi: true, teks: true } } : false,
      },
    }),
    db.periodePenilaian.findMany({
      where: { tahunId: ctx.skp.tahunId, awal: { lte: ctx.skp.periodeAkhir }, akhir: { gte: ctx.skp.periodeAwal } },
      select: { id: true, jenis: true, urutan: true },
    }),
    final && ctx.penilaian
      ? db.penilaian.findUnique({
          where: { id: ctx.penilaian.id },
          select: { id: true, ratingHasil: true, ratingPerilaku: true, predikat: true, catatan: true, finalizedAt: true },
        })
      : null,
    final && ctx.penilaian
      ? db.umpanBalikPerilaku.findMany({ where: { penilaianId: ctx.penilaian.id }, select: { coreValue: true, reaksi: true, teks: true } })
      : [],
  ]);

  const sebelumnya = periodeSebelumnya(periodeTahun, ctx.periode);
  return {
    skp: { id: ctx.skp.id, tahun: ctx.skp.tahun, layout: ctx.skp.layout, periodeAwal: ctx.skp.periodeAwal, periodeAkhir: ctx.skp.periodeAkhir },
    periode: ctx.periode,
    pengisian: statusPengisian(ctx.periode, ctx.today, ctx.penilaian),
    periodeSebelumnya: sebelumnya ? periodeLabel(sebelumnya.jenis, sebelumnya.urutan) : null,
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      teks: r.teks,
      indikator: r.indikator.map((i) => toIndikatorRealisasi(i)),
      rencanaAksi: r.rencanaAksi,
      buktiDukung: r.buktiDukung,
      umpanBalik: r.umpanBalik?.[0] ?? null,
    })),
    hasil: penilaian ? { ...penilaian, umpanBalikPerilaku: umpanBalikPerilaku as UmpanBalikPerilakuRow[] } : null,
    status: (ctx.penilaian?.status ?? "DRAFT") as StatusPenilaian,
  };
}

export type Pelaksanaan = Awaited<ReturnType<typeof getPelaksanaan>>;
export type PelaksanaanRhk = Pelaksanaan["rhk"][number];
export type PelaksanaanIndikator = PelaksanaanRhk["indikator"][number];
type UmpanBalikPerilakuRow = { coreValue: CoreValue; reaksi: string | null; teks: string | null };

