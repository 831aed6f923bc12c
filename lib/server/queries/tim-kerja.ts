import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { parseUuidParam } from "@/lib/domain/url-params";
import { canKelolaPeranTim, canLihatTim, canUbahTim, mayBuatTim } from "@/lib/domain/tim-kerja";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

const orang = { select: { id: true, nama: true, nip: true, unit: { select: { nama: true } } } } as const;

/** The teams one leads, belongs to or created (the admin: every team of the instansi), newest year first. */
export async function daftarTimKerja(actor: Actor) {
  const jabatan = await db.pegawai.findUniqueOrThrow({ where: { id: actor.id }, select: { jenisJabatan: true, eselon: true } });
  const bolehBuat = mayBuatTim({ ...actor, ...jabatan }, actor.instansiId);
  // The create form's years are read only for those who may create: not on every pegawai's visit.
  // Its ketua is searched as one types (cariPegawaiTim), never listed from 50,000 pegawai.
  const [tim, tahun] = await Promise.all([
    db.timKerja.findMany({
      where: actor.isAdmin
        ? { instansiId: actor.instansiId }
        : { instansiId: actor.instansiId, OR: [{ ketuaId: actor.id }, { pembuatId: actor.id }, { anggota: { some: { pegawaiId: actor.id } } }] },
      orderBy: [{ tahun: { tahun: "desc" } }, { nama: "asc" }],
      select: {
        id: true,
        nama: true,
        ditutupPada: true,
        ketuaId: true,
        pembuatId: true,
        tahun: { select: { tahun: true } },
        ketua: { select: { nama: true } },
        _count: { select: { anggota: { where: { keluarPada: null } }, rhk: true } },
      },
    }),
    bolehBuat ? db.tahun.findMany({ where: { instansiId: actor.instansiId, terbuka: true }, orderBy: { tahun: "desc" }, select: { id: true, tahun: true } }) : [],
  ]);
  return { tim, bolehBuat, tahun };
}

/** One team with its anggota, team RHK and roles, for whoever may see it; NotFound otherwise. */
export async function detailTimKerja(actor: Actor, timParam: string) {
  const timId = parseUuidParam(timParam);
  if (!timId) throw new NotFoundError("Tim kerja tidak ditemukan.");
  const tim = await db.timKerja.findUnique({
    where: { id: timId },
    select: {
      id: true,
      nama: true,
      version: true,
      instansiId: true,
      tahunId: true,
      ketuaId: true,
      pembuatId: true,
      ditutupPada: true,
      tahun: { select: { tahun: true } },
      ketua: orang,
      pembuat: orang,
      anggota: { orderBy: [{ keluarPada: { sort: "desc", nulls: "first" } }, { pegawai: { nama: "asc" } }], select: { id: true, pegawaiId: true, keluarPada: true, pegawai: orang } },
      rhk: {
        orderBy: { urutan: "asc" },
        select: {
          id: true,
          teks: true,
          rhkPembuat: { select: { teks: true } },
          peran: {
            select: {
              id: true,
              anggotaId: true,
              peran: true,
              hasilDiharapkan: true,
              rhk: {
                where: { skp: { status: "PERSETUJUAN" } },
                select: { id: true, skpId: true, jenis: true, umpanBalikTim: { select: { periodeId: true, teks: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!tim) throw new NotFoundError("Tim kerja tidak ditemukan.");
  const ref = { ...tim, anggotaIds: tim.anggota.map((a) => a.pegawaiId) };
  if (!canLihatTim(actor, ref)) throw new NotFoundError("Tim kerja tidak ditemukan.");
  const bolehUbah = canUbahTim(actor, ref);
  const [rhkPembuat, periode] = await Promise.all([
    bolehUbah ? db.rhk.findMany({ where: { skp: { pegawaiId: tim.pembuatId, tahunId: tim.tahunId } }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }], select: { id: true, teks: true } }) : [],
    db.periodePenilaian.findMany({ where: { tahunId: tim.tahunId }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }], select: { id: true, jenis: true, urutan: true, awal: true, akhir: true } }),
  ]);
  return { ...tim, bolehUbah, bolehKelolaPeran: canKelolaPeranTim(actor, ref), rhkPembuat, periode };
}

export type DetailTimKerja = Awaited<ReturnType<typeof detailTimKerja>>;

/** The anggota's roles in open teams of the SKP's year, to offer in the RHK form. */
export async function peranTimUntukSkp(pegawaiId: string, tahunId: string) {
  return db.peranTim.findMany({
    where: { anggota: { pegawaiId, keluarPada: null }, rhkTim: { tim: { tahunId, ditutupPada: null } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, peran: true, hasilDiharapkan: true, rhk: { select: { skpId: true } }, rhkTim: { select: { teks: true, tim: { select: { nama: true } } } } },
  });
}
