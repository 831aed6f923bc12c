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
import { loadKonteksSimpan } from "@/lib/server/progres-harian/konteks-simpan";
import type { EntriProgres } from "@/lib/server/queries/progres-harian";

const ENTITAS = "ProgresHarian";

/**
 * Adds or edits one of the actor's own entries. An edit always goes back to "Menunggu
 * verifikasi" and clears the atasan's verdict: what was checked is no longer what is there.
 * Returns the entry as the day view shows it, so the page updates that one entry instead of
 * being rendered again: adding costs 8 statements (actor, BEGIN, SKP and periode, the periode's
 * lock, rencana aksi with the day's entries, insert, audit, COMMIT).
 */
const saveProgresHarianAction = defineAction({ schema: progresHarianSaveSchema }, async ({ input, actor, tx }): Promise<EntriProgres> => {
  const lama = input.progresId
    ? await tx.progresHarian.findFirst({
        where: { id: input.progresId, pegawaiId: actor.id },
        select: { tanggal: true, jamMulai: true, jamSelesai: true, rencanaAksiId: true, indikatorId: true, kegiatan: true, realisasi: true, satuan: true, tautanBukti: true, sumberData: true, status: true, umpanBalikReaksi: true, umpanBalikTeks: true },
      })
    : null;
  if (input.progresId && !lama) throw new NotFoundError("Progres harian tidak ditemukan.");
  // Moving an entry out of a closed periode is as much a change to it as editing it there.
  if (lama && toIsoDate(lama.tanggal) !== input.tanggal) await claimHarian(tx, actor, toIsoDate(lama.tanggal));
  const { skp, periode } = await claimHarian(tx, actor, input.tanggal);

  const { rencanaAksi, hariItu } = await loadKonteksSimpan(tx, { pegawaiId: actor.id, skpId: skp.id, periodeId: periode.id, rencanaAksiId: input.rencanaAksiId, tanggal: input.tanggal });
  if (!rencanaAksi) throw new DomainError(`Pilih rencana aksi ${periode.label} dari SKP Anda.`, "rencanaAksiId");
  const indikator = rencanaAksi.indikator;
  if (input.indikatorId && !indikator.some((i) => i.id === input.indikatorId)) {
    throw new DomainError("Pilih indikator dari RHK rencana aksi ini.", "indikatorId");
  }
  const indikatorId = input.indikatorId || indikatorBawaan(indikator);

  const tanggal = fromIsoDate(input.tanggal);
  const jamMulai = parseJam(input.jamMulai) as number;
  const jamSelesai = parseJam(input.jamSelesai) as number;
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
  const tampil = { ...data, tanggal: input.tanggal, rencanaAksi: rencanaAksi.teks, status: "MENUNGGU" as const, catatanVerifikasi: null };

  if (input.progresId && lama) {
    if (input.version === undefined) throw new StaleVersionError();
    const { count } = await tx.progresHarian.updateMany({
      where: { id: input.progresId, pegawaiId: actor.id, version: input.version },
      data: { ...data, skpId: skp.id, status: "MENUNGGU", catatanVerifikasi: null, diverifikasiOlehId: null, diverifikasiPada: null, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError();
    const { status, umpanBalikReaksi, umpanBalikTeks, ...sebelum } = lama;
    await writeAudit(tx, actor, {
      ...audit,
      aksi: "UBAH_PROGRES_HARIAN",
      entitasId: input.progresId,
      data: { ...diffFields({ ...sebelum, tanggal: toIsoDate(sebelum.tanggal) }, { ...data, tanggal: input.tanggal }), statusSebelumnya: status },
    });
    return { ...tampil, id: input.progresId, version: input.version + 1, umpanBalikReaksi, umpanBalikTeks };
  }

  const created = await tx.progresHarian.create({ data: { ...data, pegawaiId: actor.id, skpId: skp.id }, select: { id: true, version: true } });
  await writeAudit(tx, actor, { ...audit, aksi: "TAMBAH_PROGRES_HARIAN", entitasId: created.id, data: { ...data, tanggal: input.tanggal } });
  return { ...tampil, ...created, umpanBalikReaksi: null, umpanBalikTeks: null };
});

/** No revalidatePath: the form puts the returned entry into the day view itself (see above). */
export async function saveProgresHarian(input: ProgresHarianSaveInput) {
  return saveProgresHarianAction(input);
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
