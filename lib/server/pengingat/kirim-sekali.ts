import "server-only";
import type { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";

export type PengingatBaru = { penerimaId: string; kunci: string; judul: string; isi: string; tautan: string };

/** How many reminders one transaction writes: a few statements each, whatever the instansi's size. */
export const UKURAN_BATCH = 1000;

/**
 * Sends each reminder at most once per person and occasion: the PengingatTerkirim rows and the
 * notifications go in the caller's one transaction, and only the rows this insert actually
 * wrote are notified. A second worker inserting the same keys waits on ours, then finds them
 * taken (ON CONFLICT DO NOTHING); a run repeated after a restart finds them all taken.
 */
export async function kirimPengingatSekali(tx: Tx, jenis: JenisNotifikasi, daftar: PengingatBaru[]): Promise<number> {
  if (daftar.length === 0) return 0;
  const kunci = daftar.map((p) => ({ penerimaId: p.penerimaId, kunci: p.kunci }));
  const baru = await tx.$queryRaw<Array<{ penerimaId: string; kunci: string }>>`
    INSERT INTO "PengingatTerkirim" ("penerimaId", kunci, "createdAt")
    SELECT k."penerimaId", k.kunci, (now() AT TIME ZONE 'UTC')
    FROM json_to_recordset(${JSON.stringify(kunci)}::json) AS k("penerimaId" uuid, kunci text)
    -- One order in every worker: two inserting overlapping keys wait on each other, never deadlock.
    ORDER BY k."penerimaId", k.kunci
    ON CONFLICT DO NOTHING
    RETURNING "penerimaId"::text, kunci`;
  const terkirim = new Set(baru.map((b) => `${b.penerimaId}|${b.kunci}`));
  const kirim = daftar.filter((p) => terkirim.has(`${p.penerimaId}|${p.kunci}`));
  await catatNotifikasi(
    tx,
    kirim.map((p) => ({ penerimaId: p.penerimaId, jenis, judul: p.judul, isi: p.isi, tautan: p.tautan })),
  );
  return kirim.length;
}

/** Slices of UKURAN_BATCH. */
export function potong<T>(daftar: readonly T[], ukuran = UKURAN_BATCH): T[][] {
  const hasil: T[][] = [];
  for (let i = 0; i < daftar.length; i += ukuran) hasil.push(daftar.slice(i, i + ukuran));
  return hasil;
}
