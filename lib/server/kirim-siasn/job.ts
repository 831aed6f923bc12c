import "server-only";
import type { StatusJob } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { antreBanyakKirim } from "./siapkan";

/** `Job.jenis` of a bulk "Kirim ke SIASN". */
export const JENIS_JOB_KIRIM = "KIRIM_SIASN";

/**
 * A bulk send is one Job row counting its results as their queued sends finish. State lives
 * only in PostgreSQL, so any number of app servers and workers see and move the same job.
 */
export async function mulaiJobKirim(tx: Tx, data: { instansiId: string; aktorId: string; kirimIds: string[] }): Promise<string> {
  const job = await tx.job.create({
    data: { instansiId: data.instansiId, jenis: JENIS_JOB_KIRIM, aktorId: data.aktorId, status: "BERJALAN", total: data.kirimIds.length },
    select: { id: true },
  });
  await tx.kirimSiasn.updateMany({ where: { id: { in: data.kirimIds } }, data: { jobId: job.id, menungguJob: true } });
  await antreBanyakKirim(tx, data.kirimIds, data.aktorId);
  return job.id;
}

/**
 * Counts one row's final outcome into its job, once: the row is locked by the caller and its
 * flag cleared here, so a repeated task (a retry, or "Lanjutkan" beside a live one) counts
 * nothing. The increments are SQL, so concurrent workers never lose one; the last one closes it.
 */
export async function hitungKeJob(tx: Tx, row: { id: string; jobId: string | null; menungguJob: boolean }, terkirim: boolean): Promise<void> {
  if (!row.jobId || !row.menungguJob) return;
  await tx.kirimSiasn.update({ where: { id: row.id }, data: { menungguJob: false } });
  const [selesai, gagal] = terkirim ? [1, 0] : [0, 1];
  await tx.$executeRaw`UPDATE "Job" SET "selesai" = "selesai" + ${selesai}, "gagal" = "gagal" + ${gagal},
    "status" = CASE WHEN "selesai" + "gagal" + 1 >= "total" THEN 'SELESAI'::"StatusJob" ELSE "status" END, "updatedAt" = now()
    WHERE id = ${row.jobId}::uuid`;
}

/**
 * "Lanjutkan" / "Kirim ulang yang gagal": every result of the job not on SIASN yet waits again
 * and is queued; what was sent stays counted and is not posted again. The counts are rebuilt
 * from the rows, so they stay exact however the job stopped.
 */
export async function lanjutkanJobKirim(tx: Tx, jobId: string, aktorId: string): Promise<number> {
  await tx.kirimSiasn.updateMany({ where: { jobId, status: { not: "TERKIRIM" } }, data: { menungguJob: true } });
  const rows = await tx.kirimSiasn.findMany({ where: { jobId }, select: { id: true, status: true, menungguJob: true } });
  const menunggu = rows.filter((r) => r.menungguJob);
  const selesai = rows.filter((r) => !r.menungguJob && r.status === "TERKIRIM").length;
  const status: StatusJob = menunggu.length === 0 ? "SELESAI" : "BERJALAN";
  await tx.job.update({ where: { id: jobId }, data: { total: rows.length, selesai, gagal: rows.length - menunggu.length - selesai, status } });
  await antreBanyakKirim(tx, menunggu.map((r) => r.id), aktorId);
  return menunggu.length;
}
