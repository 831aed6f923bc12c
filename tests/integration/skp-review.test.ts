import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { kembalikanSkp, setujuiSkp } from "@/lib/server/actions/skp-review";
import { db } from "@/lib/server/db";
import { readSkpSnapshot } from "@/lib/domain/skp-snapshot";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;

beforeAll(async () => {
  org = await buildSkpOrg();
  const atasanSkp = await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi pegawai"]);
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026);
  await db.rhk.create({
    data: {
      skpId: skp.id,
      jenis: "UTAMA",
      teks: "Memproses usulan mutasi",
      urutan: 0,
      parentRhkId: atasanSkp.rhk[0]!.id,
      indikator: { create: { aspek: "KUANTITAS", teks: "Jumlah usulan diproses", targetMin: 12, satuan: "Dokumen", urutan: 0 } },
    },
  });
  await db.skp.update({ where: { id: skp.id }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
  skpId = skp.id;
});

const current = () => db.skp.findUniqueOrThrow({ where: { id: skpId } });
const riwayat = () => db.riwayatStatus.findMany({ where: { entitas: "SKP", entitasId: skpId }, orderBy: { createdAt: "asc" } });

async function expectUnchanged(run: () => Promise<{ ok: boolean; message?: string }>, message: string | RegExp) {
  const before = await current();
  const riwayatBefore = (await riwayat()).length;
  const result = await run();
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(message);
  const after = await current();
  expect({ status: after.status, version: after.version }).toEqual({ status: before.status, version: before.version });
  expect(await riwayat()).toHaveLength(riwayatBefore);
}

describe("setujui and kembalikan: who may", () => {
  test("the owner cannot approve their own SKP", async () => {
    await actAs(org.staff.id);
    const { version } = await current();
    await expectUnchanged(() => setujuiSkp({ skpId, version }), /Hanya pejabat penilai/);
    await expectUnchanged(() => kembalikanSkp({ skpId, version, catatan: "Batal" }), /Hanya pejabat penilai/);
  });

  test("the owner's own atasan-of-atasan and a colleague do not see it at all", async () => {
    const { version } = await current();
    for (const id of [org.kabid.id, org.staffLain.id]) {
      await actAs(id);
      await expectUnchanged(() => setujuiSkp({ skpId, version }), "SKP tidak ditemukan.");
      await expectUnchanged(() => kembalikanSkp({ skpId, version, catatan: "Perbaiki" }), "SKP tidak ditemukan.");
    }
  });

  test("an admin of the instansi may read the SKP but not decide on it", async () => {
    await actAs(org.admin.id);
    const { version } = await current();
    await expectUnchanged(() => setujuiSkp({ skpId, version }), /Hanya pejabat penilai/);
  });

  test("an admin of another instansi and a guessed id get 'not found'", async () => {
    const { version } = await current();
    await actAs(org.adminLain.id);
    await expectUnchanged(() => setujuiSkp({ skpId, version }), "SKP tidak ditemukan.");
    await actAs(org.atasan.id);
    const guessed = await setujuiSkp({ skpId: randomUUID(), version: 1 });
    expect(guessed).toEqual({ ok: false, message: "SKP tidak ditemukan." });
  });

  test("a signed-out visitor is told to sign in", async () => {
    await actAs(null);
    const { version } = await current();
    await expectUnchanged(() => setujuiSkp({ skpId, version }), /Silakan masuk kembali/);
  });
});

describe("kembalikan ke Draft", () => {
  test("requires a catatan, with the message on the field", async () => {
    await actAs(org.atasan.id);
    const { version } = await current();
    for (const catatan of ["", "   "]) {
      const result = await kembalikanSkp({ skpId, version, catatan });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fieldErrors?.catatan?.[0]).toBe("Catatan wajib diisi agar pegawai tahu apa yang harus diperbaiki.");
    }
    expect((await current()).status).toBe("PENGAJUAN");
  });

  test("refuses a version someone else already changed", async () => {
    await actAs(org.atasan.id);
    const { version } = await current();
    await expectUnchanged(() => kembalikanSkp({ skpId, version: version - 1 || 99, catatan: "Perbaiki target" }), /sudah diubah orang lain/);
  });

  test("the penilai returns it; the catatan, who and when are recorded with the change", async () => {
    await actAs(org.atasan.id);
    const before = await current();
    const result = await kembalikanSkp({ skpId, version: before.version, catatan: "  Target RHK 1 terlalu rendah.  " });
    expect(result).toEqual({ ok: true, data: { status: "DRAFT", version: before.version + 1 } });
    const after = await current();
    expect(after).toMatchObject({ status: "DRAFT", version: before.version + 1 });
    expect((await riwayat()).at(-1)).toMatchObject({
      dari: "PENGAJUAN",
      ke: "DRAFT",
      aktorId: org.atasan.id,
      catatan: "Target RHK 1 terlalu rendah.",
    });
  });

  test("a Draft can be neither approved nor returned again", async () => {
    await actAs(org.atasan.id);
    const { version } = await current();
    await expectUnchanged(() => setujuiSkp({ skpId, version }), "SKP ini masih Draft: pegawai belum mengajukannya.");
    await expectUnchanged(() => kembalikanSkp({ skpId, version, catatan: "Lagi" }), "SKP ini sudah berstatus Draft.");
  });
});

describe("setujui", () => {
  test("the penilai approves a resubmitted SKP; the snapshot is refreshed and the move recorded", async () => {
    await db.skp.update({ where: { id: skpId }, data: { status: "PENGAJUAN", snapshot: {} } });
    await actAs(org.atasan.id);
    const before = await current();
    const result = await setujuiSkp({ skpId, version: before.version });
    expect(result).toEqual({ ok: true, data: { status: "PERSETUJUAN", version: before.version + 1 } });

    const after = await current();
    expect(after.status).toBe("PERSETUJUAN");
    const snapshot = readSkpSnapshot(after.snapshot);
    expect(snapshot.pegawai).toMatchObject({ nama: "Staff Uji", nip: org.staff.nip, unit: "Subbidang Mutasi" });
    expect(snapshot.penilai).toMatchObject({ nama: "Atasan Uji", nip: org.atasan.nip });
    expect(snapshot.atasanPenilai).toMatchObject({ nama: "Kabid Uji" });
    expect((await riwayat()).at(-1)).toMatchObject({ dari: "PENGAJUAN", ke: "PERSETUJUAN", aktorId: org.atasan.id, catatan: null });
  });

  test("an approved SKP cannot be approved twice, but can be returned to Draft with a catatan", async () => {
    await actAs(org.atasan.id);
    const { version } = await current();
    await expectUnchanged(() => setujuiSkp({ skpId, version }), "SKP ini sudah disetujui.");
    const result = await kembalikanSkp({ skpId, version, catatan: "Ada target yang keliru." });
    expect(result.ok).toBe(true);
    expect((await riwayat()).at(-1)).toMatchObject({ dari: "PERSETUJUAN", ke: "DRAFT", catatan: "Ada target yang keliru." });
  });
});
