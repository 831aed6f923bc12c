import "server-only";
import { HURUF } from "./huruf";

/**
 * A bordered table for pdfkit that wraps long text, keeps an RHK together with its indikator
 * (the official SKP form spans the RHK cells over its indikator rows), and starts each new
 * page with the header row again. pdfkit's own `doc.table()` does neither of the last two.
 */
export type TableColumn = { header: string; width: number; align?: "left" | "center" };

/**
 * `cells` fill the first columns over the whole group, `trailing` the last ones (the evaluation's
 * bukti dukung and umpan balik per RHK); each of `subRows` fills the columns in between.
 */
export type TableGroup = { kind: "group"; cells: string[]; subRows: string[][]; trailing?: string[] };
/** A full-width row: a section label ("A. Utama"), or a muted note when a section is empty. */
export type TableSection = { kind: "section"; label: string; muted?: boolean };
export type TableItem = TableGroup | TableSection;

const PAD = 4;
const FONT_SIZE = 8.5;
const BORDER = "#444444";

/**
 * `title` replaces the column headers with one full-width heading (the identity blocks).
 * `heading` is the section heading above the table ("PERILAKU KERJA"): it moves to the next page
 * with the table when the header row and the first rows would not fit under it.
 */
export type TableOptions = { x?: number; title?: string; heading?: string };

export function drawTable(doc: PDFKit.PDFDocument, columns: TableColumn[], items: TableItem[], options: TableOptions = {}): void {
  const t: Table = { columns, x0: options.x ?? doc.page.margins.left, title: options.title };
  const totalWidth = widthOf(columns);

  if (options.heading) drawHeading(doc, options.heading, headerHeight(doc, t) + firstRowsHeight(doc, t, items));
  drawHeader(doc, t);
  for (const item of items) {
    if (item.kind === "section") {
      const height = textHeight(doc, item.label, totalWidth, !item.muted);
      if (height > room(doc)) newPage(doc, t);
      const style = item.muted ? { align: "center" as const } : { bold: true, fill: "#eeeeee" };
      const top = doc.y;
      drawCell(doc, item.label, t.x0, top, totalWidth, height, style);
      doc.y = top + height;
      continue;
    }
    drawGroup(doc, t, item);
  }
  doc.x = doc.page.margins.left;
}

type Table = { columns: TableColumn[]; x0: number; title?: string };

/**
 * A bold heading over what follows, kept with its first `keepWith` points: when they do not fit
 * below it, the heading starts the next page instead of ending this one.
 */
export function drawHeading(doc: PDFKit.PDFDocument, text: string, keepWith = 60) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(HURUF.tebal).fontSize(10);
  const height = doc.currentLineHeight(true) * 0.9 + doc.heightOfString(text, { width });
  if (height + keepWith > room(doc)) doc.addPage();
  doc.moveDown(0.6);
  doc.text(text, doc.page.margins.left, doc.y, { width });
  doc.moveDown(0.3);
}

type GroupLayout = { spanCols: TableColumn[]; tailCols: TableColumn[]; restCols: TableColumn[]; spanHeight: number; subHeights: number[]; total: number };

function layoutGroup(doc: PDFKit.PDFDocument, t: Table, group: TableGroup): GroupLayout {
  const { columns } = t;
  const trailing = group.trailing ?? [];
  const spanCols = columns.slice(0, group.cells.length);
  const tailCols = columns.slice(columns.length - trailing.length);
  const restCols = columns.slice(group.cells.length, columns.length - trailing.length);
  const spanHeight = Math.max(
    ...group.cells.map((text, i) => textHeight(doc, text, spanCols[i]!.width)),
    ...trailing.map((text, i) => textHeight(doc, text, tailCols[i]!.width)),
  );
  const subRows = restCols.length > 0 ? group.subRows : [];
  const subHeights = subRows.map((row) => Math.max(...restCols.map((col, i) => textHeight(doc, row[i] ?? "", col.width))));
  const total = Math.max(spanHeight, subHeights.reduce((a, b) => a + b, 0));
  return { spanCols, tailCols, restCols, spanHeight, subHeights, total };
}

/**
 * What must fit under a heading: the section rows up to the first group, and that group whole
 * (drawGroup moves a group that fits on a fresh page in one piece) or, when it is taller than a
 * page, its first indikator row.
 */
function firstRowsHeight(doc: PDFKit.PDFDocument, t: Table, items: TableItem[]): number {
  let height = 0;
  for (const item of items) {
    if (item.kind === "section") {
      height += textHeight(doc, item.label, widthOf(t.columns), !item.muted);
      continue;
    }
    const g = layoutGroup(doc, t, item);
    return height + (g.total <= freshPageRoom(doc, t) ? g.total : Math.max(g.spanHeight, g.subHeights[0] ?? 0));
  }
  return height;
}

