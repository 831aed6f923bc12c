/**
 * RFC 4180 CSV, as spreadsheets write it. Indonesian-locale Excel saves "CSV" with `;` between
 * fields (the comma is the decimal separator there), so the delimiter is read off the first line.
 */
export type CsvResult = { ok: true; rows: string[][] } | { ok: false; pesan: string };

export function parseCsv(text: string): CsvResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteStartLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else {
      field += char;
    }
  }
  if (quoted) {
    return { ok: false, pesan: `Tanda kutip (") pada baris ${quoteStartLine} tidak ditutup. Periksa berkas CSV Anda.` };
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}

function detectDelimiter(text: string): "," | ";" {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
