import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatusJob } from "@/lib/generated/prisma/enums";
import type { SiasnError } from "@/lib/domain/siasn/errors";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const JENIS_JOB = { SINKRON_UNOR: "SINKRON_UNOR", SINKRON_PEGAWAI: "SINKRON_PEGAWAI" } as const;
export type JenisJob = (typeof JENIS_JOB)[keyof typeof JENIS_JOB];

export const LABEL_JENIS_JOB: Record<JenisJob, string> = {
  SINKRON_UNOR: "Sinkron unit kerja (ref-unor)",
  SINKRON_PEGAWAI: "Sinkron semua pegawai",
};

/**
 * A running job touches its row after every batch. One untouched this long belongs to a worker
 * that died (deploy, crash), or was never picked up because no worker runs, and may be taken
 * over with "Lanjutkan"; a batch never takes this long, even with SIASN's timeouts and retries.
 */
export const BATAS_MACET_MS = 5 * 60_000;

/** Most failures kept in the log; the count in `Job.gagal` stays exact. */
export const MAKS_LOG_GAGAL = 500;

export type GagalJob = { nip: string | null; nama: string; pesan: string };

/** `Job.log`: where a pegawai sync got to, why it stopped, who failed and notes for the admin. */
export type LogJob = {
  /** Last pegawai id handled, in id order: a resumed sync continues after it. */
  cursor: string | null;
  /** Why the job stopped (GAGAL) or a closing summary (SELESAI). */
  pesan: string | null;
  gagal: GagalJob[];
  catatan: string[];
};

export type JobRingkas = {
  id: string;
  jenis: JenisJob;
  label: string;
  status: StatusJob;
  macet: boolean;
  total: number;
  selesai: number;
  gagal: number;
  log: LogJob;
  createdAt: Date;
  updatedAt: Date;
};

export function bacaLog(raw: Prisma.JsonValue | null): LogJob {
  const log = (raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {}) as Partial<LogJob>;
  return {
    cursor: typeof log.cursor === "string" ? log.cursor : null,
    pesan: typeof log.pesan === "string" ? log.pesan : null,
    gagal: Array.isArray(log.gagal) ? log.gagal : [],
    catatan: Array.isArray(log.catatan) ? log.catatan : [],
  };
}

/** Waiting or running, but untouched for longer than any batch takes: its process is gone. */
export function isMacet(job: { status: StatusJob; updatedAt: Date }, now = new Date()): boolean {
  const aktif = job.status === "MENUNGGU" || job.status === "BERJALAN";
  return aktif && now.getTime() - job.updatedAt.getTime() > BATAS_MACET_MS;
}

/** The 10 latest jobs of the admin's instansi, newest first. */
export async function listJobs(actor: Actor): Promise<JobRingkas[]> {
  if (!actor.isAdmin) return [];
  const jobs = await db.job.findMany({
    where: { instansiId: actor.instansiId, jenis: { in: Object.values(JENIS_JOB) } },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  const now = new Date();
  return jobs.map((job) => ({
    id: job.id,
    jenis: job.jenis as JenisJob,
    label: LABEL_JENIS_JOB[job.jenis as JenisJob],
    status: job.status,
    macet: isMacet(job, now),
    total: job.total,
    selesai: job.selesai,
    gagal: job.gagal,
    log: bacaLog(job.log),
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  }));
}

/**
 * Takes a waiting job, or a running one whose worker died, for this worker. Only one worker
 * wins, so two copies of the queued job (a "Lanjutkan" beside a stuck one) never both run.
 */
export async function klaimJob(jobId: string): Promise<boolean> {
  const cutoff = new Date(Date.now() - BATAS_MACET_MS);
  const { count } = await db.job.updateMany({
    where: { id: jobId, OR: [{ status: "MENUNGGU" }, { status: "BERJALAN", updatedAt: { lt: cutoff } }] },
    data: { status: "BERJALAN" },
  });
  return count === 1;
}

/**
 * Records a batch: counters move by the given amounts and the log is replaced. Returns false
 * when the job is no longer running (taken over after looking stuck), so the caller stops.
 */
export async function catatKemajuan(jobId: string, delta: { selesai: number; gagal: number }, log: LogJob): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: jobId, status: "BERJALAN" },
    data: { selesai: { increment: delta.selesai }, gagal: { increment: delta.gagal }, log: potongLog(log) },
  });
  return count === 1;
}

export async function akhiriJob(jobId: string, status: "SELESAI" | "GAGAL", log: LogJob): Promise<void> {
  await db.job.updateMany({ where: { id: jobId, status: "BERJALAN" }, data: { status, log: potongLog(log) } });
}

/** A failed attempt that graphile-worker will retry: the row waits again, saying why. */
export async function tungguPercobaanBerikut(jobId: string, log: LogJob): Promise<void> {
  await db.job.updateMany({ where: { id: jobId, status: "BERJALAN" }, data: { status: "MENUNGGU", log: potongLog(log) } });
}

/**
 * SIASN stopped answering partway through a sync; what was done before is saved. The message
 * says where it stopped, `sebab` is SIASN's own error.
 */
export class SinkronTerhenti extends Error {
  constructor(
    message: string,
    readonly sebab: SiasnError,
  ) {
    super(message);
    this.name = "SinkronTerhenti";
  }
}

function potongLog(log: LogJob): Prisma.InputJsonObject {
  return { ...log, gagal: log.gagal.slice(0, MAKS_LOG_GAGAL) };
}
