import { beforeAll, describe, expect, test } from "vitest";
import { cariPegawaiTim } from "@/lib/server/actions/tim-kerja-cari";
import { db } from "@/lib/server/db";
import { actAs } from "./helpers/session";
import { buildSkpOrg, type SkpOrg } from "./skp-fixtures";

/**
 * The ketua and anggota pickers search as one types: only whoever may create or change a team
 * may search, and only the active pegawai of their own instansi come back, ten at most.
 */
let org: SkpOrg;

beforeAll(async () => {
  org = await buildSkpOrg();
  const lain = await db.pegawai.findUniqueOrThrow({ where: { id: org.adminLain.id }, select: { instansiId: true } });
  const calon = (nama: string, nip: string, instansiId = org.instansi.id, aktif = true) =>
    db.pegawai.create({ data: { instansiId, nip, nama, jenisJabatan: "PELAKSANA", jabatan: "Analis", aktif, passwordHash: "x" } });
  await calon("Calon Asing", "199202022019032001", lain.instansiId);
  await calon("Calon Pensiun", "199202022019032002", org.instansi.id, false);
  for (let i = 0; i < 12; i += 1) await calon(`Calon Anggota ${String(i).padStart(2, "0")}`, `1992020220190311${String(i).padStart(2, "0")}`);
});

const nama = (r: Awaited<ReturnType<typeof cariPegawaiTim>>) => (r.ok ? r.data.map((p) => p.nama) : r.message);

describe("cariPegawaiTim", () => {
  test("the kabid (eselon III) finds active pegawai of their own instansi, ten at most, by nama or NIP", async () => {
    await actAs(org.kabid.id);
    const r = await cariPegawaiTim({ q: "calon", kecualiId: "" });
    expect(nama(r)).toEqual(Array.from({ length: 10 }, (_, i) => `Calon Anggota ${String(i).padStart(2, "0")}`));
    expect(nama(await cariPegawaiTim({ q: "1992 0202 2019 0311 11", kecualiId: "" }))).toEqual(["Calon Anggota 11"]);
  });

  test("never another instansi's pegawai, nor an inactive one", async () => {
    await actAs(org.admin.id);
    expect(nama(await cariPegawaiTim({ q: "Asing", kecualiId: "" }))).toEqual([]);
    expect(nama(await cariPegawaiTim({ q: "Pensiun", kecualiId: "" }))).toEqual([]);
    await actAs(org.adminLain.id);
    expect(nama(await cariPegawaiTim({ q: "Calon", kecualiId: "" }))).toEqual(["Calon Asing"]);
  });

  test("a plain pegawai may not search", async () => {
    await actAs(org.staff.id);
    const r = await cariPegawaiTim({ q: "Calon", kecualiId: "" });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/pembuat tim kerja: pejabat eselon II–IV atau admin/) });
  });

  test("the creator of an open team whose jabatan changed still searches for it, not once it is closed", async () => {
    const tim = await db.timKerja.create({ data: { instansiId: org.instansi.id, tahunId: org.t2026.id, nama: "Tim Lama", ketuaId: org.staff.id, pembuatId: org.atasan.id } });
    await db.pegawai.update({ where: { id: org.atasan.id }, data: { jenisJabatan: "FUNGSIONAL", eselon: null } });
    await actAs(org.atasan.id);
    expect(nama(await cariPegawaiTim({ q: "Staff", kecualiId: "" }))).toEqual(["Staff Lain", "Staff Uji"]);
    await db.timKerja.update({ where: { id: tim.id }, data: { ditutupPada: new Date() } });
    expect((await cariPegawaiTim({ q: "Staff", kecualiId: "" })).ok).toBe(false);
  });

  test("PostgreSQL can answer a nama search from the trigram index, not by reading every pegawai", async () => {
    const rencana = await db.$transaction(async (tx) => {
      // A few rows make a sequential scan cheapest; switched off, the plan shows the index that serves "contains".
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN SELECT id FROM "Pegawai" WHERE nama ILIKE '%anggota 1%'`);
    });
    expect(rencana.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Pegawai_nama_trgm_idx");
  });

  test("a search shorter than two characters is refused next to the field", async () => {
    await actAs(org.kabid.id);
    expect(await cariPegawaiTim({ q: "c", kecualiId: "" })).toMatchObject({ ok: false, fieldErrors: { q: ["Ketik minimal 2 huruf nama atau digit NIP."] } });
  });
});
