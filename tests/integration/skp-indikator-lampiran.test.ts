import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { deleteIndikator, saveIndikator } from "@/lib/server/actions/indikator";
import { addLampiran, deleteLampiran } from "@/lib/server/actions/lampiran";
import { db } from "@/lib/server/db";
import { buildSkpOrg, indikatorInput, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;
let rhkId: string;
beforeAll(async () => {
  org = await buildSkpOrg();
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026, ["Memproses usulan mutasi"]);
  skpId = skp.id;
  rhkId = skp.rhk[0]!.id;
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;

describe("saveIndikator", () => {
  test("stores a single target and a min–max range with satuan", async () => {
    await actAs(org.staff.id);
    const single = await saveIndikator({ ...indikatorInput({ targetMin: "12,5" }), skpId, rhkId, version: await version() });
    expect(single.ok).toBe(true);
    const range = await saveIndikator({
      ...indikatorInput({ aspek: "KUALITAS", teks: "Persentase usulan lengkap", rentang: true, targetMin: "80", targetMax: "100", satuan: "%" }),
      skpId, rhkId, version: await version(),
    });
    expect(range.ok).toBe(true);
    const rows = await db.indikator.findMany({ where: { rhkId }, orderBy: { urutan: "asc" } });
    expect(rows.map((r) => [r.aspek, r.targetMin?.toString(), r.targetMax?.toString() ?? null, r.satuan])).toEqual([
      ["KUANTITAS", "12.5", null, "Dokumen"],
      ["KUALITAS", "80", "100", "%"],
    ]);
  });

  test("every missing or wrong field gets its own Indonesian message", async () => {
    await actAs(org.staff.id);
    const result = await saveIndikator({
      ...indikatorInput({ aspek: "", teks: "", rentang: true, targetMin: "banyak", targetMax: "", satuan: "" }),
      skpId, rhkId, version: await version(),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        aspek: ["Pilih aspek."],
        teks: ["Tuliskan indikator kinerja individu, minimal 3 karakter."],
        targetMin: ["Target harus berupa angka, misalnya 2 atau 12,5."],
        targetMax: ["Isi target maksimum."],
        satuan: ["Isi satuan target, misalnya Dokumen, %, atau Bulan."],
      },
    });
    const terbalik = await saveIndikator({ ...indikatorInput({ rentang: true, targetMin: "100", targetMax: "80" }), skpId, rhkId, version: await version() });
    expect(terbalik).toMatchObject({ ok: false, fieldErrors: { targetMax: ["Target maksimum harus lebih besar dari target minimum."] } });
  });

  test("a form for another layout is refused, asking to reload", async () => {
    await actAs(org.staff.id);
    const result = await saveIndikator({ ...indikatorInput({ layout: "KUALITATIF", targetNarasi: "Laporan diterima" }), skpId, rhkId, version: await version() });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang") });
  });

  test("stale version: the second edit is refused and nothing changes", async () => {
    await actAs(org.staff.id);
    const ind = await db.indikator.findFirstOrThrow({ where: { rhkId } });
    const v = await version();
    expect((await saveIndikator({ ...indikatorInput({ teks: "Versi tab satu" }), skpId, rhkId, indikatorId: ind.id, version: v })).ok).toBe(true);
    const second = await saveIndikator({ ...indikatorInput({ teks: "Versi tab dua" }), skpId, rhkId, indikatorId: ind.id, version: v });
    expect(second).toMatchObject({ ok: false, message: expect.stringContaining("sudah diubah orang lain") });
    expect((await db.indikator.findUniqueOrThrow({ where: { id: ind.id } })).teks).toBe("Versi tab satu");
  });

  test.each([
    ["another pegawai", () => org.staffLain.id],
    ["the atasan", () => org.atasan.id],
    ["an admin of another instansi", () => org.adminLain.id],
  ])("%s cannot add, edit or delete indikator", async (_who, who) => {
    const ind = await db.indikator.findFirstOrThrow({ where: { rhkId } });
    const count = await db.indikator.count();
    await actAs(who());
    const v = await version();
    expect(await saveIndikator({ ...indikatorInput(), skpId, rhkId, version: v })).toMatchObject({ ok: false, message: "SKP tidak ditemukan." });
    expect(await deleteIndikator({ skpId, version: v, indikatorId: ind.id })).toMatchObject({ ok: false });
    expect(await db.indikator.count()).toBe(count);
  });

  test("an indikator id from someone else's SKP is not found, even by the owner of another SKP", async () => {
    const lain = await seedSkp(org.staffLain.id, org.t2026.id, 2026, ["RHK lain"]);
    const indLain = await db.indikator.create({ data: { rhkId: lain.rhk[0]!.id, teks: "Milik orang lain", urutan: 0 } });
    await actAs(org.staff.id);
    const v = await version();
    expect(await deleteIndikator({ skpId, version: v, indikatorId: indLain.id })).toMatchObject({ ok: false, message: "Indikator tidak ditemukan." });
    expect(await saveIndikator({ ...indikatorInput(), skpId, rhkId: lain.rhk[0]!.id, version: v })).toMatchObject({ ok: false, message: "RHK tidak ditemukan." });
    expect(await db.indikator.count({ where: { id: indLain.id } })).toBe(1);
    expect(await version()).toBe(v);
  });

  test("delete removes it", async () => {
    await actAs(org.staff.id);
    const ind = await db.indikator.findFirstOrThrow({ where: { rhkId }, orderBy: { urutan: "desc" } });
    expect(await deleteIndikator({ skpId, version: await version(), indikatorId: ind.id })).toMatchObject({ ok: true });
    expect(await db.indikator.count({ where: { id: ind.id } })).toBe(0);
  });
});

describe("Lampiran SKP", () => {
  test("the owner adds and deletes items in each list", async () => {
    await actAs(org.staff.id);
    const added = await addLampiran({ skpId, version: await version(), jenis: "DUKUNGAN_SUMBER_DAYA", teks: "Akses aplikasi SIASN" });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await db.lampiranItem.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({ jenis: "DUKUNGAN_SUMBER_DAYA", teks: "Akses aplikasi SIASN" });
    expect(await deleteLampiran({ skpId, version: await version(), lampiranId: added.data.id })).toMatchObject({ ok: true });
    expect(await db.lampiranItem.count({ where: { skpId } })).toBe(0);
  });

  test("empty text, stale version and other people are refused", async () => {
    await actAs(org.staff.id);
    expect(await addLampiran({ skpId, version: await version(), jenis: "KONSEKUENSI", teks: " " })).toMatchObject({
      ok: false,
      fieldErrors: { teks: ["Tuliskan isian lampiran, minimal 3 karakter."] },
    });
    const v = await version();
    expect((await addLampiran({ skpId, version: v, jenis: "KONSEKUENSI", teks: "Teguran" })).ok).toBe(true);
    expect(await addLampiran({ skpId, version: v, jenis: "KONSEKUENSI", teks: "Dari tab lama" })).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang") });
    const item = await db.lampiranItem.findFirstOrThrow({ where: { skpId } });
    await actAs(org.atasan.id);
    expect(await deleteLampiran({ skpId, version: await version(), lampiranId: item.id })).toMatchObject({ ok: false, message: "SKP tidak ditemukan." });
    expect(await db.lampiranItem.count({ where: { skpId } })).toBe(1);
  });
});
