"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import { parseJam } from "@/lib/domain/hari-kerja";
import { alasanJamBertumpuk, indikatorBawaan } from "@/lib/domain/progres-harian";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import {
  progresHarianDeleteSchema,
  progresHarianSaveSchema,
  type ProgresHarianDeleteInput,
  type ProgresHarianSaveInput,
} from "@/lib/schemas/progres-harian";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimHarian } from "@/lib/server/progres-harian/konteks";

const ENTITAS = "ProgresHarian";

/**
 * Adds or edits one of the actor's own entries. An edit always goes back to "Menunggu
 * verifikasi" and clears the atasan's verdict: what was checked is no longer what is there.
 */
const saveProgresHarianAction = defineAction({ schema: progresHarianSaveSchema }, async ({ input, actor, tx }) => {
  const lama = input.progresId
    ? await tx.progresHarian.findFirst({
        where: { id: input.progresId, pegawaiId: actor.id },
        select: { tanggal: true, jamMulai: true, jamSelesai: true, rencanaAksiId: true, indikatorId: true, kegiatan: true, realisasi: true, satuan: true, tautanBukti: true, sumberData: true, status: true },
      })
    : null;
  if (input.progresId && !lama) throw new NotFoundError("Progres harian tidak ditemukan.");
  // Moving an entry out of a closed periode is as much a change to it as editing it there.
  if (lama && toIsoDate(lama.tanggal) !== input.tanggal) await claimHarian(tx, actor, toIsoDate(lama.tanggal));
  const { skp, periode } = await claimHarian(tx, actor, input.tanggal);

  const rencanaAksi = await tx.rencanaAksi.findFirst({
    where: { id: input.rencanaAksiId, periodeId: periode.id, rhk: { skpId: skp.id } },
    select: { rhk: { select: { indikator: { orderBy: { urutan: "asc" }, select: { id: true, aspek: true } } } } },
  });
  if (!rencanaAksi) throw new DomainError(`Pilih rencana aksi ${periode.label} dari SKP Anda.`, "rencanaAksiId");
  const indikator = rencanaAksi.rhk.indikator;
  if (input.indikatorId && !indikator.some((i) => i.id === input.indikatorId)) {
    throw new DomainError("Pilih indikator dari RHK rencana aksi ini.", "indikatorId");
  }
  const indikatorId = input.indikatorId || indikatorBawaan(indikator);

  const tanggal = fromIsoDate(input.tanggal);
  const jamMulai = parseJam(input.jamMulai) as number;
  const jamSelesai = parseJam(input.jamSelesai) as number;
  const hariItu = await tx.progresHarian.findMany({ where: { pegawaiId: actor.id, tanggal }, select: { id: true, jamMulai: true, jamSelesai: true, kegiatan: true } });
  const bentrok = alasanJamBertumpuk({ jamMulai, jamSelesai }, hariItu, input.progresId);
  if (bentrok) throw new DomainError(bentrok, "jamMulai");

  const data = {
    tanggal,
    jamMulai,
    jamSelesai,
    rencanaAksiId: input.rencanaAksiId,
    indikatorId,
    kegiatan: input.kegiatan,
    realisasi: Number(input.realisasi),
    satuan: input.satuan,
    tautanBukti: input.tautanBukti || null,
    sumberData: input.sumberData || null,
  };
  const audit = { entitas: ENTITAS, instansiId: skp.instansiId };

  if (input.progresId && lama) {
    if (input.version === undefined) throw new StaleVersionError();
    const { count } = await tx.progresHarian.updateMany({
      where: { id: input.progresId, pegawaiId: actor.id, version: input.version },
      data: { ...data, skpId: skp.id, status: "MENUNGGU", catatanVerifikasi: null, diverifikasiOlehId: null, diverifikasiPada: null, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError();
    const { status, ...sebelum } = lama;
    await writeAudit(tx, actor, {
      ...audit,
      aksi: "UBAH_PROGRES_HARIAN",
      entitasId: input.progresId,
      data: { ...diffFields({ ...sebelum, tanggal: toIsoDate(sebelum.tanggal) }, { ...data, tanggal: input.tanggal }), statusSebelumnya: status },
    });
    return { id: input.progresId, tanggal: input.tanggal };
  }

  const created = await tx.progresHarian.create({ data: { ...data, pegawaiId: actor.id, skpId: skp.id }, select: { id: true } });
  await writeAudit(tx, actor, { ...audit, aksi: "TAMBAH_PROGRES_HARIAN", entitasId: created.id, data: { ...data, tanggal: input.tanggal } });
  return { id: created.id, tanggal: input.tanggal };
});

export async function saveProgresHarian(input: ProgresHarianSaveInput) {
  return revalidated(await saveProgresHarianAction(input));
}

const deleteProgresHarianAction = defineAction({ schema: progresHarianDeleteSchema }, async ({ input, actor, tx }) => {
  const lama = await tx.progresHarian.findFirst({
    where: { id: input.progresId, pegawaiId: actor.id },
    select: { tanggal: true, jamMulai: true, jamSelesai: true, kegiatan: true, realisasi: true, satuan: true, skp: { select: { pegawai: { select: { instansiId: true } } } } },
  });
  if (!lama) throw new NotFoundError("Progres harian tidak ditemukan.");
  const tanggal = toIsoDate(lama.tanggal);
  await claimHarian(tx, actor, tanggal);
  const { count } = await tx.progresHarian.deleteMany({ where: { id: input.progresId, pegawaiId: actor.id, version: input.version } });
  if (count === 0) throw new StaleVersionError();
  const { skp, ...isi } = lama;
  await writeAudit(tx, actor, { aksi: "HAPUS_PROGRES_HARIAN", entitas: ENTITAS, entitasId: input.progresId, instansiId: skp.pegawai.instansiId, data: { ...isi, tanggal } });
  return { id: input.progresId, tanggal };
});

export async function deleteProgresHarian(input: ProgresHarianDeleteInput) {
  return revalidated(await deleteProgresHarianAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/progres-harian");
  return result;
}
