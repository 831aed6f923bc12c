import "server-only";
import {
  bandingkanBawahan,
  halaman,
  pilihTahun,
  STATUS_BAWAHAN,
  type Halaman,
  type StatusBawahan,
} from "@/lib/domain/review-bawahan";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import { statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { sqlDikembalikan } from "@/lib/server/skp/dikembalikan";

export const SKP_BAWAHAN_PAGE_SIZE = 25;

export type SkpBawahanRow = {
  /** The SKP id, or the pegawai id for a bawahan without an SKP. */
  key: string;
  /** As the list shows it: a returned Draft is DIKEMBALIKAN, no SKP is BELUM. */
  status: StatusBawahan;
  pegawai: { id: string; nama: string; nip: string; jabatan: string };
  skp: {
    id: string;
    status: StatusSkp;
    periodeAwal: Date;
    periodeAkhir: Date;
    jumlahRhk: number;
    diajukanPada: Date | null;
    /** False when the SKP names someone else as penilai (the atasan changed after it was made). */
    sayaPenilai: boolean;
    penilaiNama: string | null;
  } | null;
};

export type SkpBawahanList = Halaman<SkpBawahanRow> & {
  tahun: number | null;
  tahunTersedia: number[];
  status: StatusBawahan | null;
  jumlahPerStatus: Record<StatusBawahan, number>;
};

type Options = { tahun?: number; status?: StatusBawahan; page?: number };

/**
 * "SKP Bawahan": every SKP of the year that names the actor as penilai or belongs to one of
 * their current bawahan, plus bawahan who have no SKP yet. Four queries whatever the number
 * of bawahan. A single atasan has tens of bawahan, not thousands, so filtering and paging the
 * merged list in memory is cheaper than a UNION that Prisma cannot express.
 */
export async function listSkpBawahan(actor: Actor, options: Options = {}): Promise<SkpBawahanList> {
  const tahunRows = await db.tahun.findMany({
    where: { instansiId: actor.instansiId },
    orderBy: { tahun: "desc" },
    select: { id: true, tahun: true },
  });
  const tahun = pilihTahun(tahunRows.map((t) => t.tahun), options.tahun, new Date());
  const tahunId = tahunRows.find((t) => t.tahun === tahun)?.id;
  const rows = tahunId ? await loadRows(actor, tahunId) : [];

  const jumlahPerStatus = Object.fromEntries(STATUS_BAWAHAN.map((s) => [s, 0])) as Record<StatusBawahan, number>;
  for (const row of rows) jumlahPerStatus[row.status] += 1;
  const status = options.status && STATUS_BAWAHAN.includes(options.status) ? options.status : null;
  const terpilih = status ? rows.filter((r) => r.status === status) : rows;

  return {
    ...halaman(terpilih, options.page ?? 1, SKP_BAWAHAN_PAGE_SIZE),
    tahun,
    tahunTersedia: tahunRows.map((t) => t.tahun),
    status,
    jumlahPerStatus,
  };
}

type BarisSql = {
  skpId: string | null;
  status: StatusSkp | null;
  dikembalikan: boolean;
  periodeAwal: Date | null;
  periodeAkhir: Date | null;
  jumlahRhk: number;
  diajukanPada: Date | null;
  penilaiId: string | null;
  penilaiNama: string | null;
  penilaiGelarDepan: string | null;
  penilaiGelarBelakang: string | null;
  pegawaiId: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  jabatan: string;
};

/**
 * One statement: the year's SKP that name the actor as penilai, the year's SKP of their current
 * bawahan (whoever the penilai), and bawahan without an SKP that year. Each part starts from an
 * index (Skp by penilai, Pegawai by atasan); a single "penilai OR atasan" filter would span a
 * join and scan every SKP of the instansi. Plain SQL: a Prisma relation query per part cost
 * about 1 ms of the server's one thread each (README, Performa).
 */
async function loadRows(actor: Actor, tahunId: string): Promise<SkpBawahanRow[]> {
  const baris = await db.$queryRaw<BarisSql[]>`
    WITH bawahan AS (
      SELECT id FROM "Pegawai"
      WHERE "atasanId" = ${actor.id}::uuid AND aktif AND "instansiId" = ${actor.instansiId}::uuid AND id <> ${actor.id}::uuid
    ), skp AS (
      SELECT s.id FROM "Skp" s
      JOIN "Pegawai" p ON p.id = s."pegawaiId" AND p."instansiId" = ${actor.instansiId}::uuid
      WHERE s."tahunId" = ${tahunId}::uuid AND s."penilaiId" = ${actor.id}::uuid AND s."pegawaiId" <> ${actor.id}::uuid
      UNION
      SELECT s.id FROM "Skp" s JOIN bawahan b ON b.id = s."pegawaiId" WHERE s."tahunId" = ${tahunId}::uuid
    )
    SELECT s.id AS "skpId", s.status::text AS status, ${sqlDikembalikan(Prisma.sql`s.id`, Prisma.sql`s.status`)} AS dikembalikan,
           s."periodeAwal", s."periodeAkhir",
           (SELECT count(*) FROM "Rhk" r WHERE r."skpId" = s.id)::int AS "jumlahRhk",
           (SELECT max(rs."createdAt") FROM "RiwayatStatus" rs
             WHERE rs.entitas = 'SKP' AND rs."entitasId" = s.id AND rs.ke = 'PENGAJUAN') AS "diajukanPada",
           s."penilaiId", pn.nama AS "penilaiNama", pn."gelarDepan" AS "penilaiGelarDepan", pn."gelarBelakang" AS "penilaiGelarBelakang",
           p.id AS "pegawaiId", p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.jabatan
    FROM skp JOIN "Skp" s ON s.id = skp.id
    JOIN "Pegawai" p ON p.id = s."pegawaiId"
    LEFT JOIN "Pegawai" pn ON pn.id = s."penilaiId"
    UNION ALL
    SELECT NULL, NULL, false, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, p.id, p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.jabatan
    FROM bawahan b JOIN "Pegawai" p ON p.id = b.id
    WHERE NOT EXISTS (SELECT 1 FROM "Skp" s WHERE s."pegawaiId" = p.id AND s."tahunId" = ${tahunId}::uuid)`;

  const rows = baris.map((b) => {
    const pegawai = { id: b.pegawaiId, nama: namaDenganGelar(b), nip: b.nip, jabatan: b.jabatan };
    const row: SkpBawahanRow =
      b.skpId && b.status && b.periodeAwal && b.periodeAkhir
        ? {
            key: b.skpId,
            status: statusSkpTampil(b.status, b.dikembalikan),
            pegawai,
            skp: {
              id: b.skpId,
              status: b.status,
              periodeAwal: b.periodeAwal,
              periodeAkhir: b.periodeAkhir,
              jumlahRhk: b.jumlahRhk,
              diajukanPada: b.diajukanPada,
              sayaPenilai: b.penilaiId === actor.id,
              penilaiNama: b.penilaiNama ? namaDenganGelar({ nama: b.penilaiNama, gelarDepan: b.penilaiGelarDepan, gelarBelakang: b.penilaiGelarBelakang }) : null,
            },
          }
        : { key: b.pegawaiId, status: "BELUM", pegawai, skp: null };
    return { namaTanpaGelar: b.nama, row };
  });
  // Sorted on the bare name: "Dr. H. Asep" belongs under A, not D.
  return rows
    .sort((a, b) => bandingkanBawahan({ status: a.row.status, nama: a.namaTanpaGelar }, { status: b.row.status, nama: b.namaTanpaGelar }))
    .map((r) => r.row);
}
