import "server-only";
import { peranTimUntukSkp } from "@/lib/server/queries/tim-kerja";
import { NotFoundError } from "@/lib/domain/errors";
import { canViewSkp } from "@/lib/domain/permissions";
import { readSkpSnapshot } from "@/lib/domain/skp-snapshot";
import { isDikembalikan, statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { z } from "zod";
import { fromIsoDate } from "@/lib/domain/tanggal";
import type {
  Aspek,
  CoreValue,
  JenisLampiran,
  JenisRhk,
  KlasifikasiRhk,
  LayoutSkp,
  Pendekatan,
  Perspektif,
  StatusSkp,
} from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listRiwayat } from "@/lib/server/queries/riwayat";
import { skpDikembalikan } from "@/lib/server/skp/dikembalikan";
import { explainNoAtasanRhk, type AtasanRhkOptions } from "@/lib/domain/skp-intervensi";

type IndikatorRow = {
  id: string;
  aspek: Aspek | null;
  teks: string;
  targetMin: string | null;
  targetMax: string | null;
  satuan: string | null;
  targetNarasi: string | null;
  perspektif: Perspektif | null;
  urutan: number;
};

type RhkRow = {
  id: string;
  jenis: JenisRhk;
  klasifikasi: KlasifikasiRhk | null;
  teks: string;
  parentRhkId: string | null;
  penugasanDari: string | null;
  /** Set when the RHK came from a Tim Kerja role: its penilai decides Utama. */
  peranTimId: string | null;
  urutan: number;
  parent: { id: string; teks: string; pemilikNama: string } | null;
  indikator: IndikatorRow[];
};

type SkpRow = {
  id: string;
  status: StatusSkp;
  version: number;
  periodeAwal: string;
  periodeAkhir: string;
  pendekatan: Pendekatan;
  layout: LayoutSkp;
  snapshot: unknown;
  pegawaiId: string;
  penilaiId: string | null;
  tahunId: string;
  tahun: number;
  instansiId: string;
  pegawaiNip: string;
  instansiNama: string;
  instansiLokasi: string;
  rhk: RhkRow[];
  ekspektasi: { coreValue: CoreValue; teks: string }[];
  lampiran: { id: string; jenis: JenisLampiran; teks: string }[];
};

/**
 * Everything shown on an SKP page, for its owner, its penilai or an admin of the instansi.
 * Anyone else gets NotFound so that guessing ids reveals nothing. Two queries, whatever the
 * number of RHK. Plain SQL that builds the nested RHK and indikator in PostgreSQL: the SKP
 * page, its PDF and the page Ajukan re-renders all read it, and Prisma's relation mapping of
 * the same result costs about 2 ms of the server's one thread per request (README, Performa).
 * Targets come back as text with trailing zeros trimmed (`12`, `12.5`), as Decimal prints them.
 */
