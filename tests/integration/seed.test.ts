import { beforeAll, describe, expect, it } from "vitest";
import { deriveAtasan } from "@/lib/domain/atasan";
import { checkNip } from "@/lib/domain/nip";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/autentikasi/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const BANDUNG = "BKPSDM-BDG";
const GARUT = "BKPSDM-GRT";

let firstRun: { seeded: boolean };

beforeAll(async () => {
  firstRun = await seedDemo(db);
});

describe("demo seed", () => {
  it("creates the Bandung instansi with about thirty pegawai, each with a valid NIP and email", async () => {
    expect(firstRun).toEqual({ seeded: true });
    const pegawai = await db.pegawai.findMany({ where: { instansi: { kode: BANDUNG } }, select: { nip: true, email: true } });
    expect(pegawai.length).toBeGreaterThanOrEqual(28);
    expect(pegawai.length).toBeLessThanOrEqual(32);
    for (const p of pegawai) {
      expect(checkNip(p.nip), p.nip).toEqual({ valid: true });
      expect(p.email).toMatch(/^[a-z.]+@bkpsdm\.bandung\.go\.id$/);
    }
    expect(new Set(pegawai.map((p) => p.email)).size).toBe(pegawai.length);
  });

  it("gives every pegawai the atasan the unit tree says, and the Kepala none", async () => {
    for (const kode of [BANDUNG, GARUT]) {
      const instansi = await db.instansi.findUniqueOrThrow({
        where: { kode },
        select: {
          units: { select: { id: true, nama: true, parentId: true, pimpinanId: true } },
          pegawai: { select: { id: true, nama: true, unitId: true, atasanId: true } },
        },
      });
      const root = instansi.units.find((u) => u.parentId === null);
      for (const p of instansi.pegawai) {
        const expected = deriveAtasan(p, instansi.units, [], new Date());
        expect(p.atasanId, p.nama).toBe(expected.atasanId);
        if (p.id === root?.pimpinanId) expect(p.atasanId).toBeNull();
        else expect(p.atasanId, `${p.nama} tanpa atasan`).not.toBeNull();
      }
      expect(instansi.units.every((u) => u.pimpinanId !== null)).toBe(true);
    }
  });

  it("has demo accounts that match the published table and sign in with the demo password", async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const p = await db.pegawai.findUniqueOrThrow({
        where: { nip: account.nip },
        select: { nama: true, email: true, aktif: true, passwordHash: true, instansi: { select: { nama: true } } },
      });
      expect(account.nama).toContain(p.nama);
      expect(p.email).toBe(account.email);
      expect(p.instansi.nama).toBe(account.instansi);
      expect(p.aktif).toBe(true);
      expect(await verifyPassword(p.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("makes the roles the demo accounts are named for", async () => {
    const byNip = (nip: string) =>
      db.pegawai.findUniqueOrThrow({
        where: { nip },
        select: { id: true, roles: true, eselon: true, atasanId: true, unit: { select: { nama: true } } },
      });
    const staff = await byNip(DEMO_ACCOUNTS.staff.nip);
    const atasan = await byNip(DEMO_ACCOUNTS.atasan.nip);
    const kepala = await byNip(DEMO_ACCOUNTS.kepala.nip);
    const admin = await byNip(DEMO_ACCOUNTS.admin.nip);

    expect(staff.roles).toEqual(["PEGAWAI"]);
    expect(staff.atasanId).toBe(atasan.id);
    expect(atasan.eselon).toBe(4);
    expect(kepala.eselon).toBe(2);
    expect(kepala.atasanId).toBeNull();
    expect(admin.roles).toEqual(["PEGAWAI", "ADMIN"]);
    expect(admin.unit?.nama).toMatch(/^Subbagian/);
    expect((await byNip(DEMO_ACCOUNTS["staff-reset"].nip)).atasanId).toBe(atasan.id);
  });

  it("includes jabatan fungsional, PPPK and a nonaktif pegawai, as real instansi do", async () => {
    const where = { instansi: { kode: BANDUNG } };
    expect(await db.pegawai.count({ where: { ...where, jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_MUDA" } })).toBeGreaterThan(0);
    expect(await db.pegawai.count({ where: { ...where, jenisPegawai: "PPPK" } })).toBeGreaterThan(0);
    expect(await db.pegawai.count({ where: { ...where, aktif: false } })).toBe(1);
  });

  it("opens the current year with four triwulan and one tahunan periode", async () => {
    const year = new Date().getUTCFullYear();
    const tahun = await db.tahun.findFirstOrThrow({
      where: { tahun: year, instansi: { kode: BANDUNG } },
      select: { terbuka: true, periode: { orderBy: [{ jenis: "asc" }, { urutan: "asc" }] } },
    });
    expect(tahun.terbuka).toBe(true);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(tahun.periode.map((p) => [p.jenis, p.urutan, iso(p.awal), iso(p.akhir), iso(p.batasPengisian)])).toEqual([
      ["TRIWULAN", 1, `${year}-01-01`, `${year}-03-31`, `${year}-04-10`],
      ["TRIWULAN", 2, `${year}-04-01`, `${year}-06-30`, `${year}-07-10`],
      ["TRIWULAN", 3, `${year}-07-01`, `${year}-09-30`, `${year}-10-10`],
      ["TRIWULAN", 4, `${year}-10-01`, `${year}-12-31`, `${year + 1}-01-10`],
      ["TAHUNAN", 1, `${year}-01-01`, `${year}-12-31`, `${year + 1}-01-31`],
    ]);
  });

  it("seeds a second, small instansi with its own admin", async () => {
    const garut = await db.instansi.findUniqueOrThrow({
      where: { kode: GARUT },
      select: { pegawai: { select: { nip: true, roles: true } }, tahun: { select: { tahun: true } } },
    });
    expect(garut.pegawai).toHaveLength(5);
    expect(garut.pegawai.filter((p) => p.roles.includes("ADMIN")).map((p) => p.nip)).toEqual([DEMO_ACCOUNTS["admin-garut"].nip]);
    expect(garut.tahun).toHaveLength(1);
  });

  it("gives the atasan of the SKP demo accounts an approved SKP whose RHK cascade from the Kepala's", async () => {
    const atasan = await db.skp.findFirstOrThrow({
      where: { pegawai: { nip: DEMO_ACCOUNTS.atasan.nip } },
      select: {
        status: true,
        penilai: { select: { nip: true } },
        rhk: { select: { indikator: { select: { id: true } }, parentRhk: { select: { skp: { select: { pegawai: { select: { nip: true } } } } } } } },
      },
    });
    expect(atasan.status).toBe("PERSETUJUAN");
    expect(atasan.penilai?.nip).toBe(DEMO_ACCOUNTS.kabid.nip);
    expect(atasan.rhk.length).toBeGreaterThanOrEqual(2);
    for (const rhk of atasan.rhk) {
      expect(rhk.indikator.length).toBeGreaterThan(0);
      expect(rhk.parentRhk?.skp.pegawai.nip).toBe(DEMO_ACCOUNTS.kabid.nip);
    }
    const kabidRhk = await db.rhk.findMany({
      where: { skp: { pegawai: { nip: DEMO_ACCOUNTS.kabid.nip } } },
      select: { parentRhk: { select: { skp: { select: { layout: true, pegawai: { select: { nip: true } } } } } } },
    });
    expect(kabidRhk.map((r) => r.parentRhk?.skp.pegawai.nip)).toEqual(kabidRhk.map(() => DEMO_ACCOUNTS.kepala.nip));
    expect(kabidRhk[0]?.parentRhk?.skp.layout).toBe("JPT");
  });

  it("has a Tim Kerja across units, created by the kabid and led by the atasan, with a role for the demo staff", async () => {
    const tim = await db.timKerja.findFirstOrThrow({
      select: {
        pembuat: { select: { nip: true } },
        ketua: { select: { nip: true } },
        anggota: { select: { pegawai: { select: { nip: true, unitId: true } }, peran: { select: { peran: true } } } },
        rhk: { select: { rhkPembuat: { select: { skp: { select: { pegawai: { select: { nip: true } } } } } } } },
      },
    });
    expect(tim.pembuat.nip).toBe(DEMO_ACCOUNTS.kabid.nip);
    expect(tim.ketua.nip).toBe(DEMO_ACCOUNTS.atasan.nip);
    expect(new Set(tim.anggota.map((a) => a.pegawai.unitId)).size).toBeGreaterThanOrEqual(2);
    expect(tim.anggota.find((a) => a.pegawai.nip === DEMO_ACCOUNTS.staff.nip)?.peran).toHaveLength(1);
    expect(tim.rhk.map((r) => r.rhkPembuat?.skp.pegawai.nip)).toEqual([DEMO_ACCOUNTS.kabid.nip]);
  });

  it("lists the fungsional's final Tahunan in Kirim ke SIASN, ready as SKP tahunan and angka kredit", async () => {
    const kiriman = await db.kirimSiasn.findMany({
      where: { penilaian: { skp: { pegawai: { nip: DEMO_ACCOUNTS.fungsional.nip } } } },
      select: { jenis: true, status: true },
      orderBy: { jenis: "asc" },
    });
    expect(kiriman).toEqual([
      { jenis: "SKP22", status: "SIAP" },
      { jenis: "ANGKA_KREDIT", status: "SIAP" },
    ]);
  });

  it("does nothing on a second run", async () => {
    const before = await db.pegawai.count();
    expect(await seedDemo(db)).toEqual({ seeded: false });
    expect(await db.pegawai.count()).toBe(before);
    expect(await db.instansi.count()).toBe(2);
  });
});
