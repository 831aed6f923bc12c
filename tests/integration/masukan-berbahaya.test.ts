import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { createPeriode } from "@/lib/server/actions/admin-periode";
import { createUnit, updateUnit } from "@/lib/server/actions/admin-unit";
import { periksaImpor } from "@/lib/server/actions/impor";
import { checkResetToken } from "@/lib/server/actions/password-reset";
import { updateProfil } from "@/lib/server/actions/profil";
import { saveIndikator } from "@/lib/server/actions/indikator";
import { saveRhk } from "@/lib/server/actions/rhk";
import { createSkp } from "@/lib/server/actions/skp";
import { db } from "@/lib/server/db";
import { buildSkpOrg, indikatorInput, seedSkp, type SkpOrg } from "./skp-fixtures";

// What an outside probe sent that ended as "Terjadi kesalahan pada server" or as a wrong row.

let org: SkpOrg;
let skpId: string;
let rhkId: string;
beforeAll(async () => {
  org = await buildSkpOrg();
  const skp = await seedSkp(org.staffLain.id, org.t2026.id, 2026, ["Memproses usulan mutasi"]);
  skpId = skp.id;
  rhkId = skp.rhk[0]!.id;
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const rhk = { jenis: "UTAMA" as const, klasifikasi: "" as const, parentRhkId: "", penugasanDari: "" };

describe("hostile input gets a field message and writes nothing", () => {
  test("an SKP ending on 30 February is refused, not saved as 2 March", async () => {
    await actAs(org.staff.id);
    const result = await createSkp({ periodeAwal: "2026-01-01", periodeAkhir: "2026-02-30", pendekatan: "KUANTITATIF", salinDariSkpId: "" });
    expect(result).toEqual({
      ok: false,
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: { periodeAkhir: ["Isi periode akhir dengan tanggal yang valid."] },
    });
    expect(await db.skp.count({ where: { pegawaiId: org.staff.id } })).toBe(0);
  });

  test("a periode from month 13 to day 32 is refused with a message per field", async () => {
    await actAs(org.admin.id);
    const result = await createPeriode({
      tahunId: org.t2026.id,
      jenis: "BULANAN",
      urutan: 1,
      awal: "2026-13-01",
      akhir: "2026-12-32",
      batasPengisian: "2026-02-30",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        awal: ["Isi tanggal awal dengan tanggal yang valid."],
        akhir: ["Isi tanggal akhir dengan tanggal yang valid."],
        batasPengisian: ["Isi batas pengisian dengan tanggal yang valid."],
      },
    });
    expect(await db.periodePenilaian.count({ where: { tahunId: org.t2026.id } })).toBe(0);
  });

  test("a target of 17 digits is refused with the allowed maximum", async () => {
    await actAs(org.staffLain.id);
    const result = await saveIndikator({ ...indikatorInput({ targetMin: "12345678901234567" }), skpId, rhkId, version: await version() });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { targetMin: ["Angka paling besar 9.999.999.999.999.999,99 (16 digit sebelum koma)."] },
    });
    expect(await db.indikator.count({ where: { rhkId } })).toBe(0);
  });

  test("a NUL byte in an RHK is refused with a field message", async () => {
    await actAs(org.staffLain.id);
    const result = await saveRhk({ ...rhk, teks: "Memproses\u0000 usulan pensiun", skpId, version: await version() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { teks: ["Isian memuat karakter yang tidak diizinkan."] } });
    expect(await db.rhk.count({ where: { skpId } })).toBe(1);
  });

  test("zod's own messages reach the user in Bahasa Indonesia", async () => {
    await actAs(org.staffLain.id);
    const result = await saveRhk({ ...rhk, teks: 42 as never, rhkId: "bukan-id", skpId, version: await version() });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { teks: ["Input tidak valid: diharapkan string, diterima number"], rhkId: ["GUID tidak valid"] },
    });
  });

  test("half a surrogate pair is refused before it reaches the audit diff", async () => {
    await actAs(org.admin.id);
    const result = await updateUnit({ unitId: org.unit.id, nama: "Subbidang Mutasi", namaJabatan: "Kepala \ud800", eselon: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { namaJabatan: ["Isian memuat karakter yang tidak diizinkan."] } });
  });

  test("a golongan named __proto__ is refused, not looked up on Object.prototype", async () => {
    await actAs(org.staff.id);
    const { version } = await db.pegawai.findUniqueOrThrow({ where: { id: org.staff.id }, select: { version: true } });
    const result = await updateProfil({ unitId: org.unit.id, jabatan: "Pengadministrasi Umum", golongan: "__proto__", version });
    expect(result).toMatchObject({ ok: false, fieldErrors: { golongan: ["Pilih pangkat/golongan PNS yang tersedia."] } });
    expect(await db.pegawai.findUniqueOrThrow({ where: { id: org.staff.id }, select: { version: true } })).toEqual({ version });
  });

  test("unit names compare literally: a trailing backslash is a name, and % matches only itself", async () => {
    await actAs(org.admin.id);
    expect(await updateUnit({ unitId: org.unit.id, nama: "Subbidang Mutasi \\", namaJabatan: "", eselon: "" })).toMatchObject({ ok: true });
    expect(await createUnit({ parentId: org.unit.id, nama: "Seksi 100%", namaJabatan: "", eselon: "" })).toMatchObject({ ok: true });
    expect(await createUnit({ parentId: org.unit.id, nama: "Seksi 1%", namaJabatan: "", eselon: "" })).toMatchObject({ ok: true });
  });

  test("what a client may post instead of a string or a FormData gets an answer, not an exception", async () => {
    expect(await checkResetToken({ length: 1 } as never)).toMatchObject({ valid: false });
    await actAs(org.admin.id);
    expect(await periksaImpor("berkas" as never)).toMatchObject({ ok: false, fieldErrors: { berkas: ["Pilih berkas CSV atau XLSX terlebih dahulu."] } });
  });
});
