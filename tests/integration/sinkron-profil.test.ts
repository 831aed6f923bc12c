import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actAs } from "./helpers/session";
import { PESAN_SIASN } from "@/lib/domain/siasn/errors";
import { bandingkanProfilSiasn, terapkanSinkronSiasn } from "@/lib/server/actions/sinkron-profil";
import { db } from "@/lib/server/db";
import { PESAN_PROFIL_BERUBAH } from "@/lib/server/siasn/sync-profil";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";
import { buildSiasnDemoData, SIASN_PROMOSI } from "@/prisma/seed/siasn-demo-data";
import { FAKE_SIASN_CREDENTIALS, fakeSiasnEnv, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";

let fake: FakeSiasn;
let staffId: string;

function pointAt(url: string, password = FAKE_SIASN_CREDENTIALS.password) {
  Object.assign(process.env, fakeSiasnEnv(url, { ...FAKE_SIASN_CREDENTIALS, password }), {
    SIASN_RETRIES: "0",
    SIASN_TIMEOUT_MS: "2000",
  });
}

beforeAll(async () => {
  await seedDemo(db);
  fake = await startFakeSiasn({ data: buildSiasnDemoData() });
  staffId = (await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.staff.nip } })).id;
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  pointAt(fake.url);
  fake.setBehaviour({});
});

async function latestSinkron(pegawaiId: string) {
  return db.sinkronSiasn.findFirstOrThrow({ where: { pegawaiId }, orderBy: { createdAt: "desc" } });
}

describe("Sinkron SIASN of one's own profile", () => {
  it("shows the promoted staff member's new jabatan, refuses a stale apply, then applies it", async () => {
    await actAs(staffId);
    const perbandingan = await bandingkanProfilSiasn();
    expect(perbandingan.ok).toBe(true);
    if (!perbandingan.ok) return;
    expect(perbandingan.data.perubahan).toEqual([
      expect.objectContaining({ field: "jabatan", lama: "Pengolah Data Kepegawaian", baru: SIASN_PROMOSI.jabatanBaru }),
    ]);

    // The pegawai edits their profile in another tab after the comparison was made.
    await db.pegawai.update({ where: { id: staffId }, data: { noHp: "081234567890", version: { increment: 1 } } });
    const stale = await terapkanSinkronSiasn({ fields: ["jabatan"], version: perbandingan.data.version });
    expect(stale).toEqual({ ok: false, message: PESAN_PROFIL_BERUBAH });
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: staffId } })).jabatan).toBe("Pengolah Data Kepegawaian");

    const fresh = await bandingkanProfilSiasn();
    if (!fresh.ok) throw new Error(fresh.message);
    const applied = await terapkanSinkronSiasn({ fields: ["jabatan"], version: fresh.data.version });
    expect(applied).toEqual({ ok: true, data: { jumlah: 1 } });

    const staff = await db.pegawai.findUniqueOrThrow({ where: { id: staffId } });
    expect(staff.jabatan).toBe(SIASN_PROMOSI.jabatanBaru);
    expect(staff.noHp).toBe("081234567890");
    expect(staff.lastSyncAt).not.toBeNull();
    expect(staff.siasnId).toMatch(/^[0-9A-F]{32}$/);
    expect(await latestSinkron(staffId)).toMatchObject({
      berhasil: true,
      aktorId: staffId,
      perubahan: { jabatan: { lama: "Pengolah Data Kepegawaian", baru: SIASN_PROMOSI.jabatanBaru } },
    });
    expect(await db.auditLog.count({ where: { entitasId: staffId, aksi: "SINKRON_SIASN" } })).toBe(1);

    const again = await bandingkanProfilSiasn();
    expect(again).toMatchObject({ ok: true, data: { perubahan: [] } });
    expect(await latestSinkron(staffId)).toMatchObject({ berhasil: true, pesan: "Data sudah sama dengan SIASN." });
  });

  it("refuses fields that are not in the comparison and bad input", async () => {
    await actAs((await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.atasan.nip } })).id);
    const perbandingan = await bandingkanProfilSiasn();
    expect(perbandingan).toMatchObject({ ok: true, data: { perubahan: [] } });
    if (!perbandingan.ok) return;
    expect(await terapkanSinkronSiasn({ fields: ["jabatan"], version: perbandingan.data.version })).toMatchObject({
      ok: false,
      message: expect.stringContaining("tidak ada dalam perbandingan"),
    });
    expect(await terapkanSinkronSiasn({ fields: ["passwordHash" as never], version: 1 })).toMatchObject({ ok: false });
  });

  it("names an unknown NIP and records the failed sync", async () => {
    const instansi = await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-BDG" } });
    const baru = await db.pegawai.create({
      data: { instansiId: instansi.id, nip: "199901012024011001", nama: "Belum Di SIASN", jenisJabatan: "PELAKSANA", jabatan: "Pengadministrasi Umum", passwordHash: "x" },
    });
    await actAs(baru.id);
    expect(await bandingkanProfilSiasn()).toEqual({ ok: false, message: PESAN_SIASN.not_found });
    expect(await latestSinkron(baru.id)).toMatchObject({ berhasil: false, pesan: PESAN_SIASN.not_found });
  });

  it("names refused credentials", async () => {
    pointAt(fake.url, "kata-sandi-salah");
    await actAs(staffId);
    expect(await bandingkanProfilSiasn()).toEqual({ ok: false, message: PESAN_SIASN.credentials });
    expect(await latestSinkron(staffId)).toMatchObject({ berhasil: false, pesan: PESAN_SIASN.credentials });
  });

  it("names a unit that is inactive in the instansi's unit tree", async () => {
    const analis = await db.pegawai.findFirstOrThrow({ where: { nama: "Galih Pratama" }, select: { id: true, unitId: true } });
    await db.unitKerja.update({ where: { id: analis.unitId ?? "" }, data: { aktif: false } });
    try {
      await actAs(analis.id);
      expect(await bandingkanProfilSiasn()).toEqual({ ok: false, message: PESAN_SIASN.unit_inactive });
    } finally {
      await db.unitKerja.update({ where: { id: analis.unitId ?? "" }, data: { aktif: true } });
    }
  });

  it("says when SIASN is not configured", async () => {
    const saved = { ...process.env };
    for (const name of Object.keys(process.env)) if (name.startsWith("SIASN_")) delete process.env[name];
    try {
      await actAs(staffId);
      expect(await bandingkanProfilSiasn()).toMatchObject({ ok: false, message: expect.stringContaining("belum dikonfigurasi") });
    } finally {
      Object.assign(process.env, saved);
    }
  });

  it("names SIASN being down", async () => {
    const down = await startFakeSiasn({ data: buildSiasnDemoData() });
    await down.stop();
    pointAt(down.url);
    await actAs(staffId);
    expect(await bandingkanProfilSiasn()).toEqual({ ok: false, message: PESAN_SIASN.unavailable });
    expect(await latestSinkron(staffId)).toMatchObject({ berhasil: false, pesan: PESAN_SIASN.unavailable });
  });
});
