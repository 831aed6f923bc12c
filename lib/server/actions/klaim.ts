"use server";

import { revalidatePath } from "next/cache";
import { deriveAtasan, mayKlaimPimpinan } from "@/lib/domain/atasan";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { ringkasanPerubahanAtasan } from "@/lib/domain/klaim-hasil";
import { formatNip } from "@/lib/domain/nip";
import { pesanPerubahanAtasan, type PerubahanAtasan } from "@/lib/domain/notifikasi-pesan";
import { klaimPimpinanSchema, type KlaimPimpinanInput } from "@/lib/schemas/klaim";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { GELAR_SELECT, namaLengkap } from "@/lib/server/queries/pegawai";
import { loadAtasanInputs } from "@/lib/server/queries/profil";
import { writeAudit } from "@/lib/server/audit";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";

/**
 * Klaim and lepas klaim pimpinan unit kerja.
 *
 * Who follows: a claim (or release) changes the atasan the unit tree gives to some pegawai —
 * the unit's members, heads of its child units, members of vacant units below. Of those, the
 * ones whose stored atasan equalled what the tree gave before were following the rule, and
 * their atasan moves with it in the same transaction. Anyone whose atasan was set by hand to
 * someone else keeps it and is reported as a mismatch: the admin decides, nothing switches
 * silently. Existing SKP keep their penilai; history never follows a later change.
 */

/** `ringkasan` names whose atasan changed and to whom, for the page and the toast. */
export type HasilKlaim = { unit: string; ringkasan: string; berbeda: Array<{ nama: string; nip: string }> };

const klaimAction = defineAction({ schema: klaimPimpinanSchema }, async ({ input, actor, tx }) => {
  await lockInstansi(tx, actor.instansiId);
  const me = await tx.pegawai.findFirst({
    where: { id: actor.id, instansiId: actor.instansiId },
    select: { jenisJabatan: true, eselon: true, memimpin: { select: { nama: true } } },
  });
  if (!me) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");
  if (!mayKlaimPimpinan(me)) {
    throw new ForbiddenError("Klaim pimpinan unit kerja hanya untuk pejabat struktural eselon II, III, dan IV.");
  }
  const unit = await tx.unitKerja.findFirst({
    where: { id: input.unitId, instansiId: actor.instansiId },
    select: { id: true, nama: true, eselon: true, aktif: true, pimpinan: { select: { id: true, nip: true, ...GELAR_SELECT } } },
  });
  if (!unit) throw new NotFoundError("Unit kerja tidak ditemukan di instansi Anda.");
  if (unit.pimpinan?.id === actor.id) throw new DomainError(`Anda sudah tercatat sebagai pimpinan ${unit.nama}.`);
  if (unit.pimpinan) {
    throw new DomainError(
      `Unit ini sudah dipimpin oleh ${namaLengkap(unit.pimpinan)} (NIP ${formatNip(unit.pimpinan.nip)}). Jika keliru, minta admin instansi mencabut klaim tersebut.`,
    );
  }
  if (!unit.aktif) throw new DomainError(`${unit.nama} sudah tidak aktif.`);
  if (me.memimpin) throw new DomainError(`Anda masih tercatat memimpin ${me.memimpin.nama}. Lepas klaim itu terlebih dahulu.`);
  if (unit.eselon !== null && unit.eselon !== me.eselon) {
    throw new DomainError(`${unit.nama} dipimpin pejabat eselon ${ROMAN[unit.eselon] ?? unit.eselon}, sedangkan Anda eselon ${ROMAN[me.eselon ?? 0] ?? "-"}.`);
  }

  const hasil = await setPimpinan(tx, actor, unit, actor.id);
  return hasil;
});

export async function klaimPimpinanUnit(input: KlaimPimpinanInput) {
  const result = await klaimAction(input);
  if (result.ok) revalidatePaths();
  return result;
}

