import "server-only";
import { randomUUID } from "node:crypto";
import type { Task } from "graphile-worker";
import { DomainError } from "@/lib/domain/errors";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { SiasnClient } from "@/lib/server/siasn/client";
import { getSiasnClient } from "@/lib/server/siasn/get-client";
import { db } from "@/lib/server/db";
import { akhiriJob, bacaLog, JENIS_JOB, klaimJob, SinkronTerhenti, tungguPercobaanBerikut } from "./job";
import { jalankanSinkronPegawai } from "./sinkron-pegawai";
import { jalankanSinkronUnor } from "./sinkron-unor";

/** Attempts graphile-worker makes at one sync; its backoff (e^n s) spreads them over about 1.5 minutes. */
export const MAKS_PERCOBAAN_SINKRON = 5;

export type Percobaan = { ke: number; maks: number };

/**
 * The queued job `sinkron-siasn-massal` { jobId }: runs the bulk sync whose progress the `Job`
 * row shows. Its outcome is in that row; the handler throws only to have graphile-worker try again.
 */
export const tugasSinkronMassal: Task = async (payload, helpers) => {
  const jobId = (payload as { jobId?: unknown } | null)?.jobId;
  if (typeof jobId !== "string") throw new Error(`Payload sinkron-siasn-massal tanpa jobId: ${JSON.stringify(payload)}`);
  await jalankanSinkronMassal(jobId, getSiasnClient(), { ke: helpers.job.attempts, maks: helpers.job.max_attempts });
};

/**
 * Runs the sync if this worker can claim its row (a second copy of the job finds it taken or
 * done, and returns). SIASN being unreachable, or an unexpected error, may pass: the row goes
 * back to waiting and the error is rethrown so graphile-worker retries with backoff; a pegawai
 * sync then continues after the last pegawai it saved. A DomainError (SIASN refusing the
 * credentials, no root unit) cannot get better by waiting, so it fails the row at once, as does
 * the last attempt; the admin can then press "Lanjutkan".
 */
export async function jalankanSinkronMassal(jobId: string, client: SiasnClient | null, percobaan: Percobaan): Promise<void> {
  if (!(await klaimJob(jobId))) return;
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  try {
    if (!client) throw new DomainError("SIASN belum dikonfigurasi di server ini.");
    if (job.jenis === JENIS_JOB.SINKRON_UNOR) await jalankanSinkronUnor(job, client);
    else if (job.jenis === JENIS_JOB.SINKRON_PEGAWAI) await jalankanSinkronPegawai(job, client);
    else throw new DomainError(`Jenis pekerjaan "${job.jenis}" tidak dikenal.`);
  } catch (error) {
    const sebab = error instanceof SinkronTerhenti ? error.sebab : error;
    const pesan = error instanceof DomainError || error instanceof SinkronTerhenti ? error.message : pesanGalat(jobId, error);
    const log = bacaLog((await db.job.findUnique({ where: { id: jobId }, select: { log: true } }))?.log ?? null);
    if (bisaMembaik(sebab) && percobaan.ke < percobaan.maks) {
      log.pesan = `${pesan} Dicoba lagi otomatis sebentar lagi (percobaan ${percobaan.ke + 1} dari ${percobaan.maks}).`;
      await tungguPercobaanBerikut(jobId, log);
      throw error;
    }
    log.pesan = `${pesan} Yang sudah tersimpan tetap ada; tekan "Lanjutkan" untuk meneruskan.`;
    await akhiriJob(jobId, "GAGAL", log);
  }
}

/** SIASN down or too slow, or a fault of ours (a dropped connection): worth another try. */
function bisaMembaik(error: unknown): boolean {
  if (error instanceof SiasnError) return error.kind === "unavailable";
  return !(error instanceof DomainError);
}

function pesanGalat(jobId: string, error: unknown): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[sinkron ${jobId} gagal ${id}]`, error);
  return `Terjadi kesalahan pada server (kode ${id}).`;
}
