import "server-only";
import { HURUF, newPdfDocument } from "@/lib/server/pdf/huruf";
import { formatDurasi, formatJam } from "@/lib/domain/hari-kerja";
import { LABEL_STATUS_VERIFIKASI } from "@/lib/domain/labels";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import { collectPdf, contentWidth, drawKepala, drawPageFooters, drawPihakBlocks, drawSignatures } from "@/lib/server/pdf/pdf-parts";
import { drawTable, type TableColumn, type TableItem } from "@/lib/server/pdf/pdf-table";
import type { Rekap } from "./data";

const MARGIN = 36;

/** Rekap Mingguan / Bulanan Progres Harian in the style of the other printed documents: landscape A4. */
export function renderRekapPdf(rekap: Rekap, dicetak: Date): Promise<Buffer> {
  const doc = newPdfDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    info: { Title: `${rekap.judul} ${rekap.pegawai.nama}`, Author: "e-Kinerja" },
  });
  const done = collectPdf(doc);
  const width = contentWidth(doc);

  drawKepala(doc, {
    judul: "PROGRES HARIAN PEGAWAI",
    subjudul: rekap.judul.toUpperCase(),
    instansi: rekap.instansi.nama,
    periode: `PERIODE: ${formatTanggal(fromIsoDate(rekap.awal))} s.d. ${formatTanggal(fromIsoDate(rekap.akhir))}`.toUpperCase(),
  });

  drawPihakBlocks(doc, [
    { judul: "PEGAWAI", pihak: rekap.pegawai },
    { judul: "PEJABAT PENILAI KINERJA", pihak: rekap.penilai },
  ]);

  const columns: TableColumn[] = [
    { header: "No", width: 26, align: "center" },
    { header: "Waktu", width: 70, align: "center" },
    { header: "Rencana Aksi", width: 210 },
    { header: "Kegiatan", width: width - 516 },
    { header: "Realisasi", width: 90 },
    { header: "Status", width: 120 },
  ];
  drawTable(doc, columns, barisTabel(rekap));

  doc.moveDown(0.6);
  doc.font(HURUF.tebal).fontSize(9).text(`Jumlah jam kerja: ${jam(rekap.totalMenit)}`, MARGIN, doc.y, { width });
  drawSignatures(
    doc,
    { peran: "Pejabat Penilai Kinerja", pihak: rekap.penilai },
    { peran: "Pegawai", pihak: rekap.pegawai, tempat: `${rekap.instansi.lokasi}, ${formatTanggal(dicetak)}` },
  );
  drawPageFooters(doc);
  doc.end();
  return done;
}

function barisTabel(rekap: Rekap): TableItem[] {
  if (rekap.hari.length === 0) return [{ kind: "section", label: "Tidak ada hari kerja pada rentang ini.", muted: true }];
  return rekap.hari.flatMap((h): TableItem[] => [
    { kind: "section", label: `${h.namaHari}, ${formatTanggal(fromIsoDate(h.tanggal))} · ${jam(h.menit)}` },
    ...(h.entri.length === 0
      ? [{ kind: "section" as const, label: "Belum ada kegiatan tercatat.", muted: true }]
      : h.entri.map((e, i): TableItem => ({
          kind: "group",
          cells: [
            String(i + 1),
            `${formatJam(e.jamMulai)}–${formatJam(e.jamSelesai)}`,
            e.rencanaAksi,
            e.kegiatan,
            `${e.realisasi} ${e.satuan}`,
            LABEL_STATUS_VERIFIKASI[e.status],
          ],
          subRows: [],
        }))),
  ]);
}

function jam(menit: number): string {
  return menit === 0 ? "0 jam" : formatDurasi(menit);
}
