import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { simpanEkspektasi } from "@/lib/server/actions/ekspektasi";
import { db } from "@/lib/server/db";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;

beforeAll(async () => {
  org = await buildSkpOrg();
  skpId = (await seedSkp(org.staff.id, org.t2026.id, 2026)).id;
  await db.skp.update({ where: { id: skpId }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const ekspektasi = async () =>
  Object.fromEntries((await db.ekspektasiKhusus.findMany({ where: { skpId } })).map((e) => [e.coreValue, e.teks]));

describe("simpanEkspektasi", () => {
  test("the penilai writes ekspektasi for some values and leaves the others empty", async () => {
    await actAs(org.atasan.id);
    const v = await version();
    const result = await simpanEkspektasi({ skpId, version: v, AKUNTABEL: " Laporan mingguan tepat waktu. ", KOMPETEN: "Ikut 1 pelatihan", LOYAL: "" });
    expect(result).toEqual({ ok: true, data: { version: v + 1 } });
    expect(await ekspektasi()).toEqual({ AKUNTABEL: "Laporan mingguan tepat waktu.", KOMPETEN: "Ikut 1 pelatihan" });
  });

  test("emptying a value removes its ekspektasi; the others are updated", async () => {
    await actAs(org.atasan.id);
    const result = await simpanEkspektasi({ skpId, version: await version(), AKUNTABEL: "", KOMPETEN: "Ikut 2 pelatihan" });
    expect(result.ok).toBe(true);
    expect(await ekspektasi()).toEqual({ KOMPETEN: "Ikut 2 pelatihan" });
  });

  test("is also open while the SKP is a Draft", async () => {
    await db.skp.update({ where: { id: skpId }, data: { status: "DRAFT" } });
    await actAs(org.atasan.id);
    expect((await simpanEkspektasi({ skpId, version: await version(), HARMONIS: "Membimbing staf baru" })).ok).toBe(true);
    await db.skp.update({ where: { id: skpId }, data: { status: "PENGAJUAN" } });
  });

  test("the pegawai, an admin and another atasan cannot write it; nothing changes", async () => {
    const before = await ekspektasi();
    const v = await version();
    for (const [id, message] of [
      [org.staff.id, /hanya dapat diisi oleh pejabat penilai/],
      [org.admin.id, /hanya dapat diisi oleh pejabat penilai/],
      [org.kabid.id, /SKP tidak ditemukan/],
      [org.adminLain.id, /SKP tidak ditemukan/],
    ] as const) {
      await actAs(id);
      const result = await simpanEkspektasi({ skpId, version: v, ADAPTIF: "Diubah orang lain" });
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.message).toMatch(message);
    }
    expect(await ekspektasi()).toEqual(before);
    expect(await version()).toBe(v);
  });

  test("a guessed id is not found", async () => {
    await actAs(org.atasan.id);
    expect(await simpanEkspektasi({ skpId: randomUUID(), version: 1, ADAPTIF: "x" })).toEqual({ ok: false, message: "SKP tidak ditemukan." });
  });

  test("a stale version is refused with a reload hint", async () => {
    await actAs(org.atasan.id);
    const result = await simpanEkspektasi({ skpId, version: (await version()) - 1, ADAPTIF: "Lama" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang halaman") });
    expect((await ekspektasi()).ADAPTIF).toBeUndefined();
  });

  test("an over-long ekspektasi gets a message next to its field", async () => {
    await actAs(org.atasan.id);
    const result = await simpanEkspektasi({ skpId, version: await version(), LOYAL: "x".repeat(1001) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.LOYAL).toEqual(["Ekspektasi paling banyak 1000 karakter."]);
  });

  test("once approved the ekspektasi is locked until the SKP returns to Draft", async () => {
    await db.skp.update({ where: { id: skpId }, data: { status: "PERSETUJUAN" } });
    await actAs(org.atasan.id);
    const result = await simpanEkspektasi({ skpId, version: await version(), ADAPTIF: "Terlambat" });
    expect(result).toEqual({ ok: false, message: "SKP ini sudah disetujui. Kembalikan ke Draft terlebih dahulu bila ekspektasi perlu diubah." });
    expect((await ekspektasi()).ADAPTIF).toBeUndefined();
  });
});
