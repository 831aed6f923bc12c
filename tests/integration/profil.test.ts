import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./helpers/session";
import { getActor, type Actor } from "@/lib/server/auth";
import { updateKontak, updateProfil } from "@/lib/server/actions/profil";
import { ajukanPerubahanAtasan, batalkanPermintaanAtasan } from "@/lib/server/actions/permintaan-atasan";
import { db } from "@/lib/server/db";
import { cariCalonAtasan, getProfil, listBawahan, listPegawaiSatuUnit, listUnitTerkecil } from "@/lib/server/queries/profil";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

beforeAll(async () => {
  await seedDemo(db);
});

async function signIn(label: DemoAccountLabel): Promise<Actor> {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } });
  await actAs(id);
  const actor = await getActor();
  if (!actor) throw new Error(label);
  return actor;
}
const versionOf = async (id: string) => (await db.pegawai.findUniqueOrThrow({ where: { id } })).version;
const unitId = async (nama: string) => (await db.unitKerja.findFirstOrThrow({ where: { nama } })).id;

describe("Data pribadi: kontak", () => {
  it("saves email and an Indonesian mobile number in one form, and records what changed", async () => {
    const staff = await signIn("staff");
    const result = await updateKontak({ email: "ahmad@contoh.go.id", noHp: "+62 812-3456-7890", version: await versionOf(staff.id) });
    expect(result).toEqual({ ok: true, data: { berubah: true } });
    expect(await db.pegawai.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ email: "ahmad@contoh.go.id", noHp: "081234567890" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_KONTAK", entitasId: staff.id } });
    expect(audit.data).toMatchObject({ noHp: { lama: null, baru: "081234567890" } });
  });

  it("refuses a bad email or phone with field errors, and a stale version", async () => {
    const staff = await signIn("staff");
    expect(await updateKontak({ email: "bukan-email", noHp: "12345", version: await versionOf(staff.id) })).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("email yang valid")], noHp: [expect.stringContaining("nomor HP Indonesia")] },
    });
    expect(await updateKontak({ email: "", noHp: "", version: 1 })).toMatchObject({
      ok: false,
      message: expect.stringContaining("sudah diubah orang lain"),
    });
  });

  it("only ever edits the signed-in pegawai: an id in the input is ignored", async () => {
    const staff = await signIn("staff");
    const other = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS["staff-skp"].nip } });
    await updateKontak({ email: "", noHp: "0811111111", version: await versionOf(staff.id), pegawaiId: other.id } as never);
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: other.id } })).noHp).toBeNull();
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: staff.id } })).noHp).toBe("0811111111");
  });
});

describe("Edit Profil", () => {
  it("offers only the smallest units, with their path", async () => {
    const units = await listUnitTerkecil(await signIn("staff"));
    expect(units.map((u) => u.path)).toContain("Bidang Mutasi dan Promosi › Subbidang Mutasi");
    expect(units.map((u) => u.path)).not.toContain("Bidang Mutasi dan Promosi");
  });

  it("refuses a bidang, another instansi's unit and a golongan that does not exist", async () => {
    const staff = await signIn("staff");
    const version = await versionOf(staff.id);
    const base = { jabatan: "Pengolah Data Kepegawaian", golongan: "III/a", version };
    expect(await updateProfil({ ...base, unitId: await unitId("Bidang Mutasi dan Promosi") })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: [expect.stringContaining("unit kerja terkecil")] },
    });
    const garut = await db.unitKerja.findFirstOrThrow({ where: { instansi: { kode: { not: "BKPSDM-BDG" } } } });
    expect(await updateProfil({ ...base, unitId: garut.id })).toMatchObject({ ok: false, fieldErrors: { unitId: ["Unit kerja tidak ditemukan di instansi Anda."] } });
    expect(await updateProfil({ ...base, unitId: await unitId("Subbidang Mutasi"), golongan: "III/z" })).toMatchObject({
      ok: false,
      fieldErrors: { golongan: ["Pilih pangkat/golongan PNS yang tersedia."] },
    });
    expect(await updateProfil({ ...base, unitId: "", jabatan: "" })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: ["Pilih unit kerja."], jabatan: [expect.stringContaining("minimal 3")] },
    });
  });

  it("moves a pegawai to another unit without switching the atasan, and warns about the mismatch", async () => {
    const staff = await signIn("staff");
    const atasanSebelum = staff.atasanId;
    const result = await updateProfil({
      unitId: await unitId("Subbidang Promosi dan Jabatan"),
      jabatan: "Analis Jabatan",
      golongan: "III/b",
      version: await versionOf(staff.id),
    });
    expect(result).toEqual({ ok: true, data: { berubah: true, atasanBerbeda: true } });
    const saved = await db.pegawai.findUniqueOrThrow({ where: { id: staff.id } });
    expect(saved).toMatchObject({ jabatan: "Analis Jabatan", pangkat: "Penata Muda Tingkat I", golongan: "III/b", atasanId: atasanSebelum });
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_PROFIL", entitasId: staff.id } });
    expect(audit.data).toMatchObject({ unit: { lama: "Bidang Mutasi dan Promosi › Subbidang Mutasi", baru: "Bidang Mutasi dan Promosi › Subbidang Promosi dan Jabatan" } });

    const profil = await getProfil(staff);
    expect(profil.atasan?.nama).toBe(DEMO_ACCOUNTS.atasan.nama);
    expect(profil.atasanSeharusnya?.nama).toBe("Siti Nurhaliza, S.Psi., M.Psi.");
    expect(profil.atasanBerbeda).toBe(true);
  });
});

