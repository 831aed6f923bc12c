import "server-only";
import PDFDocument from "pdfkit";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { LABEL_ASPEK, LABEL_JENIS_LAMPIRAN, LABEL_PENDEKATAN, LABEL_PERSPEKTIF } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { formatPangkatGolongan, type PihakSnapshot } from "@/lib/domain/skp-snapshot";
import { formatTarget } from "@/lib/domain/skp-target";
import { formatTanggal } from "@/lib/domain/tanggal";
import type { JenisLampiran, LayoutSkp } from "@/lib/generated/prisma/enums";
import type { RhkDetail, SkpDetail } from "@/lib/server/queries/skp";
import { drawTable, type TableColumn, type TableGroup, type TableItem } from "./pdf-table";

/** The parts of getSkpDetail's result the printed SKP shows. */
export type SkpPdfInput = Pick<
  SkpDetail,
  "tahun" | "periodeAwal" | "periodeAkhir" | "pendekatan" | "layout" | "snapshot" | "rhkUtama" | "rhkTambahan" | "ekspektasi" | "lampiran"
>;

/** Printed beside the signatures: the instansi's town and the date the SKP was agreed (or today). */
export type CetakInfo = { instansi: string; lokasi: string; tanggal: Date };

const MARGIN = 36;
const CONTENT_WIDTH = 841.89 - 2 * MARGIN;

/** SKP and Lampiran SKP in the official layout: landscape A4, one Buffer. */
export function renderSkpPdf(skp: SkpPdfInput, cetak: CetakInfo, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pegawai = skp.snapshot.pegawai;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `SKP ${pegawai?.nama ?? ""} ${skp.tahun}`.trim(), Author: "e-Kinerja" },
  });
  const done = collect(doc);

  drawTitle(doc, skp, cetak, "SASARAN KINERJA PEGAWAI");
  drawPihakBlocks(doc, skp.snapshot.pegawai, skp.snapshot.penilai);

  heading(doc, "HASIL KERJA");
  drawTable(doc, hasilKerjaColumns(skp.layout), [
    { kind: "section", label: "A. Utama" },
    ...rhkGroups(skp.rhkUtama, skp.layout, "Tidak ada RHK utama."),
    { kind: "section", label: "B. Tambahan" },
    ...rhkGroups(skp.rhkTambahan, skp.layout, "Tidak ada RHK tambahan."),
  ]);

  heading(doc, "PERILAKU KERJA");
  drawTable(
    doc,
    [
      { header: "No", width: 28, align: "center" },
      { header: "Perilaku Kerja", width: 472 },
      { header: "Ekspektasi Khusus Pimpinan", width: CONTENT_WIDTH - 500 },
    ],
    BERAKHLAK.map((v, i) => ({
      kind: "group",
      cells: [String(i + 1), `${v.nama}\n${v.panduan.map((p) => `- ${p}`).join("\n")}`, skp.ekspektasi[v.coreValue] ?? "-"],
      subRows: [],
    })),
  );
  drawSignatures(doc, skp, cetak);

  doc.addPage();
  drawTitle(doc, skp, cetak, "LAMPIRAN SKP");
  const jenisList: JenisLampiran[] = ["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"];
  for (const jenis of jenisList) {
    heading(doc, LABEL_JENIS_LAMPIRAN[jenis].toUpperCase());
    const items = skp.lampiran[jenis];
    doc.font("Helvetica").fontSize(9);
    if (items.length === 0) doc.text("-", MARGIN, doc.y, { width: CONTENT_WIDTH });
    items.forEach((item, i) => doc.text(`${i + 1}. ${item.teks}`, MARGIN, doc.y, { width: CONTENT_WIDTH }));
  }
  drawSignatures(doc, skp, cetak);

  drawFooters(doc);
  doc.end();
  return done;
}

