import "server-only";
import type { Tx } from "@/lib/server/db";
import { namaLengkap } from "./pegawai";
import { pegawaiSearchWhere } from "./pegawai-search";

export type PegawaiOption = { id: string; nip: string; nama: string; jabatan: string; unit: string | null };

/** How many a person picker shows: enough to choose from, few enough to stay fast at 50,000 pegawai. */
const BATAS_PILIHAN = 10;

/**
 * Active pegawai of one instansi whose nama or NIP holds `q`, for a person picker. Ordered by
 * nama and cut at 10: PostgreSQL either finds a rare name through the trigram index on nama or
 * walks the (instansiId, nama) index and stops at the tenth match of a common one.
 */
export async function cariPilihanPegawai(tx: Tx, p: { instansiId: string; q: string; kecualiId?: string }): Promise<PegawaiOption[]> {
  const rows = await tx.pegawai.findMany({
    where: { instansiId: p.instansiId, aktif: true, ...(p.kecualiId ? { id: { not: p.kecualiId } } : {}), ...pegawaiSearchWhere(p.q) },
    orderBy: [{ nama: "asc" }],
    take: BATAS_PILIHAN,
    select: { id: true, nip: true, nama: true, gelarDepan: true, gelarBelakang: true, jabatan: true, unit: { select: { nama: true } } },
  });
  return rows.map((r) => ({ id: r.id, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan, unit: r.unit?.nama ?? null }));
}
