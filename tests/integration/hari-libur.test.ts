import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./helpers/session";
import { db } from "@/lib/server/db";
import { getActor } from "@/lib/server/auth";
import { createHariLibur, deleteHariLibur, isiLiburNasional } from "@/lib/server/actions/hari-libur";
import { listHariLibur } from "@/lib/server/queries/hari-libur";
import { liburNasional } from "@/lib/domain/libur-nasional";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

let bandungId: string;
let garutId: string;

beforeAll(async () => {
  await seedDemo(db);
  bandungId = (await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-BDG" } })).id;
  garutId = (await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-GRT" } })).id;
});

async function signIn(label: DemoAccountLabel) {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } });
  await actAs(id);
}

const tanggal = (iso: string) => new Date(`${iso}T00:00:00Z`);
const hitung = (instansiId: string, tahun: number) =>
  db.hariLibur.count({ where: { instansiId, tanggal: { gte: tanggal(`${tahun}-01-01`), lt: tanggal(`${tahun + 1}-01-01`) } } });

describe("Hari libur", () => {
  it("is seeded with this year's and next year's national holidays for every demo instansi", async () => {
    const tahun = new Date().getUTCFullYear();
    for (const id of [bandungId, garutId]) {
      expect(await hitung(id, tahun)).toBeGreaterThanOrEqual(15);
      expect(await hitung(id, tahun + 1)).toBeGreaterThanOrEqual(15);
    }
  });

  it("lets the admin add a cuti bersama, refuses the same date twice, and lists it for the year", async () => {
    await signIn("admin");
    const dibuat = await createHariLibur({ tanggal: "2030-03-04", nama: "Cuti bersama Idul Fitri", jenis: "CUTI_BERSAMA" });
    expect(dibuat.ok).toBe(true);
    expect(await createHariLibur({ tanggal: "2030-03-04", nama: "Lagi", jenis: "LIBUR_NASIONAL" })).toMatchObject({
      ok: false,
      fieldErrors: { tanggal: ["Tanggal ini sudah tercatat sebagai Cuti bersama Idul Fitri."] },
    });
    expect(await createHariLibur({ tanggal: "2030-02-30", nama: "", jenis: "APA" as never })).toMatchObject({
      ok: false,
      fieldErrors: { tanggal: ["Isi tanggal dengan tanggal yang valid."], nama: ["Isi nama hari libur, misalnya Hari Raya Idul Fitri."], jenis: ["Pilih jenis: libur nasional atau cuti bersama."] },
    });
    const actor = (await getActor())!;
    expect(await listHariLibur(actor, 2030)).toEqual([expect.objectContaining({ tanggal: "2030-03-04", nama: "Cuti bersama Idul Fitri", jenis: "CUTI_BERSAMA" })]);
    expect(await db.auditLog.count({ where: { aksi: "TAMBAH_HARI_LIBUR", instansiId: bandungId } })).toBe(1);
  });

  it("fills a year's national holidays once, skipping dates already present, in the admin's instansi only", async () => {
    await signIn("admin");
    await createHariLibur({ tanggal: "2031-08-17", nama: "HUT RI (nama sendiri)", jenis: "LIBUR_NASIONAL" });
    const pertama = await isiLiburNasional({ tahun: 2031 });
    expect(pertama.ok && pertama.data.ditambah).toBe(liburNasional(2031).length - 1);
    expect(pertama.ok && pertama.data.dilewati).toBe(1);
    expect((await db.hariLibur.findFirstOrThrow({ where: { instansiId: bandungId, tanggal: tanggal("2031-08-17") } })).nama).toBe("HUT RI (nama sendiri)");
    expect(await isiLiburNasional({ tahun: 2031 })).toMatchObject({ ok: true, data: { ditambah: 0 } });
    expect(await hitung(garutId, 2031)).toBe(0);
    expect(await db.auditLog.count({ where: { aksi: "ISI_LIBUR_NASIONAL", instansiId: bandungId } })).toBe(2);
  });

  it("deletes the admin's own hari libur, and not another instansi's", async () => {
    await signIn("admin");
    const milikGarut = await db.hariLibur.findFirstOrThrow({ where: { instansiId: garutId } });
    expect(await deleteHariLibur({ hariLiburId: milikGarut.id })).toEqual({ ok: false, message: "Hari libur tidak ditemukan." });
    expect(await db.hariLibur.count({ where: { id: milikGarut.id } })).toBe(1);
    const milikSendiri = await db.hariLibur.findFirstOrThrow({ where: { instansiId: bandungId } });
    expect((await deleteHariLibur({ hariLiburId: milikSendiri.id })).ok).toBe(true);
    expect(await db.hariLibur.count({ where: { id: milikSendiri.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { aksi: "HAPUS_HARI_LIBUR", entitasId: milikSendiri.id } })).toBe(1);
  });

  it("refuses non-admins and signed-out visitors without writing", async () => {
    const sebelum = await db.hariLibur.count();
    const satu = await db.hariLibur.findFirstOrThrow({ where: { instansiId: bandungId } });
    for (const label of ["staff", "kepala"] as const) {
      await signIn(label);
      expect(await createHariLibur({ tanggal: "2032-01-02", nama: "Libur", jenis: "CUTI_BERSAMA" })).toMatchObject({ ok: false, message: "Halaman ini hanya untuk admin instansi." });
      expect((await isiLiburNasional({ tahun: 2032 })).ok).toBe(false);
      expect((await deleteHariLibur({ hariLiburId: satu.id })).ok).toBe(false);
    }
    await actAs(null);
    expect((await isiLiburNasional({ tahun: 2032 })).ok).toBe(false);
    expect(await db.hariLibur.count()).toBe(sebelum);
  });
});
