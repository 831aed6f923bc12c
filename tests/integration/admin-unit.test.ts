import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createUnit, moveUnit, revokePimpinan, setUnitAktif, updateUnit } from "@/lib/server/actions/admin-unit";
import { getUnitTreeForAdmin } from "@/lib/server/queries/admin-unit";
import { getActor } from "@/lib/server/auth";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const unitId = async (kode: string, nama: string) =>
  (await db.unitKerja.findFirstOrThrow({ where: { instansi: { kode }, nama } })).id;

async function signIn(label: DemoAccountLabel) {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } });
  await actAs(id);
}

beforeAll(async () => {
  await seedDemo(db);
});

describe("Unit kerja tree", () => {
  it("shows the nested tree with pimpinan and active member counts", async () => {
    await signIn("admin");
    const { tree, options } = await getUnitTreeForAdmin((await getActor())!);
    expect(tree).toHaveLength(1);
    const badan = tree[0]!;
    expect(badan.unit.pimpinan?.nama).toBe(DEMO_ACCOUNTS.kepala.nama);
    const mutasi = badan.children.find((c) => c.unit.nama === "Bidang Mutasi dan Promosi")!;
    const sbMutasi = mutasi.children.find((c) => c.unit.nama === "Subbidang Mutasi")!;
    expect(sbMutasi.unit).toMatchObject({ jumlahAnggota: 5, pimpinan: { nama: DEMO_ACCOUNTS.atasan.nama } });
    // Dadang Sutisna is nonaktif and not counted.
    expect(badan.children.find((c) => c.unit.nama === "Bidang Pengembangan Kompetensi")!.children.find((c) => c.unit.nama === "Subbidang Pengembangan Kompetensi Teknis")!.unit.jumlahAnggota).toBe(1);
    expect(options).toHaveLength(13);
    expect(options.map((o) => o.label).join()).not.toContain("Garut");
  });
});

