import "server-only";
import ExcelJS from "exceljs";
import { formatNip } from "@/lib/domain/nip";
import { persenTerisi } from "@/lib/domain/progres-harian";
import type { Actor } from "@/lib/server/auth";
import { getMonitoringProgres } from "@/lib/server/monitoring/progres-harian";
import { getRincianProgres } from "@/lib/server/monitoring/progres-harian-rincian";
import type { Hari } from "@/lib/server/monitoring/progres-harian-sql";

const kolomHari = (awalan: string, label: string) => [
  { header: `Terisi ${label}`, key: `${awalan}Terisi` },
  { header: `Wajib ${label}`, key: `${awalan}Wajib` },
  { header: `% ${label}`, key: `${awalan}Persen` },
];
const nilaiHari = (awalan: string, h: Hari) => ({ [`${awalan}Terisi`]: h.terisi, [`${awalan}Wajib`]: h.wajib, [`${awalan}Persen`]: persenTerisi(h.terisi, h.wajib) ?? "—" });

/**
 * Monitoring Progres Harian of the level on screen as a workbook: "Unit kerja" holds its rows
 * and their total, "Pegawai" every active pegawai of that selection, least filled first.
 */
export async function buatMonitoringProgresXlsx(actor: Actor, params: { unit?: string; hariIni?: string }): Promise<Buffer> {
  const monitoring = await getMonitoringProgres(actor, { unit: params.unit, hariIni: params.hariIni });
  const rincian = await getRincianProgres(actor, { unit: params.unit, bawahan: true, page: null, hariIni: params.hariIni });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";

  const unit = workbook.addWorksheet("Unit kerja", { views: [{ state: "frozen", ySplit: 1 }] });
  unit.columns = [{ header: "Unit kerja", key: "nama" }, { header: "Pegawai", key: "pegawai" }, ...kolomHari("minggu", "minggu ini"), ...kolomHari("bulan", "bulan ini")];
  for (const b of [...monitoring.baris, { ...monitoring.total, nama: "Jumlah" }]) {
    unit.addRow({ nama: b.nama, pegawai: b.pegawai, ...nilaiHari("minggu", b.minggu), ...nilaiHari("bulan", b.bulan) });
  }
  unit.lastRow!.font = { bold: true };

  const pegawai = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  pegawai.columns = [
    { header: "NIP", key: "nip" },
    { header: "Nama", key: "nama" },
    { header: "Jabatan", key: "jabatan" },
    { header: "Unit kerja", key: "unit" },
    ...kolomHari("minggu", "minggu ini"),
    ...kolomHari("bulan", "bulan ini"),
  ];
  for (const r of rincian.baris) {
    pegawai.addRow({ nip: formatNip(r.nip), nama: r.nama, jabatan: r.jabatan, unit: r.unit ?? "(belum diatur)", ...nilaiHari("minggu", r.minggu), ...nilaiHari("bulan", r.bulan) });
  }
  for (const sheet of [unit, pegawai]) rapikan(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Bold header with an autofilter, and each column as wide as its longest value. */
function rapikan(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  sheet.columns.forEach((kolom) => {
    let lebar = 8;
    kolom.eachCell?.({ includeEmpty: false }, (cell) => {
      lebar = Math.max(lebar, String(cell.value ?? "").length + 2);
    });
    kolom.width = Math.min(lebar, 60);
  });
}
