import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { deleteRhk, moveRhk, saveRhk } from "@/lib/server/actions/rhk";
import { db } from "@/lib/server/db";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;
let rhkAtasan: string[];
beforeAll(async () => {
  org = await buildSkpOrg();
  rhkAtasan = (await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi", "Tersusunnya laporan"])).rhk.map((r) => r.id);
  skpId = (await seedSkp(org.staff.id, org.t2026.id, 2026)).id;
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const rhk = (over: Record<string, unknown> = {}) => ({
  jenis: "UTAMA" as const,
  klasifikasi: "" as const,
  teks: "Memproses usulan mutasi pegawai",
  parentRhkId: rhkAtasan[0]!,
  penugasanDari: "",
  ...over,
});

describe("saveRhk", () => {
  test("the owner adds and edits RHK in Draft; each save bumps the version", async () => {
    await actAs(org.staff.id);
    const v = await version();
    const added = await saveRhk({ ...rhk(), skpId, version: v });
    expect(added).toMatchObject({ ok: true, data: { version: v + 1 } });
    if (!added.ok) return;
    const edited = await saveRhk({ ...rhk({ teks: "Memproses usulan mutasi tepat waktu", penugasanDari: "Kepala BKPSDM" }), skpId, version: v + 1, rhkId: added.data.id });
    expect(edited.ok).toBe(true);
    expect(await db.rhk.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({
      teks: "Memproses usulan mutasi tepat waktu",
      penugasanDari: "Kepala BKPSDM",
      parentRhkId: rhkAtasan[0],
      klasifikasi: null,
      urutan: 0,
    });
  });

  test("an Utama RHK must pick the atasan's RHK when the atasan has some", async () => {
    await actAs(org.staff.id);
    const result = await saveRhk({ ...rhk({ parentRhkId: "" }), skpId, version: await version() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { parentRhkId: ["Pilih RHK atasan yang diintervensi; wajib untuk RHK Utama."] } });
    const tambahan = await saveRhk({ ...rhk({ jenis: "TAMBAHAN", parentRhkId: "" }), skpId, version: await version() });
    expect(tambahan.ok).toBe(true);
  });

  test("an RHK of someone other than the current atasan cannot be intervened", async () => {
    const lain = await seedSkp(org.kabid.id, org.t2026.id, 2026, ["RHK kabid"]);
    await actAs(org.staff.id);
    const v = await version();
    const result = await saveRhk({ ...rhk({ parentRhkId: lain.rhk[0]!.id }), skpId, version: v });
    expect(result).toMatchObject({ ok: false, fieldErrors: { parentRhkId: [expect.stringContaining("Pilih dari daftar")] } });
    expect(await version()).toBe(v);
  });

  test("bad input comes back per field in Indonesian", async () => {
    await actAs(org.staff.id);
    const result = await saveRhk({ ...rhk({ teks: "abc", jenis: "" }), skpId, version: await version() });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { teks: ["Tuliskan Rencana Hasil Kerja, minimal 5 karakter."], jenis: ["Pilih jenis RHK."] },
    });
  });

  test("two tabs with the same version: the second save is refused and changes nothing", async () => {
    await actAs(org.staff.id);
    const v = await version();
    const first = await saveRhk({ ...rhk({ teks: "RHK dari tab pertama" }), skpId, version: v });
    const second = await saveRhk({ ...rhk({ teks: "RHK dari tab kedua" }), skpId, version: v });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, message: expect.stringContaining("sudah diubah orang lain") });
    expect(await db.rhk.count({ where: { teks: "RHK dari tab kedua" } })).toBe(0);
  });

  test.each([
    ["another pegawai", () => org.staffLain.id],
    ["the atasan", () => org.atasan.id],
    ["an admin of the same instansi", () => org.admin.id],
    ["an admin of another instansi", () => org.adminLain.id],
  ])("%s cannot add, edit or delete RHK on the staff's SKP", async (_who, who) => {
    const target = await db.rhk.findFirstOrThrow({ where: { skpId } });
    await actAs(who());
    const v = await version();
    expect(await saveRhk({ ...rhk(), skpId, version: v })).toMatchObject({ ok: false, message: "SKP tidak ditemukan." });
    expect(await saveRhk({ ...rhk({ teks: "Diubah orang lain" }), skpId, version: v, rhkId: target.id })).toMatchObject({ ok: false });
    expect(await deleteRhk({ skpId, version: v, rhkId: target.id })).toMatchObject({ ok: false });
    expect(await version()).toBe(v);
    expect(await db.rhk.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ teks: target.teks });
  });

  test("a guessed RHK id from another SKP is not found through the owner's own SKP", async () => {
    const lainSkp = await seedSkp(org.staffLain.id, org.t2026.id, 2026, ["RHK staff lain"]);
    await actAs(org.staff.id);
    const v = await version();
    const result = await deleteRhk({ skpId, version: v, rhkId: lainSkp.rhk[0]!.id });
    expect(result).toMatchObject({ ok: false, message: "RHK tidak ditemukan." });
    expect(await db.rhk.count({ where: { id: lainSkp.rhk[0]!.id } })).toBe(1);
    expect(await version()).toBe(v);
  });
});

describe("moveRhk and deleteRhk", () => {
  test("up/down reorders within the group; the edges say why nothing moved", async () => {
    await actAs(org.staff.id);
    const utama = async () => (await db.rhk.findMany({ where: { skpId, jenis: "UTAMA" }, orderBy: { urutan: "asc" } })).map((r) => r.id);
    const before = await utama();
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(await moveRhk({ skpId, version: await version(), rhkId: before[1]!, arah: "naik" })).toMatchObject({ ok: true });
    expect(await utama()).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(await moveRhk({ skpId, version: await version(), rhkId: before[1]!, arah: "naik" })).toMatchObject({
      ok: false,
      message: "RHK ini sudah berada di urutan pertama.",
    });
  });

  test("delete removes the RHK with its indikator", async () => {
    await actAs(org.staff.id);
    const target = await db.rhk.create({
      data: { skpId, jenis: "TAMBAHAN", teks: "Akan dihapus", urutan: 9, indikator: { create: { teks: "x", urutan: 0 } } },
    });
    expect(await deleteRhk({ skpId, version: await version(), rhkId: target.id })).toMatchObject({ ok: true });
    expect(await db.indikator.count({ where: { rhkId: target.id } })).toBe(0);
  });

  test("nothing changes once the SKP is submitted", async () => {
    await db.skp.update({ where: { id: skpId }, data: { status: "PENGAJUAN" } });
    await actAs(org.staff.id);
    const result = await saveRhk({ ...rhk(), skpId, version: await version() });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("sudah diajukan") });
    await db.skp.update({ where: { id: skpId }, data: { status: "DRAFT" } });
  });
});