const lepasAction = defineAction({ schema: klaimPimpinanSchema }, async ({ input, actor, tx }) => {
  await lockInstansi(tx, actor.instansiId);
  const unit = await tx.unitKerja.findFirst({
    where: { id: input.unitId, instansiId: actor.instansiId, pimpinanId: actor.id },
    select: { id: true, nama: true },
  });
  if (!unit) throw new NotFoundError("Anda tidak tercatat sebagai pimpinan unit ini.");
  return setPimpinan(tx, actor, unit, null);
});

/** "Lepas klaim" by the current holder, e.g. after a mutasi to another post. */
export async function lepasKlaimPimpinan(input: KlaimPimpinanInput) {
  const result = await lepasAction(input);
  if (result.ok) revalidatePaths();
  return result;
}

async function setPimpinan(
  tx: Tx,
  actor: { id: string; instansiId: string; nama: string },
  unit: { id: string; nama: string },
  pimpinanId: string | null,
): Promise<HasilKlaim> {
  const { units, pelaksanaTugas } = await loadAtasanInputs(tx, actor.instansiId);
  const sesudah = units.map((u) => (u.id === unit.id ? { ...u, pimpinanId } : u));
  const pegawai = await tx.pegawai.findMany({
    where: { instansiId: actor.instansiId, aktif: true },
    select: { id: true, nip: true, ...GELAR_SELECT, unitId: true, atasanId: true },
  });
  const today = new Date();
  const ikut = new Map<string, string[]>();
  const perubahan: PerubahanAtasan[] = [];
  const berbeda: HasilKlaim["berbeda"] = [];
  for (const p of pegawai) {
    const lama = deriveAtasan(p, units, pelaksanaTugas, today).atasanId;
    const baru = deriveAtasan(p, sesudah, pelaksanaTugas, today).atasanId;
    if (lama === baru || p.atasanId === baru) continue;
    if (baru !== null && p.atasanId === lama) {
      ikut.set(baru, [...(ikut.get(baru) ?? []), p.id]);
      perubahan.push({ pegawaiId: p.id, lama, baru });
    } else berbeda.push({ nama: namaLengkap(p), nip: p.nip });
  }

  await tx.unitKerja.update({ where: { id: unit.id }, data: { pimpinanId } });
  for (const [atasanId, ids] of ikut) {
    await tx.pegawai.updateMany({ where: { id: { in: ids }, instansiId: actor.instansiId }, data: { atasanId } });
  }
  const nama = new Map(pegawai.map((p) => [p.id, namaLengkap(p)]));
  const sebab = `${actor.nama} ${pimpinanId ? "mengklaim" : "melepas klaim"} pimpinan ${unit.nama}.`;
  await catatNotifikasi(tx, pesanPerubahanAtasan(perubahan, (id) => nama.get(id) ?? "", sebab, actor.id));
  const atasanBaru = [...ikut.entries()].map(([atasanId, ids]) => ({ atasanId, atasanNama: nama.get(atasanId) ?? "", pegawai: ids.map((id) => nama.get(id) ?? "") }));
  await writeAudit(tx, actor, {
    aksi: pimpinanId ? "KLAIM_PIMPINAN" : "LEPAS_KLAIM_PIMPINAN",
    entitas: "UnitKerja",
    entitasId: unit.id,
    data: { pimpinanId, atasanDiperbarui: [...ikut.entries()].map(([atasanId, ids]) => ({ atasanId, pegawaiIds: ids })), berbeda },
  });
  return { unit: unit.nama, ringkasan: ringkasanPerubahanAtasan(atasanBaru, actor.id), berbeda };
}

/** Claims touch atasan across the unit tree; one at a time per instansi keeps them consistent. */
async function lockInstansi(tx: Tx, instansiId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`klaim-pimpinan:${instansiId}`}))`;
}

function revalidatePaths() {
  revalidatePath("/klaim-pimpinan");
  revalidatePath("/profil");
}

const ROMAN: Record<number, string> = { 2: "II", 3: "III", 4: "IV" };
