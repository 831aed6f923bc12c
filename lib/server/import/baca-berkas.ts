import "server-only";
import ExcelJS from "exceljs";
import { parseCsv } from "@/lib/domain/impor-csv";
import { DomainError } from "@/lib/domain/errors";
import { IMPOR_MAKS_BARIS, IMPOR_MAKS_BYTE, PESAN_BERKAS_TERLALU_BESAR } from "@/lib/schemas/impor";

/**
 * The uploaded CSV or XLSX as rows of cell texts. Throws DomainError (field "berkas") for a
 * file that is too large, of another type, or unreadable.
 */
export async function bacaBerkasImpor(berkas: File): Promise<string[][]> {
  const rows = await bacaBaris(berkas);
  const terisi = rows.filter((row) => row.some((cell) => cell.trim() !== "")).length;
  if (terisi - 1 > IMPOR_MAKS_BARIS) {
    throw new DomainError(
      `Berkas berisi ${terisi - 1} baris data; paling banyak ${IMPOR_MAKS_BARIS} baris per impor. Bagi menjadi beberapa berkas.`,
      "berkas",
    );
  }
  return rows;
}

async function bacaBaris(berkas: File): Promise<string[][]> {
  if (berkas.size === 0) throw new DomainError("Berkas kosong. Pilih berkas CSV atau XLSX berisi data pegawai.", "berkas");
  if (berkas.size > IMPOR_MAKS_BYTE) throw new DomainError(PESAN_BERKAS_TERLALU_BESAR, "berkas");

  const nama = berkas.name.toLowerCase();
  if (nama.endsWith(".csv")) {
    const hasil = parseCsv(new TextDecoder("utf-8").decode(await berkas.arrayBuffer()));
    if (!hasil.ok) throw new DomainError(hasil.pesan, "berkas");
    return hasil.rows;
  }
  if (nama.endsWith(".xlsx")) return bacaXlsx(await berkas.arrayBuffer());
  if (nama.endsWith(".xls")) {
    throw new DomainError("Format .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx atau .csv.", "berkas");
  }
  throw new DomainError("Berkas harus berformat .csv atau .xlsx.", "berkas");
}

async function bacaXlsx(buffer: ArrayBuffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw new DomainError("Berkas XLSX tidak dapat dibaca. Pastikan berkas tidak rusak dan tidak dilindungi kata sandi.", "berkas");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError("Berkas XLSX tidak memiliki lembar kerja.", "berkas");

  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * A number cell holding a NIP has lost digits already (18 digits exceed a double's precision);
 * it is passed on in exponent form so validation can say what went wrong.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : value.toExponential();
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return "";
}
