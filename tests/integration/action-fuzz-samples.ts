import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { indikatorBarisInput, indikatorInput } from "./skp-fixtures";

/** Who calls an action in the fuzz: someone allowed to, so hostile input gets past the role checks. */
export type FuzzActor = "staff" | "atasan" | "kabid" | "admin" | "tanpaAtasan" | null;

/**
 * A valid input for an action, read fresh (versions move as the fuzz writes), from which the
 * fuzz derives field names and hostile variants. FormData actions get a FormData.
 */
type Sample = { actor: FuzzActor; input: () => Promise<unknown> };

const skpVersion = async (id: string) => (await db.skp.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const pegawaiVersion = async (id: string) => (await db.pegawai.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

function csvForm(): FormData {
  const form = new FormData();
  const csv = "nip,nama,jenis_pegawai,jenis_jabatan,jabatan\n199203152019032001,Rina Uji,PNS,PELAKSANA,Pengadministrasi Umum\n";
  form.set("berkas", new File([csv], "pegawai.csv", { type: "text/csv" }));
  return form;
}

/** Actions that take a FormData (file uploads) rather than an object. */
export const FORM_DATA_ACTIONS = new Set(["periksaImpor", "jalankanImpor", "periksaImporProgresHarian", "jalankanImporProgresHarian"]);

function progresForm(rencanaAksi: string): FormData {
  const form = new FormData();
  const csv = `Tanggal,Jam Mulai,Jam Selesai,Rencana Aksi,Kegiatan,Realisasi,Satuan\n${isoHariKe(-1)},07.00,07.30,${rencanaAksi},Memeriksa berkas,1,Berkas\n`;
  form.set("berkas", new File([csv], "progres.csv", { type: "text/csv" }));
  return form;
}

/** Rows some samples aim at beyond the org, written once before the fuzz takes its first fingerprint. */
export async function prepareFuzzSamples(o: PelaksanaanOrg): Promise<void> {
  const rhk = o.skp.rhk[0]!;
  const rencanaAksi = await db.rencanaAksi.create({ data: { rhkId: rhk.id, periodeId: o.tw2.id, teks: "Rencana aksi harian fuzz", urutan: 9 } });
  await db.progresHarian.create({
    data: { pegawaiId: o.staff.id, skpId: o.skp.id, rencanaAksiId: rencanaAksi.id, tanggal: new Date(`${isoHariKe(-1)}T00:00:00Z`), jamMulai: 480, jamSelesai: 540, kegiatan: "Kegiatan fuzz", realisasi: 1, satuan: "Dokumen" },
  });
  // Tim Kerja: made by the kabid, led by the atasan, with the staff as anggota and one team RHK.
  await db.timKerja.create({
    data: {
      instansiId: o.instansi.id,
      tahunId: o.t2026.id,
      nama: "Tim Fuzz",
      ketuaId: o.atasan.id,
      pembuatId: o.kabid.id,
      anggota: { create: [{ pegawaiId: o.staff.id }] },
      rhk: { create: [{ teks: "RHK tim fuzz", urutan: 0 }] },
    },
  });
}

export function fuzzSamples(o: PelaksanaanOrg): Record<string, Sample> {
  const rhk = o.skp.rhk[0]!;
  const draftRhk = o.skpDraft.rhk[0]!;
  const pelaksanaan = { skpId: o.skp.id, periodeId: o.tw2.id };
  const pegawaiFields = {
    nama: "Rina Uji",
    gelarDepan: "",
    gelarBelakang: "S.Kom.",
    email: "",
    jenisPegawai: "PNS",
    jenisJabatan: "PELAKSANA",
    jabatan: "Pengadministrasi Umum",
    eselon: "",
    jenjangFungsional: "",
    pangkat: "Penata Muda",
    golongan: "III/a",
    unitId: o.unit.id,
  };
  const periode = { jenis: "TRIWULAN", urutan: 3, awal: isoHariKe(6), akhir: isoHariKe(40), batasPengisian: isoHariKe(50) };
  const penilaianVersion = async (periodeId = pelaksanaan.periodeId) =>
    (await db.penilaian.findUnique({ where: { skpId_periodeId: { skpId: o.skp.id, periodeId } }, select: { version: true } }))?.version ?? 1;
  // Finalkan aims at triwulan I, which has ended: triwulan II's would stop at the periode rule.
  const penilaian = async (periodeId = pelaksanaan.periodeId) => ({
    skpId: o.skp.id,
    periodeId,
    version: await penilaianVersion(periodeId),
    ratingHasil: "",
    ratingPerilaku: "",
    catatan: "Terus pertahankan.",
    umpanBalikRhk: [{ rhkId: rhk.id, reaksi: "", teks: "Baik" }],
    umpanBalikPerilaku: [{ coreValue: "AKUNTABEL", reaksi: "", teks: "Tepat waktu" }],
  });
  const s = (actor: FuzzActor, input: () => unknown): Sample => ({ actor, input: async () => input() });
  // Progres harian needs a rencana aksi of the open triwulan: the one saveRencanaAksi's sample adds.
  const rencanaAksiTw2 = async () => (await db.rencanaAksi.findFirst({ where: { rhkId: rhk.id, periodeId: o.tw2.id }, select: { id: true } }))?.id ?? randomUUID();
  // Progres Harian (issue 11, the atasan's part): the staff's entry made by prepareFuzzSamples.
  const progres = async () => {
    const entri = await db.progresHarian.findFirstOrThrow({ where: { pegawaiId: o.staff.id, kegiatan: "Kegiatan fuzz" }, select: { id: true, version: true } });
    return { id: entri.id, version: entri.version };
  };
  const tim = async () => {
    // The one prepareFuzzSamples made (buatTimKerja's sample adds more, and names change).
    const t = await db.timKerja.findFirstOrThrow({ where: { pembuatId: o.kabid.id }, orderBy: { createdAt: "asc" }, select: { id: true, version: true, rhk: { select: { id: true } }, anggota: { select: { id: true } } } });
    return { timId: t.id, version: t.version, rhkTimId: t.rhk[0]!.id, anggotaId: t.anggota[0]!.id };
  };
  const timRef = async () => {
    const { timId, version } = await tim();
    return { timId, version };
  };
  return {
    buatTimKerja: s("kabid", () => ({ nama: "Tim Fuzz Baru", tahunId: o.t2026.id, ketuaId: o.atasan.id })),
    ubahTimKerja: s("kabid", async () => ({ ...(await timRef()), nama: "Tim Fuzz", ketuaId: o.atasan.id })),
    tutupTimKerja: s("kabid", () => ({ timId: randomUUID(), version: 1 })),
    tambahAnggotaTim: s("kabid", async () => ({ ...(await timRef()), pegawaiId: o.staffLain.id })),
    keluarkanAnggotaTim: s("kabid", async () => ({ ...(await timRef()), pegawaiId: randomUUID() })),
    tambahRhkTim: s("kabid", async () => ({ ...(await timRef()), teks: "RHK tim kedua", rhkPembuatId: randomUUID() })),
    cariPegawaiTim: s("kabid", () => ({ q: "Staff", kecualiId: "" })),
    tetapkanPeranTim: s("atasan", async () => ({ ...(await tim()), peran: "Analis", hasilDiharapkan: "Laporan analisis" })),
    beriUmpanBalikTim: s("atasan", async () => ({ ...(await timRef()), rhkId: randomUUID(), periodeId: o.tw2.id, teks: "Baik sekali" })),
    ambilPeranTim: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), peranTimId: randomUUID() })),
    ubahJenisRhkTim: s("atasan", async () => ({ skpId: o.skp.id, version: await skpVersion(o.skp.id), rhkId: randomUUID(), jenis: "UTAMA" })),
    bukaPengisian: s("admin", () => ({ pegawaiId: o.staff.id, periodeId: o.tw1.id, hingga: isoHariKe(10) })),
    tutupPengisian: s("admin", () => ({ penilaianId: randomUUID() })),
    resetPasswordPegawai: s("admin", () => ({ pegawaiId: o.staffLain.id })),
    setAktifPegawai: s("admin", async () => ({ pegawaiId: o.staffLain.id, version: await pegawaiVersion(o.staffLain.id), aktif: true })),
    setAtasanPegawai: s("admin", async () => ({ pegawaiId: o.staffLain.id, version: await pegawaiVersion(o.staffLain.id), atasanId: o.atasan.id })),
    setRolesPegawai: s("admin", async () => ({ pegawaiId: o.staffLain.id, version: await pegawaiVersion(o.staffLain.id), admin: false })),
    cariPegawai: s("admin", () => ({ q: "Staff", kecualiId: "" })),
    createPegawai: s("admin", () => ({ nip: "199203152019032001", ...pegawaiFields, atasanId: "", admin: false })),
    updatePegawai: s("admin", async () => ({ pegawaiId: o.staffLain.id, version: await pegawaiVersion(o.staffLain.id), ...pegawaiFields })),
    createPelaksanaTugas: s("admin", () => ({ unitId: o.unit.id, pegawaiId: o.staffLain.id, jenis: "PLH", mulai: isoHariKe(1), selesai: isoHariKe(5) })),
    deletePelaksanaTugas: s("admin", () => ({ id: randomUUID() })),
    updatePengaturan: s("admin", () => ({ modeKurva: "PERINGATAN", lokasi: "Bandung", hariKerjaPerMinggu: "5", targetJamHarian: "7,5", zonaWaktu: "WIB" })),
    createHariLibur: s("admin", () => ({ tanggal: "2027-12-24", nama: "Cuti bersama Natal", jenis: "CUTI_BERSAMA" })),
    deleteHariLibur: s("admin", () => ({ hariLiburId: randomUUID() })),
    isiLiburNasional: s("admin", () => ({ tahun: 2027 })),
    createPeriode: s("admin", () => ({ tahunId: o.t2025.id, jenis: "TAHUNAN", urutan: 1, awal: "2025-01-01", akhir: "2025-12-31", batasPengisian: "2026-01-31" })),
    createTahun: s("admin", () => ({ tahun: 2027 })),
    deletePeriode: s("admin", () => ({ periodeId: o.tw2025.id })),
    generatePeriodeStandar: s("admin", () => ({ tahunId: o.t2025.id, jenis: "BULANAN" })),
    setTahunTerbuka: s("admin", () => ({ tahunId: o.t2025.id, terbuka: true })),
    updatePeriode: s("admin", () => ({ periodeId: o.tw3.id, ...periode })),
    setujuiPermintaanAtasan: s("admin", () => ({ permintaanId: randomUUID() })),
    tolakPermintaanAtasan: s("admin", () => ({ permintaanId: randomUUID(), catatan: "Atasan sudah sesuai peta jabatan." })),
    createUnit: s("admin", () => ({ parentId: o.unit.id, nama: "Seksi Uji", namaJabatan: "Kepala Seksi Uji", eselon: "4" })),
    moveUnit: s("admin", () => ({ unitId: o.unit.id, parentId: "" })),
    revokePimpinan: s("admin", () => ({ unitId: o.unit.id })),
    setUnitAktif: s("admin", () => ({ unitId: o.unit.id, aktif: true })),
    updateUnit: s("admin", () => ({ unitId: o.unit.id, nama: "Subbidang Mutasi", namaJabatan: "Kepala Subbidang Mutasi", eselon: "4" })),
    deleteBuktiDukung: s("staff", () => ({ ...pelaksanaan, buktiDukungId: randomUUID() })),
    saveBuktiDukung: s("staff", () => ({ ...pelaksanaan, rhkId: rhk.id, nama: "Laporan bulanan", tautan: "https://drive.example.go.id/laporan" })),
    setCapaianOrganisasi: s("atasan", () => ({ unitId: o.unit.id, periodeId: o.tw2.id, capaian: "BAIK" })),
    simpanEkspektasi: s("atasan", async () => ({ skpId: o.skp.id, version: await skpVersion(o.skp.id), AKUNTABEL: "Tepat waktu", LOYAL: "" })),
    jalankanImpor: s("admin", csvForm),
    periksaImpor: s("admin", csvForm),
    periksaImporProgresHarian: s("staff", () => progresForm("Rencana uji")),
    jalankanImporProgresHarian: s("staff", () => progresForm("Rencana uji")),
    deleteIndikator: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), indikatorId: draftRhk.indikator[0]!.id })),
    saveIndikator: s("tanpaAtasan", async () => ({ ...indikatorInput(), skpId: o.skpDraft.id, rhkId: draftRhk.id, version: await skpVersion(o.skpDraft.id) })),
    klaimPimpinanUnit: s("kabid", () => ({ unitId: o.unit.id })),
    lepasKlaimPimpinan: s("kabid", () => ({ unitId: o.unit.id })),
    addLampiran: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), jenis: "KONSEKUENSI", teks: "Sesuai peraturan" })),
    deleteLampiran: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), lampiranId: randomUUID() })),
    checkResetToken: s(null, () => "token-yang-tidak-ada"),
    requestPasswordReset: s(null, () => ({ nip: o.staff.nip })),
    resetPassword: s(null, () => ({ token: "token-yang-tidak-ada", password: "SandiBaru#2026", confirmPassword: "SandiBaru#2026" })),
    verifikasiProgresHarian: s("atasan", async () => ({ entri: [await progres()], status: "PERLU_PERBAIKAN", catatan: "Lengkapi bukti." })),
    verifikasiMingguProgresHarian: s("atasan", () => ({ pegawaiId: o.staff.id, minggu: isoHariKe(-1), jumlah: 1, status: "SESUAI", catatan: "" })),
    umpanBalikProgresHarian: s("atasan", async () => ({ ...(await progres()), reaksi: "👏", teks: "Rapi." })),
    bukaKembaliPenilaian: s("atasan", async () => ({ ...pelaksanaan, version: await penilaianVersion() })),
    finalkanPenilaian: s("atasan", async () => ({ ...(await penilaian(o.tw1.id)), konfirmasiKurva: false })),
    simpanPenilaian: s("atasan", () => penilaian()),
    ajukanPerubahanAtasan: s("staff", () => ({ atasanDiusulkanId: o.kabid.id, alasan: "Atasan saya sudah pindah ke unit lain." })),
    batalkanPermintaanAtasan: s("staff", () => ({ permintaanId: randomUUID() })),
    tandaiSemuaNotifikasiDibaca: s("staff", async () => undefined),
    simpanPreferensiNotifikasi: s("staff", async () => ({ pilihan: [{ jenis: "SKP_DIKEMBALIKAN", saluran: "RINGKASAN_HARIAN" }] })),
    berhentiNotifikasi: s(null, async () => ({ token: "token-yang-tidak-ada" })),
    updateKontak: s("staff", async () => ({ email: "staff@uji.go.id", noHp: "0812 3456 7890", version: await pegawaiVersion(o.staff.id) })),
    updateProfil: s("staff", async () => ({ unitId: o.unit.id, jabatan: "Pengadministrasi Umum", golongan: "III/a", version: await pegawaiVersion(o.staff.id) })),
    saveRealisasi: s("staff", () => ({ ...pelaksanaan, indikatorId: rhk.indikator[0]!.id, nilai: "3", narasi: "Tiga usulan", sumberData: "Laporan bulanan" })),
    deleteRencanaAksi: s("staff", () => ({ ...pelaksanaan, rencanaAksiId: randomUUID() })),
    salinRencanaAksi: s("staff", () => pelaksanaan),
    saveRencanaAksi: s("staff", () => ({ ...pelaksanaan, rhkId: rhk.id, teks: "Memverifikasi berkas usulan" })),
    saveProgresHarian: s("staff", async () => ({
      tanggal: isoHariKe(0),
      jamMulai: "07:00",
      jamSelesai: "07:30",
      rencanaAksiId: await rencanaAksiTw2(),
      indikatorId: "",
      kegiatan: "Memverifikasi berkas usulan",
      realisasi: "2",
      satuan: "Berkas",
      tautanBukti: "https://drive.example.go.id/bukti",
      sumberData: "Aplikasi SIMPEG",
    })),
    deleteProgresHarian: s("staff", () => ({ progresId: randomUUID(), version: 1 })),
    salinProgresHarian: s("staff", () => ({ tanggal: isoHariKe(0), dari: "kemarin" })),
    tandaiKeteranganHari: s("staff", () => ({ tanggal: isoHariKe(-3), jenis: "DINAS_LUAR", catatan: "Rapat koordinasi" })),
    hapusKeteranganHari: s("staff", () => ({ tanggal: isoHariKe(-3) })),
    saveTemplatKegiatan: s("staff", async () => ({ nama: "Apel pagi", hari: "1", jamMulai: "07:30", jamSelesai: "08:00", kegiatan: "Mengikuti apel pagi", rencanaAksiId: await rencanaAksiTw2(), realisasi: "1", satuan: "Kegiatan" })),
    deleteTemplatKegiatan: s("staff", () => ({ templatId: randomUUID() })),
    terapkanTemplat: s("staff", () => ({ tanggal: isoHariKe(0) })),
    deleteRhk: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), rhkId: randomUUID() })),
    moveRhk: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id), rhkId: draftRhk.id, arah: "turun" })),
    saveRhk: s("tanpaAtasan", async () => ({
      skpId: o.skpDraft.id,
      version: await skpVersion(o.skpDraft.id),
      jenis: "UTAMA",
      klasifikasi: "",
      teks: "Terlaksananya verifikasi berkas",
      parentRhkId: "",
      penugasanDari: "",
      layout: "STANDAR",
      indikator: [indikatorBarisInput()],
    })),
    kirimKeSiasnSatu: s("admin", () => ({ kirimId: randomUUID() })),
    kirimSemuaKeSiasn: s("admin", () => ({})),
    lanjutkanKirimSiasn: s("admin", () => ({ jobId: randomUUID() })),
    lanjutkanSinkron: s("admin", () => ({ jobId: randomUUID() })),
    mulaiSinkron: s("admin", () => ({ jenis: "SINKRON_UNOR" })),
    bandingkanProfilSiasn: s("staff", () => undefined),
    terapkanSinkronSiasn: s("staff", async () => ({ fields: ["jabatan"], version: await pegawaiVersion(o.staff.id) })),
    kembalikanSkp: s("atasan", async () => ({ skpId: o.skp.id, version: await skpVersion(o.skp.id), catatan: "Lengkapi indikator." })),
    setujuiSkp: s("atasan", async () => ({ skpId: o.skp.id, version: await skpVersion(o.skp.id) })),
    ajukanSkp: s("tanpaAtasan", async () => ({ skpId: o.skpDraft.id, version: await skpVersion(o.skpDraft.id) })),
    createSkp: s("kabid", () => ({ periodeAwal: "2026-01-01", periodeAkhir: "2026-12-31", pendekatan: "KUANTITATIF", salinDariSkpId: "" })),
  };
}
