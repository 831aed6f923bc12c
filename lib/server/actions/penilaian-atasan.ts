"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { LABEL_PREDIKAT } from "@/lib/domain/labels";
import { pesanPenilaianFinal } from "@/lib/domain/notifikasi-pesan";
import { periodeLabel } from "@/lib/domain/periode";
import { keputusanKurva } from "@/lib/domain/penilaian-atasan";
import { alasanBelumDapatDifinalkan } from "@/lib/domain/penilaian-final";
import { nextPenilaianStatus } from "@/lib/domain/transitions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Predikat, StatusPenilaian } from "@/lib/generated/prisma/enums";
import {
  bukaKembaliPenilaianSchema,
  finalkanPenilaianSchema,
  penilaianAtasanSchema,
  type BukaKembaliPenilaianInput,
  type FinalkanPenilaianInput,
  type PenilaianAtasanInput,
} from "@/lib/schemas/penilaian-atasan";
import { defineAction } from "@/lib/server/define-action";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { claimPenilaian, simpanIsian, wajibCapaianUnit } from "@/lib/server/penilaian/simpan-atasan";
import { loadOrganisasiPenilaian } from "@/lib/server/penilaian/organisasi";
import { buildPenilaianSnapshot } from "@/lib/server/penilaian/snapshot";
import { siapkanKirimSiasn } from "@/lib/server/kirim-siasn/siapkan";

type Hasil = { status: StatusPenilaian; version: number; predikat: Predikat | null };

const simpanAction = defineAction({ schema: penilaianAtasanSchema }, async ({ input, actor, tx }): Promise<Hasil> => {
  const claimed = await claimPenilaian(tx, actor, input);
  const saved = await simpanIsian(tx, actor, claimed, input);
  return { status: "DRAFT", version: saved.version, predikat: saved.predikat };
});

/** Simpan: ratings, catatan and umpan balik of a draft, by the SKP's pejabat penilai. */
export async function simpanPenilaian(input: PenilaianAtasanInput) {
  const result = await simpanAction(input);
  if (result.ok) revalidatePenilaian(input.skpId, input.periodeId);
  return result;
}

const finalkanAction = defineAction({ schema: finalkanPenilaianSchema }, async ({ input, actor, tx }): Promise<Hasil> => {
  const claimed = await claimPenilaian(tx, actor, input);
  const belumSelesai = alasanBelumDapatDifinalkan(claimed.ctx.periode, claimed.ctx.skp, claimed.ctx.today);
  if (belumSelesai) throw new DomainError(belumSelesai);
  const saved = await simpanIsian(tx, actor, claimed, input);
  wajibCapaianUnit(saved.dinilai);
  const status = nextPenilaianStatus(claimed.row.status, "finalkan", { ...saved, periodeDitutup: claimed.periodeDitutup });
  // nextPenilaianStatus has just refused a missing rating, so both are set here.
  const ratingHasil = saved.ratingHasil!;
  const ratingPerilaku = saved.ratingPerilaku!;
  const predikat = saved.predikat!;

  // The kurva of the set this pegawai counts in, with the predikat just saved.
  const { ctx, row } = claimed;
  const { organisasi, kurvaUnit: unit, counts } = await loadOrganisasiPenilaian(tx, {
    instansiId: actor.instansiId,
    penilaiId: actor.id,
    periodeId: ctx.periode.id,
    dinilai: saved.dinilai,
  });
  const instansi = await tx.instansi.findUniqueOrThrow({ where: { id: actor.instansiId }, select: { modeKurva: true } });
  const keputusan = keputusanKurva(instansi.modeKurva, unit?.capaian ?? null, counts);
  const catatanKurva = pastikanKurva(keputusan, unit?.nama ?? "unit ini", input.konfirmasiKurva);

  const finalizedAt = new Date();
  const snapshot = await buildPenilaianSnapshot(tx, {
    ctx,
    penilaianId: row.id,
    ratingHasil,
    ratingPerilaku,
    predikat,
    catatan: saved.catatan,
    organisasi,
    finalizedAt,
  });
  await tx.penilaian.update({
    where: { id: row.id },
    data: { status, finalizedAt, finalizedById: actor.id, snapshot, version: { increment: 1 } },
  });
  await tx.riwayatStatus.create({
    data: { entitas: "PENILAIAN", entitasId: row.id, dari: claimed.row.status, ke: status, aktorId: actor.id, catatan: catatanKurva },
  });
  const pesan = pesanPenilaianFinal({
    skpId: ctx.skp.id,
    tahun: ctx.skp.tahun,
    periodeId: ctx.periode.id,
    periode: periodeLabel(ctx.periode.jenis, ctx.periode.urutan),
    predikat: LABEL_PREDIKAT[predikat],
  });
  await catatNotifikasi(tx, [{ penerimaId: ctx.skp.pegawaiId, ...pesan }]);
  await siapkanKirimSiasn(tx, { instansiId: actor.instansiId, penilaianId: row.id, finalizedAt, snapshot });
  return { status, version: saved.version + 1, predikat };
});

