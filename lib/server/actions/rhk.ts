"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { requiresIntervensi } from "@/lib/domain/skp-layout";
import { barisIndikatorKosong } from "@/lib/schemas/indikator";
import {
  PESAN_WAJIB_INTERVENSI,
  rhkDeleteSchema,
  rhkMoveSchema,
  rhkSaveSchema,
  type RhkDeleteInput,
  type RhkMoveInput,
  type RhkSaveInput,
} from "@/lib/schemas/rhk";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { notFoundAs } from "@/lib/server/audit-support";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { tambahIndikator } from "@/lib/server/skp/indikator-tersimpan";
import { claimOwnDraftSkp, type OwnDraftSkp } from "@/lib/server/skp/versi";

const saveRhkAction = defineAction({ schema: rhkSaveSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const existing = input.rhkId
    ? await tx.rhk.findFirst({ where: { id: input.rhkId, skpId: skp.id }, select: { id: true, peranTimId: true, ...AUDITED } })
    : null;
  if (input.rhkId && !existing) throw new NotFoundError("RHK tidak ditemukan.");

  // Indikator rows were written for the layout the form showed; a changed layout needs a reload.
  const indikatorBaru = input.indikator.filter((b) => !barisIndikatorKosong(b));
  if (indikatorBaru.length > 0 && input.layout !== skp.layout) {
    throw new DomainError("Bentuk SKP ini telah berubah. Muat ulang halaman lalu isi kembali.");
  }
  const isJpt = skp.layout === "JPT";
  if (isJpt && !input.klasifikasi) throw new DomainError("Pilih klasifikasi RHK.", "klasifikasi");
  // An RHK from a team role intervenes the team creator's RHK, which is not on the atasan's SKP.
  const tetapRhkTim = existing?.peranTimId && existing.parentRhkId && input.parentRhkId === existing.parentRhkId;
  const parentRhkId = isJpt ? null : tetapRhkTim ? existing.parentRhkId : await checkParentRhk(tx, actor, skp, input.parentRhkId, input.jenis);

  const data = {
    jenis: input.jenis,
    klasifikasi: isJpt && input.klasifikasi ? input.klasifikasi : null,
    teks: input.teks,
    parentRhkId,
    penugasanDari: input.penugasanDari || null,
  };
  if (existing) {
    // Changing jenis moves the RHK to the end of its new group.
    const urutan = existing.jenis === input.jenis ? undefined : await nextUrutan(tx, skp.id, input.jenis);
    await tx.rhk.update({ where: { id: existing.id }, data: { ...data, urutan } });
    await writeAudit(tx, actor, { aksi: "UBAH_RHK", entitas: "Rhk", entitasId: existing.id, data: diffFields(existing, data) });
    await tambahIndikator(tx, actor, existing.id, skp.layout, indikatorBaru);
    return { id: existing.id, skpId: skp.id, version: skp.version };
  }
  const created = await tx.rhk.create({
    data: { ...data, skpId: skp.id, urutan: await nextUrutan(tx, skp.id, input.jenis) },
    select: { id: true },
  });
  await writeAudit(tx, actor, { aksi: "TAMBAH_RHK", entitas: "Rhk", entitasId: created.id, data: { skpId: skp.id, ...data } });
  await tambahIndikator(tx, actor, created.id, skp.layout, indikatorBaru);
  return { id: created.id, skpId: skp.id, version: skp.version };
});

// What an RHK change records: the fields the pegawai edits.
const AUDITED = { jenis: true, klasifikasi: true, teks: true, parentRhkId: true, penugasanDari: true } as const;

export async function saveRhk(input: RhkSaveInput) {
  return revalidated(await saveRhkAction(input));
}

const deleteRhkAction = defineAction({ schema: rhkDeleteSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const deleted = await tx.rhk
    .delete({ where: { id: input.rhkId, skpId: skp.id }, select: { id: true, ...AUDITED } })
    .catch(notFoundAs("RHK tidak ditemukan."));
  const { id, ...data } = deleted;
  await writeAudit(tx, actor, { aksi: "HAPUS_RHK", entitas: "Rhk", entitasId: id, data: { skpId: skp.id, ...data } });
  return { skpId: skp.id, version: skp.version };
});

export async function deleteRhk(input: RhkDeleteInput) {
  return revalidated(await deleteRhkAction(input));
}

const moveRhkAction = defineAction({ schema: rhkMoveSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const target = await tx.rhk.findFirst({ where: { id: input.rhkId, skpId: skp.id }, select: { jenis: true, teks: true } });
  if (!target) throw new NotFoundError("RHK tidak ditemukan.");
  const group = await tx.rhk.findMany({
    where: { skpId: skp.id, jenis: target.jenis },
    orderBy: [{ urutan: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  const ids = group.map((r) => r.id);
  const from = ids.indexOf(input.rhkId);
  const to = input.arah === "naik" ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) {
    throw new DomainError(input.arah === "naik" ? "RHK ini sudah berada di urutan pertama." : "RHK ini sudah berada di urutan terakhir.");
  }
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  // Renumber the whole group so that gaps or ties left by deletions disappear.
  for (const [urutan, id] of ids.entries()) await tx.rhk.update({ where: { id }, data: { urutan } });
  await writeAudit(tx, actor, {
    aksi: "PINDAH_RHK",
    entitas: "Rhk",
    entitasId: input.rhkId,
    data: { teks: target.teks, urutan: { lama: from + 1, baru: to + 1 } },
  });
  return { skpId: skp.id, version: skp.version };
});

export async function moveRhk(input: RhkMoveInput) {
  return revalidated(await moveRhkAction(input));
}

/**
 * The chosen "RHK atasan yang diintervensi" must be on the current atasan's SKP of the same
 * year. Leaving it empty is allowed only while the atasan has no RHK to pick (the page says
 * why); "Ajukan SKP" still requires it.
 */
async function checkParentRhk(tx: Tx, actor: Actor, skp: OwnDraftSkp, parentRhkId: string, jenis: "UTAMA" | "TAMBAHAN") {
  const atasanId = actor.atasanId;
  if (parentRhkId) {
    const parent = atasanId
      ? await tx.rhk.findFirst({ where: { id: parentRhkId, skp: { pegawaiId: atasanId, tahunId: skp.tahunId } }, select: { id: true } })
      : null;
    if (!parent) throw new DomainError("RHK atasan ini tidak ditemukan pada SKP atasan Anda tahun ini. Pilih dari daftar.", "parentRhkId");
    return parent.id;
  }
  if (atasanId && requiresIntervensi(skp.layout, jenis)) {
    const ada = await tx.rhk.findFirst({ where: { skp: { pegawaiId: atasanId, tahunId: skp.tahunId } }, select: { id: true } });
    if (ada) throw new DomainError(PESAN_WAJIB_INTERVENSI, "parentRhkId");
  }
  return null;
}

async function nextUrutan(tx: Tx, skpId: string, jenis: "UTAMA" | "TAMBAHAN"): Promise<number> {
  const last = await tx.rhk.findFirst({ where: { skpId, jenis }, orderBy: { urutan: "desc" }, select: { urutan: true } });
  return last ? last.urutan + 1 : 0;
}

function revalidated<T extends { skpId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}
