import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import type { SiasnClient } from "@/lib/server/siasn/client";
import { db } from "@/lib/server/db";
import { akhiriJob, bacaLog, JENIS_JOB, klaimJob } from "./job";
import { jalankanSinkronPegawai } from "./sinkron-pegawai";
import { jalankanSinkronUnor } from "./sinkron-unor";

/**
 * Runs a job to its end in this process, if this process can claim it. Called after the
 * response of the action that queued it; never throws, the outcome is in the Job row.
 */
export async function runJob(jobId: string, client: SiasnClient | null): Promise<void> {
  if (!(await klaimJob(jobId))) return;
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  try {
    if (!client) throw new DomainError("SIASN belum dikonfigurasi di server ini.");
    if (job.jenis === JENIS_JOB.SINKRON_UNOR) await jalankanSinkronUnor(job, client);
    else if (job.jenis === JENIS_JOB.SINKRON_PEGAWAI) await jalankanSinkronPegawai(job, client);
    else throw new DomainError(`Jenis pekerjaan "${job.jenis}" tidak dikenal.`);
  } catch (error) {
    const log = bacaLog((await db.job.findUnique({ where: { id: jobId }, select: { log: true } }))?.log ?? null);
    if (error instanceof DomainError) {
      log.pesan = error.message;
    } else {
      const id = randomUUID().slice(0, 8);
      console.error(`[job ${jobId} gagal ${id}]`, error);
      log.pesan = `Terjadi kesalahan pada server (kode ${id}). Yang sudah tersimpan tetap ada; tekan "Lanjutkan" untuk mencoba lagi.`;
    }
    await akhiriJob(jobId, "GAGAL", log);
  }
}
