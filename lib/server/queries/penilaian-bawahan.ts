import "server-only";
import { hariIniWib, periodeLabel } from "@/lib/domain/periode";
import { pilihPeriode } from "@/lib/domain/penilaian-atasan";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import type { JenisPeriode, Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadKurvaUnits, loadSebaranPenilai, type KurvaUnitInfo } from "@/lib/server/penilaian-kurva";

export type PeriodeOption = { id: string; label: string; tahunId: string; tahun: number; jenis: JenisPeriode; awal: Date; akhir: Date; batasPengisian: Date };

export type PenilaianBawahanRow = {
  skpId: string;
  pegawai: { id: string; nama: string; nip: string; jabatan: string };
  realisasiTerisi: number;
  jumlahIndikator: number;
  jumlahBukti: number;
  penilaian: { status: StatusPenilaian; predikat: Predikat | null } | null;
};

export type KurvaUnitRingkas = KurvaUnitInfo & { predikat: Predikat[] };

/** Every periode penilaian of the actor's instansi, newest tahun first, in calendar order. */
export async function listPeriodeOptions(actor: Actor): Promise<PeriodeOption[]> {
  const rows = await db.periodePenilaian.findMany({
    where: { tahun: { instansiId: actor.instansiId } },
    // Postgres orders the enum as declared: bulanan, triwulan, then tahunan last.
    orderBy: [{ tahun: { tahun: "desc" } }, { jenis: "asc" }, { urutan: "asc" }],
    select: { id: true, tahunId: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true, tahun: { select: { tahun: true } } },
  });
  return rows.map((p) => ({ ...p, tahun: p.tahun.tahun, label: `${periodeLabel(p.jenis, p.urutan)} ${p.tahun.tahun}` }));
}

/**
 * "Penilaian Bawahan" for one periode: the approved SKP the actor rates with their progress,
 * and the kurva of each unit their ratings count in. Four queries whatever the number of
 * bawahan, three round trips deep: the progress counts ride along the SKP query as filtered
 * relation counts (each an index lookup per RHK or indikator), and the kurva is loaded
 * alongside instead of after it.
 */
export async function listPenilaianBawahan(actor: Actor, periodeId: string | undefined) {
  const periodeList = await listPeriodeOptions(actor);
  const periode = pilihPeriode(periodeList, periodeId, hariIniWib(new Date()));
  if (!periode) return { periodeList, periode: null, rows: [], kurva: [] };

  const [rows, kurva] = await Promise.all([loadRows(actor, periode), loadKurva(actor, periode.id)]);
  return { periodeList, periode, rows, kurva };
}

async function loadRows(actor: Actor, periode: PeriodeOption): Promise<PenilaianBawahanRow[]> {
  const skpRows = await db.skp.findMany({
    where: {
      tahunId: periode.tahunId,
      penilaiId: actor.id,
      status: "PERSETUJUAN",
      pegawaiId: { not: actor.id },
      pegawai: { instansiId: actor.instansiId },
      periodeAwal: { lte: periode.akhir },
      periodeAkhir: { gte: periode.awal },
    },
    select: {
      id: true,
      pegawai: { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, jabatan: true } },
      rhk: {
        select: {
          _count: { select: { buktiDukung: { where: { periodeId: periode.id } } } },
          indikator: {
            select: {
              _count: { select: { realisasi: { where: { periodeId: periode.id, OR: [{ nilai: { not: null } }, { narasi: { not: null } }] } } } },
            },
          },
        },
      },
      penilaian: { where: { periodeId: periode.id }, select: { status: true, predikat: true } },
    },
  });

  // Sorted on the bare name: "Dr. H. Asep" belongs under A, not D.
  return skpRows
    .sort((a, b) => a.pegawai.nama.localeCompare(b.pegawai.nama, "id"))
    .map((s) => {
      const indikator = s.rhk.flatMap((r) => r.indikator);
      return {
        skpId: s.id,
        pegawai: { id: s.pegawai.id, nama: namaDenganGelar(s.pegawai), nip: s.pegawai.nip, jabatan: s.pegawai.jabatan },
        realisasiTerisi: indikator.reduce((n, i) => n + i._count.realisasi, 0),
        jumlahIndikator: indikator.length,
        jumlahBukti: s.rhk.reduce((n, r) => n + r._count.buktiDukung, 0),
        penilaian: s.penilaian[0] ?? null,
      };
    });
}

async function loadKurva(actor: Actor, periodeId: string): Promise<KurvaUnitRingkas[]> {
  const sebaran = await loadSebaranPenilai(db, actor.id, periodeId);
  const unitIds = [...new Set(sebaran.flatMap((e) => (e.kurvaUnitId ? [e.kurvaUnitId] : [])))];
  const units = await loadKurvaUnits(db, actor.instansiId, unitIds, periodeId);
  return units.map((u) => ({
    ...u,
    predikat: sebaran.filter((e) => e.kurvaUnitId === u.id).map((e) => e.predikat),
  }));
}
