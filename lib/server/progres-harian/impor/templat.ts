import "server-only";
import ExcelJS from "exceljs";
import { KOLOM_IMPOR_PROGRES } from "@/lib/domain/impor-progres";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

/**
 * The Progres Harian import template: a "Progres Harian" sheet with the columns (date and time
 * columns as text, so Excel keeps 08.00 as typed), and the pegawai's own rencana aksi to copy from.
 */
export async function buatTemplatImporProgres(actor: Actor): Promise<Buffer> {
  const rencanaAksi = await db.rencanaAksi.findMany({
    where: { rhk: { skp: { pegawaiId: actor.id, status: "PERSETUJUAN" } } },
    select: { teks: true, periode: { select: { awal: true, akhir: true } } },
    orderBy: [{ periode: { awal: "asc" } }, { urutan: "asc" }],
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";
  const sheet = workbook.addWorksheet("Progres Harian", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = KOLOM_IMPOR_PROGRES.map((k) => ({
    header: k.judul,
    key: k.key,
    width: k.key === "rencanaAksi" || k.key === "kegiatan" ? 48 : 16,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ tanggal: "2026-12-01", jamMulai: "08.00", jamSelesai: "09.30", rencanaAksi: rencanaAksi[0]?.teks ?? "Salin dari lembar Rencana Aksi", kegiatan: "Contoh: memeriksa berkas usulan", realisasi: "1", satuan: "Dokumen" });

  const daftar = workbook.addWorksheet("Rencana Aksi");
  daftar.columns = [
    { header: "Rencana Aksi (salin ke kolom Rencana Aksi)", key: "teks", width: 80 },
    { header: "Periode", key: "periode", width: 30 },
  ];
  daftar.getRow(1).font = { bold: true };
  for (const r of rencanaAksi) daftar.addRow({ teks: r.teks, periode: `${r.periode.awal.toISOString().slice(0, 10)} s.d. ${r.periode.akhir.toISOString().slice(0, 10)}` });

  const petunjuk = workbook.addWorksheet("Petunjuk");
  petunjuk.getColumn(1).width = 110;
  for (const line of PETUNJUK) petunjuk.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const PETUNJUK = [
  "Petunjuk impor Progres Harian e-Kinerja",
  "1. Isi lembar Progres Harian, satu kegiatan per baris, mulai baris 2 (hapus baris contoh). Jangan ubah judul kolom.",
  "2. Tanggal ditulis 2026-12-01 atau 01/12/2026; jam ditulis 08.00 atau 08:00.",
  "3. Rencana Aksi: salin persis dari lembar Rencana Aksi (huruf besar/kecil boleh berbeda).",
  "4. Realisasi bilangan bulat 0 atau lebih. Tautan Bukti (http/https) dan Sumber Data boleh kosong.",
  "5. Periksa berkas dahulu: semua baris yang salah ditampilkan. Impor hanya menyimpan bila semua baris benar.",
];