export async function getSkpDetail(actor: Actor, skpId: string) {
  if (!z.guid().safeParse(skpId).success) throw new NotFoundError("SKP tidak ditemukan.");
  const [skp] = await db.$queryRaw<SkpRow[]>`
    SELECT s.id, s.status::text AS status, s.version, s.pendekatan::text AS pendekatan, s.layout::text AS layout, s.snapshot,
           to_char(s."periodeAwal", 'YYYY-MM-DD') AS "periodeAwal", to_char(s."periodeAkhir", 'YYYY-MM-DD') AS "periodeAkhir",
           s."pegawaiId", s."penilaiId", s."tahunId", t.tahun, p."instansiId", p.nip AS "pegawaiNip",
           ins.nama AS "instansiNama", ins.lokasi AS "instansiLokasi",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', r.id, 'jenis', r.jenis, 'klasifikasi', r.klasifikasi, 'teks', r.teks, 'parentRhkId', r."parentRhkId",
                      'penugasanDari', r."penugasanDari", 'peranTimId', r."peranTimId", 'urutan', r.urutan,
                      'parent', CASE WHEN pr.id IS NULL THEN NULL ELSE json_build_object('id', pr.id, 'teks', pr.teks, 'pemilikNama', pp.nama) END,
                      'indikator', COALESCE((
                        SELECT json_agg(json_build_object(
                                 'id', i.id, 'aspek', i.aspek, 'teks', i.teks, 'satuan', i.satuan, 'targetNarasi', i."targetNarasi",
                                 'targetMin', trim_scale(i."targetMin")::text, 'targetMax', trim_scale(i."targetMax")::text,
                                 'perspektif', i.perspektif, 'urutan', i.urutan)
                               ORDER BY i.urutan, i."createdAt")
                        FROM "Indikator" i WHERE i."rhkId" = r.id), '[]'::json))
                    ORDER BY r.urutan, r."createdAt")
             FROM "Rhk" r
             LEFT JOIN "Rhk" pr ON pr.id = r."parentRhkId"
             LEFT JOIN "Skp" ps ON ps.id = pr."skpId"
             LEFT JOIN "Pegawai" pp ON pp.id = ps."pegawaiId"
             WHERE r."skpId" = s.id), '[]'::json) AS rhk,
           COALESCE((SELECT json_agg(json_build_object('coreValue', e."coreValue", 'teks', e.teks))
                     FROM "EkspektasiKhusus" e WHERE e."skpId" = s.id), '[]'::json) AS ekspektasi,
           COALESCE((SELECT json_agg(json_build_object('id', l.id, 'jenis', l.jenis, 'teks', l.teks) ORDER BY l.urutan)
                     FROM "LampiranItem" l WHERE l."skpId" = s.id), '[]'::json) AS lampiran
    FROM "Skp" s
    JOIN "Tahun" t ON t.id = s."tahunId"
    JOIN "Pegawai" p ON p.id = s."pegawaiId"
    JOIN "Instansi" ins ON ins.id = p."instansiId"
    WHERE s.id = ${skpId}::uuid`;
  if (!skp || !canViewSkp(actor, skp)) {
    throw new NotFoundError("SKP tidak ditemukan.");
  }

  const riwayat = await listRiwayat("SKP", skp.id);

  const ekspektasi: Partial<Record<CoreValue, string>> = {};
  for (const e of skp.ekspektasi) ekspektasi[e.coreValue] = e.teks;
  const lampiran: Record<JenisLampiran, { id: string; teks: string }[]> = {
    DUKUNGAN_SUMBER_DAYA: [],
    SKEMA_PERTANGGUNGJAWABAN: [],
    KONSEKUENSI: [],
  };
  for (const l of skp.lampiran) lampiran[l.jenis].push({ id: l.id, teks: l.teks });

  return {
    id: skp.id,
    status: skp.status,
    /** The status word of the badge: a returned Draft reads "Dikembalikan". */
    statusTampil: statusSkpTampil(skp.status, isDikembalikan(skp.status, riwayat)),
    version: skp.version,
    periodeAwal: fromIsoDate(skp.periodeAwal),
    periodeAkhir: fromIsoDate(skp.periodeAkhir),
    tahun: skp.tahun,
    tahunId: skp.tahunId,
    pendekatan: skp.pendekatan,
    layout: skp.layout,
    snapshot: readSkpSnapshot(skp.snapshot),
    pegawaiId: skp.pegawaiId,
    pegawaiNip: skp.pegawaiNip,
    penilaiId: skp.penilaiId,
    instansiId: skp.instansiId,
    instansi: { nama: skp.instansiNama, lokasi: skp.instansiLokasi },
    rhkUtama: skp.rhk.filter((r) => r.jenis === "UTAMA"),
    rhkTambahan: skp.rhk.filter((r) => r.jenis === "TAMBAHAN"),
    ekspektasi,
    lampiran,
    riwayat,
  };
}

export type SkpDetail = Awaited<ReturnType<typeof getSkpDetail>>;
export type RhkDetail = SkpDetail["rhkUtama"][number];
export type IndikatorDetail = RhkDetail["indikator"][number];
export type RiwayatSkp = SkpDetail["riwayat"][number];

