"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { defaultBulanan, defaultTriwulan, periodeLabel } from "@/lib/domain/periode";
import { fromIsoDate } from "@/lib/domain/tanggal";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import {
  periodeCreateSchema,
  periodeRefSchema,
  periodeStandarSchema,
  periodeUpdateSchema,
  tahunCreateSchema,
  tahunTerbukaSchema,
  type PeriodeCreateInput,
  type PeriodeRefInput,
  type PeriodeStandarInput,
  type PeriodeUpdateInput,
  type TahunCreateInput,
  type TahunTerbukaInput,
} from "@/lib/schemas/admin-periode";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";

const createTahunAction = defineAction({ schema: tahunCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  const ada = await tx.tahun.findUnique({ where: { instansiId_tahun: { instansiId: actor.instansiId, tahun: input.tahun } } });
  if (ada) throw new DomainError(`Tahun ${input.tahun} sudah ada.`, "tahun");
  const tahun = await tx.tahun.create({ data: { instansiId: actor.instansiId, tahun: input.tahun, terbuka: true }, select: { id: true } });
  await writeAudit(tx, actor, { aksi: "TAMBAH_TAHUN", entitas: "Tahun", entitasId: tahun.id, data: { tahun: input.tahun } });
  return tahun;
});

const setTahunTerbukaAction = defineAction({ schema: tahunTerbukaSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const tahun = await loadTahun(tx, actor, input.tahunId);
  await tx.tahun.update({ where: { id: tahun.id }, data: { terbuka: input.terbuka } });
  await writeAudit(tx, actor, {
    aksi: input.terbuka ? "BUKA_TAHUN" : "TUTUP_TAHUN",
    entitas: "Tahun",
    entitasId: tahun.id,
    data: { tahun: tahun.tahun, terbuka: { lama: tahun.terbuka, baru: input.terbuka } },
  });
  return { id: tahun.id };
});

/** Adds the standard set for the year, leaving any periode that already exists untouched. */
const generatePeriodeAction = defineAction({ schema: periodeStandarSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const tahun = await loadTahun(tx, actor, input.tahunId);
  const standar = input.jenis === "TRIWULAN" ? defaultTriwulan(tahun.tahun) : defaultBulanan(tahun.tahun);
  const ada = await tx.periodePenilaian.findMany({ where: { tahunId: tahun.id }, select: { jenis: true, urutan: true } });
  const kunci = new Set(ada.map((p) => `${p.jenis}:${p.urutan}`));
  const baru = standar.filter((p) => !kunci.has(`${p.jenis}:${p.urutan}`));
  if (baru.length > 0) await tx.periodePenilaian.createMany({ data: baru.map((p) => ({ ...p, tahunId: tahun.id })) });
  await writeAudit(tx, actor, {
    aksi: "BUAT_PERIODE_STANDAR",
    entitas: "Tahun",
    entitasId: tahun.id,
    data: { jenis: input.jenis, dibuat: baru.map((p) => periodeLabel(p.jenis, p.urutan)) },
  });
  return { dibuat: baru.length, dilewati: standar.length - baru.length };
});

const createPeriodeAction = defineAction({ schema: periodeCreateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const tahun = await loadTahun(tx, actor, input.tahunId);
  const data = checkPeriodeInTahun(input, tahun.tahun);
  await assertUnique(tx, tahun.id, input.jenis, input.urutan, null);
  const periode = await tx.periodePenilaian.create({ data: { ...data, tahunId: tahun.id }, select: { id: true } });
  await writeAudit(tx, actor, { aksi: "TAMBAH_PERIODE", entitas: "PeriodePenilaian", entitasId: periode.id, data: auditData(input) });
  return periode;
});

const updatePeriodeAction = defineAction({ schema: periodeUpdateSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const periode = await loadPeriode(tx, actor, input.periodeId);
  const data = checkPeriodeInTahun(input, periode.tahun.tahun);
  if (periode.jenis !== input.jenis || periode.urutan !== input.urutan) {
    if (periode._count.penilaian + periode._count.realisasi > 0) {
      throw new DomainError("Jenis dan urutan periode yang sudah dipakai untuk penilaian tidak dapat diubah; hanya tanggalnya.", "jenis");
    }
    await assertUnique(tx, periode.tahunId, input.jenis, input.urutan, periode.id);
  }
  await tx.periodePenilaian.update({ where: { id: periode.id }, data });
  await writeAudit(tx, actor, { aksi: "UBAH_PERIODE", entitas: "PeriodePenilaian", entitasId: periode.id, data: auditData(input) });
  return { id: periode.id };
});

