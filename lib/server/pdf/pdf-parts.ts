import "server-only";
import { formatNip } from "@/lib/domain/nip";
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

export function drawHeading(doc: PDFKit.PDFDocument, text: string) {
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(10).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
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
    doc.font("Helvetica").fontSize(9).fillColor("black");
    doc.text(tempat || " ", x, top, { width, align: "center" });
    doc.text(peran, x, doc.y, { width, align: "center" });
    doc.font("Helvetica-Bold").text(pihak?.nama ?? "-", x, top + 80, { width, align: "center", underline: true });
    doc.font("Helvetica").text(pihak ? `NIP. ${formatNip(pihak.nip)}` : "", x, doc.y, { width, align: "center" });
  }
  doc.x = left;
}

/** "Halaman n dari m" on every page; needs `bufferPages: true`. */
export function drawPageFooters(doc: PDFKit.PDFDocument) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise make pdfkit open yet another page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
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
