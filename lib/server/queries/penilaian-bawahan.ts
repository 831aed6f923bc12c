import "server-only";
import { hariIniWib, periodeLabel } from "@/lib/domain/periode";
import { pilihPeriode } from "@/lib/domain/penilaian-atasan";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import type { JenisPeriode, Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadKurvaUnits, loadSebaranPenilai, type KurvaUnitInfo } from "@/lib/server/penilaian-kurva";

export type PeriodeOption = { id: string; label: string; tahun: number; jenis: JenisPeriode; awal: Date; akhir: Date; batasPengisian: Date };

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
    select: { id: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true, tahun: { select: { tahun: true } } },
  });
  return rows.map((p) => ({ ...p, tahun: p.tahun.tahun, label: `${periodeLabel(p.jenis, p.urutan)} ${p.tahun.tahun}` }));
}

/**
 * "Penilaian Bawahan" for one periode: the approved SKP the actor rates with their progress,
 * and the kurva of each unit their ratings count in. Seven queries whatever the number of
 * bawahan; progress is counted in memory because an atasan rates tens of people, not thousands.
 */
export async function listPenilaianBawahan(actor: Actor, periodeId: string | undefined) {
  const periodeList = await listPeriodeOptions(actor);
  const periode = pilihPeriode(periodeList, periodeId, hariIniWib(new Date()));
  if (!periode) return { periodeList, periode: null, rows: [], kurva: [] };

  const tahun = await db.tahun.findFirstOrThrow({
    where: { instansiId: actor.instansiId, tahun: periode.tahun },
    select: { id: true },
  });
  const skpRows = await db.skp.findMany({
    where: {
      tahunId: tahun.id,
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
      rhk: { select: { _count: { select: { indikator: true } } } },
      penilaian: { where: { periodeId: periode.id }, select: { status: true, predikat: true } },
    },
  });
  const skpIds = skpRows.map((s) => s.id);
  const [realisasi, bukti] = skpIds.length
    ? await Promise.all([
        db.realisasi.findMany({
          where: { periodeId: periode.id, indikator: { rhk: { skpId: { in: skpIds } } }, OR: [{ nilai: { not: null } }, { narasi: { not: null } }] },
          select: { indikator: { select: { rhk: { select: { skpId: true } } } } },
        }),
        db.buktiDukung.findMany({
          where: { periodeId: periode.id, rhk: { skpId: { in: skpIds } } },
          select: { rhk: { select: { skpId: true } } },
        }),
      ])
    : [[], []];
  const realisasiPerSkp = tally(realisasi.map((r) => r.indikator.rhk.skpId));
  const buktiPerSkp = tally(bukti.map((b) => b.rhk.skpId));

  // Sorted on the bare name: "Dr. H. Asep" belongs under A, not D.
  const rows: PenilaianBawahanRow[] = skpRows
    .sort((a, b) => a.pegawai.nama.localeCompare(b.pegawai.nama, "id"))
    .map((s) => ({
      skpId: s.id,
      pegawai: { id: s.pegawai.id, nama: namaDenganGelar(s.pegawai), nip: s.pegawai.nip, jabatan: s.pegawai.jabatan },
      realisasiTerisi: realisasiPerSkp.get(s.id) ?? 0,
      jumlahIndikator: s.rhk.reduce((n, r) => n + r._count.indikator, 0),
      jumlahBukti: buktiPerSkp.get(s.id) ?? 0,
      penilaian: s.penilaian[0] ?? null,
    }));

  const sebaran = await loadSebaranPenilai(db, actor.id, periode.id);
  const unitIds = [...new Set(sebaran.flatMap((e) => (e.kurvaUnitId ? [e.kurvaUnitId] : [])))];
  const units = await loadKurvaUnits(db, actor.instansiId, unitIds, periode.id);
  const kurva: KurvaUnitRingkas[] = units.map((u) => ({
    ...u,
    predikat: sebaran.filter((e) => e.kurvaUnitId === u.id).map((e) => e.predikat),
  }));
  return { periodeList, periode, rows, kurva };
}

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
