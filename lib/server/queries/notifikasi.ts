import "server-only";
import type { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";
import { JENIS_NOTIFIKASI, saluranUntuk } from "@/lib/domain/notifikasi";
import type { FilterNotifikasi } from "@/lib/domain/notifikasi-pesan";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const NOTIFIKASI_PAGE_SIZE = 20;

export type NotifikasiRow = { id: string; judul: string; isi: string; createdAt: Date; dibaca: boolean };
export type DaftarNotifikasi = { rows: NotifikasiRow[]; total: number; page: number; pageCount: number };

/** The signed-in person's notifications, newest first; only ever their own. */
export async function listNotifikasi(actor: Actor, filter: FilterNotifikasi, page: number): Promise<DaftarNotifikasi> {
  const where = { penerimaId: actor.id, ...(filter === "belum" ? { dibacaPada: null } : {}) };
  const total = await db.notifikasi.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / NOTIFIKASI_PAGE_SIZE));
  const halaman = Math.min(page, pageCount);
  const rows = await db.notifikasi.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (halaman - 1) * NOTIFIKASI_PAGE_SIZE,
    take: NOTIFIKASI_PAGE_SIZE,
    select: { id: true, judul: true, isi: true, createdAt: true, dibacaPada: true },
  });
  return { rows: rows.map(({ dibacaPada, ...r }) => ({ ...r, dibaca: dibacaPada !== null })), total, page: halaman, pageCount };
}

export type PreferensiNotifikasi = {
  adaEmail: boolean;
  pilihan: Array<{ jenis: JenisNotifikasi; saluran: SaluranNotifikasi }>;
};

/** Profil › Notifikasi: each kind with the channel that applies now (choice or default). */
export async function getPreferensiNotifikasi(actor: Actor): Promise<PreferensiNotifikasi> {
  const pegawai = await db.pegawai.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, preferensiNotifikasi: { select: { jenis: true, saluran: true } } },
  });
  const dipilih = new Map(pegawai.preferensiNotifikasi.map((p) => [p.jenis, p.saluran]));
  const pilihan = (Object.keys(JENIS_NOTIFIKASI) as JenisNotifikasi[]).map((jenis) => ({ jenis, saluran: saluranUntuk(jenis, dipilih) }));
  return { adaEmail: Boolean(pegawai.email), pilihan };
}
