import ExcelJS from "exceljs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { GET } from "@/app/api/progres-harian/rekap/route";
import { awalMinggu, tambahHari } from "@/lib/domain/hari-kerja";
import { formatNip } from "@/lib/domain/nip";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";
import { buildPelaksanaanOrg, isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

let org: PelaksanaanOrg;
const senin = awalMinggu(isoHariKe(0));

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  const rhk = org.skp.rhk[0]!;
  const rencanaAksi = await db.rencanaAksi.create({ data: { rhkId: rhk.id, periodeId: org.tw2.id, teks: "Verifikasi berkas usulan mutasi", urutan: 0 } });
  const entri = (tanggal: string, jamMulai: number, jamSelesai: number, kegiatan: string) => ({
    pegawaiId: org.staff.id,
    skpId: org.skp.id,
    rencanaAksiId: rencanaAksi.id,
    tanggal: fromIsoDate(tanggal),
    jamMulai,
    jamSelesai,
    kegiatan,
    realisasi: 3,
    satuan: "Berkas",
  });
  await db.progresHarian.createMany({
    data: [
      entri(senin, 480, 570, "Memeriksa kelengkapan berkas Dinas Pendidikan"),
      entri(senin, 600, 720, "Rapat koordinasi mutasi"),
      entri(tambahHari(senin, 1), 480, 540, "Menyusun nota dinas"),
      entri(tambahHari(senin, 21), 480, 540, "Kegiatan pekan lain"),
    ],
  });
  await db.progresHarian.create({ data: { ...entri(senin, 480, 600, "Rahasia staff lain"), pegawaiId: org.staffLain.id, skpId: org.skpLain.id } });
});

const rekap = (q: Record<string, string>) => GET(new Request(`http://localhost:3000/api/progres-harian/rekap?${new URLSearchParams(q).toString()}`));
const mingguan = (format = "pdf") => rekap({ pegawaiId: org.staff.id, jenis: "mingguan", tanggal: tambahHari(senin, 2), format });

async function pdfText(response: Response): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}

describe("GET /api/progres-harian/rekap", () => {
  test.each([
    ["the owner", () => org.staff.id],
    ["their atasan", () => org.atasan.id],
    ["the admin of their instansi", () => org.admin.id],
  ])("%s downloads the weekly PDF with the week's entries, hours and both identity blocks", async (_, who) => {
    await actAs(who());
    const response = await mingguan();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Rekap-Mingguan-${org.staff.nip}-${senin}.pdf"`);
    const text = await pdfText(response);
    for (const s of ["PROGRES HARIAN PEGAWAI", "Memeriksa kelengkapan berkas Dinas Pendidikan", "Rapat koordinasi mutasi", "Menyusun nota dinas", "Verifikasi berkas usulan mutasi", "08.00–09.30", "3 Berkas", "Menunggu verifikasi"]) {
      expect(text).toContain(s);
    }
    expect(text).toContain("3 jam 30 menit");
    expect(text).toContain("Jumlah jam kerja: 4 jam 30 menit");
    expect(text).toContain(formatNip(org.staff.nip));
    expect(text).toContain("Atasan Uji");
    expect(text).toContain("Bandung,");
    expect(text).not.toContain("Kegiatan pekan lain");
    expect(text).not.toContain("Rahasia staff lain");
  });

  test("a name with diacritics prints as written", async () => {
    const { nama } = await db.pegawai.findUniqueOrThrow({ where: { id: org.staff.id }, select: { nama: true } });
    await db.pegawai.update({ where: { id: org.staff.id }, data: { nama: "Ñoman Sukmawatī" } });
    await actAs(org.staff.id);
    expect(await pdfText(await mingguan())).toContain("Ñoman Sukmawatī");
    await db.pegawai.update({ where: { id: org.staff.id }, data: { nama } });
  });

  test("the monthly recap covers the calendar month", async () => {
    await actAs(org.staff.id);
    const response = await rekap({ pegawaiId: org.staff.id, jenis: "bulanan", tanggal: senin, format: "pdf" });
    expect(response.status).toBe(200);
    expect(await pdfText(response)).toContain("Memeriksa kelengkapan berkas Dinas Pendidikan");
  });

  test("the XLSX has one sheet with a header row, an autofilter and one row per entry", async () => {
    await actAs(org.atasan.id);
    const response = await mingguan("xlsx");
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Tanggal", "Hari", "Jam mulai", "Jam selesai", "Durasi (jam)", "Rencana aksi", "Kegiatan", "Realisasi", "Satuan", "Status"]);
    expect(sheet.autoFilter).toBeTruthy();
    const kegiatan = sheet.getColumn(7).values.slice(2);
    expect(kegiatan).toContain("Rapat koordinasi mutasi");
    expect(kegiatan).not.toContain("Rahasia staff lain");
    expect(sheet.getColumn(7).width).toBeGreaterThan(20);
  });

  test.each([
    ["another pegawai of the unit", () => org.staffLain.id],
    ["a pegawai without atasan", () => org.tanpaAtasan.id],
    ["the atasan's own atasan", () => org.kabid.id],
    ["the admin of another instansi", () => org.adminLain.id],
  ])("%s gets 404, as for an id that does not exist", async (_, who) => {
    await actAs(who());
    const response = await mingguan();
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Pegawai tidak ditemukan.");
  });

  test("the pejabat penilai of the pegawai's SKP gets it even when not their atasan of record", async () => {
    await db.skp.update({ where: { id: org.skp.id }, data: { penilaiId: org.kabid.id } });
    try {
      await actAs(org.kabid.id);
      const response = await mingguan();
      expect(response.status).toBe(200);
      expect(await pdfText(response)).toContain("Kabid Uji");
    } finally {
      await db.skp.update({ where: { id: org.skp.id }, data: { penilaiId: org.atasan.id } });
    }
  });

  test("refuses the signed-out visitor, a guessed id and bad parameters without a server error", async () => {
    await actAs(null);
    expect((await mingguan()).status).toBe(303);
    await actAs(org.atasan.id);
    expect((await rekap({ pegawaiId: "00000000-0000-4000-8000-000000000000", jenis: "mingguan" })).status).toBe(404);
    expect((await rekap({ pegawaiId: "bukan-uuid", jenis: "mingguan" })).status).toBe(404);
    expect((await rekap({ pegawaiId: org.staff.id, jenis: "tahunan" })).status).toBe(400);
    expect((await rekap({ pegawaiId: org.staff.id, jenis: "mingguan", tanggal: "2026-02-30" })).status).toBe(400);
    expect((await rekap({ pegawaiId: org.staff.id, jenis: "mingguan", format: "docx" })).status).toBe(400);
  });
});
