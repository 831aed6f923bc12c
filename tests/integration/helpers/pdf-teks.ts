import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One text run of a PDF page: its string and where its baseline starts (PDF points, y up). */
export type TeksHalaman = { str: string; x: number; y: number };

/** Every page's text runs, as pdf.js reads them: what a reader's copy-and-paste would give. */
export async function pdfPages(buffer: Buffer): Promise<TeksHalaman[][]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const pages: TeksHalaman[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ("str" in item && item.str.trim() ? [{ str: item.str, x: item.transform[4], y: item.transform[5] }] : [])));
  }
  return pages;
}

/** Each page's text joined with single spaces. */
export async function pdfPageTexts(buffer: Buffer): Promise<string[]> {
  return (await pdfPages(buffer)).map((items) => items.map((i) => i.str).join(" ").replace(/\s+/g, " "));
}

export async function pdfText(buffer: Buffer): Promise<string> {
  return (await pdfPageTexts(buffer)).join(" ");
}
