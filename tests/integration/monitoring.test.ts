import { actAs } from "./helpers/session";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { formatNip } from "@/lib/domain/nip";
import type { StatusSkp } from "@/lib/generated/prisma/enums";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getRincianMonitoring } from "@/lib/server/monitoring/rincian";
import { getMonitoring } from "@/lib/server/queries/monitoring";
import { GET as unduhXlsx } from "@/app/api/admin/monitoring/xlsx/route";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const TAHUN = new Date().getUTCFullYear();
let triwulanI = "";
let subbidangMutasi = "";

async function signIn(label: DemoAccountLabel): Promise<Actor> {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip }, select: { id: true } });
  await actAs(id);
  const actor = await getActor();
  if (!actor) throw new Error(label);
  return actor;
}

async function skp(label: DemoAccountLabel, status: StatusSkp, bulanAwal = 0) {
  const pegawai = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } });
  const tahun = await db.tahun.findFirstOrThrow({ where: { instansiId: pegawai.instansiId, tahun: TAHUN } });
  return db.skp.create({
    data: {
      pegawaiId: pegawai.id,
      tahunId: tahun.id,
      periodeAwal: new Date(Date.UTC(TAHUN, bulanAwal, 1)),
      periodeAkhir: new Date(Date.UTC(TAHUN, bulanAwal + 2, 28)),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      status,
      snapshot: {},
    },
  });
}

// Subbidang Mutasi has five active pegawai: atasan, staff, staff-reset, staff-skp, analis (no SKP).
beforeAll(async () => {
  await seedDemo(db);
  const admin = await signIn("admin");
  const tahun = await db.tahun.findFirstOrThrow({ where: { instansiId: admin.instansiId, tahun: TAHUN }, include: { periode: true } });
  triwulanI = tahun.periode.find((p) => p.jenis === "TRIWULAN" && p.urutan === 1)?.id ?? "";
  subbidangMutasi = (await db.unitKerja.findFirstOrThrow({ where: { instansiId: admin.instansiId, nama: "Subbidang Mutasi" } })).id;

  const staff = await skp("staff", "PERSETUJUAN");
  await db.penilaian.create({ data: { skpId: staff.id, periodeId: triwulanI, status: "FINAL", predikat: "BAIK" } });
  const staffSkp = await skp("staff-skp", "PERSETUJUAN");
  await db.penilaian.create({ data: { skpId: staffSkp.id, periodeId: triwulanI, status: "DRAFT" } });
  // After a mutasi the latest SKP of the year is the one that counts.
  await skp("staff-reset", "DRAFT", 0);
  await skp("staff-reset", "PENGAJUAN", 6);
  await skp("atasan", "DRAFT");
});

