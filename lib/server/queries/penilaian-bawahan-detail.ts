import "server-only";
import { alasanBelumDapatDifinalkan } from "@/lib/domain/penilaian-final";
import { isSkpPenilai } from "@/lib/domain/permissions";
import { readSkpSnapshot } from "@/lib/domain/skp-snapshot";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { indikatorRealisasiSelect, toIndikatorRealisasi } from "@/lib/server/queries/indikator-realisasi";
import { listRiwayat } from "@/lib/server/queries/riwayat";
import { loadKurvaUnits, loadPegawaiDinilai, loadSebaranPenilai } from "@/lib/server/penilaian/kurva";
import { loadPeriodeContext } from "@/lib/server/penilaian/konteks";

/**
 * The rating page of one bawahan and periode. Visible to whoever may see the SKP
 * (loadPeriodeContext refuses the rest with NotFound); only its penilai gets the form.
 */
export async function getPenilaianBawahan(actor: Actor, skpId: string, periodeId: string) {
  const ctx = await loadPeriodeContext(db, actor, skpId, periodeId);
  const penilaianId = ctx.penilaian?.id;
  const [skp, rhk, penilaian, umpanBalikPerilaku, ekspektasi, pegawai, riwayat, tahun, instansi] = await Promise.all([
    db.skp.findUniqueOrThrow({ where: { id: ctx.skp.id }, select: { snapshot: true } }),
    db.rhk.findMany({
      where: { skpId: ctx.skp.id },
      orderBy: [{ jenis: "asc" }, { urutan: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        jenis: true,
        teks: true,
        indikator: indikatorRealisasiSelect(ctx.periode.id),
        buktiDukung: { where: { periodeId: ctx.periode.id }, orderBy: { createdAt: "asc" }, select: { id: true, nama: true, tautan: true } },
        umpanBalik: penilaianId ? { where: { penilaianId }, select: { reaksi: true, teks: true } } : false,
        // An RHK from a Tim Kerja role: the ketua's umpan balik for this periode, shown beside it.
        penugasanDari: true,
        umpanBalikTim: { where: { periodeId: ctx.periode.id }, select: { teks: true, pemberi: { select: { nama: true } } } },
      },
    }),
    penilaianId
      ? db.penilaian.findUnique({
          where: { id: penilaianId },
          select: { ratingHasil: true, ratingPerilaku: true, predikat: true, catatan: true, finalizedAt: true },
        })
      : null,
    penilaianId ? db.umpanBalikPerilaku.findMany({ where: { penilaianId }, select: { coreValue: true, reaksi: true, teks: true } }) : [],
    db.ekspektasiKhusus.findMany({ where: { skpId: ctx.skp.id }, select: { coreValue: true, teks: true } }),
    db.pegawai.findUniqueOrThrow({ where: { id: ctx.skp.pegawaiId }, select: { jenisJabatan: true, jenjangFungsional: true } }),
    penilaianId ? listRiwayat("PENILAIAN", penilaianId) : [],
    db.tahun.findUniqueOrThrow({ where: { id: ctx.skp.tahunId }, select: { terbuka: true } }),
    db.instansi.findUniqueOrThrow({ where: { id: ctx.skp.instansiId }, select: { modeKurva: true } }),
  ]);

  const dinilai = await loadPegawaiDinilai(db, ctx.skp.pegawaiId, ctx.periode.id);
  const penilaiId = ctx.skp.penilaiId;
  // The kurva is the penilai's set; the page adds this penilaian's predikat as it is picked.
  const sebaran = penilaiId
    ? (await loadSebaranPenilai(db, penilaiId, ctx.periode.id)).filter((e) => e.kurvaUnitId === dinilai.kurvaUnitId && e.skpId !== ctx.skp.id)
    : [];
  const [kurvaUnit] = dinilai.kurvaUnitId ? await loadKurvaUnits(db, ctx.skp.instansiId, [dinilai.kurvaUnitId], ctx.periode.id) : [];

  return {
    skp: { id: ctx.skp.id, tahun: ctx.skp.tahun, snapshot: readSkpSnapshot(skp.snapshot), pegawaiId: ctx.skp.pegawaiId, status: ctx.skp.status },
    periode: ctx.periode,
    sayaPenilai: isSkpPenilai(actor, ctx.skp),
    tahunTerbuka: tahun.terbuka,
    /** Set while the periode is not over: Finalkan waits, and the page says until when. */
    belumDapatDifinalkan: alasanBelumDapatDifinalkan(ctx.periode, ctx.skp, ctx.today),
    penilaianId: penilaianId ?? null,
    status: ctx.penilaian?.status ?? "DRAFT",
    // A row that does not exist yet is created at version 1 by the first save.
    version: ctx.penilaian?.version ?? 1,
    penilaian,
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      teks: r.teks,
      buktiDukung: r.buktiDukung,
      umpanBalik: r.umpanBalik?.[0] ?? null,
      umpanBalikTim: r.umpanBalikTim[0] ? { teks: r.umpanBalikTim[0].teks, ketua: r.umpanBalikTim[0].pemberi.nama, tim: r.penugasanDari } : null,
      indikator: r.indikator.map(toIndikatorRealisasi),
    })),
    umpanBalikPerilaku,
    ekspektasi,
    fungsional: pegawai.jenisJabatan === "FUNGSIONAL",
    jenjangFungsional: pegawai.jenisJabatan === "FUNGSIONAL" ? pegawai.jenjangFungsional : null,
    dinilai,
    kurva: { unit: kurvaUnit ?? null, modeKurva: instansi.modeKurva, predikatLain: sebaran.map((e) => e.predikat) },
    riwayat,
  };
}

export type PenilaianBawahanDetail = Awaited<ReturnType<typeof getPenilaianBawahan>>;
export type PenilaianBawahanRhk = PenilaianBawahanDetail["rhk"][number];
