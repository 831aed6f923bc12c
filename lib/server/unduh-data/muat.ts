import "server-only";
import { formatJam } from "@/lib/domain/hari-kerja";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { periodeLabel } from "@/lib/domain/periode";
import { skpTerlihat } from "@/lib/domain/permissions";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { PegawaiUnduhan, PeriodeUnduhan, ProgresHarianUnduhan, SkpUnduhan } from "@/lib/domain/unduh-data";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { getSkpDetail, type SkpDetail } from "@/lib/server/queries/skp";
import { ENTRI_PROGRES_SELECT } from "@/lib/server/progres-harian/entri-select";

/** The SKPs (one per year) that go into this actor's download, oldest first. */
export type CakupanUnduhan = { pegawai: PegawaiUnduhan; skp: { id: string; tahun: number }[] };

/**
 * Who is downloading whose data, and which years: null when the actor may not (the route then
 * answers as if the pegawai did not exist). Reads only ids and years; each year's data is read
 * when its turn in the ZIP comes.
 */
export async function muatCakupanUnduhan(actor: Actor, pegawaiId: string): Promise<CakupanUnduhan | null> {
  const pegawai = await db.pegawai.findUnique({
    where: { id: pegawaiId },
    select: {
      id: true,
      instansiId: true,
      nip: true,
      nama: true,
      gelarDepan: true,
      gelarBelakang: true,
      jabatan: true,
      jenisJabatan: true,
      jenjangFungsional: true,
      unit: { select: { nama: true } },
      instansi: { select: { nama: true } },
      skp: { select: { id: true, penilaiId: true, tahun: { select: { tahun: true } } }, orderBy: { periodeAwal: "asc" } },
    },
  });
  if (!pegawai) return null;
  const skp = skpTerlihat(actor, pegawai, pegawai.skp);
  if (!skp) return null;
  return {
    pegawai: {
      id: pegawai.id,
      nip: pegawai.nip,
      nama: namaLengkap(pegawai),
      jabatan: pegawai.jabatan,
      jenisJabatan: pegawai.jenisJabatan,
      jenjangFungsional: pegawai.jenjangFungsional,
      unitKerja: pegawai.unit?.nama ?? null,
      instansi: pegawai.instansi.nama,
    },
    skp: skp.map((s) => ({ id: s.id, tahun: s.tahun.tahun })),
  };
}

/** One year: the SKP as its page shows it (for its PDF too) and each periode's entries and ratings. */
export type TahunUnduhan = { detail: SkpDetail; data: SkpUnduhan; snapshotFinal: { penilaianId: string; snapshot: unknown; finalizedAt: Date | null }[] };

