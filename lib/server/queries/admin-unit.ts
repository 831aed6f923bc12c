import "server-only";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { buildUnitTree, flattenUnitTree, type UnitTreeNode } from "@/lib/domain/unit-tree";
import type { JenisPelaksanaTugas } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { assertAdminOf } from "./admin-scope";
import { GELAR_SELECT, namaLengkap } from "./pegawai";

export type PelaksanaTugasRow = {
  id: string;
  jenis: JenisPelaksanaTugas;
  nama: string;
  nip: string;
  mulai: Date;
  selesai: Date;
  berlangsung: boolean;
};

export type UnitAdminRow = {
  id: string;
  parentId: string | null;
  nama: string;
  namaJabatan: string | null;
  eselon: number | null;
  aktif: boolean;
  pimpinan: { nama: string; nip: string } | null;
  jumlahAnggota: number;
  pelaksanaTugas: PelaksanaTugasRow[];
};

export type UnitOption = { id: string; label: string; aktif: boolean };

/**
 * The whole unit tree of the admin's instansi: one query for the units (with pimpinan and
 * current or upcoming PLT/PLH) and one grouped count of active members, whatever the size.
 */
export async function getUnitTreeForAdmin(actor: Actor): Promise<{ tree: UnitTreeNode<UnitAdminRow>[]; options: UnitOption[] }> {
  assertAdminOf(actor, actor.instansiId);
  const today = hariIniDi(actor.zonaWaktu, new Date());
  const [units, counts] = await Promise.all([
    db.unitKerja.findMany({
      where: { instansiId: actor.instansiId },
      select: {
        id: true,
        parentId: true,
        nama: true,
        namaJabatan: true,
        eselon: true,
        aktif: true,
        pimpinan: { select: { nip: true, ...GELAR_SELECT } },
        pelaksanaTugas: {
          where: { selesai: { gte: today } },
          orderBy: { mulai: "asc" },
          select: { id: true, jenis: true, mulai: true, selesai: true, pegawai: { select: { nip: true, ...GELAR_SELECT } } },
        },
      },
    }),
    db.pegawai.groupBy({ by: ["unitId"], where: { instansiId: actor.instansiId, aktif: true }, _count: { _all: true } }),
  ]);
  const jumlah = new Map(counts.map((c) => [c.unitId, c._count._all]));
  const rows: UnitAdminRow[] = units.map((u) => ({
    id: u.id,
    parentId: u.parentId,
    nama: u.nama,
    namaJabatan: u.namaJabatan,
    eselon: u.eselon,
    aktif: u.aktif,
    pimpinan: u.pimpinan ? { nama: namaLengkap(u.pimpinan), nip: u.pimpinan.nip } : null,
    jumlahAnggota: jumlah.get(u.id) ?? 0,
    pelaksanaTugas: u.pelaksanaTugas.map((pt) => ({
      id: pt.id,
      jenis: pt.jenis,
      nama: namaLengkap(pt.pegawai),
      nip: pt.pegawai.nip,
      mulai: pt.mulai,
      selesai: pt.selesai,
      berlangsung: pt.mulai <= today,
    })),
  }));
  const tree = buildUnitTree(rows);
  return { tree, options: toOptions(tree) };
}

/** Units for a <select>, indented by depth; inactive ones are marked so they can be disabled. */
export async function listUnitOptions(actor: Actor): Promise<UnitOption[]> {
  assertAdminOf(actor, actor.instansiId);
  const units = await db.unitKerja.findMany({ where: { instansiId: actor.instansiId }, select: { id: true, parentId: true, nama: true, aktif: true } });
  return toOptions(buildUnitTree(units));
}

function toOptions<T extends { id: string; parentId: string | null; nama: string; aktif: boolean }>(tree: UnitTreeNode<T>[]): UnitOption[] {
  return flattenUnitTree(tree).map(({ unit, depth }) => ({
    id: unit.id,
    label: `${"\u00a0\u00a0".repeat(depth)}${depth > 0 ? "└ " : ""}${unit.nama}${unit.aktif ? "" : " (nonaktif)"}`,
    aktif: unit.aktif,
  }));
}
