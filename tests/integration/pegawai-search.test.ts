import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { cariPegawai } from "@/lib/server/actions/admin-pegawai-cari";
import { getActor } from "@/lib/server/auth";
import { listPegawaiForAdmin } from "@/lib/server/queries/pegawai";
import { cariCalonAtasan } from "@/lib/server/queries/profil";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const BERPERSEN = "Rina 100% Lestari";
const BERGARIS = "Budi_Santoso";

async function signIn(label: DemoAccountLabel) {
  await actAs((await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } })).id);
  const actor = await getActor();
  if (!actor) throw new Error("not signed in");
  return actor;
}

beforeAll(async () => {
  await seedDemo(db);
  const admin = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.admin.nip } });
  const baru: Array<[string, string]> = [[BERPERSEN, "199001012020012001"], [BERGARIS, "199001012020011002"]];
  for (const [nama, nip] of baru) {
    await db.pegawai.create({
      data: { instansiId: admin.instansiId, nip, nama, jenisJabatan: "PELAKSANA", jabatan: "Pengadministrasi Umum", roles: ["PEGAWAI"], passwordHash: "x" },
    });
  }
});

describe("pegawai search takes % and _ literally", () => {
  it("the admin's pegawai list finds only names that hold the typed % or _", async () => {
    const admin = await signIn("admin");
    const persen = await listPegawaiForAdmin(admin, { q: "%" });
    expect(persen.rows.map((r) => r.nama)).toEqual([BERPERSEN]);
    const garis = await listPegawaiForAdmin(admin, { q: "_" });
    expect(garis.rows.map((r) => r.nama)).toEqual([BERGARIS]);
    expect((await listPegawaiForAdmin(admin, { q: "0% L" })).rows.map((r) => r.nama)).toEqual([BERPERSEN]);
    expect((await listPegawaiForAdmin(admin, { q: "\\" })).total).toBe(0);
  });

  it("the person picker and Ajukan perubahan atasan do the same", async () => {
    await signIn("admin");
    const picker = await cariPegawai({ q: "0%", kecualiId: "" });
    expect(picker).toMatchObject({ ok: true, data: [{ nama: BERPERSEN }] });
    expect(await cariPegawai({ q: "%%", kecualiId: "" })).toEqual({ ok: true, data: [] });

    const staff = await signIn("staff");
    const calon = await cariCalonAtasan(staff, "_", 1);
    expect(calon.rows.map((r) => r.nama)).toEqual([BERGARIS]);
  });

  it("a NUL byte in the search text is no server error", async () => {
    const admin = await signIn("admin");
    expect((await listPegawaiForAdmin(admin, { q: "Fauzi\u0000" })).rows.map((r) => r.nip)).toEqual([DEMO_ACCOUNTS.staff.nip]);
    const staff = await signIn("staff");
    await expect(cariCalonAtasan(staff, "\u0000", 1)).resolves.toMatchObject({ page: 1 });
  });
});
