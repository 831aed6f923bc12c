"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { BATAS_MACET_MS, isMacet, JENIS_JOB, LABEL_JENIS_JOB, type JenisJob } from "@/lib/server/jobs/job";
import { runJob } from "@/lib/server/jobs/run-job";
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
  return { jobId: job.id };
});

/**
 * A job that failed or whose process died is queued again. A pegawai sync continues after the
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
    data: { status: "MENUNGGU", ...(job.jenis === JENIS_JOB.SINKRON_UNOR ? { selesai: 0, gagal: 0 } : {}) },
  });
  if (count === 0) throw new DomainError("Pekerjaan ini baru saja dilanjutkan orang lain.");
  return { jobId: job.id };
});

/** Queues a bulk sync and runs it after the response; the page follows its progress. */
export async function mulaiSinkron(input: z.input<typeof mulaiSchema>): Promise<ActionResult<{ jobId: string }>> {
  return jalankanSetelahRespons(await buatJob(input));
}

export async function lanjutkanSinkron(input: z.input<typeof lanjutkanSchema>): Promise<ActionResult<{ jobId: string }>> {
  return jalankanSetelahRespons(await antreUlang(input));
}

function jalankanSetelahRespons(result: ActionResult<{ jobId: string }>): ActionResult<{ jobId: string }> {
  if (result.ok) {
    const { jobId } = result.data;
    after(() => runJob(jobId, getSiasnClient()));
    revalidatePath("/admin/sinkron");
  }
  return result;
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
  // A job whose process died is closed, so its progress stays readable and a new one may start.
  if (aktif) await tx.job.update({ where: { id: aktif.id }, data: { status: "GAGAL" } });
}
