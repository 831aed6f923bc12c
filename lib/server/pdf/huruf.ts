import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
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

/** Names the fonts are registered under in every document: `doc.font(HURUF.tebal)`. */
export const HURUF = { biasa: "Arimo", tebal: "Arimo-Bold" } as const;

// Parsing a TTF (its cmap, kerning and substitution tables) costs more than drawing a whole recap,
// so each file is parsed once per process and the parsed font is handed to every document; pdfkit
// takes a fontkit font as a font source and keeps the subset of each document on its own.
let terurai: Record<keyof typeof HURUF, fontkit.Font> | null = null;

function huruf(): Record<keyof typeof HURUF, fontkit.Font> {
  terurai ??= {
    biasa: bukaTtf(path.join(FONT_DIR, "400Regular", "Arimo_400Regular.ttf")),
    tebal: bukaTtf(path.join(FONT_DIR, "700Bold", "Arimo_700Bold.ttf")),
  };
  return terurai;
}

function bukaTtf(file: string): fontkit.Font {
  const font = fontkit.create(readFileSync(file));
  if (!("layout" in font)) throw new Error(`${file} is a font collection, not one font.`);
  return font;
}

/** A pdfkit document that writes in Arimo from its first line; `bufferPages` for the page footers. */
export function newPdfDocument(options: Omit<PDFKit.PDFDocumentOptions, "font" | "bufferPages">): PDFKit.PDFDocument {
  // An empty default font keeps pdfkit from loading (and writing into the file) Helvetica first.
  const doc = new PDFDocument({ ...options, bufferPages: true, font: "" });
  const { biasa, tebal } = huruf();
  // @types/pdfkit lists only paths and buffers as sources; pdfkit itself also takes a fontkit font.
  doc.registerFont(HURUF.biasa, biasa as unknown as Buffer).registerFont(HURUF.tebal, tebal as unknown as Buffer);
  return doc.font(HURUF.biasa);
}
