import "server-only";
import ExcelJS from "exceljs";
import { KOLOM_IMPOR } from "@/lib/domain/impor-kolom";
import { IMPOR_MAKS_BARIS } from "@/lib/schemas/impor";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

const TEKS = "@";
const KOLOM_TEKS = new Set(["nip", "nipAtasan", "noHp", "golongan"]);
const PILIHAN: Partial<Record<(typeof KOLOM_IMPOR)[number]["key"], string>> = {
  jenisPegawai: '"PNS,PPPK"',
  jenisJabatan: '"Struktural,Fungsional,Pelaksana"',
  eselon: '"II,III,IV"',
};

/**
 * The import template: a "Pegawai" sheet with the column titles, NIP columns stored as text
 * (an 18-digit number loses its last digits in Excel) and drop-downs for the enums, plus the
 * admin's own unit kerja, written the way the import matches them.
 */
export async function buatTemplatImpor(actor: Actor): Promise<Buffer> {
  const units = await db.unitKerja.findMany({
    where: { instansiId: actor.instansiId, aktif: true },
    select: { id: true, nama: true, parentId: true },
    orderBy: { nama: "asc" },
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";
  const sheet = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = KOLOM_IMPOR.map((k) => ({
    header: k.judul,
    key: k.key,
    width: k.key === "nama" || k.key === "jabatan" || k.key === "unitKerja" ? 36 : 20,
    style: KOLOM_TEKS.has(k.key) ? { numFmt: TEKS } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  // exceljs keeps validations by address and accepts a whole range as one (typed per cell only).
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  KOLOM_IMPOR.forEach((k, index) => {
    const formula = PILIHAN[k.key];
    if (!formula) return;
    const letter = sheet.getColumn(index + 1).letter;
    validations.add(`${letter}2:${letter}${IMPOR_MAKS_BARIS + 1}`, { type: "list", allowBlank: true, formulae: [formula] });
  });

  const unitSheet = workbook.addWorksheet("Unit Kerja");
  unitSheet.columns = [{ header: "Unit Kerja (salin ke kolom Unit Kerja)", key: "jalur", width: 90 }];
  unitSheet.getRow(1).font = { bold: true };
  for (const jalur of jalurUnit(units)) unitSheet.addRow({ jalur });

  const petunjuk = workbook.addWorksheet("Petunjuk");
  petunjuk.getColumn(1).width = 110;
  for (const line of PETUNJUK) petunjuk.addRow([line]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const PETUNJUK = [
  "Petunjuk impor pegawai e-Kinerja",
  "1. Isi lembar Pegawai, satu pegawai per baris, mulai baris 2. Jangan ubah judul kolom.",
  "2. Kolom wajib: NIP, Nama, Jenis Pegawai, Jenis Jabatan, Jabatan, Unit Kerja. Eselon wajib untuk jabatan struktural.",
  "3. NIP 18 digit tanpa spasi. Kolom NIP sudah berformat Teks; jangan diubah menjadi angka.",
  "4. Unit Kerja: salin dari lembar Unit Kerja. Nama saja cukup bila tidak ada unit lain dengan nama yang sama.",
  "5. NIP Atasan boleh NIP pegawai yang sudah terdaftar di instansi Anda, atau NIP pegawai lain di berkas ini.",
  "6. Golongan PNS ditulis seperti III/a; golongan PPPK I sampai XVII.",
  "7. Akun hasil impor belum punya kata sandi: pegawai membuatnya lewat 'Lupa kata sandi' di halaman masuk.",
];

/** Every unit as `Induk / Anak`, the form the import accepts when a name is used twice. */
function jalurUnit(units: { id: string; nama: string; parentId: string | null }[]): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units
    .map((unit) => {
      const names: string[] = [];
      const seen = new Set<string>();
      for (let u: typeof unit | undefined = unit; u && !seen.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) {
        seen.add(u.id);
        names.unshift(u.nama);
      }
      return names.join(" / ");
    })
    .sort((a, b) => a.localeCompare(b, "id"));
}