describe("Data Atasan: ajukan perubahan", () => {
  it("files one pending request for a pegawai of the same instansi, which can be withdrawn", async () => {
    const staff = await signIn("staff");
    const siti = await db.pegawai.findFirstOrThrow({ where: { nama: "Siti Nurhaliza" } });
    const calon = await cariCalonAtasan(staff, "siti", 1);
    expect(calon.rows.map((r) => r.id)).toEqual([siti.id]);

    expect(await ajukanPerubahanAtasan({ atasanDiusulkanId: siti.id, alasan: "singkat" })).toMatchObject({
      ok: false,
      fieldErrors: { alasan: [expect.stringContaining("minimal 10")] },
    });
    const result = await ajukanPerubahanAtasan({ atasanDiusulkanId: siti.id, alasan: "Saya pindah ke Subbidang Promosi dan Jabatan." });
    expect(result.ok).toBe(true);
    expect(await ajukanPerubahanAtasan({ atasanDiusulkanId: siti.id, alasan: "Permintaan kedua yang sama." })).toMatchObject({
      ok: false,
      message: expect.stringContaining("masih memiliki permintaan"),
    });
    expect((await getProfil(staff)).permintaan).toMatchObject({ status: "MENUNGGU", diusulkan: { id: siti.id } });
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: staff.id } })).atasanId).toBe(staff.atasanId);

    if (!result.ok) return;
    expect(await batalkanPermintaanAtasan({ permintaanId: result.data.id })).toMatchObject({ ok: true });
    expect(await db.permintaanAtasan.count({ where: { pegawaiId: staff.id } })).toBe(0);
  });

  it("refuses oneself, one's own bawahan, another instansi's pegawai and someone else's request", async () => {
    const atasan = await signIn("atasan");
    const alasan = "Alasan yang cukup panjang untuk diperiksa.";
    const staff = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.staff.nip } });
    const garut = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS["admin-garut"].nip } });
    expect(await ajukanPerubahanAtasan({ atasanDiusulkanId: atasan.id, alasan })).toMatchObject({ ok: false });
    expect(await ajukanPerubahanAtasan({ atasanDiusulkanId: staff.id, alasan })).toMatchObject({
      ok: false,
      message: expect.stringContaining("bawahan langsung Anda"),
    });
    expect(await ajukanPerubahanAtasan({ atasanDiusulkanId: garut.id, alasan })).toMatchObject({
      ok: false,
      message: "Pegawai yang diusulkan tidak ditemukan di instansi Anda.",
    });

    const permintaan = await db.permintaanAtasan.create({ data: { pegawaiId: staff.id, atasanDiusulkanId: atasan.id, alasan } });
    expect(await batalkanPermintaanAtasan({ permintaanId: permintaan.id })).toMatchObject({ ok: false });
    expect(await db.permintaanAtasan.count({ where: { id: permintaan.id } })).toBe(1);
  });
});

describe("List Pegawai", () => {
  it("lists the atasan's bawahan with their SKP status, and colleagues of the same unit", async () => {
    const atasan = await signIn("atasan");
    const bawahan = await listBawahan(atasan, 1);
    expect(bawahan.total).toBe(4);
    expect(bawahan.rows.every((r) => r.statusSkp === null)).toBe(true);
    // The one in a jabatan fungsional gets a link to their angka kredit.
    expect(bawahan.rows.filter((r) => r.fungsional).map((r) => r.nama)).toEqual(["Nurul Hidayah, S.Psi."]);

    const unit = await listPegawaiSatuUnit(await signIn("staff-skp"), 1);
    expect(unit.unit).toBe("Bidang Mutasi dan Promosi › Subbidang Mutasi");
    expect(unit.rows.map((r) => r.nama)).toContain(DEMO_ACCOUNTS["staff-skp"].nama);
    expect(unit.rows.some((r) => r.nama === DEMO_ACCOUNTS.staff.nama)).toBe(false);
  });
});
