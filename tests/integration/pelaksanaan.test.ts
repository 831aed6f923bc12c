import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { formatTanggal } from "@/lib/domain/tanggal";
import { TAUTAN_TIDAK_VALID } from "@/lib/schemas/pelaksanaan";
import { deleteBuktiDukung, saveBuktiDukung } from "@/lib/server/actions/bukti-dukung";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import { deleteRencanaAksi, salinRencanaAksi, saveRencanaAksi } from "@/lib/server/actions/rencana-aksi";
import { db } from "@/lib/server/db";
import { ensurePenilaian } from "@/lib/server/penilaian/konteks";
import { getPelaksanaan, listPenilaianSaya } from "@/lib/server/queries/pelaksanaan";
import { getActor } from "@/lib/server/auth";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, hariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

let org: PelaksanaanOrg;
let rhkUtama: PelaksanaanOrg["skp"]["rhk"][number];
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  rhkUtama = org.skp.rhk.find((r) => r.jenis === "UTAMA")!;
});

const ref = (periodeId = org.tw2.id) => ({ skpId: org.skp.id, periodeId });
const realisasiInput = (overrides: Record<string, string> = {}) => ({
  ...ref(),
  indikatorId: rhkUtama.indikator[0]!.id,
  nilai: "10",
  narasi: "",
  sumberData: "Laporan bulanan",
  ...overrides,
});
const realisasiRows = () => db.realisasi.findMany({ where: { indikator: { rhk: { skpId: org.skp.id } } } });

