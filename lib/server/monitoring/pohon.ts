import "server-only";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { daftarPeriode, pilihTahun, skpTerkini, type PeriodeMonitoring } from "@/lib/server/queries/monitoring";

export type BarisPohon = {
  /** Null for pegawai whose unit kerja is not set. */
  unitId: string | null;
  nama: string;
  kedalaman: number;
  pegawai: number;
  draft: number;
  pengajuan: number;
  persetujuan: number;
  belum: number;
  /** Per periode id: pegawai with an approved SKP whose penilaian is FINAL (of `persetujuan`). */
  final: Record<string, number>;
};

export type MonitoringPohon = {
  tahun: { id: string; tahun: number } | null;
  tahunTersedia: number[];
  periode: PeriodeMonitoring[];
  baris: BarisPohon[];
  total: Omit<BarisPohon, "unitId" | "nama" | "kedalaman">;
};

/**
 * The whole unit tree of the admin's instansi for the XLSX export: per unit (tree order), with its
 * sub-units as on the Monitoring page, how many active pegawai have their current SKP of the year in
 * each status or none at all, and per periode how many penilaian are FINAL; `total` counts each
 * pegawai once. Six queries whatever the size of the instansi; counting happens in SQL.
 * A pegawai's "current" SKP is their latest of the year (after a mutasi there can be two).
 */
export async function getMonitoringPohon(actor: Actor, params: { tahun?: number }): Promise<MonitoringPohon> {
  const pilihan = await pilihTahun(actor, params.tahun);
  const units = await db.unitKerja.findMany({
    where: { instansiId: actor.instansiId },
    select: { id: true, nama: true, parentId: true },
    orderBy: { nama: "asc" },
  });
  const kosong = { pegawai: 0, draft: 0, pengajuan: 0, persetujuan: 0, belum: 0, final: {} };
  if (!pilihan.tahun) return { ...pilihan, periode: [], baris: [], total: kosong };
  const tahunId = pilihan.tahun.id;

  const [periode, pegawai, skp, final] = await Promise.all([
    daftarPeriode(tahunId),
    db.pegawai.groupBy({ by: ["unitId"], where: { instansiId: actor.instansiId, aktif: true }, _count: { _all: true } }),
    db.$queryRaw<{ unitId: string | null; status: string; jumlah: number }[]>`
      WITH ${skpTerkini(tahunId)}
      SELECT p."unitId", t.status::text AS status, count(*)::int AS jumlah
      FROM terkini t JOIN "Pegawai" p ON p.id = t."pegawaiId"
      WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif
      GROUP BY 1, 2`,
    db.$queryRaw<{ unitId: string | null; periodeId: string; jumlah: number }[]>`
      WITH ${skpTerkini(tahunId)}
      SELECT p."unitId", pn."periodeId"::text AS "periodeId", count(*)::int AS jumlah
      FROM terkini t
      JOIN "Pegawai" p ON p.id = t."pegawaiId"
      JOIN "Penilaian" pn ON pn."skpId" = t."skpId" AND pn.status = 'FINAL'
      WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif AND t.status = 'PERSETUJUAN'
      GROUP BY 1, 2`,
  ]);

  const hitung = new Map<string | null, BarisPohon>();
  const barisUntuk = (unitId: string | null) => {
    let row = hitung.get(unitId);
    if (!row) {
      row = { unitId, nama: "", kedalaman: 0, ...kosong, final: {} };
      hitung.set(unitId, row);
    }
    return row;
  };
  for (const g of pegawai) barisUntuk(g.unitId).pegawai = g._count._all;
  for (const s of skp) {
    const row = barisUntuk(s.unitId);
    if (s.status === "DRAFT") row.draft = s.jumlah;
    if (s.status === "PENGAJUAN") row.pengajuan = s.jumlah;
    if (s.status === "PERSETUJUAN") row.persetujuan = s.jumlah;
  }
  for (const f of final) barisUntuk(f.unitId).final[f.periodeId] = f.jumlah;
  for (const row of hitung.values()) row.belum = row.pegawai - row.draft - row.pengajuan - row.persetujuan;

  const urutan = urutanPohon(units);
  const baris = urutan.map(({ id, nama, kedalaman }) => {
    const sendiri = barisUntuk(id);
    return { ...sendiri, final: { ...sendiri.final }, nama, kedalaman };
  });
  const tanpaUnit = hitung.get(null);
  if (tanpaUnit) baris.push({ ...tanpaUnit, nama: "(Unit kerja belum diatur)" });
  // The total counts every pegawai once, before the units take in their sub-units.
  const total = jumlahkan(baris, periode);
  // Each unit's row covers its sub-units too, as on the Monitoring page. In depth-first order a
  // unit's sub-units come after it, so walking backwards adds each unit into its parent only once
  // its own sub-units are in it.
  const barisUnit = new Map(baris.map((b) => [b.unitId, b]));
  for (let i = urutan.length - 1; i >= 0; i -= 1) {
    const { id, parentId } = urutan[i]!;
    const induk = parentId ? barisUnit.get(parentId) : undefined;
    if (induk) tambahkan(induk, barisUnit.get(id)!);
  }
  return { ...pilihan, periode, baris, total };
}

type UnitNode = { id: string; nama: string; parentId: string | null };

type UnitTerurut = { id: string; nama: string; kedalaman: number; parentId: string | null };

/** Depth-first, siblings by name; units whose parent is missing are treated as roots (parentId null). */
export function urutanPohon(units: UnitNode[]): UnitTerurut[] {
  const ids = new Set(units.map((u) => u.id));
  const anak = new Map<string | null, UnitNode[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    anak.set(parent, [...(anak.get(parent) ?? []), u]);
  }
  const hasil: UnitTerurut[] = [];
  const seen = new Set<string>();
  const kunjungi = (parent: string | null, kedalaman: number) => {
    for (const u of anak.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      hasil.push({ id: u.id, nama: u.nama, kedalaman, parentId: parent });
      kunjungi(u.id, kedalaman + 1);
    }
  };
  kunjungi(null, 0);
  return hasil;
}

function tambahkan(ke: BarisPohon, dari: BarisPohon) {
  ke.pegawai += dari.pegawai;
  ke.draft += dari.draft;
  ke.pengajuan += dari.pengajuan;
  ke.persetujuan += dari.persetujuan;
  ke.belum += dari.belum;
  for (const [periodeId, n] of Object.entries(dari.final)) ke.final[periodeId] = (ke.final[periodeId] ?? 0) + n;
}

function jumlahkan(baris: BarisPohon[], periode: PeriodeMonitoring[]): MonitoringPohon["total"] {
  const sum = (pick: (b: BarisPohon) => number) => baris.reduce((n, b) => n + pick(b), 0);
  return {
    pegawai: sum((b) => b.pegawai),
    draft: sum((b) => b.draft),
    pengajuan: sum((b) => b.pengajuan),
    persetujuan: sum((b) => b.persetujuan),
    belum: sum((b) => b.belum),
    final: Object.fromEntries(periode.map((p) => [p.id, sum((b) => b.final[p.id] ?? 0)])),
  };
}
