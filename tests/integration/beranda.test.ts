import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getBeranda } from "@/lib/server/queries/beranda";
import { listPegawaiForAdmin } from "@/lib/server/queries/pegawai";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

beforeAll(async () => {
  await seedDemo(db);
});

/** Signs in the way a browser session would and returns the actor pages receive. */
async function signIn(label: DemoAccountLabel): Promise<Actor> {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip }, select: { id: true } });
  await actAs(id);
  const actor = await getActor();
  if (!actor) throw new Error(`${label} tidak bisa masuk`);
  return actor;
}

describe("getBeranda", () => {
  it("shows a staff member their unit and their atasan", async () => {
    const beranda = await getBeranda(await signIn("staff"));
    expect(beranda.namaLengkap).toBe(DEMO_ACCOUNTS.staff.nama);
    expect(beranda.unitKerja).toBe("Subbidang Mutasi");
    expect(beranda.pangkatGolongan).toBe("Penata Muda (III/a)");
    expect(beranda.atasan).toMatchObject({
      status: "ADA",
      nama: DEMO_ACCOUNTS.atasan.nama,
      nip: DEMO_ACCOUNTS.atasan.nip,
      jabatan: "Kepala Subbidang Mutasi",
      aktif: true,
    });
    expect(beranda.jumlahBawahan).toBe(0);
  });

  it("tells an atasan which unit they lead and how many bawahan they have", async () => {
    const beranda = await getBeranda(await signIn("atasan"));
    expect(beranda.memimpinUnit).toBe("Subbidang Mutasi");
    expect(beranda.jumlahBawahan).toBe(4);
    expect(beranda.atasan).toMatchObject({ status: "ADA", nama: DEMO_ACCOUNTS.kabid.nama });
  });

  it("says the Kepala has no atasan inside the instansi, rather than warning", async () => {
    const beranda = await getBeranda(await signIn("kepala"));
    expect(beranda.atasan).toEqual({ status: "PUNCAK" });
    expect(beranda.jumlahBawahan).toBe(4);
  });

  it("warns a pegawai whose atasan is missing", async () => {
    const actor = await signIn("staff-skp");
    await db.pegawai.update({ where: { id: actor.id }, data: { atasanId: null } });
    try {
      expect((await getBeranda(actor)).atasan).toEqual({ status: "BELUM_DIATUR" });
    } finally {
      await db.pegawai.update({ where: { id: actor.id }, data: { atasanId: actor.atasanId } });
    }
  });
});

describe("listPegawaiForAdmin", () => {
  it("refuses a pegawai who is not an admin", async () => {
    const staff = await signIn("staff");
    await expect(listPegawaiForAdmin(staff, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists only the admin's own instansi, 25 a page", async () => {
    const admin = await signIn("admin");
    const ownNips = new Set(
      (await db.pegawai.findMany({ where: { instansiId: admin.instansiId }, select: { nip: true } })).map((p) => p.nip),
    );

    const first = await listPegawaiForAdmin(admin, { page: 1 });
    const second = await listPegawaiForAdmin(admin, { page: 2 });
    expect(first.total).toBe(ownNips.size);
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(ownNips.size - 25);
    expect(first.pageCount).toBe(2);
    const listed = [...first.rows, ...second.rows].map((r) => r.nip);
    expect(new Set(listed)).toEqual(ownNips);
    expect(listed).not.toContain(DEMO_ACCOUNTS["admin-garut"].nip);
  });

  it("never shows another instansi's pegawai, even when searched for by name or NIP", async () => {
    const admin = await signIn("admin");
    const garut = DEMO_ACCOUNTS["admin-garut"];
    expect((await listPegawaiForAdmin(admin, { q: "Asep Mulyana" })).total).toBe(0);
    expect((await listPegawaiForAdmin(admin, { q: garut.nip })).total).toBe(0);

    const adminGarut = await signIn("admin-garut");
    const list = await listPegawaiForAdmin(adminGarut, {});
    expect(list.total).toBe(5);
    expect(list.rows.map((r) => r.nip)).not.toContain(DEMO_ACCOUNTS.staff.nip);
  });

  it("finds pegawai by part of the name, ignoring case, or by NIP in grouped form", async () => {
    const admin = await signIn("admin");
    const byName = await listPegawaiForAdmin(admin, { q: "fAuZi" });
    expect(byName.rows.map((r) => r.nip)).toEqual([DEMO_ACCOUNTS.staff.nip]);
    expect(byName.rows[0]?.atasan).toEqual({ nama: DEMO_ACCOUNTS.atasan.nama, nip: DEMO_ACCOUNTS.atasan.nip });

    const byNip = await listPegawaiForAdmin(admin, { q: "19930615 201903 1 008" });
    expect(byNip.rows.map((r) => r.nama)).toEqual([DEMO_ACCOUNTS.staff.nama]);

    const kepala = await listPegawaiForAdmin(admin, { q: DEMO_ACCOUNTS.kepala.nip });
    expect(kepala.rows[0]).toMatchObject({ atasan: null, puncak: true });
  });

  it("shows nonaktif pegawai too, marked as such", async () => {
    const admin = await signIn("admin");
    const list = await listPegawaiForAdmin(admin, { q: "Dadang" });
    expect(list.rows.map((r) => r.aktif)).toEqual([false]);
  });
});
