import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createPegawai, updatePegawai } from "@/lib/server/actions/admin-pegawai";
import { resetPasswordPegawai, setAktifPegawai, setAtasanPegawai, setRolesPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import { cariPegawai } from "@/lib/server/actions/admin-pegawai-cari";
import { getPegawaiForAdmin } from "@/lib/server/queries/admin-pegawai";
import { getActor } from "@/lib/server/auth";
import { verifyPassword } from "@/lib/server/autentikasi/password";
import { checkPasswordRules } from "@/lib/domain/password";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const pegawaiId = async (nip: string) => (await db.pegawai.findUniqueOrThrow({ where: { nip } })).id;
const unitId = async (kode: string, nama: string) => (await db.unitKerja.findFirstOrThrow({ where: { instansi: { kode }, nama } })).id;
async function signIn(label: DemoAccountLabel) {
  await actAs(await pegawaiId(DEMO_ACCOUNTS[label].nip));
}

const baru = {
  nip: "19950505 202001 1 002",
  nama: "Rangga Saputra",
  gelarDepan: "",
  gelarBelakang: "S.Kom.",
  email: "rangga@bkpsdm.bandung.go.id",
  jenisPegawai: "PNS" as const,
  jenisJabatan: "FUNGSIONAL" as const,
  jabatan: "Pranata Komputer Ahli Pertama",
  eselon: "" as const,
  jenjangFungsional: "AHLI_PERTAMA" as const,
  pangkat: "Penata Muda",
  golongan: "III/a",
  unitId: "",
  atasanId: "",
  admin: false,
};

beforeAll(async () => {
  await seedDemo(db);
});

describe("Tambah pegawai", () => {
  it("creates a pegawai in a unit with the atasan from the tree and a temporary password shown once", async () => {
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    const result = await createPegawai({ ...baru, unitId: sbMutasi });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = await db.pegawai.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(saved).toMatchObject({ nip: "199505052020011002", unitId: sbMutasi, atasanId: await pegawaiId(DEMO_ACCOUNTS.atasan.nip), roles: ["PEGAWAI"], jenjangFungsional: "AHLI_PERTAMA" });
    expect(checkPasswordRules(result.data.passwordSementara, { nip: saved.nip })).toEqual([]);
    expect(await verifyPassword(saved.passwordHash, result.data.passwordSementara)).toBe(true);
    expect(await db.auditLog.findFirstOrThrow({ where: { aksi: "TAMBAH_PEGAWAI", entitasId: saved.id } })).toMatchObject({ data: { nip: saved.nip } });

    expect(await createPegawai({ ...baru, unitId: sbMutasi })).toMatchObject({ ok: false, fieldErrors: { nip: ["NIP sudah terdaftar."] } });
    expect(await createPegawai({ ...baru, nip: DEMO_ACCOUNTS["admin-garut"].nip })).toMatchObject({ ok: false, fieldErrors: { nip: ["NIP sudah terdaftar."] } });
  });

  it("answers bad input with Indonesian field messages", async () => {
    await signIn("admin");
    const result = await createPegawai({ ...baru, nip: "123", nama: "", email: "bukan-email", jenisJabatan: "STRUKTURAL", eselon: "", jenjangFungsional: "AHLI_MUDA" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        nip: ["NIP harus 18 digit."],
        nama: ["Isi nama pegawai (tanpa gelar)."],
        email: ["Isi email dengan alamat yang valid, misalnya nama@instansi.go.id."],
        eselon: ["Pejabat struktural harus memiliki eselon."],
        jenjangFungsional: ["Jenjang hanya untuk jabatan fungsional."],
      },
    });
  });

  it("refuses a unit or atasan of another instansi, and non-admins", async () => {
    await signIn("admin");
    const garutUnit = await unitId("BKPSDM-GRT", "Subbagian Umum dan Kepegawaian");
    const garutKepala = await pegawaiId("197005101995031001");
    expect(await createPegawai({ ...baru, nip: "199505052020011003", unitId: garutUnit })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: ["Unit kerja tidak ditemukan di instansi Anda."] },
    });
    expect(await createPegawai({ ...baru, nip: "199505052020011003", atasanId: garutKepala })).toMatchObject({
      ok: false,
      fieldErrors: { atasanId: ["Atasan tidak ditemukan di instansi Anda."] },
    });
    await signIn("staff");
    expect(await createPegawai({ ...baru, nip: "199505052020011003" })).toEqual({ ok: false, message: "Halaman ini hanya untuk admin instansi." });
    expect(await db.pegawai.count({ where: { nip: "199505052020011003" } })).toBe(0);
  });
});

