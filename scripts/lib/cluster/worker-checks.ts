import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { NAMA_TUGAS } from "../../../lib/server/antrean/nama-tugas";
import { DEMO_ACCOUNTS } from "../../../prisma/seed/demo-accounts";
import type { Check } from "./cluster-checks";

const BATAS_TUNGGU_MS = 90_000;

/**
 * Each instance runs its own worker, so two workers share the queue. A SIASN unit sync queued
 * twice for one `Job` row (as when "Lanjutkan" queues it beside a copy that looked stuck) must
 * run once: both copies are taken, one by each worker or both by one, and only the one that
 * claims the row works. A second run would count every unit again.
 */
export async function workerChecks(check: Check, databaseUrl: string): Promise<void> {
  await check("dua pekerja latar pada satu basis data: sinkron unit kerja yang diantrekan dua kali berjalan sekali", async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const admin = await client.query<{ id: string; instansiId: string }>(`SELECT id, "instansiId" FROM "Pegawai" WHERE nip = $1`, [DEMO_ACCOUNTS.admin.nip]);
      const aktor = admin.rows[0];
      if (!aktor) throw new Error("admin demo tidak ada");
      const job = await client.query<{ id: string }>(
        `INSERT INTO "Job" (id, "instansiId", jenis, "aktorId", "updatedAt") VALUES (gen_random_uuid(), $1, 'SINKRON_UNOR', $2, now() AT TIME ZONE 'UTC') RETURNING id`,
        [aktor.instansiId, aktor.id],
      );
      const jobId = job.rows[0]?.id;
      for (let i = 0; i < 2; i += 1) {
        await client.query(`SELECT graphile_worker.add_job($1, json_build_object('jobId', $2::text))`, [NAMA_TUGAS.SINKRON_SIASN_MASSAL, jobId]);
      }
      const hasil = await tungguSelesai(client, jobId ?? "");
      if (hasil.status !== "SELESAI") throw new Error(`sinkron berakhir ${hasil.status}: ${JSON.stringify(hasil.log)}`);
      if (hasil.total === 0 || hasil.selesai !== hasil.total) throw new Error(`${hasil.selesai} unit diproses dari ${hasil.total}: sinkron berjalan lebih dari sekali`);
    } finally {
      await client.end();
    }
  });
}

type HasilJob = { status: string; total: number; selesai: number; log: unknown };

async function tungguSelesai(client: pg.Client, jobId: string): Promise<HasilJob> {
  const batas = Date.now() + BATAS_TUNGGU_MS;
  for (;;) {
    const row = (await client.query<HasilJob>(`SELECT status, total, selesai, log FROM "Job" WHERE id = $1`, [jobId])).rows[0];
    const antre = await client.query<{ n: string }>(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = $1`, [NAMA_TUGAS.SINKRON_SIASN_MASSAL]);
    const sisa = Number(antre.rows[0]?.n ?? 0);
    if (row && (row.status === "SELESAI" || row.status === "GAGAL") && sisa === 0) return row;
    if (Date.now() > batas) throw new Error(`belum selesai setelah ${BATAS_TUNGGU_MS / 1000} s (status ${row?.status}, ${sisa} tugas masih di antrean)`);
    await sleep(500);
  }
}
