import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { saveRhk } from "@/lib/server/actions/rhk";
import { db } from "@/lib/server/db";
import { buildSkpOrg, indikatorBarisInput, seedSkp, type SkpOrg } from "./skp-fixtures";

// Issue 13 point 8: an RHK and its indikator are written in one form and one transaction.
let org: SkpOrg;
let skpId: string;
let rhkAtasan: string;
beforeAll(async () => {
  org = await buildSkpOrg();
  rhkAtasan = (await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi"])).rhk[0]!.id;
  skpId = (await seedSkp(org.staff.id, org.t2026.id, 2026)).id;
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const baris = indikatorBarisInput();
const tigaIndikator = [
  { ...baris, aspek: "KUANTITAS" as const, teks: "Jumlah usulan mutasi yang diproses", targetMin: "60", satuan: "Usulan" },
  { ...baris, aspek: "KUALITAS" as const, teks: "Persentase usulan tanpa revisi", targetMin: "100", satuan: "%" },
  { ...baris, aspek: "WAKTU" as const, teks: "Waktu penyelesaian usulan", targetMin: "12", satuan: "Bulan" },
];
const rhkBaru = (teks: string, indikator: unknown[]) => ({
  jenis: "UTAMA" as const,
  klasifikasi: "" as const,
  teks,
  parentRhkId: rhkAtasan,
  penugasanDari: "",
  layout: "STANDAR" as const,
  indikator: indikator as typeof tigaIndikator,
});

describe("saveRhk with its indikator", () => {
  test("one call adds the RHK with Kuantitas, Kualitas and Waktu, in the order written; empty rows are not saved", async () => {
    await actAs(org.staff.id);
    const v = await version();
    const kosong = { ...baris, aspek: "BIAYA" as const, teks: "", targetMin: "", satuan: "Rupiah" };
    const result = await saveRhk({ ...rhkBaru("Terprosesnya usulan mutasi tepat waktu", [...tigaIndikator, kosong]), skpId, version: v });
    expect(result).toMatchObject({ ok: true, data: { version: v + 1 } });
    if (!result.ok) return;
    const indikator = await db.indikator.findMany({ where: { rhkId: result.data.id }, orderBy: { urutan: "asc" } });
    expect(indikator.map((i) => [i.aspek, i.teks, i.targetMin?.toString(), i.satuan])).toEqual([
      ["KUANTITAS", "Jumlah usulan mutasi yang diproses", "60", "Usulan"],
      ["KUALITAS", "Persentase usulan tanpa revisi", "100", "%"],
      ["WAKTU", "Waktu penyelesaian usulan", "12", "Bulan"],
    ]);
    const audit = await db.auditLog.findMany({ where: { aksi: "TAMBAH_INDIKATOR", entitasId: { in: indikator.map((i) => i.id) } } });
    expect(audit).toHaveLength(3);
  });

  test("a bad indikator leaves nothing behind and says what is wrong", async () => {
    await actAs(org.staff.id);
    const v = await version();
    const rhkSebelum = await db.rhk.count({ where: { skpId } });
    const buruk = { ...tigaIndikator[1]!, targetMin: "seratus" };
    const result = await saveRhk({ ...rhkBaru("RHK dengan indikator yang salah", [tigaIndikator[0], buruk, { ...tigaIndikator[2]!, satuan: "" }]), skpId, version: v });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { indikator: ["Target harus berupa angka, misalnya 2 atau 12,5.", "Isi satuan target, misalnya Dokumen, %, atau Bulan."] },
    });
    expect(await db.rhk.count({ where: { skpId } })).toBe(rhkSebelum);
    expect(await version()).toBe(v);
  });

  test("a rule that fails after the RHK is written (the atasan's RHK is not theirs) leaves neither RHK nor indikator", async () => {
    const lain = await seedSkp(org.kabid.id, org.t2026.id, 2026, ["RHK kabid"]);
    await actAs(org.staff.id);
    const v = await version();
    const sebelum = await db.indikator.count({ where: { rhk: { skpId } } });
    const result = await saveRhk({ ...rhkBaru("RHK dengan atasan yang salah", tigaIndikator), parentRhkId: lain.rhk[0]!.id, skpId, version: v });
    expect(result).toMatchObject({ ok: false, fieldErrors: { parentRhkId: [expect.stringContaining("Pilih dari daftar")] } });
    expect(await db.indikator.count({ where: { rhk: { skpId } } })).toBe(sebelum);
    expect(await db.rhk.count({ where: { teks: "RHK dengan atasan yang salah" } })).toBe(0);
  });

  test("rows written for another layout are refused: the page is out of date", async () => {
    await actAs(org.staff.id);
    const v = await version();
    const naratif = tigaIndikator.map((i) => ({ ...i, targetNarasi: "Usulan diterima BKN tanpa revisi" }));
    const result = await saveRhk({ ...rhkBaru("RHK dari halaman lama", naratif), layout: "KUALITATIF", skpId, version: v });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang") });
    expect(await version()).toBe(v);
  });

  test("editing an RHK appends the new rows after its saved indikator", async () => {
    await actAs(org.staff.id);
    const rhk = await db.rhk.findFirstOrThrow({ where: { skpId, teks: "Terprosesnya usulan mutasi tepat waktu" } });
    const result = await saveRhk({ ...rhkBaru(rhk.teks, [{ ...baris, aspek: "BIAYA" as const, teks: "Anggaran mutasi terserap", targetMin: "95", satuan: "%" }]), rhkId: rhk.id, skpId, version: await version() });
    expect(result.ok).toBe(true);
    const indikator = await db.indikator.findMany({ where: { rhkId: rhk.id }, orderBy: { urutan: "asc" } });
    expect(indikator.map((i) => i.aspek)).toEqual(["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"]);
  });

  test.each([
    ["another pegawai", () => org.staffLain.id],
    ["the atasan", () => org.atasan.id],
  ])("%s cannot add an RHK with indikator to the staff's SKP", async (_who, who) => {
    await actAs(who());
    const v = await version();
    const sebelum = await db.indikator.count({ where: { rhk: { skpId } } });
    expect(await saveRhk({ ...rhkBaru("RHK titipan", tigaIndikator), skpId, version: v })).toMatchObject({ ok: false, message: "SKP tidak ditemukan." });
    expect(await db.indikator.count({ where: { rhk: { skpId } } })).toBe(sebelum);
    expect(await version()).toBe(v);
  });
});