describe("Ubah pegawai", () => {
  it("saves with the version read, refuses a stale version, and audits what changed", async () => {
    await signIn("admin");
    const detail = (await getPegawaiForAdmin((await getActor())!, await pegawaiId(DEMO_ACCOUNTS.staff.nip)))!;
    const input = { pegawaiId: detail.id, version: detail.version, ...detail.form, jabatan: "Analis Data Kepegawaian" };
    expect((await updatePegawai(input)).ok).toBe(true);
    expect(await updatePegawai(input)).toEqual({
      ok: false,
      message: "Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru.",
    });
    const saved = await db.pegawai.findUniqueOrThrow({ where: { id: detail.id } });
    expect(saved).toMatchObject({ jabatan: "Analis Data Kepegawaian", version: detail.version + 1 });
    expect(await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_PEGAWAI", entitasId: detail.id } })).toMatchObject({
      data: { jabatan: { lama: "Pengolah Data Kepegawaian", baru: "Analis Data Kepegawaian" } },
    });
  });

  it("shows the tree's atasan beside the stored one, and sets it only when asked", async () => {
    await signIn("admin");
    const actor = (await getActor())!;
    const staff = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS["staff-reset"].nip } });
    const kabid = await pegawaiId(DEMO_ACCOUNTS.kabid.nip);
    const atasan = await pegawaiId(DEMO_ACCOUNTS.atasan.nip);

    expect((await setAtasanPegawai({ pegawaiId: staff.id, version: staff.version, atasanId: kabid })).ok).toBe(true);
    const detail = (await getPegawaiForAdmin(actor, staff.id))!;
    expect(detail.atasan?.id).toBe(kabid);
    expect(detail.atasanTurunan.orang?.id).toBe(atasan);

    expect(await setAtasanPegawai({ pegawaiId: staff.id, version: detail.version, atasanId: staff.id })).toMatchObject({
      ok: false,
      fieldErrors: { atasanId: ["Pegawai tidak dapat menjadi atasan bagi dirinya sendiri."] },
    });
    // The kepala's chain ends at nobody; making the kepala report to a staff member would loop.
    const kepala = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.kepala.nip } });
    expect(await setAtasanPegawai({ pegawaiId: kepala.id, version: kepala.version, atasanId: staff.id })).toMatchObject({
      ok: false,
      fieldErrors: { atasanId: [expect.stringContaining("berada di bawah pegawai ini dalam rantai atasan")] },
    });
  });

  it("deactivates and reactivates, sets roles, and refuses doing either to oneself", async () => {
    await signIn("admin");
    const target = await db.pegawai.findUniqueOrThrow({ where: { nip: "199702112022031002" } });
    expect((await setAktifPegawai({ pegawaiId: target.id, version: target.version, aktif: false })).ok).toBe(true);
    expect((await setRolesPegawai({ pegawaiId: target.id, version: target.version + 1, admin: true })).ok).toBe(true);
    expect(await db.pegawai.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ aktif: false, roles: ["PEGAWAI", "ADMIN"] });

    const self = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.admin.nip } });
    expect(await setAktifPegawai({ pegawaiId: self.id, version: self.version, aktif: false })).toEqual({ ok: false, message: "Anda tidak dapat menonaktifkan akun Anda sendiri." });
    expect(await setRolesPegawai({ pegawaiId: self.id, version: self.version, admin: false })).toMatchObject({ ok: false });
  });

  it("resets a password to a new temporary one, signs out the old sessions and spends any pending reset link", async () => {
    await signIn("admin");
    const staff = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.staff.nip } });
    await db.passwordResetToken.create({ data: { pegawaiId: staff.id, tokenHash: "x".repeat(64), expiresAt: new Date(Date.now() + 600_000) } });
    const result = await resetPasswordPegawai({ pegawaiId: staff.id });
    if (!result.ok) throw new Error(result.message);
    const saved = await db.pegawai.findUniqueOrThrow({ where: { id: staff.id } });
    expect(await verifyPassword(saved.passwordHash, result.data.passwordSementara)).toBe(true);
    expect(await db.passwordResetToken.count({ where: { pegawaiId: staff.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { aksi: "RESET_KATA_SANDI", entitasId: staff.id } })).toBe(1);
    // Sessions the staff had open with the old password no longer count (see getActor).
    expect(saved.sesiVersi).toBe(staff.sesiVersi + 1);
  });

  it("gives another instansi's admin nothing, even with guessed ids", async () => {
    const garutStaf = await db.pegawai.findUniqueOrThrow({ where: { nip: "199201012015032006" } });
    await signIn("admin");
    const actor = (await getActor())!;
    expect(await getPegawaiForAdmin(actor, garutStaf.id)).toBeNull();
    const notFound = { ok: false, message: "Pegawai tidak ditemukan di instansi Anda." };
    const form = { nama: "X Y", gelarDepan: "", gelarBelakang: "", email: "", jenisPegawai: "PNS" as const, jenisJabatan: "PELAKSANA" as const, jabatan: "Staf", eselon: "" as const, jenjangFungsional: "" as const, pangkat: "", golongan: "", unitId: "" };
    expect(await updatePegawai({ pegawaiId: garutStaf.id, version: garutStaf.version, ...form })).toEqual(notFound);
    expect(await setAktifPegawai({ pegawaiId: garutStaf.id, version: garutStaf.version, aktif: false })).toEqual(notFound);
    expect(await setRolesPegawai({ pegawaiId: garutStaf.id, version: garutStaf.version, admin: true })).toEqual(notFound);
    expect(await setAtasanPegawai({ pegawaiId: garutStaf.id, version: garutStaf.version, atasanId: "" })).toEqual(notFound);
    expect(await resetPasswordPegawai({ pegawaiId: garutStaf.id })).toEqual(notFound);
    expect(await db.pegawai.findUniqueOrThrow({ where: { id: garutStaf.id } })).toEqual(garutStaf);

    const found = await cariPegawai({ q: "a", kecualiId: "" });
    expect(found).toMatchObject({ ok: false, fieldErrors: { q: [expect.stringContaining("minimal 2")] } });
    const imas = await cariPegawai({ q: "Imas", kecualiId: "" });
    expect(imas).toEqual({ ok: true, data: [] });
  });
});
