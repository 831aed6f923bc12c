import "server-only";
import { HURUF } from "./huruf";
import { formatNip } from "@/lib/domain/nip";
import { formatTanggal } from "@/lib/domain/tanggal";
import { formatPangkatGolongan, type PihakSnapshot } from "@/lib/domain/skp-snapshot";
import { drawTable, type TableColumn, type TableItem } from "./pdf-table";

/**
 * Pieces every printed document shares (SKP, Evaluasi Kinerja, Dokumen Evaluasi): identity
 * blocks, headings, signatures, page numbers. Widths follow the page, so the same piece fits
 * a landscape SKP and a portrait Dokumen Evaluasi.
 */

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** One bordered identity table: Nama, NIP, Pangkat/Gol, Jabatan, Unit Kerja under `judul`. */
export function drawPihakTable(doc: PDFKit.PDFDocument, judul: string, pihak: PihakSnapshot | null, at: { x: number; width: number }) {
  const columns: TableColumn[] = [
    { header: "No", width: 24, align: "center" },
    { header: "", width: 80 },
    { header: "", width: at.width - 104 },
  ];
  drawTable(doc, columns, pihakRows(pihak), { x: at.x, title: judul });
}

/** Identity tables side by side across the page, e.g. Pegawai yang Dinilai | Pejabat Penilai. */
export function drawPihakBlocks(doc: PDFKit.PDFDocument, blocks: { judul: string; pihak: PihakSnapshot | null }[]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc) / blocks.length;
  const top = doc.y;
  let bottom = top;
  blocks.forEach(({ judul, pihak }, i) => {
    doc.y = top;
    drawPihakTable(doc, judul, pihak, { x: left + i * width, width });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom + 10;
}

function pihakRows(p: PihakSnapshot | null): TableItem[] {
  const rows: [string, string][] = [
    ["Nama", p?.nama ?? "-"],
    ["NIP", p ? formatNip(p.nip) : "-"],
    ["Pangkat/Gol", p ? formatPangkatGolongan(p) : "-"],
    ["Jabatan", p?.jabatan ?? "-"],
    ["Unit Kerja", p?.unit ?? "-"],
  ];
  return rows.map(([label, value], i) => ({ kind: "group", cells: [String(i + 1), label, value], subRows: [] }));
}

/**
 * Title and subtitle, then the instansi (left) and the periode (right) above the identity tables.
 * The taller of the two decides where the tables start, so a long instansi name wraps above the
 * tables instead of onto their top border. `kiri` is the instansi's share of the width.
 */
export function drawKepala(doc: PDFKit.PDFDocument, k: { judul: string; subjudul: string; instansi: string; periode: string; kiri?: number }) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const kiri = width * (k.kiri ?? 0.5);
  doc.font(HURUF.tebal).fontSize(13).fillColor("black").text(k.judul, left, doc.page.margins.top, { width, align: "center" });
  doc.fontSize(9).text(k.subjudul, { width, align: "center" });
  doc.moveDown(0.8);
  const top = doc.y;
  // A gutter keeps a long instansi name from running into the periode.
  doc.text(k.instansi.toUpperCase(), left, top, { width: kiri - 12 });
  const bawahKiri = doc.y;
  doc.text(k.periode, left + kiri, top, { width: width - kiri, align: "right" });
  doc.x = left;
  doc.y = Math.max(bawahKiri, doc.y);
  doc.moveDown(0.5);
}

/**
 * "KONSEP" across every page of a document that is not final yet (an SKP not yet approved), so a
 * working copy can never pass for the signed one. Drawn last, over the content, in a light grey.
 */
export function drawKonsep(doc: PDFKit.PDFDocument) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.save();
    doc.rotate(-30, { origin: [width / 2, height / 2] });
    doc.font(HURUF.tebal).fontSize(110).fillColor("#9ca3af").fillOpacity(0.25);
    doc.text("KONSEP", 0, height / 2 - 60, { width, align: "center", lineBreak: false });
    doc.restore();
    doc.page.margins.bottom = bottom;
  }
}

/** The place-and-date line over a signature: a draft gets the town and a blank to date by hand. */
export function tempatTanggalTtd(lokasi: string, tanggal: Date | null): string {
  return [lokasi, tanggal ? formatTanggal(tanggal) : "...................."].filter(Boolean).join(", ");
}

/** `tempat` is the "Bandung, 4 Februari 2026" line above the role; empty for the other side. */
export type TandaTangan = { peran: string; pihak: PihakSnapshot | null; tempat?: string };

/** Two signature blocks, left and right, with room to sign above each name. */
export function drawSignatures(doc: PDFKit.PDFDocument, kiri: TandaTangan, kanan: TandaTangan) {
  const height = 120;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 16;
  const left = doc.page.margins.left;
  const width = Math.min(280, contentWidth(doc) / 2 - 10);
  const blocks: [TandaTangan, number][] = [
    [kiri, left],
    [kanan, left + contentWidth(doc) - width],
  ];
  for (const [{ peran, pihak, tempat }, x] of blocks) {
    doc.font(HURUF.biasa).fontSize(9).fillColor("black");
    doc.text(tempat || " ", x, top, { width, align: "center" });
    doc.text(peran, x, doc.y, { width, align: "center" });
    doc.font(HURUF.tebal).text(pihak?.nama ?? "-", x, top + 80, { width, align: "center", underline: true });
    doc.font(HURUF.biasa).text(pihak ? `NIP. ${formatNip(pihak.nip)}` : "", x, doc.y, { width, align: "center" });
  }
  doc.x = left;
}

/** "Halaman n dari m" on every page; needs `bufferPages` (newPdfDocument sets it). */
export function drawPageFooters(doc: PDFKit.PDFDocument) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise make pdfkit open yet another page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(HURUF.biasa)
      .fontSize(7.5)
      .fillColor("#555555")
      .text(`Halaman ${i + 1} dari ${range.count}`, doc.page.margins.left, doc.page.height - 24, {
        width: contentWidth(doc),
        align: "right",
      });
    doc.page.margins.bottom = bottom;
  }
}

export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
