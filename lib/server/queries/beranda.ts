import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import type { JenisJabatan, JenisPegawai } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { GELAR_SELECT, namaLengkap, pangkatGolongan } from "@/lib/server/queries/pegawai";

/**
 * Why there is or is not an atasan: the head of the instansi has none inside it, anyone else
 * without one cannot have an SKP approved until the admin sets it.
 */
export type AtasanInfo =
  | { status: "ADA"; nama: string; nip: string; jabatan: string; aktif: boolean }
  | { status: "PUNCAK" }
  | { status: "BELUM_DIATUR" };

export type Beranda = {
  nama: string;
  namaLengkap: string;
  nip: string;
  instansi: string;
  unitKerja: string | null;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  jenisPegawai: JenisPegawai;
  eselon: number | null;
  pangkatGolongan: string | null;
  atasan: AtasanInfo;
  memimpinUnit: string | null;
  jumlahBawahan: number;
  isAdmin: boolean;
};

/** Everything the beranda shows about the signed-in pegawai, in one query. */
export async function getBeranda(actor: Actor): Promise<Beranda> {
  const p = await db.pegawai.findFirst({
    where: { id: actor.id, instansiId: actor.instansiId },
    select: {
      ...GELAR_SELECT,
      nip: true,
      jabatan: true,
      jenisJabatan: true,
      jenisPegawai: true,
      eselon: true,
      pangkat: true,
      golongan: true,
      instansi: { select: { nama: true } },
      unit: { select: { nama: true } },
      memimpin: { select: { nama: true, parentId: true } },
      atasan: { select: { ...GELAR_SELECT, nip: true, jabatan: true, aktif: true } },
      _count: { select: { bawahan: { where: { aktif: true } } } },
    },
  });
  if (!p) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");

  return {
    nama: p.nama,
    namaLengkap: namaLengkap(p),
    nip: p.nip,
    instansi: p.instansi.nama,
    unitKerja: p.unit?.nama ?? null,
    jabatan: p.jabatan,
    jenisJabatan: p.jenisJabatan,
    jenisPegawai: p.jenisPegawai,
    eselon: p.eselon,
    pangkatGolongan: pangkatGolongan(p),
    atasan: p.atasan
      ? { status: "ADA", nama: namaLengkap(p.atasan), nip: p.atasan.nip, jabatan: p.atasan.jabatan, aktif: p.atasan.aktif }
      : { status: p.memimpin && p.memimpin.parentId === null ? "PUNCAK" : "BELUM_DIATUR" },
    memimpinUnit: p.memimpin?.nama ?? null,
    jumlahBawahan: p._count.bawahan,
    isAdmin: actor.isAdmin,
  };
}
