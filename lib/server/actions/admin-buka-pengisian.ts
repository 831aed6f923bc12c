"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { formatTanggal, fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { bukaPengisianSchema, tutupPengisianSchema, type BukaPengisianInput } from "@/lib/schemas/pelaksanaan";
import { defineAction } from "@/lib/server/define-action";
import { ensurePenilaian } from "@/lib/server/penilaian/konteks";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";
import { writeAudit } from "@/lib/server/audit";
import type { z } from "zod";

// Long enough for any late bukti dukung, short enough that a reopening is not forgotten.
const MAKS_HARI_DIBUKA = 90;

/**
 * Reopens entry of one periode for one pegawai until `hingga` (inclusive), past the batas
 * pengisian: sets Penilaian.pengisianDibukaHingga on each of their approved SKP covering the
 * periode (usually one; two after a mutasi), with an AuditLog row.
 */
const bukaPengisianAction = defineAction({ schema: bukaPengisianSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  const [pegawai, periode] = await Promise.all([
    tx.pegawai.findFirst({ where: { id: input.pegawaiId, instansiId: actor.instansiId }, select: { id: true, nip: true, nama: true } }),
    tx.periodePenilaian.findFirst({
      where: { id: input.periodeId, tahun: { instansiId: actor.instansiId } },
      select: { id: true, tahunId: true, jenis: true, urutan: true, awal: true, akhir: true, batasPengisian: true, tahun: { select: { tahun: true } } },
    }),
  ]);
  if (!pegawai) throw new NotFoundError("Pegawai tidak ditemukan di instansi Anda.");
  if (!periode) throw new NotFoundError("Periode penilaian tidak ditemukan di instansi Anda.");
  const label = `${periodeLabel(periode.jenis, periode.urutan)} ${periode.tahun.tahun}`;

  const hingga = fromIsoDate(input.hingga);
  const today = hariIniDi(actor.zonaWaktu, new Date());
  if (Number.isNaN(hingga.getTime())) throw new DomainError("Isi tanggal batas pengisian yang baru.", "hingga");
  if (toIsoDate(hingga) < toIsoDate(today)) throw new DomainError("Tanggal tidak boleh sebelum hari ini.", "hingga");
  if (toIsoDate(hingga) <= toIsoDate(periode.batasPengisian)) {
    throw new DomainError(`Batas pengisian ${label} adalah ${formatTanggal(periode.batasPengisian)}; pilih tanggal sesudahnya.`, "hingga");
  }
  if (hingga.getTime() - today.getTime() > MAKS_HARI_DIBUKA * 86_400_000) {
    throw new DomainError(`Pengisian dapat dibuka paling lama ${MAKS_HARI_DIBUKA} hari dari hari ini.`, "hingga");
  }

  const skp = await tx.skp.findMany({
    where: {
      pegawaiId: pegawai.id,
      status: "PERSETUJUAN",
      tahunId: periode.tahunId,
      periodeAwal: { lte: periode.akhir },
      periodeAkhir: { gte: periode.awal },
    },
    select: { id: true },
  });
  if (skp.length === 0) {
    throw new DomainError(`${pegawai.nama} belum memiliki SKP yang disetujui untuk ${label}.`, "pegawaiId");
  }

  for (const s of skp) {
    const penilaian = await ensurePenilaian(tx, s.id, periode.id);
    if (penilaian.status === "FINAL") {
      throw new DomainError(`Penilaian ${label} untuk ${pegawai.nama} sudah final. Atasannya perlu membuka kembali penilaian itu terlebih dahulu.`);
    }
    await tx.penilaian.update({ where: { id: penilaian.id }, data: { pengisianDibukaHingga: hingga } });
    await writeAudit(tx, actor, {
      aksi: "BUKA_PENGISIAN",
      entitas: "Penilaian",
      entitasId: penilaian.id,
      data: {
        pegawaiId: pegawai.id,
        nip: pegawai.nip,
        periode: label,
        hingga: input.hingga,
        sebelumnya: penilaian.pengisianDibukaHingga ? toIsoDate(penilaian.pengisianDibukaHingga) : null,
      },
    });
  }
  return { nama: pegawai.nama, periode: label, hingga: formatTanggal(hingga) };
});

export async function bukaPengisian(input: BukaPengisianInput) {
  const result = await bukaPengisianAction(input);
  if (result.ok) revalidatePath("/admin/buka-pengisian");
  return result;
}

/** Ends a reopening early: entry follows the periode's own batas pengisian again. */
const tutupPengisianAction = defineAction({ schema: tutupPengisianSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  const penilaian = await tx.penilaian.findFirst({
    where: { id: input.penilaianId, skp: { pegawai: { instansiId: actor.instansiId } }, pengisianDibukaHingga: { not: null } },
    select: { id: true, skpId: true, periodeId: true, pengisianDibukaHingga: true },
  });
  if (!penilaian) throw new NotFoundError("Pembukaan pengisian tidak ditemukan.");
  // Same lock as the pegawai's writes, so a save in flight finishes under the old rule.
  await ensurePenilaian(tx, penilaian.skpId, penilaian.periodeId);
  await tx.penilaian.update({ where: { id: penilaian.id }, data: { pengisianDibukaHingga: null } });
  await writeAudit(tx, actor, {
    aksi: "TUTUP_PENGISIAN",
    entitas: "Penilaian",
    entitasId: penilaian.id,
    data: { sebelumnya: penilaian.pengisianDibukaHingga ? toIsoDate(penilaian.pengisianDibukaHingga) : null },
  });
  return { id: penilaian.id };
});

export async function tutupPengisian(input: z.input<typeof tutupPengisianSchema>) {
  const result = await tutupPengisianAction(input);
  if (result.ok) revalidatePath("/admin/buka-pengisian");
  return result;
}
