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
import type { StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const SKP_BAWAHAN_PAGE_SIZE = 25;

export type SkpBawahanRow = {
  /** The SKP id, or the pegawai id for a bawahan without an SKP. */
  key: string;
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

const pegawaiSelect = { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, jabatan: true } as const;
const skpSelect = {
  id: true,
  status: true,
  periodeAwal: true,
  periodeAkhir: true,
  penilaiId: true,
  penilai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } },
  _count: { select: { rhk: true } },
} as const;

async function loadRows(actor: Actor, tahunId: string): Promise<SkpBawahanRow[]> {
  // Two index-driven queries instead of one "penilai OR pegawai.atasanId" filter: that OR spans
  // a join, so Postgres could only answer it by scanning every SKP and pegawai of the instansi.
  const [bawahan, dinilai] = await Promise.all([
    db.pegawai.findMany({
      where: { atasanId: actor.id, aktif: true, instansiId: actor.instansiId },
      select: { ...pegawaiSelect, skp: { where: { tahunId }, select: skpSelect } },
    }),
    db.skp.findMany({
      where: { tahunId, penilaiId: actor.id, pegawaiId: { not: actor.id }, pegawai: { instansiId: actor.instansiId } },
      select: { ...skpSelect, pegawai: { select: pegawaiSelect } },
    }),
  ]);
  const skpById = new Map(dinilai.map((s) => [s.id, s]));
  for (const { skp, ...pegawai } of bawahan) {
    if (pegawai.id === actor.id) continue;
    for (const s of skp) if (!skpById.has(s.id)) skpById.set(s.id, { ...s, pegawai });
  }
  const skpRows = [...skpById.values()];
  const tanpaSkp = bawahan.filter((p) => p.skp.length === 0);

  // The latest submission of each SKP, in one grouped query.
  const diajukan = skpRows.length
    ? await db.riwayatStatus.groupBy({
        by: ["entitasId"],
        where: { entitas: "SKP", ke: "PENGAJUAN", entitasId: { in: skpRows.map((s) => s.id) } },
        _max: { createdAt: true },
      })
    : [];
  const diajukanPada = new Map(diajukan.map((d) => [d.entitasId, d._max.createdAt]));

  const rows: { namaTanpaGelar: string; row: SkpBawahanRow }[] = [
    ...skpRows.map((s) => ({
      namaTanpaGelar: s.pegawai.nama,
      row: {
        key: s.id,
        status: s.status,
        pegawai: toPegawai(s.pegawai),
        skp: {
          id: s.id,
          status: s.status,
          periodeAwal: s.periodeAwal,
          periodeAkhir: s.periodeAkhir,
          jumlahRhk: s._count.rhk,
          diajukanPada: diajukanPada.get(s.id) ?? null,
          sayaPenilai: s.penilaiId === actor.id,
          penilaiNama: s.penilai ? namaDenganGelar(s.penilai) : null,
        },
      },
    })),
    ...tanpaSkp.map((p) => ({ namaTanpaGelar: p.nama, row: { key: p.id, status: "BELUM" as const, pegawai: toPegawai(p), skp: null } })),
  ];
  // Sorted on the bare name: "Dr. H. Asep" belongs under A, not D.
  return rows
    .sort((a, b) => bandingkanBawahan({ status: a.row.status, nama: a.namaTanpaGelar }, { status: b.row.status, nama: b.namaTanpaGelar }))
    .map((r) => r.row);
}

function toPegawai(p: { id: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; jabatan: string }) {
  return { id: p.id, nama: namaDenganGelar(p), nip: p.nip, jabatan: p.jabatan };
}
