import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deleteBuktiDukung, saveBuktiDukung } from "@/lib/server/actions/bukti-dukung";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import { deleteRencanaAksi, salinRencanaAksi, saveRencanaAksi } from "@/lib/server/actions/rencana-aksi";
import { db } from "@/lib/server/db";
import { expectNoAudit, expectOneAudit } from "./helpers/audit";
import { actAs } from "./helpers/session";
import { setRequestHeaders } from "./helpers/session-store";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

// Realisasi, bukti dukung and rencana aksi: each save or delete leaves one audit row.
let org: PelaksanaanOrg;
let rhkId: string;
let indikatorId: string;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  const utama = org.skp.rhk.find((r) => r.jenis === "UTAMA")!;
  rhkId = utama.id;
  indikatorId = utama.indikator[0]!.id;
  setRequestHeaders({ "x-forwarded-for": "198.51.100.23" });
});
afterAll(() => setRequestHeaders(null));

const ref = (periodeId = org.tw2.id) => ({ skpId: org.skp.id, periodeId });
const mine = () => ({ aktorId: org.staff.id, instansiId: org.instansi.id, alamat: "198.51.100.23" });

describe("realisasi", () => {
  test("the first save and each later one write one row with the change", async () => {
    await actAs(org.staff.id);
    const input = { ...ref(), indikatorId, nilai: "10", narasi: "", sumberData: "Laporan bulanan" };
    const pertama = await expectOneAudit(() => saveRealisasi(input));
    const saved = await db.realisasi.findUniqueOrThrow({ where: { indikatorId_periodeId: { indikatorId, periodeId: org.tw2.id } } });
    expect(pertama.row).toMatchObject({ ...mine(), aksi: "SIMPAN_REALISASI", entitas: "Realisasi", entitasId: saved.id });
    expect(pertama.row.data).toEqual({ nilai: { lama: null, baru: "10" }, sumberData: { lama: null, baru: "Laporan bulanan" } });

    const kedua = await expectOneAudit(() => saveRealisasi({ ...input, nilai: "12,50" }));
    expect(kedua.row).toMatchObject({ aksi: "SIMPAN_REALISASI", entitasId: saved.id });
    expect(kedua.row.data).toEqual({ nilai: { lama: "10", baru: "12.5" } });
  });

  test("refused saves write nothing: another pegawai, a closed periode", async () => {
    await actAs(org.staffLain.id);
    await expectNoAudit(() => saveRealisasi({ ...ref(), indikatorId, nilai: "99", narasi: "", sumberData: "" }));
    await actAs(org.staff.id);
    await expectNoAudit(() => saveRealisasi({ ...ref(org.tw1.id), indikatorId, nilai: "99", narasi: "", sumberData: "" }));
  });
});

describe("bukti dukung", () => {
  test("add, edit and delete each write one row", async () => {
    await actAs(org.staff.id);
    const input = { ...ref(), rhkId, nama: "Rekap usulan", tautan: "https://drive.google.com/file/d/abc" };
    const tambah = await expectOneAudit(() => saveBuktiDukung(input));
    const row = await db.buktiDukung.findFirstOrThrow({ where: { rhkId } });
    expect(tambah.row).toMatchObject({ ...mine(), aksi: "TAMBAH_BUKTI_DUKUNG", entitas: "BuktiDukung", entitasId: row.id, data: { rhkId, periodeId: org.tw2.id, nama: "Rekap usulan", tautan: input.tautan } });

    const ubah = await expectOneAudit(() => saveBuktiDukung({ ...input, buktiDukungId: row.id, nama: "Rekap usulan Triwulan II" }));
    expect(ubah.row).toMatchObject({ aksi: "UBAH_BUKTI_DUKUNG", entitasId: row.id });
    expect(ubah.row.data).toEqual({ nama: { lama: "Rekap usulan", baru: "Rekap usulan Triwulan II" } });

    const hapus = await expectOneAudit(() => deleteBuktiDukung({ ...ref(), buktiDukungId: row.id }));
    expect(hapus.row).toMatchObject({ ...mine(), aksi: "HAPUS_BUKTI_DUKUNG", entitasId: row.id, data: { nama: "Rekap usulan Triwulan II", tautan: input.tautan } });
    const gone = await expectNoAudit(() => deleteBuktiDukung({ ...ref(), buktiDukungId: row.id }));
    expect(gone).toMatchObject({ message: "Bukti dukung tidak ditemukan." });
  });
});

describe("rencana aksi", () => {
  test("add, edit, delete and copy each write one row", async () => {
    await actAs(org.staff.id);
    const tambah = await expectOneAudit(() => saveRencanaAksi({ ...ref(), rhkId, teks: "Menyusun jadwal verifikasi" }));
    const row = await db.rencanaAksi.findFirstOrThrow({ where: { rhkId, periodeId: org.tw2.id } });
    expect(tambah.row).toMatchObject({ ...mine(), aksi: "TAMBAH_RENCANA_AKSI", entitas: "RencanaAksi", entitasId: row.id, data: { teks: "Menyusun jadwal verifikasi" } });

    const ubah = await expectOneAudit(() => saveRencanaAksi({ ...ref(), rhkId, rencanaAksiId: row.id, teks: "Menyusun jadwal verifikasi berkas" }));
    expect(ubah.row.data).toEqual({ teks: { lama: "Menyusun jadwal verifikasi", baru: "Menyusun jadwal verifikasi berkas" } });

    const hapus = await expectOneAudit(() => deleteRencanaAksi({ ...ref(), rencanaAksiId: row.id }));
    expect(hapus.row).toMatchObject({ aksi: "HAPUS_RENCANA_AKSI", entitasId: row.id, data: { rhkId, teks: "Menyusun jadwal verifikasi berkas" } });

    await db.rencanaAksi.create({ data: { rhkId, periodeId: org.tw1.id, teks: "Rapat koordinasi mutasi", urutan: 0 } });
    const salin = await expectOneAudit(() => salinRencanaAksi(ref()));
    expect(salin.row).toMatchObject({ ...mine(), aksi: "SALIN_RENCANA_AKSI", entitas: "Skp", entitasId: org.skp.id, data: { dari: "Triwulan I", ke: "Triwulan II", jumlah: 1 } });

    await actAs(org.staffLain.id);
    await expectNoAudit(() => saveRencanaAksi({ ...ref(), rhkId, teks: "Bukan rencana saya" }));
  });
});
