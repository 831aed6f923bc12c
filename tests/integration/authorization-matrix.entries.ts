import { KOLOM_IMPOR } from "@/lib/domain/impor-kolom";
import { isoHariKe } from "./pelaksanaan-fixtures";
import type { MatrixWorld } from "./authorization-matrix.world";

/**
 * One entry per exported server action, keyed "file#export". To add an action:
 *   - kind: who may use it.
 *       "pegawai-own"        the owner of the object (korban) only;
 *       "atasan-of-bawahan"  the victim's atasan/penilai (or the pimpinan above a unit);
 *       "admin"              the admin of the victim's instansi;
 *       "any-signed-in"      anyone signed in, on their own rows only (give scope: "own");
 *       "public"             no session needed (password reset).
 *   - input: a VALID input aimed at the victim's objects in the world of
 *     authorization-matrix.world.ts, so that a refusal comes from authorization, not validation.
 *   - legit: who may do it. After the attackers, the matrix runs it once as them and expects
 *     { ok: true } and a changed database, which proves the input valid and the fingerprint
 *     sensitive. A string instead says why the legit run cannot succeed in this test.
 *   - scope "own": the action works on the actor's own rows (or own instansi) by design, so an
 *     attacker's call may succeed, but no row without the attacker's id or instansi id may change,
 *     and the result must not show the victim.
 *   - readOnly: the legit run changes nothing (searches, dry runs).
 */
export type Kind = "pegawai-own" | "atasan-of-bawahan" | "admin" | "any-signed-in" | "public";
export type LegitActor = "korban" | "atasan" | "kabid" | "admin" | "bawahanLain" | "atasanLain";

export type ActionEntry = {
  kind: Kind;
  input: (w: MatrixWorld) => unknown;
  legit: LegitActor | { skipped: string };
  /** Others the rules also allow (so they are not attackers here), e.g. the admin beside the pimpinan. */
  alsoLegit?: LegitActor[];
  scope?: "own";
  readOnly?: true;
  /** Tables a public action writes for anyone by design (the reset request and its throttle). */
  mayChange?: string[];
};

