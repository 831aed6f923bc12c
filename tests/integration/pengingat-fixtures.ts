import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import { fromIsoDate } from "@/lib/domain/tanggal";
import type { JenisNotifikasi, StatusSkp } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

let nomor = 0;

/**
 * An instansi in a zone with tahun 2026 and its Triwulan IV (1 Oktober – 31 Desember, batas
 * pengisian 10 Januari 2027 unless given), and an atasan to approve its SKP.
 */
export async function buatInstansi(zona: ZonaWaktu, batas = "2027-01-10") {
  nomor += 1;
  const instansi = await db.instansi.create({ data: { kode: `UJI-PENGINGAT-${nomor}`, nama: `Instansi Uji ${nomor}`, lokasi: "Kota", zonaWaktu: zona } });
  const tahun = await db.tahun.create({ data: { instansiId: instansi.id, tahun: 2026 } });
  const periode = await db.periodePenilaian.create({
    data: { tahunId: tahun.id, jenis: "TRIWULAN", urutan: 4, awal: fromIsoDate("2026-10-01"), akhir: fromIsoDate("2026-12-31"), batasPengisian: fromIsoDate(batas) },
  });
  const atasan = await buatPegawai(instansi.id, "Atasan");
  return { instansi, tahun, periode, atasan };
}

export type InstansiUji = Awaited<ReturnType<typeof buatInstansi>>;

export async function buatPegawai(instansiId: string, nama: string, opsi: { aktif?: boolean; atasanId?: string } = {}) {
  nomor += 1;
  return db.pegawai.create({
    data: {
      instansiId,
      nip: `19900101201501${String(2000 + nomor).slice(-4)}`,
      nama,
      email: `pegawai${nomor}@uji.go.id`,
      jenisJabatan: "PELAKSANA",
      jabatan: "Pelaksana",
      golongan: "III/a",
      atasanId: opsi.atasanId ?? null,
      aktif: opsi.aktif ?? true,
      passwordHash: "x",
    },
  });
}

/**
 * A pegawai with an SKP for 2026 (approved unless told) of one RHK and two indikator, `terisi`
 * of which have a realisasi for the instansi's Triwulan IV.
 */
export async function pegawaiDenganSkp(u: InstansiUji, nama: string, opsi: { terisi?: number; status?: StatusSkp; aktif?: boolean } = {}) {
  const pegawai = await buatPegawai(u.instansi.id, nama, { aktif: opsi.aktif, atasanId: u.atasan.id });
  const skp = await db.skp.create({
    data: {
      pegawaiId: pegawai.id,
      tahunId: u.tahun.id,
      periodeAwal: fromIsoDate("2026-01-01"),
      periodeAkhir: fromIsoDate("2026-12-31"),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      status: opsi.status ?? "PERSETUJUAN",
      penilaiId: u.atasan.id,
      snapshot: {},
      rhk: {
        create: {
          jenis: "UTAMA",
          teks: "Terselesaikannya layanan",
          urutan: 1,
          indikator: { create: [1, 2].map((urutan) => ({ teks: `Indikator ${urutan}`, targetMin: 10, satuan: "Dokumen", urutan })) },
        },
      },
    },
    include: { rhk: { include: { indikator: { orderBy: { urutan: "asc" } } } } },
  });
  const indikator = skp.rhk[0]!.indikator;
  await db.realisasi.createMany({
    data: indikator.slice(0, opsi.terisi ?? 0).map((i) => ({ indikatorId: i.id, periodeId: u.periode.id, nilai: 5 })),
  });
  return { pegawai, skp, indikator };
}

/** An SKP submitted to the atasan at `diajukanPada` and still waiting. */
export async function skpDiajukan(u: InstansiUji, nama: string, diajukanPada: string) {
  const { pegawai, skp } = await pegawaiDenganSkp(u, nama, { status: "PENGAJUAN" });
  await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: skp.id, dari: "DRAFT", ke: "PENGAJUAN", aktorId: pegawai.id, createdAt: new Date(diajukanPada) } });
  return { pegawai, skp };
}

export function notifikasiUntuk(penerimaId: string, jenis: JenisNotifikasi) {
  return db.notifikasi.findMany({ where: { penerimaId, jenis }, orderBy: { createdAt: "asc" } });
}

export async function jumlahNotifikasi(jenis: JenisNotifikasi): Promise<number> {
  return db.notifikasi.count({ where: { jenis } });
}
