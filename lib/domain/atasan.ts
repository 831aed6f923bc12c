import type { JenisJabatan, JenisPelaksanaTugas } from "@/lib/generated/prisma/enums";
import { toIsoDate } from "./tanggal";

/**
 * The atasan a pegawai should have according to the unit tree. The stored
 * `Pegawai.atasanId` stays the truth; a difference from this is shown as a warning with a
 * fix button, never applied silently.
 */

export type UnitNode = { id: string; nama: string; parentId: string | null; pimpinanId: string | null };

export type PelaksanaTugasRange = {
  unitId: string;
  pegawaiId: string;
  jenis: JenisPelaksanaTugas;
  mulai: Date;
  selesai: Date;
};

export type EffectivePimpinan = { pegawaiId: string; sebagai: "DEFINITIF" | JenisPelaksanaTugas };

export type DerivedAtasan = { atasanId: string | null; reason?: string };

const KLAIM_ESELON = new Set([2, 3, 4]);

/**
 * Who leads `unit` on `date`: a PLT/PLH whose range (inclusive) covers the date, else the
 * definitive pimpinan. A PLH covers a short absence, so it wins over a PLT when both apply;
 * among equals the most recently started wins.
 */
export function effectivePimpinan(
  unit: UnitNode,
  pelaksanaTugas: readonly PelaksanaTugasRange[],
  date: Date,
): EffectivePimpinan | null {
  const hari = toIsoDate(date);
  const aktif = pelaksanaTugas
    .filter((pt) => pt.unitId === unit.id && toIsoDate(pt.mulai) <= hari && hari <= toIsoDate(pt.selesai))
    .sort((a, b) => rankPelaksana(b) - rankPelaksana(a) || b.mulai.getTime() - a.mulai.getTime());
  const pt = aktif[0];
  if (pt) return { pegawaiId: pt.pegawaiId, sebagai: pt.jenis };
  return unit.pimpinanId ? { pegawaiId: unit.pimpinanId, sebagai: "DEFINITIF" } : null;
}

/**
 * The expected atasan: the effective pimpinan of the pegawai's unit, or of the parent unit
 * when the pegawai leads their own unit. A pegawai who is the definitive pimpinan of a unit
 * starts from that unit even if their unitId says otherwise.
 *
 * A unit without a pimpinan is skipped and the walk goes on upward, because a vacant atasan
 * is replaced by the next official up; the reason then says who must act so the pegawai
 * is not left without a penilai. Where no one is found, atasanId is null with a reason.
 */
export function deriveAtasan(
  pegawai: { id: string; unitId: string | null },
  units: readonly UnitNode[],
  pelaksanaTugas: readonly PelaksanaTugasRange[],
  date: Date,
): DerivedAtasan {
  const byId = new Map(units.map((u) => [u.id, u]));
  const start = units.find((u) => u.pimpinanId === pegawai.id) ?? (pegawai.unitId ? byId.get(pegawai.unitId) : undefined);
  if (!start) {
    return {
      atasanId: null,
      reason: "Pegawai belum memiliki unit kerja. Admin instansi perlu menetapkan unit kerjanya.",
    };
  }

  const kosong: UnitNode[] = [];
  const dilewati = new Set<string>();
  let puncak = start;
  for (let unit: UnitNode | undefined = start; unit && !dilewati.has(unit.id); unit = byId.get(unit.parentId ?? "")) {
    dilewati.add(unit.id);
    puncak = unit;
    const pimpinan = effectivePimpinan(unit, pelaksanaTugas, date);
    if (pimpinan && pimpinan.pegawaiId !== pegawai.id) {
      if (kosong.length === 0) return { atasanId: pimpinan.pegawaiId };
      return { atasanId: pimpinan.pegawaiId, reason: alasanKosong(kosong, unit) };
    }
    if (!pimpinan) kosong.push(unit);
  }

  if (kosong.length === 0) {
    return {
      atasanId: null,
      reason: `Pegawai sendiri memimpin unit tertinggi (${puncak.nama}). Admin instansi perlu menetapkan atasan secara manual.`,
    };
  }
  return {
    atasanId: null,
    reason: `Unit ${daftarNama(kosong)} belum memiliki pimpinan, begitu pula unit di atasnya. Pejabat struktural unit tersebut perlu mengklaim pimpinan unit kerja, atau admin instansi menetapkan PLT/PLH.`,
  };
}

/** Only structural officials at eselon II, III or IV may claim to lead a unit kerja. */
export function mayKlaimPimpinan(pegawai: { jenisJabatan: JenisJabatan; eselon: number | null }): boolean {
  return pegawai.jenisJabatan === "STRUKTURAL" && pegawai.eselon !== null && KLAIM_ESELON.has(pegawai.eselon);
}

function rankPelaksana(pt: PelaksanaTugasRange): number {
  return pt.jenis === "PLH" ? 1 : 0;
}

function alasanKosong(kosong: UnitNode[], pengganti: UnitNode): string {
  return `Unit ${daftarNama(kosong)} belum memiliki pimpinan, sehingga atasan diambil dari pimpinan ${pengganti.nama}. Pejabat struktural unit tersebut perlu mengklaim pimpinan unit kerja, atau admin instansi menetapkan PLT/PLH.`;
}

function daftarNama(units: UnitNode[]): string {
  return units.map((u) => `"${u.nama}"`).join(", ");
}