const NO_SIASN = { skipped: "the fake SIASN here knows nobody; sinkron-profil.test.ts covers the legit path" };
const teks7 = { BERORIENTASI_PELAYANAN: "", AKUNTABEL: "Tepat waktu", KOMPETEN: "", HARMONIS: "", LOYAL: "", ADAPTIF: "", KOLABORATIF: "" };
const penilaian = (w: MatrixWorld, periodeId: string) => ({ skpId: w.skp.id, periodeId, version: 1 });
const isian = { ratingHasil: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", catatan: "Baik", umpanBalikRhk: [], umpanBalikPerilaku: [] };
const pegawaiFields = (unitId: string) => ({
  nama: "Nama Baru",
  gelarDepan: "",
  gelarBelakang: "",
  email: "",
  jenisPegawai: "PNS",
  jenisJabatan: "PELAKSANA",
  jabatan: "Pengadministrasi Umum",
  eselon: "",
  jenjangFungsional: "",
  pangkat: "",
  golongan: "III/a",
  unitId,
});
// One indikator written inside the RHK form (saveRhk brings its rows along).
const indikatorBaris = () => ({ aspek: "KUANTITAS", perspektif: "", teks: "Indikator dari form RHK", rentang: false, targetMin: "3", targetMax: "", satuan: "Dokumen", targetNarasi: "" });
const indikator = (w: MatrixWorld) => ({
  skpId: w.skpDraft.id,
  version: 1,
  rhkId: w.skpDraft.rhk[0]!.id,
  layout: "STANDAR",
  aspek: "KUANTITAS",
  perspektif: "",
  teks: "Jumlah dokumen",
  rentang: false,
  targetMin: "7",
  targetMax: "",
  satuan: "Dokumen",
  targetNarasi: "",
});

/** The victim's own Progres Harian file: one entry yesterday on the victim's rencana aksi. */
function progresForm(w: MatrixWorld): FormData {
  const csv = ["Tanggal,Jam Mulai,Jam Selesai,Rencana Aksi,Kegiatan,Realisasi,Satuan", `${isoHariKe(-1)},07.00,07.30,${w.rencanaAksi.teks},Memeriksa berkas,1,Berkas`].join("\r\n");
  const form = new FormData();
  form.set("berkas", new File([csv], "progres.csv", { type: "text/csv" }));
  return form;
}

/** A CSV upload that names the victim's unit and the victim as atasan. */
function imporForm(w: MatrixWorld): FormData {
  const sel: Record<string, string> = { nip: "199202022020121001", nama: "Pegawai Impor", jenisPegawai: "PNS", jenisJabatan: "Pelaksana", jabatan: "Pengolah Data", golongan: "III/a", unitKerja: w.unit.nama, nipAtasan: w.korban.nip };
  const form = new FormData();
  const csv = [KOLOM_IMPOR.map((k) => k.judul).join(","), KOLOM_IMPOR.map((k) => sel[k.key] ?? "").join(",")].join("\r\n");
  form.set("berkas", new File([csv], "pegawai.csv", { type: "text/csv" }));
  return form;
}

const progresFields = (w: MatrixWorld) => ({
  tanggal: isoHariKe(0),
  jamMulai: "08:00",
  jamSelesai: "09:30",
  rencanaAksiId: w.rencanaAksiHarian.id,
  indikatorId: "",
  kegiatan: "Kegiatan diubah",
  realisasi: "2",
  satuan: "Berkas",
  tautanBukti: "",
  sumberData: "",
});

const A = "lib/server/actions";
export const ACTION_ENTRIES: Record<string, ActionEntry> = {
  // SKP of the pegawai
  [`${A}/skp.ts#createSkp`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ periodeAwal: "2025-07-01", periodeAkhir: "2025-12-31", pendekatan: "KUANTITATIF", salinDariSkpId: w.skpDraft.id }) },
  [`${A}/skp.ts#ajukanSkp`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1 }) },
  [`${A}/rhk.ts#saveRhk`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, rhkId: w.skpDraft.rhk[0]!.id, jenis: "UTAMA", klasifikasi: "", teks: "RHK yang diubah", parentRhkId: w.rhkAtasan2025.id, penugasanDari: "", layout: "STANDAR", indikator: [indikatorBaris()] }) },
  [`${A}/rhk.ts#deleteRhk`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, rhkId: w.skpDraft.rhk[1]!.id }) },
  [`${A}/rhk.ts#moveRhk`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, rhkId: w.skpDraft.rhk[1]!.id, arah: "naik" }) },
  [`${A}/indikator.ts#saveIndikator`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ ...indikator(w), indikatorId: w.skpDraft.rhk[0]!.indikator[0]!.id }) },
  [`${A}/indikator.ts#deleteIndikator`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, indikatorId: w.skpDraft.rhk[0]!.indikator[0]!.id }) },
  [`${A}/lampiran.ts#addLampiran`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, jenis: "KONSEKUENSI", teks: "Lampiran baru" }) },
  [`${A}/lampiran.ts#deleteLampiran`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, lampiranId: w.skpDraft.lampiran[0]!.id }) },

  // Pelaksanaan of the pegawai
  [`${A}/realisasi.ts#saveRealisasi`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id, indikatorId: w.indikator.id, nilai: "9", narasi: "", sumberData: "Laporan" }) },
  [`${A}/rencana-aksi.ts#saveRencanaAksi`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id, rhkId: w.rhk.id, rencanaAksiId: w.rencanaAksi.id, teks: "Rencana diubah" }) },
  [`${A}/rencana-aksi.ts#deleteRencanaAksi`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id, rencanaAksiId: w.rencanaAksi.id }) },
  [`${A}/rencana-aksi.ts#salinRencanaAksi`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id }) },
  // Progres Harian, the pegawai's side (entry, days marked away, copying)
  [`${A}/progres-harian.ts#saveProgresHarian`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ progresId: w.progresHarian.id, version: 1, ...progresFields(w) }) },
  [`${A}/progres-harian.ts#deleteProgresHarian`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ progresId: w.progresHarian.id, version: 1 }) },
  [`${A}/progres-harian-salin.ts#salinProgresHarian`]: { kind: "any-signed-in", scope: "own", legit: { skipped: "the world has no entries on the previous working day; progres-harian-salin.test.ts covers copying" }, input: () => ({ tanggal: isoHariKe(0), dari: "kemarin" }) },
  [`${A}/keterangan-hari.ts#tandaiKeteranganHari`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: () => ({ tanggal: isoHariKe(-2), jenis: "SAKIT", catatan: "" }) },
  [`${A}/keterangan-hari.ts#hapusKeteranganHari`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: (w) => ({ tanggal: w.keteranganHari.tanggal.toISOString().slice(0, 10) }) },
  [`${A}/templat-kegiatan.ts#saveTemplatKegiatan`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ templatId: w.templatKegiatan.id, nama: "Apel diubah", hari: "1", jamMulai: "07:30", jamSelesai: "08:00", kegiatan: "Apel pagi", rencanaAksiId: "", realisasi: "1", satuan: "Kegiatan" }) },
  [`${A}/templat-kegiatan.ts#deleteTemplatKegiatan`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ templatId: w.templatKegiatan.id }) },
  [`${A}/templat-kegiatan.ts#terapkanTemplat`]: { kind: "any-signed-in", scope: "own", legit: { skipped: "the world's template is for any day, not a weekday; progres-harian-templat.test.ts covers filling a day" }, input: () => ({ tanggal: isoHariKe(0) }) },
  [`${A}/bukti-dukung.ts#saveBuktiDukung`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id, rhkId: w.rhk.id, buktiDukungId: w.buktiDukung.id, nama: "Laporan diubah", tautan: "https://contoh.go.id/baru" }) },
  [`${A}/bukti-dukung.ts#deleteBuktiDukung`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skp.id, periodeId: w.tw2.id, buktiDukungId: w.buktiDukung.id }) },

  // Decisions of the atasan
  [`${A}/skp-review.ts#setujuiSkp`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ skpId: w.skpPengajuan.id, version: 1 }) },
  [`${A}/skp-review.ts#kembalikanSkp`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ skpId: w.skpPengajuan.id, version: 1, catatan: "Perbaiki target" }) },
  [`${A}/ekspektasi.ts#simpanEkspektasi`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ skpId: w.skpDraft.id, version: 1, ...teks7 }) },
  [`${A}/penilaian-atasan.ts#simpanPenilaian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ ...penilaian(w, w.tw2.id), ...isian }) },
  [`${A}/penilaian-atasan.ts#finalkanPenilaian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ ...penilaian(w, w.bulanSelesai.id), ...isian, konfirmasiKurva: true }) },
  [`${A}/penilaian-atasan.ts#bukaKembaliPenilaian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => penilaian(w, w.tw1.id) },
  // Progres Harian Bawahan (issue 11, the atasan's part)
  [`${A}/progres-harian-verifikasi.ts#verifikasiProgresHarian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ entri: [{ id: w.progresHarian.id, version: 1 }], status: "PERLU_PERBAIKAN", catatan: "Lampirkan bukti." }) },
  [`${A}/progres-harian-verifikasi.ts#verifikasiMingguProgresHarian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ pegawaiId: w.korban.id, minggu: isoHariKe(-1), jumlah: 1, status: "SESUAI", catatan: "" }) },
  [`${A}/progres-harian-verifikasi.ts#umpanBalikProgresHarian`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ id: w.progresHarian.id, version: 1, reaksi: "👍", teks: "Bagus" }) },
  [`${A}/capaian-organisasi.ts#setCapaianOrganisasi`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ unitId: w.unit.id, periodeId: w.tw2.id, capaian: "BAIK" }) },

  // Tim Kerja: the creator (kabid) or the admin changes the team; only the ketua (the victim's
  // atasan) assigns roles and gives team feedback; the penilai decides Utama for a team RHK.
  [`${A}/tim-kerja.ts#buatTimKerja`]: { kind: "any-signed-in", scope: "own", legit: "kabid", input: (w) => ({ nama: "Tim Baru Lintas Unit", tahunId: w.t2026.id, ketuaId: w.korban.id }) },
  [`${A}/tim-kerja.ts#ubahTimKerja`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ timId: w.tim.id, version: 1, nama: "Tim Lintas Matriks Baru", ketuaId: w.korban.id }) },
  [`${A}/tim-kerja.ts#tutupTimKerja`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ timId: w.tim.id, version: 1 }) },
  [`${A}/tim-kerja.ts#tambahAnggotaTim`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ timId: w.tim.id, version: 1, pegawaiId: w.staffLain.id }) },
  [`${A}/tim-kerja.ts#keluarkanAnggotaTim`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ timId: w.tim.id, version: 1, pegawaiId: w.korban.id }) },
  [`${A}/tim-kerja.ts#tambahRhkTim`]: { kind: "atasan-of-bawahan", legit: "kabid", alsoLegit: ["admin"], input: (w) => ({ timId: w.tim.id, version: 1, teks: "RHK tim kedua", rhkPembuatId: w.rhkKabid.id }) },
  // Whoever may create a team searches their own instansi (any unit): the atasan (eselon IV) and the admin too.
  [`${A}/tim-kerja-cari.ts#cariPegawaiTim`]: { kind: "any-signed-in", scope: "own", readOnly: true, legit: "kabid", alsoLegit: ["atasan", "atasanLain", "admin"], input: () => ({ q: "Sasaranmatriks", kecualiId: "" }) },
  [`${A}/tim-kerja-peran.ts#tetapkanPeranTim`]: {
    kind: "atasan-of-bawahan",
    legit: "atasan",
    input: (w) => ({ timId: w.tim.id, version: 1, rhkTimId: w.rhkTim.id, anggotaId: w.anggotaLain.id, peran: "Pengumpul data", hasilDiharapkan: "Data terkumpul" }),
  },
  [`${A}/tim-kerja-peran.ts#beriUmpanBalikTim`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ timId: w.tim.id, version: 1, rhkId: w.rhkDariTim.id, periodeId: w.tw2.id, teks: "Analisis tepat waktu" }) },
  [`${A}/rhk-tim.ts#ambilPeranTim`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ skpId: w.skpDraft.id, version: 1, peranTimId: w.peranBaru2025.id }) },
  [`${A}/rhk-tim.ts#ubahJenisRhkTim`]: { kind: "atasan-of-bawahan", legit: "atasan", input: (w) => ({ skpId: w.skpDraft.id, version: 1, rhkId: w.rhkDraftDariTim.id, jenis: "UTAMA" }) },

  // The pegawai's own profile and atasan: open to anyone signed in, on their own rows only
  [`${A}/profil.ts#updateKontak`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: () => ({ email: "baru@contoh.go.id", noHp: "081234567890", version: 1 }) },
  [`${A}/profil.ts#updateProfil`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: (w) => ({ unitId: w.unitLain.id, jabatan: "Analis Mutasi", golongan: "III/b", version: 1 }) },
  [`${A}/ganti-sandi.ts#gantiSandi`]: {
    kind: "any-signed-in",
    scope: "own",
    legit: { skipped: "the world's password hashes are not real; ganti-sandi.test.ts covers the legit path" },
    input: () => ({ sandiLama: "Lama12345", password: "BaruSekali123", confirmPassword: "BaruSekali123" }),
  },
  [`${A}/keamanan.ts#keluarSemuaPerangkat`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: () => ({ konfirmasi: true }) },
  [`${A}/permintaan-atasan.ts#ajukanPerubahanAtasan`]: { kind: "any-signed-in", scope: "own", legit: "bawahanLain", input: (w) => ({ atasanDiusulkanId: w.kabid.id, alasan: "Atasan saya sudah berganti." }) },
  [`${A}/permintaan-atasan.ts#batalkanPermintaanAtasan`]: { kind: "pegawai-own", legit: "korban", input: (w) => ({ permintaanId: w.permintaan.id }) },
  [`${A}/klaim.ts#klaimPimpinanUnit`]: { kind: "any-signed-in", legit: { skipped: "the victim's unit already has its pimpinan; klaim.test.ts covers claiming a vacant one" }, input: (w) => ({ unitId: w.unit.id }) },
  [`${A}/klaim.ts#lepasKlaimPimpinan`]: { kind: "pegawai-own", legit: "atasan", input: (w) => ({ unitId: w.unit.id }) },
  [`${A}/sinkron-profil.ts#bandingkanProfilSiasn`]: { kind: "any-signed-in", scope: "own", legit: NO_SIASN, input: () => undefined },
  [`${A}/sinkron-profil.ts#terapkanSinkronSiasn`]: { kind: "any-signed-in", scope: "own", legit: NO_SIASN, input: () => ({ fields: ["nama"], version: 1 }) },

  [`${A}/notifikasi.ts#tandaiSemuaNotifikasiDibaca`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: () => undefined },
  [`${A}/notifikasi.ts#simpanPreferensiNotifikasi`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: () => ({ pilihan: [{ jenis: "SKP_DISETUJUI", saluran: "APLIKASI" }] }) },
  [`${A}/berhenti-notifikasi.ts#berhentiNotifikasi`]: { kind: "public", legit: { skipped: "needs the emailed token; notifikasi-email.test.ts covers it" }, input: () => ({ token: "tebakan-token-korban" }) },

  // Password reset: public by design
  [`${A}/password-reset.ts#requestPasswordReset`]: { kind: "public", mayChange: ["LoginThrottle", "PasswordResetToken", "AuditLog"], legit: { skipped: "always answers ok by design" }, input: (w) => ({ nip: w.korban.nip }) },
  [`${A}/password-reset.ts#checkResetToken`]: { kind: "public", legit: { skipped: "a read; password-reset.test.ts covers a real token" }, input: () => "tebakan-token-korban" },
  [`${A}/password-reset.ts#resetPassword`]: { kind: "public", legit: { skipped: "needs the emailed token; password-reset.test.ts covers it" }, input: () => ({ token: "tebakan-token-korban", password: "SandiBaru#2026", confirmPassword: "SandiBaru#2026" }) },

  // Admin of the victim's instansi
  [`${A}/admin-pegawai.ts#createPegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ nip: "199202022020121002", ...pegawaiFields(w.unit.id), atasanId: w.korban.id, admin: false }) },
  [`${A}/admin-pegawai.ts#updatePegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id, version: 1, ...pegawaiFields(w.unit.id) }) },
  [`${A}/admin-pegawai-akun.ts#setAtasanPegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id, version: 1, atasanId: w.kabid.id }) },
  [`${A}/admin-pegawai-akun.ts#setAktifPegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id, version: 1, aktif: false }) },
  [`${A}/admin-pegawai-akun.ts#setRolesPegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id, version: 1, admin: true }) },
  [`${A}/admin-pegawai-akun.ts#resetPasswordPegawai`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id }) },
  [`${A}/admin-pegawai-cari.ts#cariPegawai`]: { kind: "admin", scope: "own", readOnly: true, legit: "admin", input: () => ({ q: "Sasaranmatriks", kecualiId: "" }) },
  [`${A}/admin-pelaksana-tugas.ts#createPelaksanaTugas`]: { kind: "admin", legit: "admin", input: (w) => ({ unitId: w.unit.id, pegawaiId: w.kabid.id, jenis: "PLT", mulai: isoHariKe(120), selesai: isoHariKe(130) }) },
  [`${A}/admin-pelaksana-tugas.ts#deletePelaksanaTugas`]: { kind: "admin", legit: "admin", input: (w) => ({ id: w.pelaksanaTugas.id }) },
  [`${A}/admin-pengaturan.ts#updatePengaturan`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({ modeKurva: "BLOKIR", lokasi: "Cimahi", hariKerjaPerMinggu: "6", targetJamHarian: "8", zonaWaktu: "WITA" }) },
  [`${A}/admin-periode.ts#createTahun`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({ tahun: 2030 }) },
  [`${A}/admin-periode.ts#setTahunTerbuka`]: { kind: "admin", legit: "admin", input: (w) => ({ tahunId: w.t2027.id, terbuka: false }) },
  [`${A}/admin-periode.ts#generatePeriodeStandar`]: { kind: "admin", legit: "admin", input: (w) => ({ tahunId: w.t2027.id, jenis: "TRIWULAN" }) },
  [`${A}/admin-periode.ts#createPeriode`]: { kind: "admin", legit: "admin", input: (w) => ({ tahunId: w.t2027.id, jenis: "TRIWULAN", urutan: 1, awal: "2027-01-01", akhir: "2027-03-31", batasPengisian: "2027-04-10" }) },
  [`${A}/admin-periode.ts#updatePeriode`]: { kind: "admin", legit: "admin", input: (w) => ({ periodeId: w.periodeAdmin.id, jenis: "TAHUNAN", urutan: 1, awal: "2027-01-01", akhir: "2027-12-31", batasPengisian: "2028-02-15" }) },
  [`${A}/admin-periode.ts#deletePeriode`]: { kind: "admin", legit: "admin", input: (w) => ({ periodeId: w.periodeAdmin.id }) },
  [`${A}/admin-permintaan-atasan.ts#setujuiPermintaanAtasan`]: { kind: "admin", legit: "admin", input: (w) => ({ permintaanId: w.permintaan.id }) },
  [`${A}/admin-permintaan-atasan.ts#tolakPermintaanAtasan`]: { kind: "admin", legit: "admin", input: (w) => ({ permintaanId: w.permintaan.id, catatan: "Tidak sesuai struktur organisasi." }) },
  [`${A}/admin-unit.ts#createUnit`]: { kind: "admin", legit: "admin", input: (w) => ({ parentId: w.bidang.id, nama: "Subbidang Baru", namaJabatan: "", eselon: "4" }) },
  [`${A}/admin-unit.ts#updateUnit`]: { kind: "admin", legit: "admin", input: (w) => ({ unitId: w.unitLain.id, nama: "Subbidang Pengembangan Karier", namaJabatan: "", eselon: "4" }) },
  [`${A}/admin-unit.ts#moveUnit`]: { kind: "admin", legit: "admin", input: (w) => ({ unitId: w.unitLain.id, parentId: "" }) },
  [`${A}/admin-unit.ts#setUnitAktif`]: { kind: "admin", legit: "admin", input: (w) => ({ unitId: w.unitKosong.id, aktif: false }) },
  [`${A}/admin-unit.ts#revokePimpinan`]: { kind: "admin", legit: "admin", input: (w) => ({ unitId: w.unit.id }) },
  [`${A}/admin-buka-pengisian.ts#bukaPengisian`]: { kind: "admin", legit: "admin", input: (w) => ({ pegawaiId: w.korban.id, periodeId: w.tw2.id, hingga: isoHariKe(30) }) },
  [`${A}/admin-buka-pengisian.ts#tutupPengisian`]: { kind: "admin", legit: "admin", input: (w) => ({ penilaianId: w.penilaianTw3.id }) },
  [`${A}/impor.ts#periksaImpor`]: { kind: "admin", scope: "own", readOnly: true, legit: "admin", input: imporForm },
  [`${A}/impor.ts#jalankanImpor`]: { kind: "admin", scope: "own", legit: "admin", input: imporForm },
  [`${A}/sinkron-massal.ts#mulaiSinkron`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({ jenis: "SINKRON_UNOR" }) },
  // Progres Harian (ph-admin): the pegawai's own import, and the admin's hari libur
  [`${A}/progres-harian-impor.ts#periksaImporProgresHarian`]: { kind: "any-signed-in", scope: "own", readOnly: true, legit: "korban", input: progresForm },
  [`${A}/progres-harian-impor.ts#jalankanImporProgresHarian`]: { kind: "any-signed-in", scope: "own", legit: "korban", input: progresForm },
  [`${A}/hari-libur.ts#createHariLibur`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({ tanggal: "2027-12-24", nama: "Cuti bersama Natal", jenis: "CUTI_BERSAMA" }) },
  [`${A}/hari-libur.ts#deleteHariLibur`]: { kind: "admin", legit: "admin", input: (w) => ({ hariLiburId: w.hariLibur.id }) },
  [`${A}/hari-libur.ts#isiLiburNasional`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({ tahun: 2027 }) },
  [`${A}/kirim-siasn.ts#kirimKeSiasnSatu`]: { kind: "admin", legit: "admin", input: (w) => ({ kirimId: w.kirimSiasn.id }) },
  [`${A}/kirim-siasn.ts#kirimSemuaKeSiasn`]: { kind: "admin", scope: "own", legit: "admin", input: () => ({}) },
  [`${A}/kirim-siasn.ts#lanjutkanKirimSiasn`]: { kind: "admin", legit: "admin", input: (w) => ({ jobId: w.jobKirim.id }) },
  [`${A}/sinkron-massal.ts#lanjutkanSinkron`]: { kind: "admin", legit: "admin", input: (w) => ({ jobId: w.job.id }) },
};
