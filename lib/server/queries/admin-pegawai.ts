import "server-only";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import type { JenisJabatan, JenisPegawai, JenisPelaksanaTugas, JenjangFungsional } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { deriveAtasanMany } from "./admin-atasan";
import { getEffectivePenilai } from "./admin-pelaksana-tugas";
import { assertAdminOf } from "./admin-scope";
import { GELAR_SELECT, namaLengkap } from "./pegawai";

export type OrangRingkas = { id: string; nama: string; nip: string; jabatan: string };

export type PegawaiDetail = {
  id: string;
  nip: string;
  namaLengkap: string;
  form: {
    nama: string;
    gelarDepan: string;
    gelarBelakang: string;
    email: string;
    jenisPegawai: JenisPegawai;
    jenisJabatan: JenisJabatan;
    jabatan: string;
    eselon: "" | "1" | "2" | "3" | "4";
    jenjangFungsional: "" | JenjangFungsional;
    golongan: string;
    unitId: string;
  };
  version: number;
  aktif: boolean;
  isAdmin: boolean;
  unit: string | null;
  memimpin: string | null;
  atasan: OrangRingkas | null;
  /** What the unit tree suggests; shown beside the stored atasan, never applied silently. */
  atasanTurunan: { orang: OrangRingkas | null; alasan?: string };
  /** Someone acting (PLT/PLH) as penilai today instead of the stored atasan. */
  penilaiPengganti: (OrangRingkas & { sebagai: JenisPelaksanaTugas }) | null;
  permintaanMenunggu: number;
};

const ORANG_SELECT = { id: true, nip: true, jabatan: true, ...GELAR_SELECT } as const;

/** One pegawai of the admin's own instansi; null for an id from elsewhere or nowhere. */
export async function getPegawaiForAdmin(actor: Actor, pegawaiId: string): Promise<PegawaiDetail | null> {
  assertAdminOf(actor, actor.instansiId);
  const p = await db.pegawai.findFirst({
    where: { id: pegawaiId, instansiId: actor.instansiId },
    select: {
      ...ORANG_SELECT,
      email: true,
      jenisPegawai: true,
      jenisJabatan: true,
      eselon: true,
      jenjangFungsional: true,
      pangkat: true,
      golongan: true,
      unitId: true,
      version: true,
      aktif: true,
      roles: true,
      unit: { select: { nama: true } },
      memimpin: { select: { nama: true } },
      atasan: { select: ORANG_SELECT },
      _count: { select: { permintaanAtasan: { where: { status: "MENUNGGU" } } } },
    },
  });
  if (!p) return null;

  const turunan = (await deriveAtasanMany(db, actor.instansiId, [{ id: p.id, unitId: p.unitId }])).get(p.id);
  const penilai = await getEffectivePenilai(db, p.id, hariIniDi(actor.zonaWaktu, new Date()));
  const ids = [turunan?.atasanId, penilai?.sebagai !== "DEFINITIF" ? penilai?.penilaiId : null].filter((id): id is string => !!id);
  const orang = new Map(
    (await db.pegawai.findMany({ where: { id: { in: ids }, instansiId: actor.instansiId }, select: ORANG_SELECT })).map((o) => [o.id, ringkas(o)]),
  );
  const pengganti = penilai && penilai.sebagai !== "DEFINITIF" && penilai.penilaiId ? orang.get(penilai.penilaiId) : undefined;

  return {
    id: p.id,
    nip: p.nip,
    namaLengkap: namaLengkap(p),
    form: {
      nama: p.nama,
      gelarDepan: p.gelarDepan ?? "",
      gelarBelakang: p.gelarBelakang ?? "",
      email: p.email ?? "",
      jenisPegawai: p.jenisPegawai,
      jenisJabatan: p.jenisJabatan,
      jabatan: p.jabatan,
      eselon: p.eselon && p.eselon >= 1 && p.eselon <= 4 ? (String(p.eselon) as "1" | "2" | "3" | "4") : "",
      jenjangFungsional: p.jenjangFungsional ?? "",
      golongan: p.golongan ?? "",
      unitId: p.unitId ?? "",
    },
    version: p.version,
    aktif: p.aktif,
    isAdmin: p.roles.includes("ADMIN"),
    unit: p.unit?.nama ?? null,
    memimpin: p.memimpin?.nama ?? null,
    atasan: p.atasan ? ringkas(p.atasan) : null,
    atasanTurunan: { orang: turunan?.atasanId ? (orang.get(turunan.atasanId) ?? null) : null, alasan: turunan?.reason },
    penilaiPengganti: pengganti && penilai && penilai.sebagai !== "DEFINITIF" ? { ...pengganti, sebagai: penilai.sebagai } : null,
    permintaanMenunggu: p._count.permintaanAtasan,
  };
}

function ringkas(p: { id: string; nip: string; jabatan: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null }): OrangRingkas {
  return { id: p.id, nama: namaLengkap(p), nip: p.nip, jabatan: p.jabatan };
}