describe("Unit kerja changes", () => {
  it("adds a unit under a parent, edits it and moves it, each with an audit row", async () => {
    await signIn("admin");
    const parentId = await unitId("BKPSDM-BDG", "Bidang Mutasi dan Promosi");
    const created = await createUnit({ parentId, nama: "Subbidang Data", namaJabatan: "Kepala Subbidang Data", eselon: "4" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.unitKerja.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ parentId, eselon: 4, nama: "Subbidang Data" });

    expect((await updateUnit({ unitId: created.data.id, nama: "Subbidang Data Kepegawaian", namaJabatan: "", eselon: "4" })).ok).toBe(true);
    const sekretariat = await unitId("BKPSDM-BDG", "Sekretariat");
    expect((await moveUnit({ unitId: created.data.id, parentId: sekretariat })).ok).toBe(true);
    expect(await db.unitKerja.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
      parentId: sekretariat,
      nama: "Subbidang Data Kepegawaian",
      namaJabatan: null,
    });
    const audit = await db.auditLog.findMany({ where: { entitasId: created.data.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.aksi)).toEqual(["TAMBAH_UNIT", "UBAH_UNIT", "PINDAH_UNIT"]);
    expect(audit[1]?.data).toEqual({ nama: { lama: "Subbidang Data", baru: "Subbidang Data Kepegawaian" }, namaJabatan: { lama: "Kepala Subbidang Data", baru: null } });
  });

  it("refuses a second unit with the same name under the same parent", async () => {
    await signIn("admin");
    const mutasi = await unitId("BKPSDM-BDG", "Bidang Mutasi dan Promosi");
    expect(await createUnit({ parentId: mutasi, nama: "subbidang mutasi", namaJabatan: "", eselon: "4" })).toMatchObject({
      ok: false,
      fieldErrors: { nama: ['Sudah ada unit bernama "subbidang mutasi" di bawah induk yang sama.'] },
    });
  });

  it("refuses a move under the unit's own sub-unit", async () => {
    await signIn("admin");
    const mutasi = await unitId("BKPSDM-BDG", "Bidang Mutasi dan Promosi");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    expect(await moveUnit({ unitId: mutasi, parentId: sbMutasi })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ['Unit tidak dapat dipindahkan ke bawah "Subbidang Mutasi", karena "Subbidang Mutasi" berada di bawah unit ini.'] },
    });
  });

  it("refuses to deactivate a unit with active members or sub-units, and says so", async () => {
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    expect(await setUnitAktif({ unitId: sbMutasi, aktif: false })).toEqual({
      ok: false,
      message: 'Unit "Subbidang Mutasi" tidak dapat dinonaktifkan karena masih memiliki 5 pegawai aktif; pindahkan mereka ke unit lain terlebih dahulu.',
    });
    const mutasi = await unitId("BKPSDM-BDG", "Bidang Mutasi dan Promosi");
    const result = await setUnitAktif({ unitId: mutasi, aktif: false });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("masih memiliki sub-unit aktif (") });

    const kosong = await createUnit({ parentId: mutasi, nama: "Unit Kosong", namaJabatan: "", eselon: "" });
    if (!kosong.ok) throw new Error("unit");
    expect((await setUnitAktif({ unitId: kosong.data.id, aktif: false })).ok).toBe(true);
    expect(await createUnit({ parentId: kosong.data.id, nama: "Anak", namaJabatan: "", eselon: "" })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ['Unit induk "Unit Kosong" sudah nonaktif.'] },
    });
  });

  it("revokes a klaim pimpinan with an audit row", async () => {
    await signIn("admin");
    const renkeu = await unitId("BKPSDM-BDG", "Subbagian Perencanaan dan Keuangan");
    const before = await db.unitKerja.findUniqueOrThrow({ where: { id: renkeu } });
    expect((await revokePimpinan({ unitId: renkeu })).ok).toBe(true);
    expect((await db.unitKerja.findUniqueOrThrow({ where: { id: renkeu } })).pimpinanId).toBeNull();
    expect(await db.auditLog.findFirstOrThrow({ where: { aksi: "CABUT_KLAIM_PIMPINAN", entitasId: renkeu } })).toMatchObject({
      data: { pimpinanId: before.pimpinanId },
    });
    expect(await revokePimpinan({ unitId: renkeu })).toMatchObject({ ok: false, message: expect.stringContaining("tidak memiliki pimpinan definitif") });
  });

  it("answers bad input with Indonesian field messages", async () => {
    await signIn("admin");
    expect(await createUnit({ parentId: "bukan-id", nama: "A", namaJabatan: "", eselon: "9" as never })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ["Pilih unit induk."], nama: ["Nama unit kerja minimal 3 karakter."], eselon: ["Pilih eselon."] },
    });
  });

  it("refuses non-admins and gives another instansi's admin nothing, even with guessed ids", async () => {
    const garutUmpeg = await unitId("BKPSDM-GRT", "Subbagian Umum dan Kepegawaian");
    const garutBadan = await unitId("BKPSDM-GRT", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
    const before = await db.unitKerja.findUniqueOrThrow({ where: { id: garutUmpeg } });

    await signIn("atasan");
    expect(await updateUnit({ unitId: garutUmpeg, nama: "Diambil alih", namaJabatan: "", eselon: "" })).toEqual({
      ok: false,
      message: "Halaman ini hanya untuk admin instansi.",
    });

    await signIn("admin");
    const notFound = { ok: false, message: expect.stringContaining("tidak ditemukan di instansi Anda") };
    expect(await updateUnit({ unitId: garutUmpeg, nama: "Diambil alih", namaJabatan: "", eselon: "" })).toMatchObject(notFound);
    expect(await moveUnit({ unitId: garutUmpeg, parentId: "" })).toMatchObject(notFound);
    expect(await setUnitAktif({ unitId: garutUmpeg, aktif: false })).toMatchObject(notFound);
    expect(await revokePimpinan({ unitId: garutUmpeg })).toMatchObject(notFound);
    expect(await createUnit({ parentId: garutBadan, nama: "Unit Susupan", namaJabatan: "", eselon: "" })).toMatchObject(notFound);
    const sekretariat = await unitId("BKPSDM-BDG", "Sekretariat");
    expect(await moveUnit({ unitId: sekretariat, parentId: garutBadan })).toMatchObject(notFound);

    expect(await db.unitKerja.findUniqueOrThrow({ where: { id: garutUmpeg } })).toEqual(before);
    expect(await db.unitKerja.count({ where: { nama: "Unit Susupan" } })).toBe(0);
  });
});
