"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { tambahTugasLatar } from "@/lib/server/antrean/tambah";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { BATAS_MACET_MS, isMacet, JENIS_JOB, LABEL_JENIS_JOB, type JenisJob } from "@/lib/server/siasn/sinkron-massal/job";
import { MAKS_PERCOBAAN_SINKRON } from "@/lib/server/siasn/sinkron-massal/tugas";
import { getSiasnClient } from "@/lib/server/siasn/get-client";

const mulaiSchema = z.object({ jenis: z.enum([JENIS_JOB.SINKRON_UNOR, JENIS_JOB.SINKRON_PEGAWAI]) });
const lanjutkanSchema = z.object({ jobId: z.uuid() });

const buatJob = defineAction({ schema: mulaiSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  pastikanSiasnTersedia();
  // One job of a kind per instansi at a time, also when two admins press the button together.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job:${actor.instansiId}:${input.jenis}`}))`;
  await tolakBilaMasihBerjalan(tx, actor.instansiId, input.jenis);
  const job = await tx.job.create({
    data: { instansiId: actor.instansiId, jenis: input.jenis, aktorId: actor.id, log: { cursor: null, pesan: null, gagal: [], catatan: [] } },
    select: { id: true },
  });
  await antreSinkron(tx, actor.instansiId, input.jenis, job.id);
  return { jobId: job.id };
});

/**
 * A job that failed or whose worker died is queued again. A pegawai sync continues after the
 * last pegawai it saved; a unit sync starts over, which is safe because it only upserts.
 */
const antreUlang = defineAction({ schema: lanjutkanSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  pastikanSiasnTersedia();
  const job = await tx.job.findFirst({ where: { id: input.jobId, instansiId: actor.instansiId } });
  if (!job) throw new NotFoundError("Pekerjaan sinkron tidak ditemukan.");
  if (job.status !== "GAGAL" && !isMacet(job)) throw new DomainError("Pekerjaan ini tidak perlu dilanjutkan.");
  const cutoff = new Date(Date.now() - BATAS_MACET_MS);
  const { count } = await tx.job.updateMany({
    where: { id: job.id, OR: [{ status: "GAGAL" }, { status: { in: ["MENUNGGU", "BERJALAN"] }, updatedAt: { lt: cutoff } }] },
    data: { status: "MENUNGGU" },
  });
  if (count === 0) throw new DomainError("Pekerjaan ini baru saja dilanjutkan orang lain.");
  await antreSinkron(tx, actor.instansiId, job.jenis as JenisJob, job.id);
  return { jobId: job.id };
});

/** Queues a bulk sync for the worker, in the transaction that creates or reopens its row; the page follows its progress. */
export async function mulaiSinkron(input: z.input<typeof mulaiSchema>): Promise<ActionResult<{ jobId: string }>> {
  return segarkanHalaman(await buatJob(input));
}

export async function lanjutkanSinkron(input: z.input<typeof lanjutkanSchema>): Promise<ActionResult<{ jobId: string }>> {
  return segarkanHalaman(await antreUlang(input));
}

function segarkanHalaman(result: ActionResult<{ jobId: string }>): ActionResult<{ jobId: string }> {
  if (result.ok) revalidatePath("/admin/sinkron");
  return result;
}

/**
 * The job key names the instansi and kind: pressing again while the job still waits replaces
 * it instead of queueing a second one. Which copy may actually run is settled by claiming the
 * `Job` row (klaimJob), so a stuck one and its "Lanjutkan" never both run.
 */
async function antreSinkron(tx: Tx, instansiId: string, jenis: JenisJob, jobId: string): Promise<void> {
  await tambahTugasLatar(tx, NAMA_TUGAS.SINKRON_SIASN_MASSAL, { jobId }, { kunci: `sinkron-massal:${instansiId}:${jenis}`, maksPercobaan: MAKS_PERCOBAAN_SINKRON });
}

function pastikanSiasnTersedia(): void {
  if (!getSiasnClient()) throw new DomainError("SIASN belum dikonfigurasi di server ini. Hubungi pengelola aplikasi untuk mengisi variabel SIASN_*.");
}

async function tolakBilaMasihBerjalan(tx: Tx, instansiId: string, jenis: JenisJob): Promise<void> {
  const aktif = await tx.job.findFirst({
    where: { instansiId, jenis, status: { in: ["MENUNGGU", "BERJALAN"] } },
    orderBy: { createdAt: "desc" },
  });
  if (aktif && !isMacet(aktif)) {
    throw new DomainError(`${LABEL_JENIS_JOB[jenis]} masih berjalan. Tunggu hingga selesai.`);
  }
  // A job whose worker died is closed, so its progress stays readable and a new one may start.
  if (aktif) await tx.job.update({ where: { id: aktif.id }, data: { status: "GAGAL" } });
}
