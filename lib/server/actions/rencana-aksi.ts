"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { periodeLabel } from "@/lib/domain/periode";
import { periodeSebelumnya, rencanaAksiUntukDisalin } from "@/lib/domain/pelaksanaan-salin";
import {
  pelaksanaanRefSchema,
  rencanaAksiDeleteSchema,
  rencanaAksiSaveSchema,
  type PelaksanaanRefInput,
  type RencanaAksiSaveInput,
} from "@/lib/schemas/pelaksanaan";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { notFoundAs } from "@/lib/server/audit-support";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimPengisian } from "@/lib/server/penilaian/konteks";

const saveRencanaAksiAction = defineAction({ schema: rencanaAksiSaveSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  // The rencana aksi being edited comes with its RHK (one statement), for the audit diff.
  const rhk = await tx.rhk.findFirst({
    where: { id: input.rhkId, skpId: ctx.skp.id },
    select: {
      id: true,
      rencanaAksi: input.rencanaAksiId ? { where: { id: input.rencanaAksiId, periodeId: ctx.periode.id }, select: { teks: true } } : false,
    },
  });
  if (!rhk) throw new NotFoundError("RHK tidak ditemukan pada SKP ini.");
  const audit = { entitas: "RencanaAksi", instansiId: ctx.skp.instansiId };

  if (input.rencanaAksiId) {
    const { count } = await tx.rencanaAksi.updateMany({
      where: { id: input.rencanaAksiId, rhkId: rhk.id, periodeId: ctx.periode.id },
      data: { teks: input.teks },
    });
    const lama = rhk.rencanaAksi?.[0];
    if (count === 0 || !lama) throw new NotFoundError("Rencana aksi tidak ditemukan.");
    await writeAudit(tx, actor, { ...audit, aksi: "UBAH_RENCANA_AKSI", entitasId: input.rencanaAksiId, data: diffFields(lama, { teks: input.teks }) });
  } else {
    const last = await tx.rencanaAksi.findFirst({
      where: { rhkId: rhk.id, periodeId: ctx.periode.id },
      orderBy: { urutan: "desc" },
      select: { urutan: true },
    });
    const created = await tx.rencanaAksi.create({
      data: { rhkId: rhk.id, periodeId: ctx.periode.id, teks: input.teks, urutan: last ? last.urutan + 1 : 0 },
      select: { id: true },
    });
    await writeAudit(tx, actor, { ...audit, aksi: "TAMBAH_RENCANA_AKSI", entitasId: created.id, data: { rhkId: rhk.id, periodeId: ctx.periode.id, teks: input.teks } });
  }
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function saveRencanaAksi(input: RencanaAksiSaveInput) {
  return revalidated(await saveRencanaAksiAction(input));
}

const deleteRencanaAksiAction = defineAction({ schema: rencanaAksiDeleteSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  // Daily entries keep their rencana aksi (the foreign key restricts): say so instead of failing.
  const dipakai = await tx.progresHarian.count({ where: { rencanaAksiId: input.rencanaAksiId, skpId: ctx.skp.id } });
  if (dipakai > 0) {
    throw new DomainError(`Rencana aksi ini dipakai oleh ${dipakai} progres harian. Pindahkan progres harian tersebut ke rencana aksi lain atau hapus terlebih dahulu.`);
  }
  const deleted = await tx.rencanaAksi
    .delete({
      where: { id: input.rencanaAksiId, periodeId: ctx.periode.id, rhk: { skpId: ctx.skp.id } },
      select: { rhkId: true, periodeId: true, teks: true },
    })
    .catch(notFoundAs("Rencana aksi tidak ditemukan."));
  await writeAudit(tx, actor, {
    aksi: "HAPUS_RENCANA_AKSI",
    entitas: "RencanaAksi",
    entitasId: input.rencanaAksiId,
    instansiId: ctx.skp.instansiId,
    data: deleted,
  });
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id };
});

export async function deleteRencanaAksi(input: z.input<typeof rencanaAksiDeleteSchema>) {
  return revalidated(await deleteRencanaAksiAction(input));
}

/**
 * "Salin rencana aksi dari periode sebelumnya": the SKP's rencana aksi of the previous periode
 * of the same kind, added to this one. Texts an RHK already has are skipped, so pressing it
 * twice does nothing new.
 */
const salinRencanaAksiAction = defineAction({ schema: pelaksanaanRefSchema }, async ({ input, actor, tx }) => {
  const ctx = await claimPengisian(tx, actor, input.skpId, input.periodeId);
  const periodeTahun = await tx.periodePenilaian.findMany({
    where: { tahunId: ctx.skp.tahunId, awal: { lte: ctx.skp.periodeAkhir }, akhir: { gte: ctx.skp.periodeAwal } },
    select: { id: true, jenis: true, urutan: true },
  });
  const sumber = periodeSebelumnya(periodeTahun, ctx.periode);
  if (!sumber) throw new DomainError(`${ctx.periode.label} tidak memiliki periode sebelumnya untuk disalin.`);

  const pilih = { rhkId: true, teks: true, urutan: true } as const;
  const [lama, yangAda] = await Promise.all([
    tx.rencanaAksi.findMany({ where: { periodeId: sumber.id, rhk: { skpId: ctx.skp.id } }, select: pilih }),
    tx.rencanaAksi.findMany({ where: { periodeId: ctx.periode.id, rhk: { skpId: ctx.skp.id } }, select: pilih }),
  ]);
  const sumberLabel = periodeLabel(sumber.jenis, sumber.urutan);
  if (lama.length === 0) throw new DomainError(`Belum ada rencana aksi di ${sumberLabel} untuk disalin.`);

  const baru = rencanaAksiUntukDisalin(lama, yangAda);
  await tx.rencanaAksi.createMany({ data: baru.map((r) => ({ ...r, periodeId: ctx.periode.id })) });
  await writeAudit(tx, actor, {
    aksi: "SALIN_RENCANA_AKSI",
    entitas: "Skp",
    entitasId: ctx.skp.id,
    instansiId: ctx.skp.instansiId,
    data: { periodeId: ctx.periode.id, dari: sumberLabel, ke: ctx.periode.label, jumlah: baru.length },
  });
  return { skpId: ctx.skp.id, periodeId: ctx.periode.id, disalin: baru.length, dari: sumberLabel };
});

export async function salinRencanaAksi(input: PelaksanaanRefInput) {
  return revalidated(await salinRencanaAksiAction(input));
}

function revalidated<T extends { skpId: string; periodeId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/penilaian/${result.data.skpId}/${result.data.periodeId}`);
  return result;
}
