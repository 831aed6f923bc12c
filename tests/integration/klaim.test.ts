import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./helpers/session";
import { klaimPimpinanUnit, lepasKlaimPimpinan } from "@/lib/server/actions/klaim";
import { db } from "@/lib/server/db";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const ids: Partial<Record<DemoAccountLabel, string>> = {};
let sbMutasi: string;
let garutUnit: string;

beforeAll(async () => {
  await seedDemo(db);
  for (const label of Object.keys(DEMO_ACCOUNTS) as DemoAccountLabel[]) {
    ids[label] = (await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } })).id;
  }
  sbMutasi = (await db.unitKerja.findFirstOrThrow({ where: { nama: "Subbidang Mutasi" } })).id;
  const garut = await db.instansi.findFirstOrThrow({ where: { kode: { not: "BKPSDM-BDG" } } });
  garutUnit = (await db.unitKerja.findFirstOrThrow({ where: { instansiId: garut.id } })).id;
});

const id = (label: DemoAccountLabel) => ids[label] as string;
const atasanOf = async (label: DemoAccountLabel) => (await db.pegawai.findUniqueOrThrow({ where: { id: id(label) } })).atasanId;

describe("Klaim Pimpinan Unit Kerja", () => {
  it("refuses a pegawai who is not a structural official of eselon II–IV", async () => {
    await actAs(id("staff"));
    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toEqual({
      ok: false,
      message: "Klaim pimpinan unit kerja hanya untuk pejabat struktural eselon II, III, dan IV.",
    });
  });

  it("refuses a unit already held, naming who holds it", async () => {
    await actAs(id("kabid"));
    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toEqual({
      ok: false,
      message: `Unit ini sudah dipimpin oleh ${DEMO_ACCOUNTS.atasan.nama} (NIP 19820412 200604 1 005). Jika keliru, minta admin instansi mencabut klaim tersebut.`,
    });
  });

  it("refuses a unit of another instansi and bad input", async () => {
    await actAs(id("atasan"));
    expect(await klaimPimpinanUnit({ unitId: garutUnit })).toEqual({ ok: false, message: "Unit kerja tidak ditemukan di instansi Anda." });
    expect(await klaimPimpinanUnit({ unitId: "bukan-id" })).toMatchObject({ ok: false, fieldErrors: { unitId: ["Pilih unit kerja yang akan dipimpin."] } });
  });

  it("lets only the holder release; members following the rule move up, a manual atasan is reported", async () => {
    await actAs(id("staff"));
    expect(await lepasKlaimPimpinan({ unitId: sbMutasi })).toEqual({ ok: false, message: "Anda tidak tercatat sebagai pimpinan unit ini." });

    // One member's atasan was set by hand to someone else: that choice is the admin's to undo.
    const analis = await db.pegawai.findFirstOrThrow({ where: { nama: "Nurul Hidayah" } });
    await db.pegawai.update({ where: { id: analis.id }, data: { atasanId: id("kepala") } });

    await actAs(id("atasan"));
    const lepas = await lepasKlaimPimpinan({ unitId: sbMutasi });
    expect(lepas).toEqual({
      ok: true,
      data: {
        unit: "Subbidang Mutasi",
        ringkasan: `Atasan langsung 3 pegawai kini ${DEMO_ACCOUNTS.kabid.nama}: Ahmad Fauzi, S.H., Irfan Maulana, S.AP., Sri Wahyuni, S.Sos.`,
        berbeda: [{ nama: "Nurul Hidayah, S.Psi.", nip: analis.nip }],
      },
    });
    expect((await db.unitKerja.findUniqueOrThrow({ where: { id: sbMutasi } })).pimpinanId).toBeNull();
    expect(await atasanOf("staff")).toBe(id("kabid"));
    expect(await atasanOf("staff-skp")).toBe(id("kabid"));
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: analis.id } })).atasanId).toBe(id("kepala"));
    expect(await db.auditLog.count({ where: { aksi: "LEPAS_KLAIM_PIMPINAN", entitasId: sbMutasi } })).toBe(1);
  });

  it("refuses an official who still leads another unit, or whose eselon does not match the unit", async () => {
    await actAs(id("kabid"));
    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toMatchObject({
      ok: false,
      message: "Anda masih tercatat memimpin Bidang Mutasi dan Promosi. Lepas klaim itu terlebih dahulu.",
    });

    const instansiId = (await db.pegawai.findUniqueOrThrow({ where: { id: id("kabid") } })).instansiId;
    const es3 = await db.pegawai.create({
      data: { instansiId, nip: "197001012000031001", nama: "Pejabat Baru", jenisJabatan: "STRUKTURAL", eselon: 3, jabatan: "Kepala Bidang", passwordHash: "x" },
    });
    await actAs(es3.id);
    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toMatchObject({
      ok: false,
      message: "Subbidang Mutasi dipimpin pejabat eselon IV, sedangkan Anda eselon III.",
    });
  });

  it("a claim makes the claimant pimpinan and the members following the rule get them as atasan", async () => {
    await actAs(id("atasan"));
    const klaim = await klaimPimpinanUnit({ unitId: sbMutasi });
    expect(klaim).toMatchObject({
      ok: true,
      data: { unit: "Subbidang Mutasi", ringkasan: "Kini Anda atasan langsung dari 3 pegawai: Ahmad Fauzi, S.H., Irfan Maulana, S.AP., Sri Wahyuni, S.Sos." },
    });
    expect((await db.unitKerja.findUniqueOrThrow({ where: { id: sbMutasi } })).pimpinanId).toBe(id("atasan"));
    expect(await atasanOf("staff")).toBe(id("atasan"));
    expect(await atasanOf("atasan")).toBe(id("kabid"));
    expect(await db.auditLog.count({ where: { aksi: "KLAIM_PIMPINAN", entitasId: sbMutasi } })).toBe(1);

    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toEqual({ ok: false, message: "Anda sudah tercatat sebagai pimpinan Subbidang Mutasi." });
  });

  it("refuses a signed-out visitor", async () => {
    await actAs(null);
    expect(await klaimPimpinanUnit({ unitId: sbMutasi })).toMatchObject({ ok: false, message: expect.stringContaining("Sesi Anda") });
  });
});