function drawGroup(doc: PDFKit.PDFDocument, t: Table, group: TableGroup) {
  const { x0 } = t;
  const trailing = group.trailing ?? [];
  const { spanCols, tailCols, restCols, spanHeight, subHeights, total } = layoutGroup(doc, t, group);
  const spanWidth = widthOf(spanCols);
  const subRows = restCols.length > 0 ? group.subRows : [];

  // Keep the group on one page whenever it fits on one; only a group taller than a whole page
  // is split between its indikator rows.
  const fitsOnFreshPage = total <= freshPageRoom(doc, t);
  if (total > room(doc) && (fitsOnFreshPage || room(doc) < Math.min(spanHeight, subHeights[0] ?? spanHeight))) {
    newPage(doc, t);
  }

  let next = 0;
  let first = true;
  while (first || next < subRows.length) {
    const segment: number[] = [];
    let used = 0;
    while (next < subRows.length && (segment.length === 0 || used + subHeights[next]! <= room(doc))) {
      segment.push(next);
      used += subHeights[next]!;
      next += 1;
    }
    const height = Math.max(used, first ? spanHeight : 0);
    // Stretch the last indikator row so the spanning RHK cells and the grid end together.
    const last = segment[segment.length - 1];
    if (last !== undefined) subHeights[last]! += height - used;

    const top = doc.y;
    let x = x0;
    spanCols.forEach((col, i) => {
      drawCell(doc, first ? group.cells[i]! : "", x, top, col.width, height, { align: col.align });
      x += col.width;
    });
    if (segment.length === 0 && restCols.length > 0) drawCell(doc, "", x, top, widthOf(restCols), height, {});
    x += widthOf(restCols);
    tailCols.forEach((col, i) => {
      drawCell(doc, first ? trailing[i]! : "", x, top, col.width, height, { align: col.align });
      x += col.width;
    });
    let y = top;
    for (const i of segment) {
      let cx = x0 + spanWidth;
      restCols.forEach((col, c) => {
        drawCell(doc, subRows[i]![c] ?? "", cx, y, col.width, subHeights[i]!, { align: col.align });
        cx += col.width;
      });
      y += subHeights[i]!;
    }
    doc.y = top + height;
    first = false;
    if (next < subRows.length) newPage(doc, t);
  }
}

function drawHeader(doc: PDFKit.PDFDocument, t: Table) {
  const height = headerHeight(doc, t);
  // A header alone at the foot of a page helps nobody: start the table on the next page.
  if (height + 3 * textHeight(doc, "", 10) > room(doc)) doc.addPage();
  const top = doc.y;
  if (t.title) {
    drawCell(doc, t.title, t.x0, top, widthOf(t.columns), height, { bold: true, fill: "#dddddd" });
  } else {
    let x = t.x0;
    for (const col of t.columns) {
      drawCell(doc, col.header, x, top, col.width, height, { bold: true, fill: "#dddddd", align: "center" });
      x += col.width;
    }
  }
  doc.y = top + height;
}

function newPage(doc: PDFKit.PDFDocument, t: Table) {
  doc.addPage();
  drawHeader(doc, t);
}

type CellStyle = { bold?: boolean; fill?: string; align?: "left" | "center" };

function drawCell(doc: PDFKit.PDFDocument, text: string, x: number, y: number, w: number, h: number, style: CellStyle) {
  if (style.fill) doc.rect(x, y, w, h).fill(style.fill);
  doc.lineWidth(0.5).strokeColor(BORDER).rect(x, y, w, h).stroke();
  if (!text) return;
  doc.font(style.bold ? HURUF.tebal : HURUF.biasa);
  cacheWordWidths(doc);
  doc
    .fillColor("black")
    .fontSize(FONT_SIZE)
    // `height` keeps pdfkit from starting a page of its own when a cell ends near the margin.
    .text(text, x + PAD, y + PAD, { width: w - 2 * PAD, height: h - PAD, align: style.align ?? "left" });
}

// Heights by font, width and text: the same texts come back row after row (a recap repeats one
// rencana aksi and kegiatan every day) and pdfkit measures every word of each again. The
// documents' two fonts (lib/server/pdf/huruf.ts) never change while the server runs, so the cache
// is shared by every document; it is dropped whole when it grows past a bound.
const heightCache = new Map<string, number>();
const HEIGHT_CACHE_MAX = 20_000;

function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, bold = false): number {
  const key = `${bold ? 1 : 0}|${width}|${text}`;
  const cached = heightCache.get(key);
  if (cached !== undefined) return cached;
  doc.font(bold ? HURUF.tebal : HURUF.biasa).fontSize(FONT_SIZE);
  cacheWordWidths(doc);
  const inner = text ? doc.heightOfString(text, { width: width - 2 * PAD }) : doc.currentLineHeight();
  if (heightCache.size >= HEIGHT_CACHE_MAX) heightCache.clear();
  heightCache.set(key, inner + 2 * PAD);
  return inner + 2 * PAD;
}

// Drawing a cell wraps its text again, and pdfkit lays out each word of it glyph by glyph
// (kerning pairs included), once per document. Without OpenType features, an embedded font's width
// of a string is its advance width at size 1000 scaled by size/1000 (pdfkit's
// EmbeddedFont.widthOfString), so it depends only on the font and the string: the current font's
// measuring is wrapped once per document with a cache of those widths shared by every document.
type MeasuredFont = {
  name: string;
  widthOfString: (text: string, size: number, features?: unknown) => number;
  lebarDiCache?: true;
};
const widthCache = new Map<string, number>();
const WIDTH_CACHE_MAX = 50_000;

function cacheWordWidths(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font: MeasuredFont })._font;
  if (font.lebarDiCache) return;
  const measure = font.widthOfString.bind(font);
  font.widthOfString = (text, size, features) => {
    if (features !== undefined) return measure(text, size, features);
    const key = `${font.name}\u0000${text}`;
    let width = widthCache.get(key);
    if (width === undefined) {
      width = measure(text, 1000);
      if (widthCache.size >= WIDTH_CACHE_MAX) widthCache.clear();
      widthCache.set(key, width);
    }
    return width * (size / 1000);
  };
  font.lebarDiCache = true;
}

function room(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

function freshPageRoom(doc: PDFKit.PDFDocument, t: Table): number {
  return doc.page.height - doc.page.margins.bottom - doc.page.margins.top - headerHeight(doc, t);
}

function headerHeight(doc: PDFKit.PDFDocument, t: Table): number {
  if (t.title) return textHeight(doc, t.title, widthOf(t.columns), true);
  return Math.max(...t.columns.map((c) => textHeight(doc, c.header, c.width, true)));
}

function widthOf(columns: TableColumn[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}