describe("getMonitoring", () => {
  const sum = (baris: { draft: number; pengajuan: number; persetujuan: number; belum: number; pegawai: number }[], key: "pegawai" | "draft" | "persetujuan" | "belum") =>
    baris.reduce((n, b) => n + b[key], 0);

  it("opens on the root unit's children, each counted with its whole subtree, with totals for the instansi", async () => {
    const admin = await signIn("admin");
    const monitoring = await getMonitoring(admin, { tahun: TAHUN });
    expect(monitoring.tahun?.tahun).toBe(TAHUN);
    expect(monitoring.periode.map((p) => p.label)).toEqual(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Tahunan"]);
    expect(monitoring.jejak.map((u) => u.nama)).toEqual(["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"]);

    const bidang = monitoring.baris.find((b) => b.nama === "Bidang Mutasi dan Promosi");
    expect(bidang).toMatchObject({ jenis: "unit", punyaAnak: true });
    expect(bidang?.pegawai).toBeGreaterThanOrEqual(5);
    expect(bidang?.persetujuan).toBeGreaterThanOrEqual(2);
    expect(monitoring.baris.map((b) => b.nama)).not.toContain("Subbidang Mutasi");

    const aktif = await db.pegawai.count({ where: { instansiId: admin.instansiId, aktif: true } });
    expect(monitoring.total.pegawai).toBe(aktif);
    expect(sum(monitoring.baris, "pegawai")).toBe(aktif);
    expect(sum(monitoring.baris, "persetujuan")).toBe(monitoring.total.persetujuan);
    expect(sum(monitoring.baris, "belum")).toBe(monitoring.total.belum);
  });

  it("drills one level down with a breadcrumb and the unit's own totals", async () => {
    const admin = await signIn("admin");
    const bidangId = (await db.unitKerja.findFirstOrThrow({ where: { instansiId: admin.instansiId, nama: "Bidang Mutasi dan Promosi" } })).id;
    const monitoring = await getMonitoring(admin, { tahun: TAHUN, unit: bidangId });
    const atas = (await getMonitoring(admin, { tahun: TAHUN })).baris.find((b) => b.unitId === bidangId);
    expect(monitoring.unit?.nama).toBe("Bidang Mutasi dan Promosi");
    expect(monitoring.jejak.map((u) => u.nama)).toEqual(["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Bidang Mutasi dan Promosi"]);

    const row = monitoring.baris.find((b) => b.unitId === subbidangMutasi);
    expect(row).toMatchObject({ nama: "Subbidang Mutasi", pegawai: 5, draft: 1, pengajuan: 1, persetujuan: 2, belum: 1, final: { [triwulanI]: 1 } });
    expect(monitoring.total.pegawai).toBe(sum(monitoring.baris, "pegawai"));
    expect(atas).toMatchObject(monitoring.total);
    expect(monitoring.total.draft + monitoring.total.pengajuan + monitoring.total.persetujuan + monitoring.total.belum).toBe(monitoring.total.pegawai);
  });

  it("shows a Garut admin only Garut and refuses a Bandung unit", async () => {
    const garut = await signIn("admin-garut");
    const monitoring = await getMonitoring(garut, { tahun: TAHUN });
    expect(monitoring.total.pegawai).toBe(5);
    expect(JSON.stringify(monitoring)).not.toContain("Subbidang Mutasi");
    await expect(getMonitoring(garut, { tahun: TAHUN, unit: subbidangMutasi })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getRincianMonitoring", () => {
  it("lists the names behind a count", async () => {
    const admin = await signIn("admin");
    const nama = async (filter: Parameters<typeof getRincianMonitoring>[1]) =>
      (await getRincianMonitoring(admin, { tahun: TAHUN, ...filter })).baris.map((b) => b.nip);
    expect(await nama({ unit: subbidangMutasi, status: "PERSETUJUAN" })).toEqual(
      expect.arrayContaining([DEMO_ACCOUNTS.staff.nip, DEMO_ACCOUNTS["staff-skp"].nip]),
    );
    expect(await nama({ unit: subbidangMutasi, status: "PENGAJUAN" })).toEqual([DEMO_ACCOUNTS["staff-reset"].nip]);
    expect(await nama({ unit: subbidangMutasi, periodeId: triwulanI, penilaian: "FINAL" })).toEqual([DEMO_ACCOUNTS.staff.nip]);
    expect(await nama({ unit: subbidangMutasi, periodeId: triwulanI, penilaian: "BELUM" })).toEqual([DEMO_ACCOUNTS["staff-skp"].nip]);
    expect(await nama({ unit: subbidangMutasi, status: "BELUM" })).toHaveLength(1);
    const bidang = (await db.unitKerja.findFirstOrThrow({ where: { instansiId: admin.instansiId, nama: "Bidang Mutasi dan Promosi" } })).id;
    expect(await nama({ unit: bidang, status: "PENGAJUAN" })).toEqual([]);
    expect(await nama({ unit: bidang, bawahan: true, status: "PENGAJUAN" })).toEqual([DEMO_ACCOUNTS["staff-reset"].nip]);
  });

  it("refuses a unit of another instansi", async () => {
    const garut = await signIn("admin-garut");
    await expect(getRincianMonitoring(garut, { unit: subbidangMutasi })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("XLSX export", () => {
  const request = () => new NextRequest(`http://localhost/api/admin/monitoring/xlsx?tahun=${TAHUN}`);

  async function workbookOf(response: Response) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows = (name: string) => {
      const result: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => result.push((row.values as unknown[]).slice(1)));
      return result;
    };
    return { rekap: rows("Rekap"), pegawai: rows("Pegawai"), workbook };
  }

  it("holds the monitoring rows, a totals row and every pegawai", async () => {
    await signIn("admin");
    const response = await unduhXlsx(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`monitoring-pengisian-${TAHUN}.xlsx`);
    const { rekap, pegawai } = await workbookOf(response);
    expect(rekap[0]?.slice(0, 6)).toEqual(["Unit kerja (termasuk sub-unit)", "Pegawai", "Draft", "Pengajuan", "Persetujuan", "Belum membuat SKP"]);
    expect(rekap.find((r) => r[0] === "Subbidang Mutasi")?.slice(1, 7)).toEqual([5, 1, 1, 2, 1, 1]);
    expect(rekap.at(-1)?.[0]).toBe("Jumlah");
    expect(pegawai.find((r) => r[0] === formatNip(DEMO_ACCOUNTS.staff.nip))?.slice(4, 6)).toEqual(["Persetujuan", "Final"]);
  });

  it("counts each unit with its sub-units, as the Monitoring page does, and totals the same as the page", async () => {
    const admin = await signIn("admin");
    const halaman = await getMonitoring(admin, { tahun: TAHUN });
    const { rekap } = await workbookOf(await unduhXlsx(request()));
    const angka = (h: { pegawai: number; draft: number; pengajuan: number; persetujuan: number; belum: number; final: Record<string, number> }) => [
      h.pegawai,
      h.draft,
      h.pengajuan,
      h.persetujuan,
      h.belum,
      h.final[triwulanI] ?? 0,
    ];
    const bidang = halaman.baris.find((b) => b.nama === "Bidang Mutasi dan Promosi")!;
    expect(rekap.find((r) => r[0] === "Bidang Mutasi dan Promosi")?.slice(1, 7)).toEqual(angka(bidang));
    expect(rekap.at(-1)?.slice(1, 7)).toEqual(angka(halaman.total));
  });

  it("shows the predikat of each final penilaian, wraps its headers, filters, and prints one page wide in landscape", async () => {
    await signIn("admin");
    const { pegawai, workbook } = await workbookOf(await unduhXlsx(request()));
    expect(pegawai[0]?.slice(5, 7)).toEqual(["Penilaian Triwulan I", "Predikat Triwulan I"]);
    expect(pegawai.find((r) => r[0] === formatNip(DEMO_ACCOUNTS.staff.nip))?.slice(5, 7)).toEqual(["Final", "Baik"]);
    for (const name of ["Rekap", "Pegawai"]) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.getRow(1).alignment, name).toMatchObject({ wrapText: true });
      const lastColumn = sheet.getColumn(sheet.columnCount).letter;
      expect(sheet.autoFilter, name).toMatch(new RegExp(`^A1:${lastColumn}\\d+$`));
      expect(sheet.pageSetup, name).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
  });

  it("gives a Garut admin only Garut, and refuses a non-admin", async () => {
    await signIn("admin-garut");
    const { rekap, pegawai } = await workbookOf(await unduhXlsx(request()));
    expect(rekap.map((r) => r[0])).not.toContain("Subbidang Mutasi");
    expect(pegawai.map((r) => r[0])).not.toContain(formatNip(DEMO_ACCOUNTS.staff.nip));
    await signIn("staff");
    expect((await unduhXlsx(request())).status).toBe(403);
  });
});
