import "server-only";
import { unitKurvaId, type UnitDipimpin } from "@/lib/domain/penilaian-atasan";
import type { CapaianOrganisasi, Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

/** What decides a rated pegawai's Rating Hasil Kerja and the kurva they count in. */
export type PegawaiDinilai = {
  dipimpin: UnitDipimpin | null;
  /** Capaian of the unit they lead in this periode; null when they lead none or it is unset. */
  capaianDipimpin: CapaianOrganisasi | null;
  kurvaUnitId: string | null;
};

export async function loadPegawaiDinilai(client: Tx, pegawaiId: string, periodeId: string): Promise<PegawaiDinilai> {
  const pegawai = await client.pegawai.findUniqueOrThrow({
    where: { id: pegawaiId },
    select: { unitId: true, memimpin: { select: { id: true, nama: true, parentId: true } } },
  });
  const capaian = pegawai.memimpin
    ? await client.capaianOrganisasiUnit.findUnique({
        where: { unitId_periodeId: { unitId: pegawai.memimpin.id, periodeId } },
        select: { capaian: true },
      })
    : null;
  return {
    dipimpin: pegawai.memimpin,
    capaianDipimpin: capaian?.capaian ?? null,
    kurvaUnitId: unitKurvaId(pegawai, pegawai.memimpin),
  };
}

export type SebaranEntry = { penilaianId: string; skpId: string; status: StatusPenilaian; predikat: Predikat; kurvaUnitId: string | null };

/**
 * Every predikat this penilai has saved in the periode (final or still draft) with the unit
 * whose kurva it counts in. Drafts count so the atasan can shape the whole set before the
 * first Finalkan, instead of being warned about a "distribution" of one.
 */
export async function loadSebaranPenilai(client: Tx, penilaiId: string, periodeId: string): Promise<SebaranEntry[]> {
  const rows = await client.penilaian.findMany({
    where: { periodeId, predikat: { not: null }, skp: { penilaiId, status: "PERSETUJUAN", pegawaiId: { not: penilaiId } } },
    select: {
      id: true,
      skpId: true,
      status: true,
      predikat: true,
      skp: { select: { pegawai: { select: { unitId: true, memimpin: { select: { id: true, nama: true, parentId: true } } } } } },
    },
  });
  return rows.flatMap((r) =>
    r.predikat
      ? [{ penilaianId: r.id, skpId: r.skpId, status: r.status, predikat: r.predikat, kurvaUnitId: unitKurvaId(r.skp.pegawai, r.skp.pegawai.memimpin) }]
      : [],
  );
}

export type KurvaUnitInfo = { id: string; nama: string; capaian: CapaianOrganisasi | null };

export async function loadKurvaUnits(client: Tx, instansiId: string, unitIds: string[], periodeId: string): Promise<KurvaUnitInfo[]> {
  if (unitIds.length === 0) return [];
  const units = await client.unitKerja.findMany({
    where: { id: { in: unitIds }, instansiId },
    orderBy: { nama: "asc" },
    select: { id: true, nama: true, capaian: { where: { periodeId }, select: { capaian: true } } },
  });
  return units.map((u) => ({ id: u.id, nama: u.nama, capaian: u.capaian[0]?.capaian ?? null }));
}
