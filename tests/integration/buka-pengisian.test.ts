import { beforeAll, describe, expect, test } from "vitest";
import { bukaPengisian, tutupPengisian } from "@/lib/server/actions/admin-buka-pengisian";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getBukaPengisianPage } from "@/lib/server/queries/buka-pengisian";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, hariKe, isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

let org: PelaksanaanOrg;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
});

const staffWritesTw1 = async () => {
  await actAs(org.staff.id);
  const rhk = org.skp.rhk.find((r) => r.jenis === "UTAMA")!;
  return saveRealisasi({ skpId: org.skp.id, periodeId: org.tw1.id, indikatorId: rhk.indikator[0]!.id, nilai: "4", narasi: "", sumberData: "Rekap" });
};
const penilaianTw1 = () => db.penilaian.findFirst({ where: { skpId: org.skp.id, periodeId: org.tw1.id } });

describe("bukaPengisian", () => {
  test("the admin reopens a closed triwulan for one pegawai until a date, with an audit entry", async () => {
    expect((await staffWritesTw1()).ok).toBe(false);
    await actAs(org.admin.id);
    const result = await bukaPengisian({ pegawaiId: org.staff.id, periodeId: org.tw1.id, hingga: isoHariKe(7) });
    expect(result).toMatchObject({ ok: true, data: { nama: "Staff Uji", periode: "Triwulan I 2026" } });
    expect((await penilaianTw1())?.pengisianDibukaHingga).toEqual(hariKe(7));
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "BUKA_PENGISIAN" } });
    expect(audit).toMatchObject({ aktorId: org.admin.id, instansiId: org.instansi.id, entitas: "Penilaian", data: expect.objectContaining({ hingga: isoHariKe(7) }) });

    const page = await getBukaPengisianPage((await getActor())!);
    expect(page.dibuka.map((d) => [d.nama, d.periode])).toEqual([["Staff Uji", "Triwulan I 2026"]]);

    expect(await staffWritesTw1()).toMatchObject({ ok: true });
    // Only this pegawai: a colleague's Triwulan I stays closed.
    expect(await db.penilaian.count({ where: { skpId: org.skpLain.id } })).toBe(0);
  });

  test.each([
    ["a date in the past", () => isoHariKe(-1), "Tanggal tidak boleh sebelum hari ini."],
    ["a date before the batas pengisian", () => isoHariKe(10), "pilih tanggal sesudahnya"],
    ["more than 90 days ahead", () => isoHariKe(120), "paling lama 90 hari"],
  ])("refuses %s next to the date field", async (_what, hingga, pesan) => {
    await actAs(org.admin.id);
    const result = await bukaPengisian({ pegawaiId: org.staff.id, periodeId: org.tw2.id, hingga: hingga() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { hingga: [expect.stringContaining(pesan)] } });
  });

  test("a pegawai without an approved SKP cannot be reopened", async () => {
    await actAs(org.admin.id);
    expect(await bukaPengisian({ pegawaiId: org.tanpaAtasan.id, periodeId: org.tw1.id, hingga: isoHariKe(7) })).toMatchObject({
      ok: false,
      fieldErrors: { pegawaiId: ["Tanpa Atasan belum memiliki SKP yang disetujui untuk Triwulan I 2026."] },
    });
  });

  test("non-admins and admins of another instansi are refused and nothing changes", async () => {
    const before = await db.auditLog.count();
    await actAs(org.staff.id);
    expect(await bukaPengisian({ pegawaiId: org.staffLain.id, periodeId: org.tw1.id, hingga: isoHariKe(7) })).toMatchObject({
      ok: false,
      message: "Halaman ini hanya untuk admin instansi.",
    });
    // The Garut admin guessing Bandung ids: neither the pegawai nor the periode is visible.
    await actAs(org.adminLain.id);
    expect(await bukaPengisian({ pegawaiId: org.staffLain.id, periodeId: org.tw1.id, hingga: isoHariKe(7) })).toMatchObject({
      ok: false,
      message: expect.stringContaining("tidak ditemukan di instansi Anda"),
    });
    const own = await db.penilaian.findFirstOrThrow({ where: { skpId: org.skp.id, periodeId: org.tw1.id } });
    expect(await tutupPengisian({ penilaianId: own.id })).toMatchObject({ ok: false, message: "Pembukaan pengisian tidak ditemukan." });
    expect(await getBukaPengisianPage((await getActor())!)).toMatchObject({ dibuka: [] });
    expect(await db.penilaian.count({ where: { skpId: org.skpLain.id } })).toBe(0);
    expect((await penilaianTw1())?.pengisianDibukaHingga).toEqual(hariKe(7));
    expect(await db.auditLog.count()).toBe(before);
  });

  test("a final penilaian cannot be reopened for entry", async () => {
    const penilaian = await db.penilaian.create({ data: { skpId: org.skpLain.id, periodeId: org.tw1.id, status: "FINAL" } });
    await actAs(org.admin.id);
    expect(await bukaPengisian({ pegawaiId: org.staffLain.id, periodeId: org.tw1.id, hingga: isoHariKe(7) })).toMatchObject({
      ok: false,
      message: expect.stringContaining("sudah final"),
    });
    expect((await db.penilaian.findUniqueOrThrow({ where: { id: penilaian.id } })).pengisianDibukaHingga).toBeNull();
  });
});

describe("tutupPengisian", () => {
  test("ends a reopening early: the pegawai is refused again and it leaves the list", async () => {
    const penilaian = (await penilaianTw1())!;
    await actAs(org.admin.id);
    expect(await tutupPengisian({ penilaianId: penilaian.id })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { aksi: "TUTUP_PENGISIAN", entitasId: penilaian.id } })).toBe(1);
    expect(await getBukaPengisianPage((await getActor())!)).toMatchObject({ dibuka: [] });
    expect(await staffWritesTw1()).toMatchObject({ ok: false, message: expect.stringContaining("Batas pengisian Triwulan I sudah lewat") });
  });
});
