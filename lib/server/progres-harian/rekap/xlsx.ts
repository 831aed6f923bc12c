import "server-only";
import ExcelJS from "exceljs";
import { formatJam } from "@/lib/domain/hari-kerja";
import { LABEL_STATUS_VERIFIKASI } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import type { Rekap } from "./data";

const KOLOM = [
  { header: "Tanggal", key: "tanggal" },
  { header: "Hari", key: "hari" },
  { header: "Jam mulai", key: "mulai" },
  { header: "Jam selesai", key: "selesai" },
  { header: "Durasi (jam)", key: "durasi" },
  { header: "Rencana aksi", key: "rencanaAksi" },
  { header: "Kegiatan", key: "kegiatan" },
  { header: "Realisasi", key: "realisasi" },
  { header: "Satuan", key: "satuan" },
  { header: "Status", key: "status" },
] as const;

type Baris = Record<(typeof KOLOM)[number]["key"], string | number>;

/** The recap as one sheet of rows (one per entry; an empty working day gets a row of its own), ready to filter. */
export async function renderRekapXlsx(rekap: Rekap): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";
  workbook.title = `${rekap.judul} ${rekap.pegawai.nama} (${formatNip(rekap.pegawai.nip)})`;
  const sheet = workbook.addWorksheet("Rekap", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = KOLOM.map((k) => ({ header: k.header, key: k.key }));
  sheet.getRow(1).font = { bold: true };

  const rows = rekap.hari.flatMap((h): Baris[] =>
    h.entri.length === 0
      ? [{ tanggal: h.tanggal, hari: h.namaHari, mulai: "", selesai: "", durasi: 0, rencanaAksi: "", kegiatan: "Belum ada kegiatan tercatat", realisasi: "", satuan: "", status: "" }]
      : h.entri.map((e) => ({
          tanggal: h.tanggal,
          hari: h.namaHari,
          mulai: formatJam(e.jamMulai),
          selesai: formatJam(e.jamSelesai),
          durasi: Math.round(((e.jamSelesai - e.jamMulai) / 60) * 100) / 100,
          rencanaAksi: e.rencanaAksi,
          kegiatan: e.kegiatan,
          realisasi: e.realisasi,
          satuan: e.satuan,
          status: LABEL_STATUS_VERIFIKASI[e.status],
        })),
  );
  sheet.addRows(rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: KOLOM.length } };
  // Fitted to the longest value, within bounds so a long kegiatan does not make a 300-wide column.
  KOLOM.forEach((k, i) => {
    const longest = Math.max(k.header.length, ...rows.map((r) => String(r[k.key]).length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
