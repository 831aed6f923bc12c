import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { canViewSkp } from "@/lib/domain/permissions";
import { readSkpSnapshot } from "@/lib/domain/skp-snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CoreValue, JenisLampiran } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listRiwayat } from "@/lib/server/queries/riwayat";
import { explainNoAtasanRhk, type AtasanRhkOptions } from "@/lib/domain/skp-intervensi";

const indikatorSelect = {
  id: true,
  aspek: true,
  teks: true,
  targetMin: true,
  targetMax: true,
  satuan: true,
  targetNarasi: true,
  perspektif: true,
  urutan: true,
} satisfies Prisma.IndikatorSelect;

const rhkSelect = {
  id: true,
  jenis: true,
  klasifikasi: true,
  teks: true,
  parentRhkId: true,
  penugasanDari: true,
  urutan: true,
  parentRhk: { select: { id: true, teks: true, skp: { select: { pegawai: { select: { nama: true } } } } } },
  indikator: { select: indikatorSelect, orderBy: [{ urutan: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.RhkSelect;

/**
 * Everything shown on an SKP page, for its owner, its penilai or an admin of the instansi.
 * Anyone else gets NotFound so that guessing ids reveals nothing. Two queries, whatever the
 * number of RHK.
 */
export async function getSkpDetail(actor: Actor, skpId: string) {
  const skp = await db.skp.findUnique({
    where: { id: skpId },
    select: {
      id: true,
      status: true,
      version: true,
      periodeAwal: true,
      periodeAkhir: true,
      pendekatan: true,
      layout: true,
      snapshot: true,
      pegawaiId: true,
      penilaiId: true,
      tahunId: true,
      tahun: { select: { tahun: true, terbuka: true } },
      pegawai: { select: { instansiId: true, nama: true } },
      rhk: { select: rhkSelect, orderBy: [{ urutan: "asc" }, { createdAt: "asc" }] },
      ekspektasi: { select: { coreValue: true, teks: true } },
      lampiran: { select: { id: true, jenis: true, teks: true, urutan: true }, orderBy: { urutan: "asc" } },
    },
  });
  if (!skp || !canViewSkp(actor, { ...skp, instansiId: skp.pegawai.instansiId })) {
    throw new NotFoundError("SKP tidak ditemukan.");
  }

  const riwayat = await listRiwayat("SKP", skp.id);

  const rhk = skp.rhk.map((r) => ({
    id: r.id,
    jenis: r.jenis,
    klasifikasi: r.klasifikasi,
    teks: r.teks,
    parentRhkId: r.parentRhkId,
    penugasanDari: r.penugasanDari,
    urutan: r.urutan,
    parent: r.parentRhk ? { id: r.parentRhk.id, teks: r.parentRhk.teks, pemilikNama: r.parentRhk.skp.pegawai.nama } : null,
    indikator: r.indikator.map((i) => ({
      ...i,
      targetMin: i.targetMin?.toString() ?? null,
      targetMax: i.targetMax?.toString() ?? null,
    })),
  }));

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
    version: skp.version,
    periodeAwal: skp.periodeAwal,
    periodeAkhir: skp.periodeAkhir,
    tahun: skp.tahun.tahun,
    tahunId: skp.tahunId,
    pendekatan: skp.pendekatan,
    layout: skp.layout,
    snapshot: readSkpSnapshot(skp.snapshot),
    pegawaiId: skp.pegawaiId,
    penilaiId: skp.penilaiId,
    instansiId: skp.pegawai.instansiId,
    rhkUtama: rhk.filter((r) => r.jenis === "UTAMA"),
    rhkTambahan: rhk.filter((r) => r.jenis === "TAMBAHAN"),
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
  return rows.map(({ tahun, _count, ...r }) => ({ ...r, tahun: tahun.tahun, jumlahRhk: _count.rhk }));
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
