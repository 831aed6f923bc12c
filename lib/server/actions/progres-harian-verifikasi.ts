"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { tambahHari, awalMinggu } from "@/lib/domain/hari-kerja";
import { pesanProgresPerluPerbaikan } from "@/lib/domain/notifikasi-pesan";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import {
  umpanBalikProgresSchema,
  verifikasiEntriSchema,
  verifikasiMingguSchema,
  type UmpanBalikProgresInput,
  type VerifikasiEntriInput,
  type VerifikasiMingguInput,
} from "@/lib/schemas/progres-harian-verifikasi";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { entriBawahanWhere, tolakPerubahan } from "@/lib/server/progres-harian/lingkup-bawahan";

/**
 * The atasan's decisions on a bawahan's Progres Harian. Each is one guarded UPDATE whose
 * `where` holds the scope (the actor's bawahan) and, per entry, the version read; a count short
 * of what was asked rolls the whole batch back, so a selection or a week is all or nothing.
 * Only status, catatan, verifier and umpan balik are written: an atasan never edits content.
 */
const verifikasiEntriAction = defineAction({ schema: verifikasiEntriSchema }, async ({ input, actor, tx }) => {
  const entri = [...new Map(input.entri.map((e) => [e.id, e])).values()];
  const ids = entri.map((e) => e.id);
  const diubah = await tx.progresHarian.updateManyAndReturn({
    where: { AND: [entriBawahanWhere(actor), { OR: entri.map((e) => ({ id: e.id, version: e.version })) }] },
    data: keputusan(actor.id, input.status, input.catatan),
    select: DIUBAH,
  });
  const count = diubah.length;
  if (count !== entri.length) await tolakPerubahan(tx, actor, ids);
  if (input.status === "PERLU_PERBAIKAN") await beritahuPerluPerbaikan(tx, diubah, input.catatan);
  await writeAudit(tx, actor, {
    aksi: "VERIFIKASI_PROGRES_HARIAN",
    entitas: "ProgresHarian",
    entitasId: ids.length === 1 ? ids[0]! : null,
    data: { status: input.status, catatan: input.catatan || null, entri: ids },
  });
  return { jumlah: count };
});

/** Every entry of the week still waiting; `jumlah` must match what the confirmation stated. */
const verifikasiMingguAction = defineAction({ schema: verifikasiMingguSchema }, async ({ input, actor, tx }) => {
  const senin = awalMinggu(input.minggu);
  const where = {
    AND: [
      entriBawahanWhere(actor),
      { pegawaiId: input.pegawaiId, status: "MENUNGGU" as const, tanggal: { gte: fromIsoDate(senin), lte: fromIsoDate(tambahHari(senin, 6)) } },
    ],
  };
  const diubah = await tx.progresHarian.updateManyAndReturn({ where, data: keputusan(actor.id, input.status, input.catatan), select: DIUBAH });
  const count = diubah.length;
  if (count === 0) throw new DomainError("Tidak ada kegiatan minggu ini yang menunggu verifikasi.");
  if (count !== input.jumlah) {
    throw new DomainError(`Jumlah kegiatan yang menunggu sudah berubah (sekarang ${count}). Tidak ada yang disimpan; muat ulang halaman lalu ulangi.`);
  }
  if (input.status === "PERLU_PERBAIKAN") await beritahuPerluPerbaikan(tx, diubah, input.catatan);
  await writeAudit(tx, actor, {
    aksi: "VERIFIKASI_PROGRES_HARIAN",
    entitas: "ProgresHarian",
    entitasId: null,
    data: { status: input.status, catatan: input.catatan || null, pegawaiId: input.pegawaiId, minggu: senin, jumlah: count },
  });
  return { jumlah: count };
});

const umpanBalikAction = defineAction({ schema: umpanBalikProgresSchema }, async ({ input, actor, tx }) => {
  const data = { umpanBalikReaksi: input.reaksi || null, umpanBalikTeks: input.teks || null };
  const { count } = await tx.progresHarian.updateMany({
    where: { AND: [entriBawahanWhere(actor), { id: input.id, version: input.version }] },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) await tolakPerubahan(tx, actor, [input.id]);
  await writeAudit(tx, actor, { aksi: "UMPAN_BALIK_PROGRES_HARIAN", entitas: "ProgresHarian", entitasId: input.id, data });
  return { id: input.id };
});

export async function verifikasiProgresHarian(input: VerifikasiEntriInput) {
  return revalidated(await verifikasiEntriAction(input));
}

export async function verifikasiMingguProgresHarian(input: VerifikasiMingguInput) {
  return revalidated(await verifikasiMingguAction(input));
}

export async function umpanBalikProgresHarian(input: UmpanBalikProgresInput) {
  return revalidated(await umpanBalikAction(input));
}

const DIUBAH = { pegawaiId: true, tanggal: true } as const;

/** One notification per pegawai for the whole decision, however many entries it covered. */
async function beritahuPerluPerbaikan(tx: Tx, diubah: Array<{ pegawaiId: string; tanggal: Date }>, catatan: string) {
  const perPegawai = new Map<string, string[]>();
  for (const e of diubah) perPegawai.set(e.pegawaiId, [...(perPegawai.get(e.pegawaiId) ?? []), toIsoDate(e.tanggal)]);
  await catatNotifikasi(
    tx,
    [...perPegawai].map(([penerimaId, tanggal]) => ({ penerimaId, ...pesanProgresPerluPerbaikan({ tanggal, catatan }) })),
  );
}

function keputusan(aktorId: string, status: "SESUAI" | "PERLU_PERBAIKAN", catatan: string) {
  return { status, catatanVerifikasi: catatan || null, diverifikasiOlehId: aktorId, diverifikasiPada: new Date(), version: { increment: 1 } };
}

function revalidated<R extends { ok: boolean }>(result: R): R {
  if (result.ok) {
    revalidatePath("/progres-harian-bawahan", "layout");
    revalidatePath("/progres-harian", "layout");
  }
  return result;
}