describe("realisasi", () => {
  test("the owner saves a value with sumber data; a second save replaces it and capaian follows", async () => {
    await actAs(org.staff.id);
    expect(await saveRealisasi(realisasiInput({ nilai: "9" }))).toMatchObject({ ok: true });
    expect(await saveRealisasi(realisasiInput({ nilai: "10,5", narasi: "Termasuk usulan susulan" }))).toMatchObject({ ok: true });
    const rows = await realisasiRows();
    expect(rows.map((r) => [r.nilai?.toString(), r.narasi, r.sumberData])).toEqual([["10.5", "Termasuk usulan susulan", "Laporan bulanan"]]);

    const page = await getPelaksanaan((await getActor())!, org.skp.id, org.tw2.id);
    const ind = page.rhk.find((r) => r.id === rhkUtama.id)!.indikator[0]!;
    expect(ind.capaian).toBe(87.5);
    expect(page.pengisian.kind).toBe("terbuka");
  });

  test("a narrative alone is enough; every missing or wrong field gets its own message", async () => {
    await actAs(org.staff.id);
    const kedua = rhkUtama.indikator[1]!.id;
    expect(await saveRealisasi(realisasiInput({ indikatorId: kedua, nilai: "", narasi: "Semua usulan lengkap" }))).toMatchObject({ ok: true });
    expect(await saveRealisasi(realisasiInput({ nilai: "banyak", sumberData: "" }))).toMatchObject({
      ok: false,
      fieldErrors: {
        nilai: ["Realisasi harus berupa angka, misalnya 2 atau 12,5."],
        sumberData: ["Sebutkan sumber data, misalnya laporan bulanan atau aplikasi yang dipakai."],
      },
    });
    expect(await saveRealisasi(realisasiInput({ nilai: "", narasi: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { nilai: ["Isi nilai realisasi atau uraiannya."] },
    });
  });

  test("the penilaian row is created and locked by the first write, once", async () => {
    const rows = await db.penilaian.findMany({ where: { skpId: org.skp.id, periodeId: org.tw2.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("DRAFT");
  });
});

describe("bukti dukung", () => {
  const buktiInput = (o: Record<string, string> = {}) => ({ ...ref(), rhkId: rhkUtama.id, nama: "Rekap usulan", tautan: "https://drive.google.com/file/d/abc", ...o });

  test("adds, edits and deletes a named http(s) link", async () => {
    await actAs(org.staff.id);
    expect(await saveBuktiDukung(buktiInput())).toMatchObject({ ok: true });
    const row = await db.buktiDukung.findFirstOrThrow({ where: { rhkId: rhkUtama.id } });
    expect(await saveBuktiDukung(buktiInput({ buktiDukungId: row.id, nama: "Rekap usulan Triwulan II", tautan: "http://arsip.go.id/rekap" }))).toMatchObject({ ok: true });
    expect(await db.buktiDukung.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ nama: "Rekap usulan Triwulan II", tautan: "http://arsip.go.id/rekap" });
    expect(await deleteBuktiDukung({ ...ref(), buktiDukungId: row.id })).toMatchObject({ ok: true });
    expect(await db.buktiDukung.count({ where: { rhkId: rhkUtama.id } })).toBe(0);
  });

  test.each(["drive.google.com/file/d/abc", "javascript:alert(1)", "ftp://arsip.go.id/rekap", "https://", "bukti ada di meja"])(
    "refuses %s as a link with the Indonesian message",
    async (tautan) => {
      await actAs(org.staff.id);
      expect(await saveBuktiDukung(buktiInput({ tautan }))).toMatchObject({ ok: false, fieldErrors: { tautan: [TAUTAN_TIDAK_VALID] } });
      expect(await db.buktiDukung.count({ where: { rhkId: rhkUtama.id } })).toBe(0);
    },
  );
});

describe("rencana aksi", () => {
  test("adds in order, edits and deletes", async () => {
    await actAs(org.staff.id);
    for (const teks of ["Menyusun jadwal verifikasi", "Verifikasi berkas usulan"]) {
      expect(await saveRencanaAksi({ ...ref(), rhkId: rhkUtama.id, teks })).toMatchObject({ ok: true });
    }
    const [first, second] = await db.rencanaAksi.findMany({ where: { rhkId: rhkUtama.id, periodeId: org.tw2.id }, orderBy: { urutan: "asc" } });
    expect([first!.teks, second!.teks]).toEqual(["Menyusun jadwal verifikasi", "Verifikasi berkas usulan"]);
    expect(await saveRencanaAksi({ ...ref(), rhkId: rhkUtama.id, rencanaAksiId: second!.id, teks: "Verifikasi seluruh berkas" })).toMatchObject({ ok: true });
    expect(await deleteRencanaAksi({ ...ref(), rencanaAksiId: first!.id })).toMatchObject({ ok: true });
    const rest = await db.rencanaAksi.findMany({ where: { rhkId: rhkUtama.id, periodeId: org.tw2.id } });
    expect(rest.map((r) => r.teks)).toEqual(["Verifikasi seluruh berkas"]);
    expect(await saveRencanaAksi({ ...ref(), rhkId: rhkUtama.id, teks: "ab" })).toMatchObject({
      ok: false,
      fieldErrors: { teks: ["Tuliskan rencana aksi, minimal 3 karakter."] },
    });
  });

  test("copies the previous triwulan's rencana aksi once, skipping what is already there", async () => {
    await db.rencanaAksi.createMany({
      data: [
        { rhkId: rhkUtama.id, periodeId: org.tw1.id, teks: "Verifikasi seluruh berkas", urutan: 0 },
        { rhkId: rhkUtama.id, periodeId: org.tw1.id, teks: "Rapat koordinasi mutasi", urutan: 1 },
      ],
    });
    await actAs(org.staff.id);
    expect(await salinRencanaAksi(ref())).toMatchObject({ ok: true, data: { disalin: 1, dari: "Triwulan I" } });
    expect(await salinRencanaAksi(ref())).toMatchObject({ ok: true, data: { disalin: 0 } });
    const rows = await db.rencanaAksi.findMany({ where: { rhkId: rhkUtama.id, periodeId: org.tw2.id }, orderBy: { urutan: "asc" } });
    expect(rows.map((r) => r.teks)).toEqual(["Verifikasi seluruh berkas", "Rapat koordinasi mutasi"]);
  });
});

describe("who and when", () => {
  const semuaAksi = (periodeId: string, skpId = org.skp.id, rhkId = rhkUtama.id, indikatorId = rhkUtama.indikator[0]!.id) => [
    () => saveRealisasi({ ...realisasiInput(), skpId, periodeId, indikatorId }),
    () => saveBuktiDukung({ skpId, periodeId, rhkId, nama: "Rekap", tautan: "https://contoh.go.id/a" }),
    () => saveRencanaAksi({ skpId, periodeId, rhkId, teks: "Rencana baru" }),
  ];
  const snapshot = async () => [await db.realisasi.count(), await db.buktiDukung.count(), await db.rencanaAksi.count()];

  test.each([
    ["another pegawai", () => org.staffLain.id],
    ["the atasan (penilai)", () => org.atasan.id],
    ["the admin of the same instansi", () => org.admin.id],
    ["an admin of another instansi", () => org.adminLain.id],
  ])("%s cannot write the staff's pelaksanaan", async (_who, who) => {
    const before = await snapshot();
    await actAs(who());
    for (const aksi of semuaAksi(org.tw2.id)) {
      const result = await aksi();
      expect(result.ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
  });

  test("guessed ids are not found: unknown SKP, a periode of another tahun, an RHK or indikator of another SKP", async () => {
    await actAs(org.staff.id);
    const before = await snapshot();
    const lain = org.skpLain.rhk.find((r) => r.jenis === "UTAMA")!;
    const cases = [
      ...semuaAksi(org.tw2.id, randomUUID()),
      ...semuaAksi(org.tw2025.id),
      ...semuaAksi(org.tw2.id, org.skp.id, lain.id, lain.indikator[0]!.id),
    ];
    for (const aksi of cases) expect(await aksi()).toMatchObject({ ok: false, message: expect.stringMatching(/tidak ditemukan/) });
    expect(await snapshot()).toEqual(before);
  });

  test("an SKP that is not approved yet cannot be filled", async () => {
    await actAs(org.tanpaAtasan.id);
    const rhk = org.skpDraft.rhk.find((r) => r.jenis === "UTAMA")!;
    const result = await saveRealisasi({ ...realisasiInput(), skpId: org.skpDraft.id, indikatorId: rhk.indikator[0]!.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("belum disetujui") });
  });

  test("after the batas pengisian entry is refused, naming the date and the admin; before the periode starts too", async () => {
    await actAs(org.staff.id);
    const before = await snapshot();
    for (const aksi of semuaAksi(org.tw1.id)) {
      expect(await aksi()).toMatchObject({
        ok: false,
        message: `Batas pengisian Triwulan I sudah lewat (${formatTanggal(hariKe(-20))}). Bila Anda masih perlu mengisi, minta admin instansi membuka kembali pengisian untuk Anda.`,
      });
    }
    expect(await saveRealisasi({ ...realisasiInput(), periodeId: org.tw3.id })).toMatchObject({ ok: false, message: expect.stringContaining("baru dibuka mulai") });
    expect(await snapshot()).toEqual(before);
  });

  test("a reopening lets the pegawai write past the batas, until it ends", async () => {
    const penilaian = await db.$transaction((tx) => ensurePenilaian(tx, org.skp.id, org.tw1.id));
    await db.penilaian.update({ where: { id: penilaian.id }, data: { pengisianDibukaHingga: hariKe(3) } });
    await actAs(org.staff.id);
    expect(await saveRealisasi({ ...realisasiInput(), periodeId: org.tw1.id })).toMatchObject({ ok: true });
    await db.penilaian.update({ where: { id: penilaian.id }, data: { pengisianDibukaHingga: hariKe(-1) } });
    expect(await saveRealisasi({ ...realisasiInput(), periodeId: org.tw1.id })).toMatchObject({ ok: false });
  });

  test("a realisasi racing the atasan's finalisation waits for it and is then refused", async () => {
    await actAs(org.staff.id);
    let locked!: () => void;
    let release!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    const gate = new Promise<void>((r) => (release = r));
    const finalising = db.$transaction(
      async (tx) => {
        const p = await ensurePenilaian(tx, org.skp.id, org.tw2.id);
        await tx.penilaian.update({ where: { id: p.id }, data: { status: "FINAL", version: { increment: 1 } } });
        locked();
        await gate;
      },
      { timeout: 15_000 },
    );
    await lockTaken;
    let settled = false;
    const saving = saveRealisasi(realisasiInput({ nilai: "11" })).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 400));
    expect(settled).toBe(false);
    release();
    await finalising;
    expect(await saving).toMatchObject({ ok: false, message: expect.stringContaining("sudah difinalkan") });
    const row = await db.realisasi.findFirstOrThrow({ where: { indikatorId: rhkUtama.indikator[0]!.id, periodeId: org.tw2.id } });
    expect(row.nilai?.toString()).toBe("10.5");
  });
});

describe("what the pegawai sees", () => {
  test("/penilaian lists only their approved SKP with each periode's state, progress and predikat", async () => {
    await db.penilaian.updateMany({ where: { skpId: org.skp.id, periodeId: org.tw2.id }, data: { predikat: "BAIK", ratingHasil: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" } });
    await actAs(org.staff.id);
    const daftar = await listPenilaianSaya((await getActor())!);
    expect(daftar.map((s) => s.id)).toEqual([org.skp.id]);
    const byLabel = Object.fromEntries(daftar[0]!.periode.map((p) => [p.label, p]));
    expect(Object.keys(byLabel)).toEqual(["Triwulan I", "Triwulan II", "Triwulan III"]);
    expect(byLabel["Triwulan I"]!.pengisian.kind).toBe("ditutup");
    expect(byLabel["Triwulan II"]).toMatchObject({ pengisian: { kind: "final" }, predikat: "BAIK", progress: { terisi: 2, total: 3 } });
    expect(byLabel["Triwulan III"]!.pengisian.kind).toBe("belum-dimulai");

    await actAs(org.tanpaAtasan.id);
    expect(await listPenilaianSaya((await getActor())!)).toEqual([]);
  });

  test("after FINAL the entry page shows the ratings and umpan balik; others cannot open it", async () => {
    const penilaian = await db.penilaian.findFirstOrThrow({ where: { skpId: org.skp.id, periodeId: org.tw2.id } });
    await db.umpanBalikRhk.create({ data: { penilaianId: penilaian.id, rhkId: rhkUtama.id, reaksi: "👏", teks: "Tepat waktu" } });
    await actAs(org.staff.id);
    const page = await getPelaksanaan((await getActor())!, org.skp.id, org.tw2.id);
    expect(page.hasil).toMatchObject({ ratingHasil: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", predikat: "BAIK" });
    expect(page.rhk.find((r) => r.id === rhkUtama.id)!.umpanBalik).toEqual({ reaksi: "👏", teks: "Tepat waktu" });

    for (const who of [org.staffLain.id, org.atasan.id, org.adminLain.id]) {
      await actAs(who);
      await expect(getPelaksanaan((await getActor())!, org.skp.id, org.tw2.id)).rejects.toThrow("SKP tidak ditemukan.");
    }
  });
});
