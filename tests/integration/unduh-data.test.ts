import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as unduh } from "@/app/api/unduh-data/route";
import { db } from "@/lib/server/db";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";
import { actAs } from "./helpers/session";
import { contohSnapshot } from "./penilaian-cetak-fixtures";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
const RHK_2026 = "Terprosesnya usulan mutasi pegawai antarinstansi secara tepat waktu";
const RHK_2025 = "Tersusunnya peta jabatan unit";
// More than one batch of daily entries (500 a query), so the batching itself is exercised.
const JUMLAH_ENTRI = 501;

beforeAll(async () => {
  org = await buildSkpOrg();
  // 2025 rated by the kabid, 2026 by the atasan: each of them may download only their own year.
  const skp2025 = await seedSkp(org.staff.id, org.t2025.id, 2025, [RHK_2025]);
  await db.skp.update({ where: { id: skp2025.id }, data: { status: "PERSETUJUAN", penilaiId: org.kabid.id } });
  const skp2026 = await seedSkp(org.staff.id, org.t2026.id, 2026, [RHK_2026]);
  const pihak = await db.$transaction((tx) => buildSkpSnapshot(tx, org.staff.id, org.atasan.id));
  await db.skp.update({ where: { id: skp2026.id }, data: { status: "PERSETUJUAN", penilaiId: org.atasan.id, snapshot: pihak } });
  const rhk = skp2026.rhk[0]!;
  const indikator = await db.indikator.create({
    data: { rhkId: rhk.id, aspek: "KUANTITAS", teks: "Jumlah usulan diproses", targetMin: 12, satuan: "Dokumen", urutan: 0 },
  });
  const tw1 = await db.periodePenilaian.create({
    data: { tahunId: org.t2026.id, jenis: "TRIWULAN", urutan: 1, awal: new Date("2026-01-01"), akhir: new Date("2026-03-31"), batasPengisian: new Date("2026-04-10") },
  });
  await db.realisasi.create({ data: { indikatorId: indikator.id, periodeId: tw1.id, nilai: 10, narasi: "Dua usulan menunggu berkas" } });
  await db.buktiDukung.create({ data: { rhkId: rhk.id, periodeId: tw1.id, nama: "Rekap usulan", tautan: "https://contoh.go.id/rekap" } });
  const snapshot = contohSnapshot(
    { pegawai: pihak.pegawai!, penilai: pihak.penilai!, atasanPenilai: pihak.atasanPenilai },
    { angkaKredit: { jenjang: "AHLI_PERTAMA", koefisien: 12.5, persen: 100, bulan: 3, nilai: 3.125 } },
  );
  await db.penilaian.create({
    data: {
      skpId: skp2026.id,
      periodeId: tw1.id,
      status: "FINAL",
      ratingHasil: "DI_ATAS_EKSPEKTASI",
      ratingPerilaku: "SESUAI_EKSPEKTASI",
      predikat: "BAIK",
      snapshot,
      finalizedAt: new Date(snapshot.finalizedAt),
      finalizedById: org.atasan.id,
      umpanBalikRhk: { create: { rhkId: rhk.id, reaksi: "👍", teks: "Tepat waktu, pertahankan" } },
    },
  });
  const aksi = await db.rencanaAksi.create({ data: { rhkId: rhk.id, periodeId: tw1.id, teks: "Verifikasi berkas usulan", urutan: 0 } });
  await db.progresHarian.createMany({
    data: Array.from({ length: JUMLAH_ENTRI }, (_, n) => ({
      pegawaiId: org.staff.id,
      skpId: skp2026.id,
      rencanaAksiId: aksi.id,
      indikatorId: indikator.id,
      tanggal: new Date(Date.UTC(2026, 0, 2 + (n % 80))),
      jamMulai: 480 + Math.floor(n / 80) * 30,
      jamSelesai: 500 + Math.floor(n / 80) * 30,
      kegiatan: `Memverifikasi berkas ${n + 1}`,
      realisasi: 1,
      satuan: "Dokumen",
    })),
  });
});

async function unduhSebagai(who: string, pegawaiId?: string): Promise<Response> {
  await actAs(who);
  const query = pegawaiId ? `?pegawaiId=${pegawaiId}` : "";
  return unduh(new Request(`http://localhost:3000/api/unduh-data${query}`));
}

async function buka(response: Response): Promise<JSZip> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  return JSZip.loadAsync(await response.arrayBuffer());
}

type DataJson = { versi: number; pegawai: { nip: string }; skp: { tahun: number; rhk: { teks: string }[]; periode: { penilaian: { predikat: string; angkaKredit: { nilai: number } | null } | null; realisasi: { nilai: string }[] }[]; progresHarian: { kegiatan: string; jamMulai: string }[] }[] };

async function dataJson(zip: JSZip): Promise<DataJson> {
  return JSON.parse(await zip.file("data.json")!.async("string")) as DataJson;
}

