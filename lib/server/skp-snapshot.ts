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
  // Sequential: a transaction's single connection takes one query at a time.
  const pegawai = await tx.pegawai.findUnique({ where: { id: pegawaiId }, select: pihakSelect });
  const penilai = penilaiId ? await tx.pegawai.findUnique({ where: { id: penilaiId }, select: pihakSelect }) : null;
  const atasanPenilai = penilai?.atasanId
    ? await tx.pegawai.findUnique({ where: { id: penilai.atasanId }, select: pihakSelect })
    : null;
  return {
    diambilPada: new Date().toISOString(),
    pegawai: pegawai ? toPihak(pegawai) : null,
    penilai: penilai ? toPihak(penilai) : null,
    atasanPenilai: atasanPenilai ? toPihak(atasanPenilai) : null,
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
