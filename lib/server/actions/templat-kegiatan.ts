"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { hariDalamMinggu, parseJam } from "@/lib/domain/hari-kerja";
import { pilihUntukDisalin } from "@/lib/domain/progres-harian";
import { fromIsoDate } from "@/lib/domain/tanggal";
import {
  templatKegiatanDeleteSchema,
  templatKegiatanSaveSchema,
  terapkanTemplatSchema,
  type TemplatKegiatanSaveInput,
} from "@/lib/schemas/progres-harian";
import { writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimHarian } from "@/lib/server/progres-harian/konteks";

/** A routine activity of the actor's, for one weekday or any day, with its default times. */
const saveTemplatKegiatanAction = defineAction({ schema: templatKegiatanSaveSchema }, async ({ input, actor, tx }) => {
  if (input.rencanaAksiId) {
    const milik = await tx.rencanaAksi.count({ where: { id: input.rencanaAksiId, rhk: { skp: { pegawaiId: actor.id } } } });
    if (milik === 0) throw new DomainError("Pilih rencana aksi dari SKP Anda.", "rencanaAksiId");
  }
  const data = {
    nama: input.nama,
    hari: input.hari ? Number(input.hari) : null,
    jamMulai: parseJam(input.jamMulai) as number,
    jamSelesai: parseJam(input.jamSelesai) as number,
    kegiatan: input.kegiatan,
    rencanaAksiId: input.rencanaAksiId || null,
    realisasi: Number(input.realisasi),
    satuan: input.satuan,
  };
  let id = input.templatId;
  if (id) {
    const { count } = await tx.templatKegiatan.updateMany({ where: { id, pegawaiId: actor.id }, data });
    if (count === 0) throw new NotFoundError("Templat tidak ditemukan.");
  } else {
    id = (await tx.templatKegiatan.create({ data: { ...data, pegawaiId: actor.id }, select: { id: true } })).id;
  }
  await writeAudit(tx, actor, { aksi: "SIMPAN_TEMPLAT_KEGIATAN", entitas: "TemplatKegiatan", entitasId: id, data });
  return { id };
});

export async function saveTemplatKegiatan(input: TemplatKegiatanSaveInput) {
  return revalidated(await saveTemplatKegiatanAction(input));
}

const deleteTemplatKegiatanAction = defineAction({ schema: templatKegiatanDeleteSchema }, async ({ input, actor, tx }) => {
  const { count } = await tx.templatKegiatan.deleteMany({ where: { id: input.templatId, pegawaiId: actor.id } });
  if (count === 0) throw new NotFoundError("Templat tidak ditemukan.");
  await writeAudit(tx, actor, { aksi: "HAPUS_TEMPLAT_KEGIATAN", entitas: "TemplatKegiatan", entitasId: input.templatId, data: {} });
  return { id: input.templatId };
});

export async function deleteTemplatKegiatan(input: { templatId: string }) {
  return revalidated(await deleteTemplatKegiatanAction(input));
}

/**
 * "Isi dari templat" for a whole day: every template of that weekday and every "setiap hari"
 * one becomes an entry. Those whose times are taken are skipped, and so are those without a
 * rencana aksi of the day's periode (a template made last triwulan): `bedaPeriode` counts
 * them, so the page can say which to update instead of skipping them silently.
 */
const terapkanTemplatAction = defineAction({ schema: terapkanTemplatSchema }, async ({ input, actor, tx }) => {
  const templat = await tx.templatKegiatan.findMany({
    where: { pegawaiId: actor.id, OR: [{ hari: hariDalamMinggu(input.tanggal) }, { hari: null }] },
    orderBy: [{ jamMulai: "asc" }],
    select: { jamMulai: true, jamSelesai: true, kegiatan: true, rencanaAksiId: true, realisasi: true, satuan: true },
  });
  if (templat.length === 0) throw new DomainError("Belum ada templat untuk hari ini atau setiap hari. Simpan kegiatan rutin sebagai templat lebih dulu.");
  const { skp, periode } = await claimHarian(tx, actor, input.tanggal);
  const tanggal = fromIsoDate(input.tanggal);
  const [rencanaAksi, yangAda] = await Promise.all([
    tx.rencanaAksi.findMany({ where: { id: { in: templat.flatMap((t) => (t.rencanaAksiId ? [t.rencanaAksiId] : [])) }, periodeId: periode.id, rhk: { skpId: skp.id } }, select: { id: true, rhk: { select: { indikator: { select: { id: true, aspek: true } } } } } }),
    tx.progresHarian.findMany({ where: { pegawaiId: actor.id, tanggal }, select: { jamMulai: true, jamSelesai: true } }),
  ]);
  const berlaku = new Map(rencanaAksi.map((r) => [r.id, (r.rhk.indikator.find((i) => i.aspek === "KUANTITAS") ?? r.rhk.indikator[0])?.id ?? null]));
  const dapatDipakai = templat.filter((t) => t.rencanaAksiId && berlaku.has(t.rencanaAksiId));
  const { salin } = pilihUntukDisalin(dapatDipakai, yangAda);
  await tx.progresHarian.createMany({
    data: salin.map((t) => ({ ...t, rencanaAksiId: t.rencanaAksiId as string, indikatorId: berlaku.get(t.rencanaAksiId as string) ?? null, tanggal, pegawaiId: actor.id, skpId: skp.id })),
  });
  const hasil = { disalin: salin.length, dilewati: templat.length - salin.length, bedaPeriode: templat.length - dapatDipakai.length };
  await writeAudit(tx, actor, { aksi: "TERAPKAN_TEMPLAT_KEGIATAN", entitas: "ProgresHarian", entitasId: actor.id, data: { tanggal: input.tanggal, ...hasil } });
  return hasil;
});

export async function terapkanTemplat(input: { tanggal: string }) {
  return revalidated(await terapkanTemplatAction(input));
}

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/progres-harian");
  return result;
}
