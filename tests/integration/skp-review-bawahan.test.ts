import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listSkpBawahan } from "@/lib/server/queries/skp-bawahan";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let staffSkpId: string;
let pindahanSkpId: string;

const actor = async (id: string) => {
  await actAs(id);
  const a = await getActor();
  if (!a) throw new Error("no actor");
  return a;
};

beforeAll(async () => {
  org = await buildSkpOrg();
  // Staff: submitted SKP with 2 RHK. StaffLain: no SKP in 2026 (only one in 2025).
  const staffSkp = await seedSkp(org.staff.id, org.t2026.id, 2026, ["RHK satu", "RHK dua"]);
  staffSkpId = staffSkp.id;
  await db.skp.update({ where: { id: staffSkpId }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
  await db.riwayatStatus.createMany({
    data: [
      { entitas: "SKP", entitasId: staffSkpId, dari: "DRAFT", ke: "PENGAJUAN", aktorId: org.staff.id, createdAt: new Date("2026-01-10T03:00:00Z") },
      { entitas: "SKP", entitasId: staffSkpId, dari: "PENGAJUAN", ke: "DRAFT", aktorId: org.atasan.id, createdAt: new Date("2026-01-11T03:00:00Z") },
      { entitas: "SKP", entitasId: staffSkpId, dari: "DRAFT", ke: "PENGAJUAN", aktorId: org.staff.id, createdAt: new Date("2026-01-12T03:00:00Z") },
    ],
  });
  await seedSkp(org.staffLain.id, org.t2025.id, 2025);
  // A pegawai whose atasan changed since: the SKP still names the atasan as penilai.
  pindahanSkpId = (await seedSkp(org.tanpaAtasan.id, org.t2026.id, 2026, ["RHK pindahan"])).id;
  await db.skp.update({ where: { id: pindahanSkpId }, data: { penilaiId: org.atasan.id } });
  // Neither the atasan's own SKP nor their atasan's belongs on the list.
  await seedSkp(org.atasan.id, org.t2026.id, 2026, ["RHK atasan"]);
  await seedSkp(org.kabid.id, org.t2026.id, 2026, ["RHK kabid"]);
});

describe("listSkpBawahan", () => {
  test("lists the year's SKP of bawahan and of SKP naming the atasan as penilai, plus bawahan without an SKP", async () => {
    const list = await listSkpBawahan(await actor(org.atasan.id), { tahun: 2026 });
    expect(list.tahun).toBe(2026);
    expect(list.tahunTersedia).toEqual([2026, 2025, 2024]);
    expect(list.items.map((r) => [r.pegawai.nama, r.status, r.skp?.jumlahRhk ?? null])).toEqual([
      ["Staff Uji", "PENGAJUAN", 2],
      ["Tanpa Atasan", "DRAFT", 1],
      ["Staff Lain", "BELUM", null],
    ]);
    const staff = list.items[0]!;
    expect(staff.skp).toMatchObject({ id: staffSkpId, sayaPenilai: true, diajukanPada: new Date("2026-01-12T03:00:00Z") });
    expect(list.items[1]!.skp).toMatchObject({ id: pindahanSkpId, diajukanPada: null });
    expect(list.jumlahPerStatus).toEqual({ PENGAJUAN: 1, DIKEMBALIKAN: 0, DRAFT: 1, PERSETUJUAN: 0, BELUM: 1 });
  });

  test("filters by status, including bawahan who have not made an SKP", async () => {
    const a = await actor(org.atasan.id);
    expect((await listSkpBawahan(a, { tahun: 2026, status: "BELUM" })).items.map((r) => r.pegawai.nama)).toEqual(["Staff Lain"]);
    expect((await listSkpBawahan(a, { tahun: 2026, status: "PERSETUJUAN" })).items).toEqual([]);
  });

  test("another year shows that year's SKP", async () => {
    const list = await listSkpBawahan(await actor(org.atasan.id), { tahun: 2025 });
    expect(list.items.map((r) => [r.pegawai.nama, r.status])).toEqual([
      ["Staff Lain", "DRAFT"],
      ["Staff Uji", "BELUM"],
    ]);
  });

  test("nobody else's bawahan leak in: a staff member, the kabid and another instansi's admin", async () => {
    expect((await listSkpBawahan(await actor(org.staff.id), { tahun: 2026 })).total).toBe(0);
    expect((await listSkpBawahan(await actor(org.adminLain.id), { tahun: 2026 })).total).toBe(0);
    const kabid = await listSkpBawahan(await actor(org.kabid.id), { tahun: 2026 });
    expect(kabid.items.map((r) => [r.pegawai.nama, r.status])).toEqual([["Atasan Uji", "DRAFT"]]);
    expect(kabid.items[0]!.skp?.sayaPenilai).toBe(false);
  });

  test("pages of 25", async () => {
    await db.pegawai.createMany({
      data: Array.from({ length: 26 }, (_, i) => ({
        instansiId: org.instansi.id,
        nip: `19950101202001${String(2000 + i)}`,
        nama: `Bawahan ${String(i).padStart(2, "0")}`,
        jenisJabatan: "PELAKSANA" as const,
        jabatan: "Pengadministrasi",
        atasanId: org.kabid.id,
        passwordHash: "x",
      })),
    });
    const a = await actor(org.kabid.id);
    const first = await listSkpBawahan(a, { tahun: 2026 });
    expect({ total: first.total, pageCount: first.pageCount, onPage: first.items.length }).toEqual({ total: 27, pageCount: 2, onPage: 25 });
    const second = await listSkpBawahan(a, { tahun: 2026, page: 2 });
    expect(second.items.map((r) => r.pegawai.nama)).toEqual(["Bawahan 24", "Bawahan 25"]);
  });
});
