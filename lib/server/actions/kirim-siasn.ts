"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { z } from "@/lib/schemas/zod";
import { writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { JENIS_JOB_KIRIM, lanjutkanJobKirim, mulaiJobKirim } from "@/lib/server/kirim-siasn/job";
import { antreKirim, catatYangBelumTercatat } from "@/lib/server/kirim-siasn/siapkan";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";

const kirimSchema = z.object({ kirimId: z.uuid() });
const semuaSchema = z.object({});
const lanjutkanSchema = z.object({ jobId: z.uuid() });

/**
 * Most results queued by one press of "Kirim semua yang siap" (queued in one statement); a
 * larger instansi presses again for the rest, which the page still counts as ready.
 */
const BATAS_SEKALI_KIRIM = 5_000;
/** Final penilaian from before this page marked ready per press: each costs a few upserts. */
const BATAS_SIAPKAN_LAMA = 500;

const kirimSatuAction = defineAction({ schema: kirimSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  pastikanSiasnTersedia();
  const row = await tx.kirimSiasn.findFirst({ where: { id: input.kirimId, instansiId: actor.instansiId }, select: { id: true, status: true } });
  if (!row) throw new NotFoundError("Data kiriman SIASN tidak ditemukan.");
  if (row.status === "TERKIRIM") throw new DomainError("Hasil ini sudah terkirim ke SIASN.");
  // The admin pressed it for this one result, having read its message: see tujuanKirim.
  await antreKirim(tx, row.id, actor.id, new Date());
  await writeAudit(tx, actor, { aksi: "KIRIM_SIASN", entitas: "KirimSiasn", entitasId: row.id, data: { status: row.status } });
  return { jumlah: 1 };
});

/**
 * Starts a bulk send (a Job) of every result that is ready or failed, after marking ready the
 * final penilaian that have no row yet (finalised before this page existed). Each result is its
 * own queued task, so the send survives a worker restart; results already waiting in a running
 * bulk send stay in it, so a second press only takes what is not on its way.
 */
const kirimSemuaAction = defineAction({ schema: semuaSchema, requireAdmin: true }, async ({ actor, tx }) => {
  pastikanSiasnTersedia();
  // Two admins pressing together would each claim the same rows for their own job.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job:${actor.instansiId}:${JENIS_JOB_KIRIM}`}))`;
  await catatYangBelumTercatat(tx, actor.instansiId, BATAS_SIAPKAN_LAMA);
  const rows = await tx.kirimSiasn.findMany({
    where: { instansiId: actor.instansiId, status: { in: ["SIAP", "GAGAL"] }, menungguJob: false },
    orderBy: { updatedAt: "asc" },
    take: BATAS_SEKALI_KIRIM,
    select: { id: true },
  });
  const jobId = rows.length > 0 ? await mulaiJobKirim(tx, { instansiId: actor.instansiId, aktorId: actor.id, kirimIds: rows.map((r) => r.id) }) : null;
  await writeAudit(tx, actor, { aksi: "KIRIM_SIASN", entitas: "Instansi", entitasId: actor.instansiId, data: { jumlah: rows.length, jobId } });
  return { jumlah: rows.length };
});

/** Continues a bulk send that stopped, or sends its failed results again; what was sent is not posted again. */
const lanjutkanAction = defineAction({ schema: lanjutkanSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  pastikanSiasnTersedia();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job:${actor.instansiId}:${JENIS_JOB_KIRIM}`}))`;
  const job = await tx.job.findFirst({ where: { id: input.jobId, instansiId: actor.instansiId, jenis: JENIS_JOB_KIRIM }, select: { id: true } });
  if (!job) throw new NotFoundError("Pengiriman massal tidak ditemukan.");
  const jumlah = await lanjutkanJobKirim(tx, job.id, actor.id);
  if (jumlah === 0) throw new DomainError("Semua hasil pengiriman ini sudah terkirim.");
  await writeAudit(tx, actor, { aksi: "KIRIM_SIASN", entitas: "Job", entitasId: job.id, data: { jumlah, lanjutan: true } });
  return { jumlah };
});

function pastikanSiasnTersedia() {
  if (!getSiasnConfig()) throw new DomainError("SIASN belum dikonfigurasi di server ini.");
}

/** "Kirim" or "Coba lagi" on one row: queued, the page shows the outcome when the worker is done. */
export async function kirimKeSiasnSatu(input: z.input<typeof kirimSchema>): Promise<ActionResult<{ jumlah: number }>> {
  return segarkan(await kirimSatuAction(input));
}

export async function kirimSemuaKeSiasn(input: z.input<typeof semuaSchema>): Promise<ActionResult<{ jumlah: number }>> {
  return segarkan(await kirimSemuaAction(input));
}

export async function lanjutkanKirimSiasn(input: z.input<typeof lanjutkanSchema>): Promise<ActionResult<{ jumlah: number }>> {
  return segarkan(await lanjutkanAction(input));
}

function segarkan<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/kirim-siasn");
  return result;
}
