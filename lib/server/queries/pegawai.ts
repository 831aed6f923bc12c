import "server-only";
import { ForbiddenError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pegawaiSearchWhere } from "./pegawai-search";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const PEGAWAI_PAGE_SIZE = 25;

export type PegawaiListRow = {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
  unit: string | null;
  atasan: { nama: string; nip: string } | null;
  /** Leads the top unit, so having no atasan inside the instansi is expected. */
  puncak: boolean;
  aktif: boolean;
};

export type PegawaiList = {
  rows: PegawaiListRow[];
  total: number;
  page: number;
  pageCount: number;
  q: string;
};

/**
 * The admin's pegawai list: only their own instansi, searchable by nama or NIP (also in the
 * grouped form people copy from documents), 25 a page.
 */
export async function listPegawaiForAdmin(actor: Actor, params: { q?: string; page?: number }): Promise<PegawaiList> {
  if (!actor.isAdmin) throw new ForbiddenError("Halaman ini hanya untuk admin instansi.");

  const q = (params.q ?? "").trim().slice(0, 100);
  const where: Prisma.PegawaiWhereInput = { instansiId: actor.instansiId, ...pegawaiSearchWhere(q) };
  const page = Math.max(1, Math.floor(params.page ?? 1) || 1);

  const [total, rows] = await Promise.all([
    db.pegawai.count({ where }),
    db.pegawai.findMany({
      where,
      orderBy: [{ nama: "asc" }, { nip: "asc" }],
      skip: (page - 1) * PEGAWAI_PAGE_SIZE,
      take: PEGAWAI_PAGE_SIZE,
      select: {
        id: true,
        nip: true,
        ...GELAR_SELECT,
        jabatan: true,
        aktif: true,
        unit: { select: { nama: true } },
        atasan: { select: { nip: true, ...GELAR_SELECT } },
        memimpin: { select: { parentId: true } },
      },
    }),
  ]);

  return {
    rows: rows.map((p) => ({
      id: p.id,
      nip: p.nip,
      nama: namaLengkap(p),
      jabatan: p.jabatan,
      unit: p.unit?.nama ?? null,
      atasan: p.atasan ? { nama: namaLengkap(p.atasan), nip: p.atasan.nip } : null,
      puncak: p.memimpin !== null && p.memimpin.parentId === null,
      aktif: p.aktif,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PEGAWAI_PAGE_SIZE)),
    q,
  };
}

export const GELAR_SELECT = { nama: true, gelarDepan: true, gelarBelakang: true } as const;

type NamaGelar = { nama: string; gelarDepan: string | null; gelarBelakang: string | null };

/** `Dr. H. Asep Saepudin, S.Sos., M.Si.`: the name as written on official documents. */
export function namaLengkap(p: NamaGelar): string {
  const inti = p.gelarBelakang ? `${p.nama}, ${p.gelarBelakang}` : p.nama;
  return p.gelarDepan ? `${p.gelarDepan} ${inti}` : inti;
}

/** `Penata Muda (III/a)`; PPPK have a golongan only, e.g. `Golongan IX`. */
export function pangkatGolongan(p: { pangkat: string | null; golongan: string | null }): string | null {
  if (p.pangkat && p.golongan) return `${p.pangkat} (${p.golongan})`;
  if (p.golongan) return `Golongan ${p.golongan}`;
  return p.pangkat;
}
