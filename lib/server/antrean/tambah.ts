import "server-only";
import type { Tx } from "@/lib/server/db";
import type { NamaTugas } from "./nama-tugas";

export type OpsiTugas = {
  /** graphile-worker's job_key: a second add with the same key replaces the waiting job, never doubles it. */
  kunci?: string;
  jalankanPada?: Date;
  maksPercobaan?: number;
};

/**
 * Queues background work in the caller's transaction (graphile-worker's add_job is plain SQL),
 * so the job exists exactly when the change that asked for it was committed.
 */
export async function tambahTugasLatar(tx: Tx, nama: NamaTugas, payload: Record<string, unknown>, opsi: OpsiTugas = {}): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${nama}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${opsi.jalankanPada ?? null}::timestamptz,
    max_attempts => ${opsi.maksPercobaan ?? null}::int,
    job_key => ${opsi.kunci ?? null}::text
  )`;
}

/** Many jobs of one kind in one statement (a reminder run queues thousands of emails). */
export async function tambahBanyakTugasLatar(
  tx: Tx,
  nama: NamaTugas,
  daftar: Array<{ payload: Record<string, unknown>; kunci?: string }>,
  opsi: Pick<OpsiTugas, "maksPercobaan"> = {},
): Promise<void> {
  if (daftar.length === 0) return;
  const maxAttempts = opsi.maksPercobaan ?? null;
  const spesifikasi = daftar.map((d) => ({ identifier: nama, payload: d.payload, job_key: d.kunci ?? null, max_attempts: maxAttempts }));
  await tx.$executeRaw`SELECT graphile_worker.add_jobs(
    ARRAY(SELECT json_populate_record(NULL::graphile_worker.job_spec, s) FROM json_array_elements(${JSON.stringify(spesifikasi)}::json) s)
  )`;
}