/** The actor's own SKP, newest period first, with what the list shows. */
export async function listSkpForPegawai(actor: Actor) {
  const rows = await db.skp.findMany({
    where: { pegawaiId: actor.id },
    orderBy: [{ periodeAwal: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      status: true,
      periodeAwal: true,
      periodeAkhir: true,
      pendekatan: true,
      layout: true,
      tahun: { select: { tahun: true } },
      _count: { select: { rhk: true } },
    },
  });
  const dikembalikan = await skpDikembalikan(rows);
  return rows.map(({ tahun, _count, ...r }) => ({
    ...r,
    tahun: tahun.tahun,
    jumlahRhk: _count.rhk,
    statusTampil: statusSkpTampil(r.status, dikembalikan.has(r.id)),
  }));
}

export type SkpListItem = Awaited<ReturnType<typeof listSkpForPegawai>>[number];

/** What "Tambah Periode SKP" needs: the open years, the atasan, and who can set one. */
export async function getSkpCreateContext(actor: Actor) {
  const [tahun, pegawai] = await Promise.all([
    db.tahun.findMany({
      where: { instansiId: actor.instansiId, terbuka: true },
      orderBy: { tahun: "desc" },
      select: { id: true, tahun: true },
    }),
    db.pegawai.findUnique({
      where: { id: actor.id },
      select: { atasan: { select: { nama: true, gelarDepan: true, gelarBelakang: true, jabatan: true } } },
    }),
  ]);
  return {
    tahunTerbuka: tahun,
    atasan: pegawai?.atasan ?? null,
    adminNama: pegawai?.atasan ? null : await namaAdmin(actor.instansiId),
  };
}

/**
 * The RHK a pegawai may intervene: those on their current atasan's SKP(s) of the same year.
 * When there are none, `alasan` says why and names the person who must act.
 */
export async function getAtasanRhkOptions(actor: Actor, skpId: string): Promise<AtasanRhkOptions> {
  const [pilihan, skp] = await Promise.all([
    getRhkAtasanSaja(actor, skpId),
    db.skp.findFirst({ where: { id: skpId, pegawaiId: actor.id }, select: { tahunId: true } }),
  ]);
  if (!skp) return pilihan;
  const peran = await peranTimUntukSkp(actor.id, skp.tahunId);
  const penugasanTim = peran
    .filter((p) => !p.rhk.some((r) => r.skpId === skpId))
    .map((p) => ({ peranTimId: p.id, namaTim: p.rhkTim.tim.nama, rhkTim: p.rhkTim.teks, peran: p.peran, hasilDiharapkan: p.hasilDiharapkan }));
  return { ...pilihan, penugasanTim };
}

async function getRhkAtasanSaja(actor: Actor, skpId: string): Promise<AtasanRhkOptions> {
  const skp = await db.skp.findFirst({
    where: { id: skpId, pegawaiId: actor.id },
    select: { tahunId: true, tahun: { select: { tahun: true } }, pegawai: { select: { atasanId: true } } },
  });
  if (!skp) throw new NotFoundError("SKP tidak ditemukan.");
  const atasanId = skp.pegawai.atasanId;
  if (!atasanId) return explainNoAtasanRhk({ atasan: null, tahun: skp.tahun.tahun, jumlahSkp: 0, adminNama: await namaAdmin(actor.instansiId) });

  const atasan = await db.pegawai.findUnique({
    where: { id: atasanId },
    select: {
      id: true,
      nama: true,
      skp: {
        where: { tahunId: skp.tahunId },
        orderBy: { periodeAwal: "asc" },
        select: {
          periodeAwal: true,
          periodeAkhir: true,
          rhk: { select: { id: true, teks: true, jenis: true }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }] },
        },
      },
    },
  });
  if (!atasan) return explainNoAtasanRhk({ atasan: null, tahun: skp.tahun.tahun, jumlahSkp: 0, adminNama: await namaAdmin(actor.instansiId) });
  const options = atasan.skp.flatMap((s) =>
    s.rhk.map((r) => ({ id: r.id, teks: r.teks, jenis: r.jenis, periodeAwal: s.periodeAwal, periodeAkhir: s.periodeAkhir })),
  );
  if (options.length > 0) return { atasan: { id: atasan.id, nama: atasan.nama }, options, alasan: null };
  return explainNoAtasanRhk({ atasan, tahun: skp.tahun.tahun, jumlahSkp: atasan.skp.length, adminNama: null });
}

/** Admins of the instansi, named in messages that tell a pegawai who can set their atasan. */
async function namaAdmin(instansiId: string): Promise<string[]> {
  const admins = await db.pegawai.findMany({
    where: { instansiId, aktif: true, roles: { has: "ADMIN" } },
    orderBy: { nama: "asc" },
    take: 3,
    select: { nama: true },
  });
  return admins.map((a) => a.nama);
}