describe("GET /api/unduh-data", () => {
  test("the owner gets every year's SKP and evaluation PDFs, data.json and data.xlsx", async () => {
    const zip = await buka(await unduhSebagai(org.staff.id));
    const nip = org.staff.nip;
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        `2025/SKP-${nip}-2025.pdf`,
        `2026/SKP-${nip}-2026.pdf`,
        `2026/Evaluasi-${nip}-2026-Triwulan-I.pdf`,
        `2026/Dokumen-Evaluasi-${nip}-2026-Triwulan-I.pdf`,
        "data.json",
        "data.xlsx",
      ].sort(),
    );
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".pdf"))) {
      expect((await zip.file(name)!.async("string")).slice(0, 4), name).toBe("%PDF");
    }

    const json = await dataJson(zip);
    expect(json.versi).toBe(1);
    expect(json.pegawai.nip).toBe(nip);
    expect(json.skp.map((s) => s.tahun)).toEqual([2025, 2026]);
    const tahun2026 = json.skp[1]!;
    expect(tahun2026.rhk.map((r) => r.teks)).toEqual([RHK_2026]);
    expect(tahun2026.periode[0]!.realisasi[0]!.nilai).toBe("10");
    expect(tahun2026.periode[0]!.penilaian).toMatchObject({ predikat: "BAIK", angkaKredit: { nilai: 3.125 } });
    expect(tahun2026.progresHarian).toHaveLength(JUMLAH_ENTRI);
    expect(tahun2026.progresHarian[0]).toMatchObject({ kegiatan: "Memverifikasi berkas 1", jamMulai: "08.00" });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await zip.file("data.xlsx")!.async("arraybuffer"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "SKP",
      "RHK",
      "Indikator",
      "Realisasi",
      "Bukti Dukung",
      "Umpan Balik",
      "Rating dan Predikat",
      "Angka Kredit",
      "Progres Harian",
    ]);
    expect(workbook.getWorksheet("RHK")!.getRow(3).getCell(4).value).toBe(RHK_2026);
    expect(workbook.getWorksheet("Realisasi")!.getRow(2).getCell(5).value).toBe("10");
    expect(workbook.getWorksheet("Umpan Balik")!.getRow(2).getCell(5).value).toBe("Tepat waktu, pertahankan");
    expect(workbook.getWorksheet("Rating dan Predikat")!.getRow(2).getCell(6).value).toBe("Baik");
    expect(workbook.getWorksheet("Angka Kredit")!.getRow(2).getCell(7).value).toBe(3.125);
    expect(workbook.getWorksheet("Progres Harian")!.actualRowCount).toBe(JUMLAH_ENTRI + 1);
  });

  test("each download is written to the audit log with the years it held", async () => {
    const sebelum = await db.auditLog.count({ where: { aksi: "UNDUH_DATA_PEGAWAI" } });
    await buka(await unduhSebagai(org.admin.id, org.staff.id));
    const rows = await db.auditLog.findMany({ where: { aksi: "UNDUH_DATA_PEGAWAI" }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(sebelum + 1);
    expect(rows.at(-1)).toMatchObject({ aktorId: org.admin.id, entitas: "Pegawai", entitasId: org.staff.id, data: { tahun: [2025, 2026] } });
  });

  test("an atasan gets only the years they were the penilai", async () => {
    const nip = org.staff.nip;
    const atasan = await buka(await unduhSebagai(org.atasan.id, org.staff.id));
    expect(Object.keys(atasan.files).filter((n) => n.endsWith(".pdf")).sort()).toEqual(
      [`2026/Dokumen-Evaluasi-${nip}-2026-Triwulan-I.pdf`, `2026/Evaluasi-${nip}-2026-Triwulan-I.pdf`, `2026/SKP-${nip}-2026.pdf`],
    );
    expect((await dataJson(atasan)).skp.map((s) => s.tahun)).toEqual([2026]);

    const kabid = await buka(await unduhSebagai(org.kabid.id, org.staff.id));
    expect(Object.keys(kabid.files).filter((n) => n.endsWith(".pdf"))).toEqual([`2025/SKP-${nip}-2025.pdf`]);
    const json = await dataJson(kabid);
    expect(json.skp.map((s) => s.tahun)).toEqual([2025]);
    expect(JSON.stringify(json)).not.toContain("Memverifikasi berkas");
  });

  test.each([
    ["another pegawai", () => org.staffLain.id],
    ["an atasan who rated no year of theirs", () => org.tanpaAtasan.id],
    ["another instansi's admin", () => org.adminLain.id],
  ])("%s gets 404 and nothing is audited", async (_, who) => {
    const sebelum = await db.auditLog.count({ where: { aksi: "UNDUH_DATA_PEGAWAI" } });
    const response = await unduhSebagai(who(), org.staff.id);
    expect(response.status).toBe(404);
    expect(await db.auditLog.count({ where: { aksi: "UNDUH_DATA_PEGAWAI" } })).toBe(sebelum);
  });

  test("without a session it sends the visitor to Masuk", async () => {
    await actAs(null);
    const response = await unduh(new Request("http://localhost:3000/api/unduh-data"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/masuk");
  });
});

describe("the download limit", () => {
  const jejak = (menitLalu: number) => ({
    instansiId: org.instansi.id,
    aktorId: org.tanpaAtasan.id,
    aksi: "UNDUH_DATA_PEGAWAI",
    entitas: "Pegawai",
    entitasId: org.tanpaAtasan.id,
    createdAt: new Date(Date.now() - menitLalu * 60_000),
  });

  test("a sixth download in ten minutes is refused with the wait in words, and allowed again later", async () => {
    await db.auditLog.createMany({ data: [1, 2, 3, 4, 6].map(jejak) });
    const ditolak = await unduhSebagai(org.tanpaAtasan.id);
    expect(ditolak.status).toBe(429);
    expect(await ditolak.text()).toBe("Terlalu banyak unduhan data. Coba lagi dalam 4 menit.");

    await db.auditLog.updateMany({ where: { aktorId: org.tanpaAtasan.id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    const zip = await buka(await unduhSebagai(org.tanpaAtasan.id));
    expect((await dataJson(zip)).skp).toEqual([]);
  });
});
