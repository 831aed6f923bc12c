/**
 * The background worker: runs queued and scheduled jobs (graphile-worker on the app's own
 * PostgreSQL). `npm start` runs it as its own process beside the web server; run as many as you
 * like — graphile-worker hands each job to one worker, and job keys keep schedules single.
 * Started with `--conditions=react-server` so the app's server-only modules load outside Next.
 */
import { parseCrontab, run } from "graphile-worker";
import { daftarTugas, jadwalTugas } from "@/lib/server/antrean/daftar-tugas";
import { env } from "@/lib/env";

async function main() {
  const runner = await run({
    connectionString: env().DATABASE_URL,
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
    taskList: daftarTugas,
    // WORKER_JADWAL=mati: a worker that only runs queued jobs. The e2e run uses it, so a real
    // reminder hour passing mid-run cannot write rows the specs do not expect.
    parsedCronItems: process.env.WORKER_JADWAL === "mati" ? [] : parseCrontab(jadwalTugas),
  });
  console.log("• Pekerja latar berjalan.");
  await runner.promise;
}

main().catch((error: unknown) => {
  console.error(`✖ Pekerja latar berhenti: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
