"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { awalMinggu, isHariKerja, tambahHari } from "@/lib/domain/hari-kerja";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { hariKerjaSebelumnya, pilihUntukDisalin } from "@/lib/domain/progres-harian";
import { formatTanggal, fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { salinProgresSchema, type SalinProgresInput } from "@/lib/schemas/progres-harian";
import { writeAudit } from "@/lib/server/audit";
import { defineAction } from "@/lib/server/define-action";
import { claimHarian } from "@/lib/server/progres-harian/konteks";
import { loadKalender } from "@/lib/server/progres-harian/kalender";

/**
 * "Salin dari kemarin" (the previous working day to the shown day) and "Salin minggu lalu"
 * (each working day of last week to the same weekday of this one). Entries whose times are
 * taken, days that are not working days, marked away, in the future or closed, and rencana aksi
 * of another periode are skipped; the answer says how many were copied and skipped.
 */
const salinProgresHarianAction = defineAction({ schema: salinProgresSchema }, async ({ input, actor, tx }) => {
  const senin = awalMinggu(input.tanggal);
  const kalender = await loadKalender(tx, actor, tambahHari(senin, -14), tambahHari(senin, 6));
  const pasangan =
    input.dari === "kemarin"
      ? [{ ke: input.tanggal, dari: hariKerjaSebelumnya(input.tanggal, kalender) }]
      : [0, 1, 2, 3, 4, 5].map((i) => ({ ke: tambahHari(senin, i), dari: tambahHari(senin, i - 7) })).filter((p) => isHariKerja(p.dari, kalender));
  const sumber = await tx.progresHarian.findMany({
    where: { pegawaiId: actor.id, tanggal: { in: pasangan.flatMap((p) => (p.dari ? [fromIsoDate(p.dari)] : [])) } },
    orderBy: { jamMulai: "asc" },
    select: { tanggal: true, jamMulai: true, jamSelesai: true, kegiatan: true, rencanaAksiId: true, indikatorId: true, realisasi: true, satuan: true, tautanBukti: true, sumberData: true },
  });
  if (sumber.length === 0) {
    const asal = input.dari === "kemarin" && pasangan[0]?.dari ? formatTanggal(fromIsoDate(pasangan[0].dari)) : "minggu lalu";
    throw new DomainError(`Belum ada kegiatan pada ${asal} untuk disalin.`);
  }

  const hariIni = toIsoDate(hariIniDi(actor.zonaWaktu, new Date()));
  let disalin = 0;
  let dilewati = 0;
  for (const { ke, dari } of pasangan) {
    const entri = sumber.filter((e) => dari !== null && toIsoDate(e.tanggal) === dari);
    if (entri.length === 0) continue;
    const klaim = ke <= hariIni && isHariKerja(ke, kalender) && !kalender.keterangan.has(ke) ? await claimHarian(tx, actor, ke).catch(lewatiDitolak) : null;
    if (!klaim) {
      dilewati += entri.length;
      continue;
    }
    const [yangAda, rencanaAksi] = await Promise.all([
      tx.progresHarian.findMany({ where: { pegawaiId: actor.id, tanggal: fromIsoDate(ke) }, select: { jamMulai: true, jamSelesai: true } }),
      tx.rencanaAksi.findMany({ where: { id: { in: entri.map((e) => e.rencanaAksiId) }, periodeId: klaim.periode.id, rhk: { skpId: klaim.skp.id } }, select: { id: true } }),
    ]);
    const berlaku = new Set(rencanaAksi.map((r) => r.id));
    const { salin } = pilihUntukDisalin(entri.filter((e) => berlaku.has(e.rencanaAksiId)), yangAda);
    await tx.progresHarian.createMany({ data: salin.map((e) => ({ ...e, tanggal: fromIsoDate(ke), pegawaiId: actor.id, skpId: klaim.skp.id })) });
    disalin += salin.length;
    dilewati += entri.length - salin.length;
  }
  await writeAudit(tx, actor, { aksi: "SALIN_PROGRES_HARIAN", entitas: "ProgresHarian", entitasId: actor.id, data: { dari: input.dari, tanggal: input.tanggal, disalin, dilewati } });
  return { disalin, dilewati };
});

export async function salinProgresHarian(input: SalinProgresInput) {
  const result = await salinProgresHarianAction(input);
  if (result.ok) revalidatePath("/progres-harian");
  return result;
}

/** A day refused by the entry rules (closed, no SKP) is skipped, not an error for the whole copy. */
function lewatiDitolak(error: unknown): null {
  if (error instanceof DomainError) return null;
  throw error;
}