export async function muatTahunUnduhan(actor: Actor, skpId: string): Promise<TahunUnduhan> {
  const detail = await getSkpDetail(actor, skpId);
  const rhk = [...detail.rhkUtama, ...detail.rhkTambahan];
  const [periode, realisasi, buktiDukung, penilaian] = await Promise.all([
    db.periodePenilaian.findMany({
      where: { tahunId: detail.tahunId, awal: { lte: detail.periodeAkhir }, akhir: { gte: detail.periodeAwal } },
      select: { id: true, jenis: true, urutan: true, awal: true, akhir: true },
      orderBy: [{ awal: "asc" }, { akhir: "asc" }],
    }),
    db.realisasi.findMany({
      where: { indikator: { rhk: { skpId } } },
      select: { indikatorId: true, periodeId: true, nilai: true, narasi: true, sumberData: true },
    }),
    db.buktiDukung.findMany({
      where: { rhk: { skpId } },
      select: { rhkId: true, periodeId: true, nama: true, tautan: true },
      orderBy: { createdAt: "asc" },
    }),
    db.penilaian.findMany({
      where: { skpId },
      select: {
        id: true,
        periodeId: true,
        status: true,
        ratingHasil: true,
        ratingPerilaku: true,
        predikat: true,
        catatan: true,
        finalizedAt: true,
        snapshot: true,
        umpanBalikRhk: { select: { rhkId: true, reaksi: true, teks: true } },
        umpanBalikPerilaku: { select: { coreValue: true, reaksi: true, teks: true } },
      },
    }),
  ]);

  const periodeUnduhan: PeriodeUnduhan[] = periode.map((p) => {
    const dinilai = penilaian.find((n) => n.periodeId === p.id);
    const final = dinilai?.status === "FINAL" && dinilai.snapshot ? readPenilaianSnapshot(dinilai.snapshot) : null;
    return {
      id: p.id,
      jenis: p.jenis,
      urutan: p.urutan,
      label: periodeLabel(p.jenis, p.urutan),
      awal: toIsoDate(p.awal),
      akhir: toIsoDate(p.akhir),
      realisasi: realisasi
        .filter((r) => r.periodeId === p.id)
        .map((r) => ({ indikatorId: r.indikatorId, nilai: r.nilai?.toString() ?? null, narasi: r.narasi, sumberData: r.sumberData })),
      buktiDukung: buktiDukung.filter((b) => b.periodeId === p.id).map((b) => ({ rhkId: b.rhkId, nama: b.nama, tautan: b.tautan })),
      penilaian: dinilai
        ? {
            id: dinilai.id,
            status: dinilai.status,
            ratingHasil: dinilai.ratingHasil,
            ratingPerilaku: dinilai.ratingPerilaku,
            predikat: dinilai.predikat,
            catatan: dinilai.catatan,
            finalizedAt: dinilai.finalizedAt?.toISOString() ?? null,
            umpanBalikRhk: dinilai.umpanBalikRhk,
            umpanBalikPerilaku: dinilai.umpanBalikPerilaku,
            angkaKredit: final?.angkaKredit ?? null,
          }
        : null,
    };
  });

  const penilai = detail.snapshot.penilai;
  return {
    detail,
    data: {
      id: detail.id,
      tahun: detail.tahun,
      status: detail.status,
      periodeAwal: toIsoDate(detail.periodeAwal),
      periodeAkhir: toIsoDate(detail.periodeAkhir),
      pendekatan: detail.pendekatan,
      layout: detail.layout,
      penilai: penilai ? { nama: penilai.nama, nip: penilai.nip } : null,
      rhk: rhk.map((r) => ({
        id: r.id,
        jenis: r.jenis,
        klasifikasi: r.klasifikasi,
        teks: r.teks,
        penugasanDari: r.penugasanDari,
        rhkAtasan: r.parent?.teks ?? null,
        indikator: r.indikator.map((i) => ({
          id: i.id,
          aspek: i.aspek,
          perspektif: i.perspektif,
          teks: i.teks,
          targetMin: i.targetMin,
          targetMax: i.targetMax,
          satuan: i.satuan,
          targetNarasi: i.targetNarasi,
        })),
      })),
      periode: periodeUnduhan,
    },
    snapshotFinal: penilaian
      .filter((n) => n.status === "FINAL" && n.snapshot)
      .map((n) => ({ penilaianId: n.id, snapshot: n.snapshot, finalizedAt: n.finalizedAt })),
  };
}

const UKURAN_BATCH = 500;

/**
 * The SKP's Progres Harian entries in the order of the day, UKURAN_BATCH rows per query (keyset on
 * tanggal, jamMulai, id), so a year of daily entries never sits in memory at once.
 */
export async function* progresHarianBertahap(skpId: string): AsyncGenerator<ProgresHarianUnduhan[]> {
  let setelah: { tanggal: Date; jamMulai: number; id: string } | null = null;
  for (;;) {
    const rows: ProgresBaris[] = await db.progresHarian.findMany({
      where: {
        skpId,
        ...(setelah
          ? {
              OR: [
                { tanggal: { gt: setelah.tanggal } },
                { tanggal: setelah.tanggal, jamMulai: { gt: setelah.jamMulai } },
                { tanggal: setelah.tanggal, jamMulai: setelah.jamMulai, id: { gt: setelah.id } },
              ],
            }
          : {}),
      },
      select: PROGRES_SELECT,
      orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }, { id: "asc" }],
      take: UKURAN_BATCH,
    });
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      tanggal: toIsoDate(r.tanggal),
      jamMulai: formatJam(r.jamMulai),
      jamSelesai: formatJam(r.jamSelesai),
      rencanaAksi: r.rencanaAksi.teks,
      indikatorId: r.indikatorId,
      kegiatan: r.kegiatan,
      realisasi: r.realisasi,
      satuan: r.satuan,
      tautanBukti: r.tautanBukti,
      sumberData: r.sumberData,
      status: r.status,
      catatanVerifikasi: r.catatanVerifikasi,
      umpanBalikReaksi: r.umpanBalikReaksi,
      umpanBalikTeks: r.umpanBalikTeks,
    }));
    const last = rows.at(-1);
    if (!last || rows.length < UKURAN_BATCH) return;
    setelah = { tanggal: last.tanggal, jamMulai: last.jamMulai, id: last.id };
  }
}

// What the Progres Harian pages show of an entry, plus where it belongs.
const PROGRES_SELECT = { ...ENTRI_PROGRES_SELECT, indikatorId: true, rencanaAksi: { select: { teks: true } } } as const;

type ProgresBaris = Awaited<ReturnType<typeof db.progresHarian.findMany<{ select: typeof PROGRES_SELECT }>>>[number];
