import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { indikatorInput } from "./skp-fixtures";

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
  const penilaianVersion = async () =>
    (await db.penilaian.findUnique({ where: { skpId_periodeId: pelaksanaan }, select: { version: true } }))?.version ?? 1;
  const penilaian = async () => ({
    ...pelaksanaan,
    version: await penilaianVersion(),
    ratingHasil: "",
    ratingPerilaku: "",
    catatan: "Terus pertahankan.",
    umpanBalikRhk: [{ rhkId: rhk.id, reaksi: "", teks: "Baik" }],
    umpanBalikPerilaku: [{ coreValue: "AKUNTABEL", reaksi: "", teks: "Tepat waktu" }],
  });
  const s = (actor: FuzzActor, input: () => unknown): Sample => ({ actor, input: async () => input() });
  return {
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
    updatePengaturan: s("admin", () => ({ modeKurva: "PERINGATAN", lokasi: "Bandung", hariKerjaPerMinggu: "5", targetJamHarian: "7,5" })),
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
    bukaKembaliPenilaian: s("atasan", async () => ({ ...pelaksanaan, version: await penilaianVersion() })),
    finalkanPenilaian: s("atasan", async () => ({ ...(await penilaian()), konfirmasiKurva: false })),
    simpanPenilaian: s("atasan", penilaian),
    ajukanPerubahanAtasan: s("staff", () => ({ atasanDiusulkanId: o.kabid.id, alasan: "Atasan saya sudah pindah ke unit lain." })),
    batalkanPermintaanAtasan: s("staff", () => ({ permintaanId: randomUUID() })),
    updateKontak: s("staff", async () => ({ email: "staff@uji.go.id", noHp: "0812 3456 7890", version: await pegawaiVersion(o.staff.id) })),
    updateProfil: s("staff", async () => ({ unitId: o.unit.id, jabatan: "Pengadministrasi Umum", golongan: "III/a", version: await pegawaiVersion(o.staff.id) })),
    saveRealisasi: s("staff", () => ({ ...pelaksanaan, indikatorId: rhk.indikator[0]!.id, nilai: "3", narasi: "Tiga usulan", sumberData: "Laporan bulanan" })),
    deleteRencanaAksi: s("staff", () => ({ ...pelaksanaan, rencanaAksiId: randomUUID() })),
    salinRencanaAksi: s("staff", () => pelaksanaan),
    saveRencanaAksi: s("staff", () => ({ ...pelaksanaan, rhkId: rhk.id, teks: "Memverifikasi berkas usulan" })),
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
    })),
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
