import { db } from "@/lib/server/db";
import { buildPelaksanaanOrg, hariKe } from "./pelaksanaan-fixtures";

/** The victim's name: no refusal and no foreign result may ever contain it. */
export const NAMA_KORBAN = "Wulan Sasaranmatriks";

/**
 * One instansi in which every server action has something to aim at, plus a second instansi
 * with its own admin. The victim is a staff member whose atasan approves their SKP and whose
 * instansi admin manages them; everyone else is an attacker of some kind.
 *
 *   kabid (pimpinan of Bidang Mutasi)
 *     └ atasan (pimpinan of Subbidang Mutasi, penilai of the victim)
 *         ├ korban: approved SKP 2026 with triwulan I (final), II (open), III (reopened by admin),
 *         │         an ended month not yet rated (what Finalkan aims at: triwulan II has not ended),
 *         │         Draft SKP for the first half of 2025 with RHK, indikator and lampiran, SKP 2027 waiting in Pengajuan,
 *         │         a pending request to change their atasan
 *         └ pegawaiLain: a peer with an approved SKP of their own
 *   atasanLain (eselon IV) with bawahanLain: an atasan, but not the victim's
 *   admin (of this instansi); adminLain (of another instansi)
 */
export async function buildMatrixWorld() {
  const org = await buildPelaksanaanOrg();
  const { instansi, unit, staff: korban, atasan, kabid } = org;
  await db.pegawai.update({ where: { id: korban.id }, data: { nama: NAMA_KORBAN } });

  const bidang = await db.unitKerja.create({ data: { instansiId: instansi.id, nama: "Bidang Mutasi", eselon: 3, pimpinanId: kabid.id } });
  await db.unitKerja.update({ where: { id: unit.id }, data: { parentId: bidang.id, pimpinanId: atasan.id, eselon: 4 } });
  const unitLain = await db.unitKerja.create({ data: { instansiId: instansi.id, nama: "Subbidang Pengembangan", parentId: bidang.id, eselon: 4 } });
  const unitKosong = await db.unitKerja.create({ data: { instansiId: instansi.id, nama: "Subbidang Tanpa Pegawai", parentId: bidang.id, eselon: 4 } });
  const pegawai = (nama: string, nip: string, extra: { atasanId?: string; eselon?: number } = {}) =>
    db.pegawai.create({
      data: {
        instansiId: instansi.id,
        nip,
        nama,
        jenisJabatan: extra.eselon ? "STRUKTURAL" : "PELAKSANA",
        eselon: extra.eselon ?? null,
        jabatan: `Jabatan ${nama}`,
        golongan: "III/a",
        unitId: unitLain.id,
        atasanId: extra.atasanId ?? null,
        passwordHash: "x",
      },
    });
  const atasanLain = await pegawai("Atasan Lain", "199001012015012001", { eselon: 4 });
  const bawahanLain = await pegawai("Bawahan Lain", "199001012015012002", { atasanId: atasanLain.id });

  const t2027 = await db.tahun.create({ data: { instansiId: instansi.id, tahun: 2027, terbuka: true } });
  const periodeAdmin = await db.periodePenilaian.create({
    data: { tahunId: t2027.id, jenis: "TAHUNAN", urutan: 1, awal: new Date("2027-01-01"), akhir: new Date("2027-12-31"), batasPengisian: new Date("2028-01-31") },
  });

  // Pelaksanaan of the approved SKP: triwulan I final, II being filled, III reopened by the admin.
  const { skp, tw1, tw2, tw3 } = org;
  const [rhk, rhkTambahan] = skp.rhk;
  const indikator = rhk!.indikator[0]!;
  const penilaianTw1 = await db.penilaian.create({
    data: { skpId: skp.id, periodeId: tw1.id, status: "FINAL", ratingHasil: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", predikat: "BAIK", finalizedAt: new Date(), finalizedById: atasan.id },
  });
  const penilaianTw2 = await db.penilaian.create({ data: { skpId: skp.id, periodeId: tw2.id } });
  // The final triwulan I waits to be sent to SIASN (admin's "Kirim ke SIASN"), in a bulk send
  // whose worker stopped ("Lanjutkan").
  const jobKirim = await db.job.create({ data: { instansiId: korban.instansiId, jenis: "KIRIM_SIASN", status: "BERJALAN", total: 1 } });
  const kirimSiasn = await db.kirimSiasn.create({
    data: { instansiId: korban.instansiId, penilaianId: penilaianTw1.id, jenis: "KINERJA_PERIODIK", finalizedAt: penilaianTw1.finalizedAt!, jobId: jobKirim.id, menungguJob: true },
  });
  const penilaianTw3 = await db.penilaian.create({ data: { skpId: skp.id, periodeId: tw3.id, pengisianDibukaHingga: hariKe(60) } });
  const bulanSelesai = await db.periodePenilaian.create({
    data: { tahunId: org.t2026.id, jenis: "BULANAN", urutan: 1, awal: hariKe(-90), akhir: hariKe(-61), batasPengisian: hariKe(-50) },
  });
  await db.rencanaAksi.create({ data: { rhkId: rhk!.id, periodeId: tw1.id, teks: "Rencana triwulan satu korban", urutan: 0 } });
  const rencanaAksi = await db.rencanaAksi.create({ data: { rhkId: rhk!.id, periodeId: tw2.id, teks: "Rencana triwulan dua korban", urutan: 0 } });
  const buktiDukung = await db.buktiDukung.create({ data: { rhkId: rhk!.id, periodeId: tw2.id, nama: "Laporan korban", tautan: "https://contoh.go.id/korban" } });
  await db.realisasi.create({ data: { indikatorId: indikator.id, periodeId: tw2.id, nilai: "3", sumberData: "Laporan korban" } });
  // Progres Harian of the victim: yesterday's entry waiting for the atasan, on a rencana aksi of its
  // own (one with entries cannot be deleted, and deleteRencanaAksi aims at the other), a routine
  // template and a day marked cuti.
  const rencanaAksiHarian = await db.rencanaAksi.create({ data: { rhkId: rhk!.id, periodeId: tw2.id, teks: "Rencana harian korban", urutan: 1 } });
  const progresHarian = await db.progresHarian.create({
    data: { pegawaiId: korban.id, skpId: skp.id, rencanaAksiId: rencanaAksiHarian.id, indikatorId: indikator.id, tanggal: hariKe(-1), jamMulai: 480, jamSelesai: 600, kegiatan: "Kegiatan harian korban", realisasi: 1, satuan: "Dokumen" },
  });
  const templatKegiatan = await db.templatKegiatan.create({
    data: { pegawaiId: korban.id, nama: "Apel korban", hari: null, jamMulai: 450, jamSelesai: 480, kegiatan: "Apel pagi korban", rencanaAksiId: rencanaAksiHarian.id, satuan: "Kegiatan" },
  });
  const keteranganHari = await db.keteranganHari.create({ data: { pegawaiId: korban.id, tanggal: hariKe(-1), jenis: "CUTI" } });
  // An unread notification of the victim, for "Tandai semua dibaca".
  const notifikasi = await db.notifikasi.create({ data: { penerimaId: korban.id, jenis: "SKP_DISETUJUI", judul: "SKP 2026 Anda disetujui", tautan: `/skp/${skp.id}` } });

  // A Draft SKP (everything the pegawai edits, ready to Ajukan: its RHK cascade from the atasan's)
  // and one waiting for the atasan's decision. The second half of 2025 stays free for a new SKP.
  const rhkAtasan2025 = await db.rhk.create({
    data: {
      jenis: "UTAMA",
      teks: "RHK atasan 2025",
      urutan: 0,
      skp: { create: { pegawaiId: atasan.id, tahunId: org.t2025.id, status: "PERSETUJUAN", periodeAwal: new Date("2025-01-01"), periodeAkhir: new Date("2025-12-31"), pendekatan: "KUANTITATIF", layout: "STANDAR", snapshot: {} } },
    },
  });
  const indikatorDraft = (teks: string) => ({ create: [{ teks, targetMin: "5", satuan: "Dokumen", aspek: "KUANTITAS" as const, urutan: 0 }] });
  const skpDraft = await db.skp.create({
    data: {
      pegawaiId: korban.id,
      penilaiId: atasan.id,
      tahunId: org.t2025.id,
      periodeAwal: new Date("2025-01-01"),
      periodeAkhir: new Date("2025-06-30"),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      snapshot: {},
      rhk: {
        create: [
          { jenis: "UTAMA", teks: "RHK pertama korban", urutan: 0, parentRhkId: rhkAtasan2025.id, indikator: indikatorDraft("Indikator pertama korban") },
          { jenis: "UTAMA", teks: "RHK kedua korban", urutan: 1, parentRhkId: rhkAtasan2025.id, indikator: indikatorDraft("Indikator kedua korban") },
        ],
      },
      lampiran: { create: [{ jenis: "KONSEKUENSI", teks: "Lampiran korban", urutan: 0 }] },
      ekspektasi: { create: [{ coreValue: "AKUNTABEL", teks: "Ekspektasi atasan untuk korban" }] },
    },
    include: { rhk: { orderBy: { urutan: "asc" }, include: { indikator: true } }, lampiran: true },
  });
  const skpPengajuan = await db.skp.create({
    data: {
      pegawaiId: korban.id,
      penilaiId: atasan.id,
      tahunId: t2027.id,
      status: "PENGAJUAN",
      periodeAwal: new Date("2027-01-01"),
      periodeAkhir: new Date("2027-12-31"),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      snapshot: {},
    },
  });

  const permintaan = await db.permintaanAtasan.create({ data: { pegawaiId: korban.id, atasanDiusulkanId: kabid.id, alasan: "Saya dipindahkan ke bidang lain." } });
  const pelaksanaTugas = await db.pelaksanaTugas.create({ data: { unitId: unit.id, pegawaiId: kabid.id, jenis: "PLH", mulai: hariKe(100), selesai: hariKe(110) } });
  const job = await db.job.create({ data: { instansiId: instansi.id, jenis: "SINKRON_UNOR", status: "GAGAL", log: { cursor: null, pesan: null, gagal: [], catatan: [] } } });
  const hariLibur = await db.hariLibur.create({ data: { instansiId: instansi.id, tanggal: new Date("2027-03-10"), nama: "Cuti bersama", jenis: "CUTI_BERSAMA" } });

  // Tim Kerja across units: created by the kabid, led by the victim's atasan, the victim and
  // bawahanLain (another unit) as anggota. In 2026 the victim's approved SKP holds an RHK from
  // their role (for the ketua's umpan balik); in 2025 one role is already an RHK of the Draft
  // SKP (for the penilai's Utama) and one is still to be taken.
  const rhkKabid = await db.rhk.create({
    data: {
      jenis: "UTAMA",
      teks: "RHK kabid 2026",
      urutan: 0,
      skp: { create: { pegawaiId: kabid.id, tahunId: org.t2026.id, status: "PERSETUJUAN", periodeAwal: new Date("2026-01-01"), periodeAkhir: new Date("2026-12-31"), pendekatan: "KUANTITATIF", layout: "STANDAR", snapshot: {} } },
    },
  });
  const timBaru = (tahunId: string, nama: string) =>
    db.timKerja.create({
      data: { instansiId: instansi.id, tahunId, nama, ketuaId: atasan.id, pembuatId: kabid.id, anggota: { create: [{ pegawaiId: korban.id }, { pegawaiId: bawahanLain.id }] } },
      include: { anggota: true },
    });
  const tim = await timBaru(org.t2026.id, "Tim Lintas Matriks");
  const anggotaKorban = tim.anggota.find((a) => a.pegawaiId === korban.id)!;
  const anggotaLain = tim.anggota.find((a) => a.pegawaiId === bawahanLain.id)!;
  const rhkTim = await db.rhkTim.create({ data: { timId: tim.id, teks: "RHK tim lintas unit", rhkPembuatId: rhkKabid.id, urutan: 0 } });
  const peranKorban = await db.peranTim.create({ data: { rhkTimId: rhkTim.id, anggotaId: anggotaKorban.id, peran: "Analis data", hasilDiharapkan: "Laporan analisis korban" } });
  const rhkDariTim = await db.rhk.create({
    data: { skpId: skp.id, jenis: "TAMBAHAN", teks: "Laporan analisis korban", penugasanDari: "Tim Lintas Matriks", peranTimId: peranKorban.id, parentRhkId: rhkKabid.id, urutan: 5 },
  });
  const tim2025 = await timBaru(org.t2025.id, "Tim Matriks 2025");
  const rhkTim2025 = await db.rhkTim.create({ data: { timId: tim2025.id, teks: "RHK tim 2025", urutan: 0 } });
  const anggota2025 = tim2025.anggota.find((a) => a.pegawaiId === korban.id)!;
  const peranDiambil = await db.peranTim.create({ data: { rhkTimId: rhkTim2025.id, anggotaId: anggota2025.id, peran: "Penyusun laporan", hasilDiharapkan: "Penyusun laporan korban" } });
  const rhkTim2025b = await db.rhkTim.create({ data: { timId: tim2025.id, teks: "RHK tim 2025 kedua", urutan: 1 } });
  const peranBaru2025 = await db.peranTim.create({ data: { rhkTimId: rhkTim2025b.id, anggotaId: anggota2025.id, peran: "Pengolah data", hasilDiharapkan: "Data olahan korban" } });
  const rhkDraftDariTim = await db.rhk.create({
    data: { skpId: skpDraft.id, jenis: "TAMBAHAN", teks: "Penyusun laporan korban", penugasanDari: "Tim Matriks 2025", peranTimId: peranDiambil.id, urutan: 0, indikator: indikatorDraft("Indikator laporan korban") },
  });

  return {
    ...org,
    kirimSiasn,
    jobKirim,
    korban: { ...korban, nama: NAMA_KORBAN },
    bidang,
    unitLain,
    unitKosong,
    atasanLain,
    bawahanLain,
    t2027,
    periodeAdmin,
    rhkAtasan2025,
    rhk: rhk!,
    rhkTambahan: rhkTambahan!,
    indikator,
    penilaianTw1,
    penilaianTw2,
    penilaianTw3,
    bulanSelesai,
    rencanaAksi,
    buktiDukung,
    rencanaAksiHarian,
    progresHarian,
    keteranganHari,
    notifikasi,
    templatKegiatan,
    skpDraft,
    skpPengajuan,
    permintaan,
    pelaksanaTugas,
    job,
    hariLibur,
    rhkKabid,
    tim,
    anggotaKorban,
    anggotaLain,
    rhkTim,
    rhkDariTim,
    peranBaru2025,
    rhkDraftDariTim,
  };
}

export type MatrixWorld = Awaited<ReturnType<typeof buildMatrixWorld>>;

/** Empties every table (not the migrations), so the next world starts from nothing. */
export async function emptyDatabase(): Promise<void> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} CASCADE`);
}
