import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./helpers/session";
import { GET as templat } from "@/app/api/progres-harian/impor/templat/route";
import { jalankanImporProgresHarian, periksaImporProgresHarian } from "@/lib/server/actions/progres-harian-impor";
import { db } from "@/lib/server/db";
import { buildPelaksanaanOrg, hariKe, isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

let org: PelaksanaanOrg;
const RA = "Verifikasi berkas usulan mutasi";
const HEADER = "Tanggal,Jam Mulai,Jam Selesai,Rencana Aksi,Kegiatan,Realisasi,Satuan,Tautan Bukti,Sumber Data";

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  await db.rencanaAksi.create({ data: { rhkId: org.skp.rhk[0]!.id, periodeId: org.tw2.id, teks: RA, urutan: 0 } });
  const lain = await db.rencanaAksi.create({ data: { rhkId: org.skpLain.rhk[0]!.id, periodeId: org.tw2.id, teks: "Rencana staff lain", urutan: 0 } });
  await db.progresHarian.create({
    data: { pegawaiId: org.staffLain.id, skpId: org.skpLain.id, rencanaAksiId: lain.id, tanggal: hariKe(-3), jamMulai: 480, jamSelesai: 540, kegiatan: "Sudah ada", realisasi: 1, satuan: "Berkas" },
  });
  const ra = await db.rencanaAksi.findFirstOrThrow({ where: { teks: RA } });
  await db.progresHarian.create({
    data: { pegawaiId: org.staff.id, skpId: org.skp.id, rencanaAksiId: ra.id, tanggal: hariKe(-2), jamMulai: 780, jamSelesai: 840, kegiatan: "Tercatat", realisasi: 1, satuan: "Berkas" },
  });
});

function form(lines: string[], nama = "progres.csv"): FormData {
  const f = new FormData();
  f.set("berkas", new File([[HEADER, ...lines].join("\r\n")], nama, { type: "text/csv" }));
  return f;
}
const baik = [`${isoHariKe(-3)},08.00,09.30,${RA},Memeriksa berkas,2,Berkas,https://contoh.go.id/a,Aplikasi`, `${isoHariKe(-2)},08.00,12.00,verifikasi BERKAS usulan mutasi,Rapat koordinasi,1,Kegiatan,,`];
const milikStaff = () => db.progresHarian.count({ where: { pegawaiId: org.staff.id } });

