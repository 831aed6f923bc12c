import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";

/**
 * The typeface of every printed document: Arimo, embedded. pdfkit's built-in Helvetica draws only
 * WinAnsi, so a name such as "Ñoman Sukmawatī" lost its letters. Arimo has Helvetica's (Arial's)
 * metrics, so the layouts drawn for Helvetica keep their line breaks, and covers Latin with every
 * diacritic, Greek and Cyrillic. pdfkit embeds only the glyphs a document uses (a subset), so a
 * PDF grows by a few kilobytes, not by the whole font.
 *
 * The TTFs come from the npm package, so a fresh `npm install` is enough on any machine. The path
 * is taken from the working directory (the project root for `next start`, the tests and the
 * scripts) because the server bundle does not keep the package's own location.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "arimo");

export const HURUF = {
  biasa: path.join(FONT_DIR, "400Regular", "Arimo_400Regular.ttf"),
  tebal: path.join(FONT_DIR, "700Bold", "Arimo_700Bold.ttf"),
} as const;

/** A pdfkit document that writes in Arimo from its first line; `bufferPages` for the page footers. */
export function newPdfDocument(options: Omit<PDFKit.PDFDocumentOptions, "font" | "bufferPages">): PDFKit.PDFDocument {
  return new PDFDocument({ ...options, bufferPages: true, font: HURUF.biasa });
}
