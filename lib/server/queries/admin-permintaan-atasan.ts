import "server-only";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { deriveAtasanMany } from "./admin-atasan";
import { assertAdminOf } from "./admin-scope";
import { GELAR_SELECT, namaLengkap } from "./pegawai";

type Orang = { id: string; nama: string; nip: string; jabatan: string };

export type PermintaanRow = {
  id: string;
  pemohon: Orang & { unit: string | null };
  atasanSaatIni: Orang | null;
  atasanDiusulkan: Orang & { aktif: boolean };
  /** What the unit tree suggests, to weigh the request against; reason when it cannot say. */
  atasanTurunan: { orang: Orang | null; alasan?: string };
  alasan: string;
  diajukan: Date;
};

const ORANG_SELECT = { id: true, nip: true, jabatan: true, ...GELAR_SELECT } as const;

/** Waiting requests of the admin's instansi, oldest first: the one waiting longest comes first. */
export async function listPermintaanMenunggu(actor: Actor): Promise<PermintaanRow[]> {
  assertAdminOf(actor, actor.instansiId);
  const rows = await db.permintaanAtasan.findMany({
    where: { status: "MENUNGGU", pegawai: { instansiId: actor.instansiId } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      alasan: true,
      createdAt: true,
      pegawai: { select: { ...ORANG_SELECT, unitId: true, unit: { select: { nama: true } }, atasan: { select: ORANG_SELECT } } },
      atasanDiusulkan: { select: { ...ORANG_SELECT, aktif: true } },
    },
  });
  const turunan = await deriveAtasanMany(db, actor.instansiId, rows.map((r) => ({ id: r.pegawai.id, unitId: r.pegawai.unitId })));
  const turunanIds = [...new Set([...turunan.values()].map((t) => t.atasanId).filter((id): id is string => id !== null))];
  const orangTurunan = new Map(
    (await db.pegawai.findMany({ where: { id: { in: turunanIds }, instansiId: actor.instansiId }, select: ORANG_SELECT })).map((p) => [p.id, orang(p)]),
  );

  return rows.map((r) => {
    const t = turunan.get(r.pegawai.id);
    return {
      id: r.id,
      pemohon: { ...orang(r.pegawai), unit: r.pegawai.unit?.nama ?? null },
      atasanSaatIni: r.pegawai.atasan ? orang(r.pegawai.atasan) : null,
      atasanDiusulkan: { ...orang(r.atasanDiusulkan), aktif: r.atasanDiusulkan.aktif },
      atasanTurunan: { orang: t?.atasanId ? (orangTurunan.get(t.atasanId) ?? null) : null, alasan: t?.reason },
      alasan: r.alasan,
      diajukan: r.createdAt,
    };
  });
}

function orang(p: { id: string; nip: string; jabatan: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null }): Orang {
  return { id: p.id, nama: namaLengkap(p), nip: p.nip, jabatan: p.jabatan };
}