function drawTitle(doc: PDFKit.PDFDocument, skp: SkpPdfInput, cetak: CetakInfo, judul: string) {
  doc.font("Helvetica-Bold").fontSize(13).text(judul, MARGIN, MARGIN, { width: CONTENT_WIDTH, align: "center" });
  doc.fontSize(9).text(subjudul(skp.layout, skp.pendekatan), { width: CONTENT_WIDTH, align: "center" });
  doc.moveDown(0.8);
  const y = doc.y;
  doc.font("Helvetica-Bold").fontSize(9).text(cetak.instansi.toUpperCase(), MARGIN, y, { width: CONTENT_WIDTH / 2 });
  const periode = `PERIODE: ${formatTanggal(skp.periodeAwal)} s.d. ${formatTanggal(skp.periodeAkhir)}`.toUpperCase();
  doc.text(periode, MARGIN + CONTENT_WIDTH / 2, y, { width: CONTENT_WIDTH / 2, align: "right" });
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

function drawPihakBlocks(doc: PDFKit.PDFDocument, pegawai: PihakSnapshot | null, penilai: PihakSnapshot | null) {
  const half = CONTENT_WIDTH / 2;
  const top = doc.y;
  const blocks: [string, PihakSnapshot | null, number][] = [
    ["PEGAWAI YANG DINILAI", pegawai, MARGIN],
    ["PEJABAT PENILAI KINERJA", penilai, MARGIN + half],
  ];
  let bottom = top;
  for (const [judul, pihak, x] of blocks) {
    doc.y = top;
    const columns: TableColumn[] = [
      { header: "No", width: 24, align: "center" },
      { header: "", width: 80 },
      { header: "", width: half - 104 },
    ];
    drawTable(doc, columns, pihakRows(pihak), { x, title: judul });
    bottom = Math.max(bottom, doc.y);
  }
  doc.x = MARGIN;
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

function hasilKerjaColumns(layout: LayoutSkp): TableColumn[] {
  const no: TableColumn = { header: "No", width: 28, align: "center" };
  if (layout === "JPT") {
    return [
      no,
      { header: "Rencana Hasil Kerja", width: 250 },
      { header: "Indikator Kinerja Individu", width: 250 },
      { header: "Target", width: 110 },
      { header: "Perspektif", width: CONTENT_WIDTH - 638 },
    ];
  }
  if (layout === "KUALITATIF") {
    return [
      no,
      { header: "RHK Atasan yang Diintervensi", width: 220 },
      { header: "Rencana Hasil Kerja", width: 240 },
      { header: "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target", width: CONTENT_WIDTH - 488 },
    ];
  }
  return [
    no,
    { header: "RHK Atasan yang Diintervensi", width: 170 },
    { header: "Rencana Hasil Kerja", width: 200 },
    { header: "Aspek", width: 62, align: "center" },
    { header: "Indikator Kinerja Individu", width: 200 },
    { header: "Target", width: CONTENT_WIDTH - 660 },
  ];
}

function rhkGroups(list: RhkDetail[], layout: LayoutSkp, kosong: string): TableItem[] {
  if (list.length === 0) return [{ kind: "section", label: kosong, muted: true }];
  return list.map((rhk, i): TableGroup => {
    const teks = rhk.penugasanDari ? `${rhk.teks}\nPenugasan dari: ${rhk.penugasanDari}` : rhk.teks;
    const parent = rhk.parent?.teks ?? "-";
    if (layout === "JPT") {
      return {
        kind: "group",
        cells: [String(i + 1), teks],
        subRows: rhk.indikator.map((ind) => [ind.teks, formatTarget(ind), ind.perspektif ? LABEL_PERSPEKTIF[ind.perspektif] : "-"]),
      };
    }
    if (layout === "KUALITATIF") {
      return {
        kind: "group",
        cells: [String(i + 1), parent, teks],
        subRows: rhk.indikator.map((ind) => [`${ind.teks}\nTarget: ${formatTarget(ind)}`]),
      };
    }
    return {
      kind: "group",
      cells: [String(i + 1), parent, teks],
      subRows: rhk.indikator.map((ind) => [ind.aspek ? LABEL_ASPEK[ind.aspek] : "-", ind.teks, formatTarget(ind)]),
    };
  });
}

function drawSignatures(doc: PDFKit.PDFDocument, skp: SkpPdfInput, cetak: CetakInfo) {
  const height = 120;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y + 16;
  const width = 280;
  const blocks: [string, PihakSnapshot | null, number, string][] = [
    ["Pegawai yang Dinilai", skp.snapshot.pegawai, MARGIN, ""],
    ["Pejabat Penilai Kinerja", skp.snapshot.penilai, MARGIN + CONTENT_WIDTH - width, `${cetak.lokasi}, ${formatTanggal(cetak.tanggal)}`],
  ];
  for (const [peran, pihak, x, tempat] of blocks) {
    doc.font("Helvetica").fontSize(9);
    doc.text(tempat || " ", x, top, { width, align: "center" });
    doc.text(peran, x, doc.y, { width, align: "center" });
    doc.font("Helvetica-Bold").text(pihak?.nama ?? "-", x, top + 80, { width, align: "center", underline: true });
    doc.font("Helvetica").text(pihak ? `NIP. ${formatNip(pihak.nip)}` : "", x, doc.y, { width, align: "center" });
  }
  doc.x = MARGIN;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(10).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
}

function drawFooters(doc: PDFKit.PDFDocument) {
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
      .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - 24, { width: CONTENT_WIDTH, align: "right" });
    doc.page.margins.bottom = bottom;
  }
}

function subjudul(layout: LayoutSkp, pendekatan: SkpPdfInput["pendekatan"]): string {
  const bagi =
    layout === "JPT"
      ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
      : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";
  return `PENDEKATAN HASIL KERJA ${LABEL_PENDEKATAN[pendekatan].toUpperCase()} ${bagi}`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