const deletePeriodeAction = defineAction({ schema: periodeRefSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  const periode = await loadPeriode(tx, actor, input.periodeId);
  const label = periodeLabel(periode.jenis, periode.urutan);
  if (periode._count.penilaian + periode._count.realisasi + periode._count.buktiDukung > 0) {
    throw new DomainError(
      `Periode ${label} ${periode.tahun.tahun} tidak dapat dihapus karena sudah berisi penilaian atau realisasi pegawai. Ubah tanggalnya bila perlu.`,
    );
  }
  await tx.periodePenilaian.delete({ where: { id: periode.id } });
  await writeAudit(tx, actor, { aksi: "HAPUS_PERIODE", entitas: "PeriodePenilaian", entitasId: periode.id, data: { label, tahun: periode.tahun.tahun } });
  return { id: periode.id };
});

export async function createTahun(input: TahunCreateInput) {
  return revalidated(await createTahunAction(input));
}
export async function setTahunTerbuka(input: TahunTerbukaInput) {
  return revalidated(await setTahunTerbukaAction(input));
}
export async function generatePeriodeStandar(input: PeriodeStandarInput) {
  return revalidated(await generatePeriodeAction(input));
}
export async function createPeriode(input: PeriodeCreateInput) {
  return revalidated(await createPeriodeAction(input));
}
export async function updatePeriode(input: PeriodeUpdateInput) {
  return revalidated(await updatePeriodeAction(input));
}
export async function deletePeriode(input: PeriodeRefInput) {
  return revalidated(await deletePeriodeAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/periode");
  return result;
}

async function loadTahun(tx: Tx, actor: Actor, tahunId: string) {
  const tahun = await tx.tahun.findFirst({ where: { id: tahunId, instansiId: actor.instansiId } });
  if (!tahun) throw new NotFoundError("Tahun tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, tahun.instansiId);
  return tahun;
}

async function loadPeriode(tx: Tx, actor: Actor, periodeId: string) {
  const periode = await tx.periodePenilaian.findFirst({
    where: { id: periodeId, tahun: { instansiId: actor.instansiId } },
    include: { tahun: true, _count: { select: { penilaian: true, realisasi: true, buktiDukung: true } } },
  });
  if (!periode) throw new NotFoundError("Periode penilaian tidak ditemukan di instansi Anda.");
  assertAdminOf(actor, periode.tahun.instansiId);
  return periode;
}

type PeriodeDates = { jenis: JenisPeriode; urutan: number; awal: string; akhir: string; batasPengisian: string };

/**
 * Awal and akhir inside the year. The batas pengisian may run into the next year only for a
 * periode that ends in December (Tahunan, Triwulan IV, Desember): the standard sets give
 * those until January, since evidence for December cannot be complete before it ends.
 */
function checkPeriodeInTahun(input: PeriodeDates, tahun: number) {
  const dalam = (iso: string) => iso.startsWith(`${tahun}-`);
  if (!dalam(input.awal)) throw new DomainError(`Tanggal awal harus di dalam tahun ${tahun}.`, "awal");
  if (!dalam(input.akhir)) throw new DomainError(`Tanggal akhir harus di dalam tahun ${tahun}.`, "akhir");
  const berakhirDesember = input.akhir.startsWith(`${tahun}-12-`);
  if (!dalam(input.batasPengisian) && !(berakhirDesember && input.batasPengisian.startsWith(`${tahun + 1}-`))) {
    const pesan = berakhirDesember
      ? `Batas pengisian harus di tahun ${tahun} atau ${tahun + 1}.`
      : `Batas pengisian harus di dalam tahun ${tahun}; hanya periode yang berakhir di bulan Desember yang boleh melewati akhir tahun.`;
    throw new DomainError(pesan, "batasPengisian");
  }
  return {
    jenis: input.jenis,
    urutan: input.urutan,
    awal: fromIsoDate(input.awal),
    akhir: fromIsoDate(input.akhir),
    batasPengisian: fromIsoDate(input.batasPengisian),
  };
}

async function assertUnique(tx: Tx, tahunId: string, jenis: JenisPeriode, urutan: number, exceptId: string | null) {
  const ada = await tx.periodePenilaian.findFirst({ where: { tahunId, jenis, urutan, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (ada) throw new DomainError(`Periode ${periodeLabel(jenis, urutan)} sudah ada di tahun ini.`, "urutan");
}

function auditData(input: PeriodeDates) {
  return { label: periodeLabel(input.jenis, input.urutan), awal: input.awal, akhir: input.akhir, batasPengisian: input.batasPengisian };
}