/**
 * Finalkan: saves the form, then locks the penilaian with a snapshot for the documents. Only
 * once the periode is over (lib/domain/penilaian-final.ts), in the instansi's zone. A
 * distribution that breaks the kurva is refused in BLOKIR mode; in PERINGATAN mode it needs
 * the atasan's confirmation, which is kept in the riwayat.
 */
export async function finalkanPenilaian(input: FinalkanPenilaianInput) {
  const result = await finalkanAction(input);
  if (result.ok) revalidatePenilaian(input.skpId, input.periodeId);
  return result;
}

const bukaKembaliAction = defineAction({ schema: bukaKembaliPenilaianSchema }, async ({ input, actor, tx }): Promise<Hasil> => {
  const { row, periodeDitutup } = await claimPenilaian(tx, actor, input);
  const status = nextPenilaianStatus(row.status, "bukaKembali", { ratingHasil: null, ratingPerilaku: null, periodeDitutup });
  await tx.penilaian.update({
    where: { id: row.id },
    data: { status, finalizedAt: null, finalizedById: null, snapshot: Prisma.DbNull, version: { increment: 1 } },
  });
  await tx.riwayatStatus.create({ data: { entitas: "PENILAIAN", entitasId: row.id, dari: row.status, ke: status, aktorId: actor.id } });
  return { status, version: row.version + 1, predikat: null };
});

/** Buka kembali: Final → Draft while the tahun is still open, by the pejabat penilai. */
export async function bukaKembaliPenilaian(input: BukaKembaliPenilaianInput) {
  const result = await bukaKembaliAction(input);
  if (result.ok) revalidatePenilaian(input.skpId, input.periodeId);
  return result;
}

/** Throws when the kurva stops the finalisation; returns the riwayat note for a confirmed warning. */
function pastikanKurva(keputusan: ReturnType<typeof keputusanKurva>, unitNama: string, konfirmasi: boolean): string | null {
  if (keputusan.status === "tanpaCapaian" || keputusan.status === "sesuai") return null;
  const daftar = keputusan.violations.map((v) => `• ${v}`).join("\n");
  if (keputusan.status === "blokir") {
    throw new DomainError(`Penilaian tidak dapat difinalkan: sebaran predikat di ${unitNama} melanggar kurva distribusi.\n${daftar}\n${keputusan.rule}`);
  }
  if (!konfirmasi) {
    throw new DomainError(
      `Sebaran predikat di ${unitNama} tidak sesuai kurva distribusi.\n${daftar}\nCentang konfirmasi bila Anda tetap ingin memfinalkan.`,
      "konfirmasiKurva",
    );
  }
  return `Difinalkan dengan peringatan kurva: ${keputusan.violations.join(" ")}`;
}

function revalidatePenilaian(skpId: string, periodeId: string) {
  revalidatePath("/penilaian-bawahan");
  revalidatePath(`/penilaian-bawahan/${skpId}/${periodeId}`);
  revalidatePath("/penilaian", "layout");
}
