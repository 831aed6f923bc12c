import "server-only";
import { deriveAtasan, type PelaksanaTugasRange } from "@/lib/domain/atasan";
import { LABEL_JENIS_PELAKSANA_TUGAS } from "@/lib/domain/labels";
import { pesanPerubahanAtasan, type PerubahanAtasan } from "@/lib/domain/notifikasi-pesan";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { formatTanggal, toIsoDate } from "@/lib/domain/tanggal";
import type { Tx } from "@/lib/server/db";
import { GELAR_SELECT, namaLengkap } from "@/lib/server/queries/pegawai";
import { catatNotifikasi } from "./catat";

type Penugasan = PelaksanaTugasRange & { id: string };

/**
 * A PLT/PLH never rewrites the stored atasan, but while it lasts it changes who rates the
 * pegawai (the rule of effectivePenilaiOf in lib/server/queries/admin-pelaksana-tugas.ts).
 * Everyone whose penilai it changes on its first day still to come is told, with the dates,
 * and so are the acting official and the atasan it stands in for. Called after the write,
 * in the same transaction: `arah` says whether `pt` was just added or just removed.
 */
export async function beritahuPelaksanaTugas(tx: Tx, actor: { id: string; instansiId: string; zonaWaktu: ZonaWaktu }, pt: Penugasan, arah: "tetapkan" | "hapus") {
  const hariIni = hariIniDi(actor.zonaWaktu, new Date());
  if (toIsoDate(pt.selesai) < toIsoDate(hariIni)) return;
  const tanggal = pt.mulai > hariIni ? pt.mulai : hariIni;

  const [units, berlaku, pegawai] = await Promise.all([
    tx.unitKerja.findMany({ where: { instansiId: actor.instansiId, aktif: true }, select: { id: true, nama: true, parentId: true, pimpinanId: true } }),
    tx.pelaksanaTugas.findMany({
      where: { unit: { instansiId: actor.instansiId, aktif: true }, mulai: { lte: tanggal }, selesai: { gte: tanggal }, id: { not: pt.id } },
      select: { unitId: true, pegawaiId: true, jenis: true, mulai: true, selesai: true },
    }),
    tx.pegawai.findMany({ where: { instansiId: actor.instansiId, aktif: true }, select: { id: true, unitId: true, atasanId: true, ...GELAR_SELECT } }),
  ]);
  const dengan = [...berlaku, pt];
  const perubahan: PerubahanAtasan[] = [];
  for (const p of pegawai) {
    // An atasan set by hand against the tree is respected as is, PLT/PLH or not.
    if (deriveAtasan(p, units, [], tanggal).atasanId !== p.atasanId) continue;
    const tanpaPt = deriveAtasan(p, units, berlaku, tanggal).atasanId;
    const denganPt = deriveAtasan(p, units, dengan, tanggal).atasanId;
    if (tanpaPt === denganPt) continue;
    perubahan.push(arah === "tetapkan" ? { pegawaiId: p.id, lama: tanpaPt, baru: denganPt } : { pegawaiId: p.id, lama: denganPt, baru: tanpaPt });
  }
  const nama = new Map(pegawai.map((p) => [p.id, namaLengkap(p)]));
  const unit = units.find((u) => u.id === pt.unitId)?.nama ?? "unit kerja";
  const rentang = `${formatTanggal(pt.mulai)} – ${formatTanggal(pt.selesai)}`;
  const peran = LABEL_JENIS_PELAKSANA_TUGAS[pt.jenis];
  const sebab =
    arah === "tetapkan"
      ? `${nama.get(pt.pegawaiId) ?? ""} ditetapkan sebagai ${peran} ${unit}, ${rentang}.`
      : `Penugasan ${peran} ${unit} (${nama.get(pt.pegawaiId) ?? ""}, ${rentang}) dihapus admin instansi.`;
  await catatNotifikasi(tx, pesanPerubahanAtasan(perubahan, (id) => nama.get(id) ?? "", sebab, actor.id));
}
