"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { z } from "@/lib/schemas/zod";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { antreKirim, tandaiSiap } from "@/lib/server/kirim-siasn/siapkan";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";

const kirimSchema = z.object({ kirimId: z.uuid() });
const semuaSchema = z.object({});

/** Most results queued by one press of "Kirim semua yang siap"; pressing again takes the rest. */
const BATAS_SEKALI_KIRIM = 500;

const kirimSatuAction = defineAction({ schema: kirimSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  pastikanSiasnTersedia();
  const row = await tx.kirimSiasn.findFirst({ where: { id: input.kirimId, instansiId: actor.instansiId }, select: { id: true, status: true } });
  if (!row) throw new NotFoundError("Data kiriman SIASN tidak ditemukan.");
  if (row.status === "TERKIRIM") throw new DomainError("Hasil ini sudah terkirim ke SIASN.");
  await antreKirim(tx, row.id, actor.id);
  await writeAudit(tx, actor, { aksi: "KIRIM_SIASN", entitas: "KirimSiasn", entitasId: row.id, data: { status: row.status } });
  return { jumlah: 1 };
});

/**
 * Queues every result that is ready or failed, after marking ready the final penilaian that
 * have no row yet (finalised before this page existed). Each result is its own job, so the
 * bulk send survives a worker restart and a second press only queues what is still waiting.
 */
const kirimSemuaAction = defineAction({ schema: semuaSchema, requireAdmin: true }, async ({ actor, tx }) => {
  pastikanSiasnTersedia();
  await siapkanYangBelumTercatat(tx, actor.instansiId);
  const rows = await tx.kirimSiasn.findMany({
    where: { instansiId: actor.instansiId, status: { in: ["SIAP", "GAGAL"] } },
    orderBy: { updatedAt: "asc" },
    take: BATAS_SEKALI_KIRIM,
    select: { id: true },
  });
  for (const row of rows) await antreKirim(tx, row.id, actor.id);
  await writeAudit(tx, actor, { aksi: "KIRIM_SIASN", entitas: "Instansi", entitasId: actor.instansiId, data: { jumlah: rows.length } });
  return { jumlah: rows.length };
});

async function siapkanYangBelumTercatat(tx: Tx, instansiId: string): Promise<void> {
  const belum = await tx.penilaian.findMany({
    where: { status: "FINAL", finalizedAt: { not: null }, kirimSiasn: { none: {} }, skp: { pegawai: { instansiId } } },
    select: { id: true, finalizedAt: true, snapshot: true },
    take: BATAS_SEKALI_KIRIM,
  });
  for (const p of belum) {
    await tandaiSiap(tx, { instansiId, penilaianId: p.id, finalizedAt: p.finalizedAt!, snapshot: readPenilaianSnapshot(p.snapshot) });
  }
}

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

function segarkan<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/kirim-siasn");
  return result;
}
