import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import type { JenisJabatan, JenisPegawai } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { namaLengkap, pangkatGolongan } from "@/lib/server/queries/pegawai";

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

type BerandaRow = {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  jenisPegawai: JenisPegawai;
  eselon: number | null;
  pangkat: string | null;
  golongan: string | null;
  instansi: string;
  unit: string | null;
  memimpin: string | null;
  memimpinPuncak: boolean | null;
  atasanNama: string | null;
  atasanGelarDepan: string | null;
  atasanGelarBelakang: string | null;
  atasanNip: string | null;
  atasanJabatan: string | null;
  atasanAktif: boolean | null;
  jumlahBawahan: number;
};

/**
 * Everything the beranda shows about the signed-in pegawai, in one query. Plain SQL: every
 * signed-in person opens this page first, and a raw query skips Prisma's plan interpreter and
 * JSON relation mapping, about 1 ms of the server's one thread per request (README, Performa).
 */
export async function getBeranda(actor: Actor): Promise<Beranda> {
  const [p] = await db.$queryRaw<BerandaRow[]>`
    SELECT p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.jabatan, p."jenisJabatan"::text AS "jenisJabatan",
           p."jenisPegawai"::text AS "jenisPegawai", p.eselon, p.pangkat, p.golongan,
           i.nama AS instansi, u.nama AS unit, m.nama AS memimpin, (m.id IS NOT NULL AND m."parentId" IS NULL) AS "memimpinPuncak",
           a.nama AS "atasanNama", a."gelarDepan" AS "atasanGelarDepan", a."gelarBelakang" AS "atasanGelarBelakang",
           a.nip AS "atasanNip", a.jabatan AS "atasanJabatan", a.aktif AS "atasanAktif",
           (SELECT count(*) FROM "Pegawai" b WHERE b."atasanId" = p.id AND b.aktif)::int AS "jumlahBawahan"
    FROM "Pegawai" p
    JOIN "Instansi" i ON i.id = p."instansiId"
    LEFT JOIN "UnitKerja" u ON u.id = p."unitId"
    LEFT JOIN "UnitKerja" m ON m."pimpinanId" = p.id
    LEFT JOIN "Pegawai" a ON a.id = p."atasanId"
    WHERE p.id = ${actor.id}::uuid AND p."instansiId" = ${actor.instansiId}::uuid`;
  if (!p) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");

  return {
    nama: p.nama,
    namaLengkap: namaLengkap(p),
    nip: p.nip,
    instansi: p.instansi,
    unitKerja: p.unit,
    jabatan: p.jabatan,
    jenisJabatan: p.jenisJabatan,
    jenisPegawai: p.jenisPegawai,
    eselon: p.eselon,
    pangkatGolongan: pangkatGolongan(p),
    atasan:
      p.atasanNama !== null
        ? {
            status: "ADA",
            nama: namaLengkap({ nama: p.atasanNama, gelarDepan: p.atasanGelarDepan, gelarBelakang: p.atasanGelarBelakang }),
            nip: p.atasanNip ?? "",
            jabatan: p.atasanJabatan ?? "",
            aktif: p.atasanAktif ?? false,
          }
        : { status: p.memimpinPuncak ? "PUNCAK" : "BELUM_DIATUR" },
    memimpinUnit: p.memimpin,
    jumlahBawahan: p.jumlahBawahan,
    isAdmin: actor.isAdmin,
  };
}
