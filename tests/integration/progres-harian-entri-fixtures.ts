import { awalMinggu } from "@/lib/domain/hari-kerja";
import { fromIsoDate } from "@/lib/domain/tanggal";
import type { StatusVerifikasi } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

/** Monday of last week: every working day of it has passed, and it sits in triwulan II. */
export const seninLalu = () => awalMinggu(isoHariKe(-7));

type EntriOpsi = { tanggal: string; jam?: [number, number]; status?: StatusVerifikasi; realisasi?: number; tautanBukti?: string; indikatorId?: string | null; kegiatan?: string };

/** ProgresHarian rows written straight to the database, as the pegawai's form would leave them. */
export async function buatEntri(org: PelaksanaanOrg, pegawai: "staff" | "staffLain", opsi: EntriOpsi) {
  const skp = pegawai === "staff" ? org.skp : org.skpLain;
  const rhk = skp.rhk.find((r) => r.jenis === "UTAMA")!;
  const periode = [org.tw1, org.tw2, org.tw3].find((p) => p.awal <= fromIsoDate(opsi.tanggal) && p.akhir >= fromIsoDate(opsi.tanggal)) ?? org.tw2;
  const rencanaAksi =
    (await db.rencanaAksi.findFirst({ where: { rhkId: rhk.id, periodeId: periode.id } })) ??
    (await db.rencanaAksi.create({ data: { rhkId: rhk.id, periodeId: periode.id, teks: "Memverifikasi berkas usulan mutasi", urutan: 0 } }));
  const [mulai, selesai] = opsi.jam ?? [8 * 60, 10 * 60];
  return db.progresHarian.create({
    data: {
      pegawaiId: org[pegawai].id,
      skpId: skp.id,
      rencanaAksiId: rencanaAksi.id,
      indikatorId: opsi.indikatorId === undefined ? rhk.indikator[0]!.id : opsi.indikatorId,
      tanggal: fromIsoDate(opsi.tanggal),
      jamMulai: mulai,
      jamSelesai: selesai,
      kegiatan: opsi.kegiatan ?? `Memeriksa berkas ${opsi.tanggal} ${mulai}`,
      realisasi: opsi.realisasi ?? 1,
      satuan: "Dokumen",
      tautanBukti: opsi.tautanBukti ?? null,
      status: opsi.status ?? "MENUNGGU",
    },
  });
}

