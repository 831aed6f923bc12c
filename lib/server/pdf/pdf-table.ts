import "server-only";

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

/** `title` replaces the column headers with one full-width heading (the identity blocks). */
export type TableOptions = { x?: number; title?: string };

export function drawTable(doc: PDFKit.PDFDocument, columns: TableColumn[], items: TableItem[], options: TableOptions = {}): void {
  const t: Table = { columns, x0: options.x ?? doc.page.margins.left, title: options.title };
  const totalWidth = widthOf(columns);

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

function drawGroup(doc: PDFKit.PDFDocument, t: Table, group: TableGroup) {
  const { columns, x0 } = t;
  const trailing = group.trailing ?? [];
  const spanCols = columns.slice(0, group.cells.length);
  const tailCols = columns.slice(columns.length - trailing.length);
  const restCols = columns.slice(group.cells.length, columns.length - trailing.length);
  const spanWidth = widthOf(spanCols);
  const spanHeight = Math.max(
    ...group.cells.map((text, i) => textHeight(doc, text, spanCols[i]!.width)),
    ...trailing.map((text, i) => textHeight(doc, text, tailCols[i]!.width)),
  );
  const subRows = restCols.length > 0 ? group.subRows : [];
  const subHeights = subRows.map((row) => Math.max(...restCols.map((col, i) => textHeight(doc, row[i] ?? "", col.width))));
  const total = Math.max(spanHeight, subHeights.reduce((a, b) => a + b, 0));

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
  doc.font(style.bold ? "Helvetica-Bold" : "Helvetica");
  cacheWordWidths(doc);
  doc
    .fillColor("black")
    .fontSize(FONT_SIZE)
    // `height` keeps pdfkit from starting a page of its own when a cell ends near the margin.
    .text(text, x + PAD, y + PAD, { width: w - 2 * PAD, height: h - PAD, align: style.align ?? "left" });
}

// Heights by font, width and text: the same texts come back row after row (a recap repeats one
// rencana aksi and kegiatan every day) and pdfkit measures every word of each again. The metrics
// of the standard fonts never change, so the cache is shared by every document; it is dropped
// whole when it grows past a bound.
const heightCache = new Map<string, number>();
const HEIGHT_CACHE_MAX = 20_000;

function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, bold = false): number {
  const key = `${bold ? 1 : 0}|${width}|${text}`;
  const cached = heightCache.get(key);
  if (cached !== undefined) return cached;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
  cacheWordWidths(doc);
  const inner = text ? doc.heightOfString(text, { width: width - 2 * PAD }) : doc.currentLineHeight();
  if (heightCache.size >= HEIGHT_CACHE_MAX) heightCache.clear();
  heightCache.set(key, inner + 2 * PAD);
  return inner + 2 * PAD;
}

// Drawing a cell wraps its text again, and pdfkit measures each word of it glyph by glyph
// (kerning pairs included). A standard font's width of a string depends only on the font and the
// string, so the current font's measuring is wrapped once per document with a shared cache of
// widths at size 1000, scaled exactly as pdfkit's StandardFont.widthOfString scales them.
type StandardFontLike = { name: string; widthOfString: (text: string, size: number) => number; lebarDiCache?: true };
const widthCache = new Map<string, number>();
const WIDTH_CACHE_MAX = 50_000;

function cacheWordWidths(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font: StandardFontLike })._font;
  if (font.lebarDiCache) return;
  const measure = font.widthOfString.bind(font);
  font.widthOfString = (text, size) => {
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
