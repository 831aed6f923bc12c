import "server-only";
import { deriveAtasan, mayKlaimPimpinan } from "@/lib/domain/atasan";
import { NotFoundError } from "@/lib/domain/errors";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { parseUuidParam } from "@/lib/domain/url-params";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatusSkpTampil } from "@/lib/domain/labels";
import { statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { LABEL_FIELD_PROFIL, type FieldProfil } from "@/lib/domain/siasn/diff-profil";
import type { Actor } from "@/lib/server/auth";
import { db, type Tx } from "@/lib/server/db";
import { GELAR_SELECT, namaLengkap, pangkatGolongan } from "@/lib/server/queries/pegawai";
import { pegawaiSearchWhere } from "@/lib/server/queries/pegawai-search";
import { skpDikembalikan } from "@/lib/server/skp/dikembalikan";

export type UnitTreeNode = {
  id: string;
  nama: string;
  parentId: string | null;
  pimpinanId: string | null;
  siasnId: string | null;
  eselon: number | null;
  aktif: boolean;
  /** `Bidang Mutasi dan Promosi › Subbidang Mutasi`, without the root unit every path shares. */
  path: string;
  /** No active unit below it: the "unit kerja terkecil" a pegawai is placed in. */
  terkecil: boolean;
};

/** Every unit of one instansi with its readable path, parents before children. */
export async function loadUnitTree(client: Tx, instansiId: string): Promise<UnitTreeNode[]> {
  const units = await client.unitKerja.findMany({
    where: { instansiId },
    orderBy: [{ nama: "asc" }],
    select: { id: true, nama: true, parentId: true, pimpinanId: true, siasnId: true, eselon: true, aktif: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const hasActiveChild = new Set(units.filter((u) => u.aktif && u.parentId).map((u) => u.parentId as string));

  const chain = (id: string): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let unit = byId.get(id); unit && !seen.has(unit.id); unit = byId.get(unit.parentId ?? "")) {
      seen.add(unit.id);
      names.unshift(unit.nama);
    }
    return names;
  };

  return units
    .map((u) => {
      const names = chain(u.id);
      // The root is the instansi itself; repeating it on every row only adds noise.
      return { ...u, path: (names.length > 1 ? names.slice(1) : names).join(" › "), terkecil: !hasActiveChild.has(u.id) };
    })
    .sort((a, b) => a.path.localeCompare(b.path, "id"));
}

/** Units and acting pimpinan of an instansi, the input `deriveAtasan` needs. */
export async function loadAtasanInputs(client: Tx, instansiId: string) {
  const units = await loadUnitTree(client, instansiId);
  const pelaksanaTugas = await client.pelaksanaTugas.findMany({
    where: { unit: { instansiId } },
    select: { unitId: true, pegawaiId: true, jenis: true, mulai: true, selesai: true },
  });
  return { units, pelaksanaTugas };
}

export type PegawaiRingkas = { id: string; nama: string; nip: string; jabatan: string; unit: string | null; aktif: boolean };

export type SinkronTerakhir = {
  berhasil: boolean;
  waktu: Date;
  pesan: string | null;
  perubahan: Array<{ field: string; lama: string; baru: string }>;
};

/** Everything the Profil page shows about the signed-in pegawai. */
export async function getProfil(actor: Actor) {
  const p = await db.pegawai.findFirst({
    where: { id: actor.id, instansiId: actor.instansiId },
    select: {
      id: true,
      version: true,
      nip: true,
      ...GELAR_SELECT,
      email: true,
      noHp: true,
      jenisPegawai: true,
      jenisJabatan: true,
      jabatan: true,
      eselon: true,
      pangkat: true,
      golongan: true,
      unitId: true,
      atasanId: true,
      lastSyncAt: true,
      instansi: { select: { nama: true } },
      memimpin: { select: { id: true } },
    },
  });
  if (!p) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");

  const { units, pelaksanaTugas } = await loadAtasanInputs(db, actor.instansiId);
  const pathOf = (id: string | null) => units.find((u) => u.id === id)?.path ?? null;
  const derived = deriveAtasan({ id: p.id, unitId: p.unitId }, units, pelaksanaTugas, new Date());
  const orang = await ringkas([p.atasanId, derived.atasanId].filter((id): id is string => id !== null), pathOf);
  const permintaan = await db.permintaanAtasan.findFirst({
    where: { pegawaiId: p.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, alasan: true, catatanKeputusan: true, createdAt: true, diputuskanAt: true, atasanDiusulkanId: true },
  });
  const diusulkan = permintaan ? (await ringkas([permintaan.atasanDiusulkanId], pathOf))[0] : undefined;

  return {
    ...p,
    namaLengkap: namaLengkap(p),
    pangkatGolongan: pangkatGolongan(p),
    unitPath: pathOf(p.unitId),
    memimpinPath: p.memimpin ? pathOf(p.memimpin.id) : null,
    bolehKlaim: mayKlaimPimpinan(p),
    atasan: orang.find((o) => o.id === p.atasanId) ?? null,
    atasanSeharusnya: orang.find((o) => o.id === derived.atasanId) ?? null,
    alasanAtasanSeharusnya: derived.reason ?? null,
    atasanBerbeda: derived.atasanId !== null && derived.atasanId !== p.atasanId,
    permintaan: permintaan && diusulkan ? { ...permintaan, diusulkan } : null,
    sinkronTerakhir: await getSinkronTerakhir(p.id),
  };
}
export type Profil = Awaited<ReturnType<typeof getProfil>>;

/** The unit kerja terkecil of the instansi, where a pegawai is placed (panduan e-Kinerja BKN). */
export async function listUnitTerkecil(actor: Actor): Promise<Array<{ id: string; path: string }>> {
  const units = await loadUnitTree(db, actor.instansiId);
  return units.filter((u) => u.aktif && u.terkecil).map((u) => ({ id: u.id, path: u.path }));
}

export const DAFTAR_PAGE_SIZE = 20;

export type DaftarPegawai = { rows: Array<PegawaiRingkas & { statusSkp: StatusSkpTampil | null; fungsional: boolean }>; total: number; page: number; pageCount: number };

/** Active pegawai of the actor's own unit, the actor included so they see where they stand. */
export async function listPegawaiSatuUnit(actor: Actor, page: number): Promise<DaftarPegawai & { unit: string | null }> {
  const me = await db.pegawai.findFirst({ where: { id: actor.id, instansiId: actor.instansiId }, select: { unitId: true } });
  if (!me?.unitId) return { rows: [], total: 0, page: 1, pageCount: 1, unit: null };
  const units = await loadUnitTree(db, actor.instansiId);
  const daftar = await listPegawai({ instansiId: actor.instansiId, unitId: me.unitId, aktif: true }, page, units, null);
  return { ...daftar, unit: units.find((u) => u.id === me.unitId)?.path ?? null };
}

/** Active pegawai whose stored atasan is the actor, with the status of their SKP this year. */
export async function listBawahan(actor: Actor, page: number): Promise<DaftarPegawai> {
  const units = await loadUnitTree(db, actor.instansiId);
  return listPegawai({ instansiId: actor.instansiId, atasanId: actor.id, aktif: true }, page, units, hariIniDi(actor.zonaWaktu, new Date()).getUTCFullYear());
}

/** Candidates for "Ajukan perubahan atasan": active pegawai of the same instansi except oneself. */
export async function cariCalonAtasan(actor: Actor, q: string, page: number): Promise<DaftarPegawai> {
  const units = await loadUnitTree(db, actor.instansiId);
  const where: Prisma.PegawaiWhereInput = { instansiId: actor.instansiId, aktif: true, id: { not: actor.id }, ...pegawaiSearchWhere(q.slice(0, 100)) };
  return listPegawai(where, page, units, null, 10);
}

async function listPegawai(
  where: Prisma.PegawaiWhereInput,
  rawPage: number,
  units: UnitTreeNode[],
  /** The year whose SKP status to show per pegawai, or null for none. */
  tahunSkp: number | null,
  pageSize = DAFTAR_PAGE_SIZE,
): Promise<DaftarPegawai> {
  const total = await db.pegawai.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount, Math.max(1, Math.floor(rawPage) || 1));
  const rows = await db.pegawai.findMany({
    where,
    orderBy: [{ nama: "asc" }, { nip: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, nip: true, ...GELAR_SELECT, jabatan: true, jenisJabatan: true, unitId: true, aktif: true },
  });
  const status = tahunSkp ? await statusSkpTahun(rows.map((r) => r.id), tahunSkp) : new Map<string, StatusSkpTampil>();
  return {
    rows: rows.map((r) => ({
      id: r.id,
      nama: namaLengkap(r),
      nip: r.nip,
      jabatan: r.jabatan,
      unit: units.find((u) => u.id === r.unitId)?.path ?? null,
      aktif: r.aktif,
      statusSkp: status.get(r.id) ?? null,
      fungsional: r.jenisJabatan === "FUNGSIONAL",
    })),
    total,
    page,
    pageCount,
  };
}

/**
 * Two queries for the page: the latest SKP of the year per pegawai (a mutasi can split a year),
 * then which of those Drafts the atasan sent back.
 */
async function statusSkpTahun(pegawaiIds: string[], tahun: number): Promise<Map<string, StatusSkpTampil>> {
  if (pegawaiIds.length === 0) return new Map();
  const skp = await db.skp.findMany({
    where: { pegawaiId: { in: pegawaiIds }, tahun: { tahun } },
    orderBy: { periodeAwal: "asc" },
    select: { id: true, pegawaiId: true, status: true },
  });
  const terkini = [...new Map(skp.map((s) => [s.pegawaiId, s])).values()];
  const dikembalikan = await skpDikembalikan(terkini);
  return new Map(terkini.map((s) => [s.pegawaiId, statusSkpTampil(s.status, dikembalikan.has(s.id))]));
}

async function ringkas(ids: string[], pathOf: (id: string | null) => string | null): Promise<PegawaiRingkas[]> {
  if (ids.length === 0) return [];
  const rows = await db.pegawai.findMany({
    where: { id: { in: ids } },
    select: { id: true, nip: true, ...GELAR_SELECT, jabatan: true, unitId: true, aktif: true },
  });
  return rows.map((r) => ({ id: r.id, nama: namaLengkap(r), nip: r.nip, jabatan: r.jabatan, unit: pathOf(r.unitId), aktif: r.aktif }));
}

async function getSinkronTerakhir(pegawaiId: string): Promise<SinkronTerakhir | null> {
  const row = await db.sinkronSiasn.findFirst({
    where: { pegawaiId },
    orderBy: { createdAt: "desc" },
    select: { berhasil: true, createdAt: true, pesan: true, perubahan: true },
  });
  if (!row) return null;
  const perubahan = Object.entries((row.perubahan ?? {}) as Record<string, { lama?: unknown; baru?: unknown }>).map(
    ([field, v]) => ({ field: LABEL_FIELD_PROFIL[field as FieldProfil] ?? "Unit kerja", lama: String(v.lama ?? "—"), baru: String(v.baru ?? "—") }),
  );
  return { berhasil: row.berhasil, waktu: row.createdAt, pesan: row.pesan, perubahan };
}

/** The candidate picked on "Ajukan perubahan atasan", only from the actor's own instansi. */
export async function getCalonAtasan(actor: Actor, id: string): Promise<PegawaiRingkas | null> {
  if (!parseUuidParam(id)) return null;
  const found = await db.pegawai.findFirst({ where: { id, instansiId: actor.instansiId, aktif: true }, select: { id: true } });
  if (!found) return null;
  const units = await loadUnitTree(db, actor.instansiId);
  return (await ringkas([found.id], (u) => units.find((x) => x.id === u)?.path ?? null))[0] ?? null;
}

/** Units a structural official can claim: active units of their eselon, with who leads each now. */
export async function getKlaimPilihan(actor: Actor, eselon: number | null) {
  const units = await loadUnitTree(db, actor.instansiId);
  const pilihan = units.filter((u) => u.aktif && (u.eselon === null || u.eselon === eselon));
  const pimpinan = await ringkas(pilihan.flatMap((u) => (u.pimpinanId ? [u.pimpinanId] : [])), () => null);
  return pilihan.map((u) => ({ id: u.id, path: u.path, pimpinan: pimpinan.find((p) => p.id === u.pimpinanId)?.nama ?? null }));
}