describe("Impor Progres Harian", () => {
  it("lists every bad row in the dry run and writes nothing", async () => {
    await actAs(org.staff.id);
    const sebelum = await milikStaff();
    const hasil = await periksaImporProgresHarian(
      form([
        ...baik,
        `${isoHariKe(-3)},09.00,10.00,${RA},Bertumpuk di berkas,1,Berkas,,`,
        `${isoHariKe(-2)},13.30,14.30,${RA},Bertumpuk dengan yang tercatat,1,Berkas,,`,
        `${isoHariKe(-1)},8 pagi,09.00,${RA},Jam salah,1,Berkas,,`,
        `${isoHariKe(1)},08.00,09.00,${RA},Besok,1,Berkas,,`,
        `${isoHariKe(-1)},08.00,09.00,Rencana staff lain,Milik orang lain,1,Berkas,,`,
        `${isoHariKe(-40)},08.00,09.00,${RA},Di luar periode rencana aksi,1,Berkas,,`,
      ]),
    );
    expect(hasil.ok).toBe(true);
    if (!hasil.ok) return;
    expect(hasil.data.siap).toBe(0);
    expect(hasil.data.galat.map((g) => g.baris)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(hasil.data.galat[0]!.pesan[0]).toBe("Jam bertumpuk dengan baris 2 (08.00–09.30).");
    expect(hasil.data.galat[1]!.pesan[0]).toBe("Jam bertumpuk dengan kegiatan yang sudah tercatat pukul 13.00–14.00.");
    expect(hasil.data.galat[2]!.pesan).toEqual(["Jam mulai tidak valid; tulis seperti 08.00."]);
    expect(hasil.data.galat[3]!.pesan[0]).toMatch(/belum tiba/);
    expect(hasil.data.galat[4]!.pesan).toEqual(["Rencana aksi “Rencana staff lain” tidak ada di SKP Anda yang sudah disetujui."]);
    expect(hasil.data.galat[5]!.pesan[0]).toMatch(/di luar periode rencana aksi ini/);
    expect(await milikStaff()).toBe(sebelum);
  });

  it("saves nothing when one row is bad, then every row once the file is right", async () => {
    await actAs(org.staff.id);
    const sebelum = await milikStaff();
    const gagal = await jalankanImporProgresHarian(form([...baik, `${isoHariKe(-1)},10.00,09.00,${RA},Terbalik,1,Berkas,,`]));
    expect(gagal).toEqual({ ok: false, message: "1 baris belum benar. Periksa berkas dahulu, perbaiki, lalu impor lagi; belum ada yang disimpan." });
    expect(await milikStaff()).toBe(sebelum);

    expect(await periksaImporProgresHarian(form(baik))).toMatchObject({ ok: true, data: { siap: 2, galat: [] } });
    expect(await jalankanImporProgresHarian(form(baik))).toEqual({ ok: true, data: { diimpor: 2 } });
    expect(await milikStaff()).toBe(sebelum + 2);
    const rapat = await db.progresHarian.findFirstOrThrow({ where: { pegawaiId: org.staff.id, kegiatan: "Rapat koordinasi" } });
    expect(rapat).toMatchObject({ skpId: org.skp.id, jamMulai: 480, jamSelesai: 720, realisasi: 1, satuan: "Kegiatan", status: "MENUNGGU", tautanBukti: null });
    // Counted towards the RHK's Kuantitas indikator, as an entry made in the form is, so the
    // penilaian's "dari Progres Harian" includes imported work.
    const indikator = await db.indikator.findMany({ where: { rhkId: org.skp.rhk[0]!.id }, orderBy: { urutan: "asc" }, select: { id: true, aspek: true } });
    expect(rapat.indikatorId).toBe((indikator.find((i) => i.aspek === "KUANTITAS") ?? indikator[0])!.id);
    expect(await db.auditLog.count({ where: { aksi: "IMPOR_PROGRES_HARIAN", aktorId: org.staff.id } })).toBe(1);

    // The same file again now overlaps what it saved: refused whole.
    expect((await jalankanImporProgresHarian(form(baik))).ok).toBe(false);
    expect(await milikStaff()).toBe(sebelum + 2);
  });

  it("works on the caller's own SKP only: another pegawai's file naming the staff's rencana aksi is refused", async () => {
    await actAs(org.staffLain.id);
    const hasil = await jalankanImporProgresHarian(form([baik[0]!]));
    expect(hasil.ok).toBe(false);
    expect(await db.progresHarian.count({ where: { pegawaiId: org.staffLain.id } })).toBe(1);
    await actAs(org.tanpaAtasan.id);
    expect(await periksaImporProgresHarian(form([baik[0]!]))).toMatchObject({ ok: true, data: { siap: 0, galat: [{ baris: 2 }] } });
  });

  it("refuses signed-out callers, a missing file and a file of another type", async () => {
    await actAs(null);
    expect(await jalankanImporProgresHarian(form(baik))).toEqual({ ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." });
    await actAs(org.staff.id);
    expect((await periksaImporProgresHarian(new FormData())).ok).toBe(false);
    expect(await periksaImporProgresHarian(form(baik, "progres.pdf"))).toMatchObject({ ok: false, fieldErrors: { berkas: ["Berkas harus berformat .csv atau .xlsx."] } });
  });

  it("offers a template listing the pegawai's own rencana aksi, which imports back once filled", async () => {
    await actAs(org.staff.id);
    const response = await templat();
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.getWorksheet("Progres Harian")!.getRow(1).values).toEqual([undefined, ...HEADER.split(",")]);
    expect(book.getWorksheet("Rencana Aksi")!.getColumn(1).values).toContain(RA);
    expect(book.getWorksheet("Rencana Aksi")!.getColumn(1).values).not.toContain("Rencana staff lain");
    await actAs(null);
    expect((await templat()).status).toBe(303);
  });
});
