import "server-only";
import { namaDenganGelar, type PihakSnapshot, type SkpSnapshot } from "@/lib/domain/skp-snapshot";
import type { Tx } from "@/lib/server/db";

const pihakSelect = {
  id: true,
  nama: true,
  gelarDepan: true,
  gelarBelakang: true,
  nip: true,
  pangkat: true,
  golongan: true,
  jabatan: true,
  atasanId: true,
  unit: { select: { nama: true } },
  instansi: { select: { nama: true } },
} as const;

/**
 * Pegawai, pejabat penilai and atasan pejabat penilai (the penilai's own atasan) as they are
 * now. Saved on the SKP at creation, at Ajukan and at approval.
 */
export async function buildSkpSnapshot(tx: Tx, pegawaiId: string, penilaiId: string | null): Promise<SkpSnapshot> {
  // One query: the pegawai and the penilai, the penilai's own atasan joined to their row.
  const rows = await tx.pegawai.findMany({
    where: { id: { in: penilaiId ? [pegawaiId, penilaiId] : [pegawaiId] } },
    select: { ...pihakSelect, atasan: { select: pihakSelect } },
  });
  const pegawai = rows.find((r) => r.id === pegawaiId);
  const penilai = penilaiId ? rows.find((r) => r.id === penilaiId) : undefined;
  return {
    diambilPada: new Date().toISOString(),
    pegawai: pegawai ? toPihak(pegawai) : null,
    penilai: penilai ? toPihak(penilai) : null,
    atasanPenilai: penilai?.atasan ? toPihak(penilai.atasan) : null,
  };
}

type PihakRow = {
  id: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string;
  unit: { nama: string } | null;
  instansi: { nama: string };
};

function toPihak(p: PihakRow): PihakSnapshot {
  return {
    id: p.id,
    nama: namaDenganGelar(p),
    nip: p.nip,
    pangkat: p.pangkat,
    golongan: p.golongan,
    jabatan: p.jabatan,
    unit: p.unit?.nama ?? null,
    instansi: p.instansi.nama,
  };
}
