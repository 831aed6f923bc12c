import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/domain/impor-csv";

describe("parseCsv", () => {
  it("reads comma-separated rows with quoted commas, doubled quotes and line breaks", () => {
    const result = parseCsv('NIP,Nama\r\n"199001012015011001","Asep, S.Kom."\n"2","Kata ""kutip""\nbaris dua"\n');
    expect(result).toEqual({
      ok: true,
      rows: [
        ["NIP", "Nama"],
        ["199001012015011001", "Asep, S.Kom."],
        ["2", 'Kata "kutip"\nbaris dua'],
      ],
    });
  });

  it("reads the semicolon CSV that Excel in Indonesian locale saves, with a BOM", () => {
    expect(parseCsv("\uFEFFNIP;Nama;Golongan\n199001012015011001;Asep;III/a")).toEqual({
      ok: true,
      rows: [
        ["NIP", "Nama", "Golongan"],
        ["199001012015011001", "Asep", "III/a"],
      ],
    });
  });

  it("names the line of an unclosed quote", () => {
    expect(parseCsv('NIP,Nama\n1,"Asep\n2,Budi')).toEqual({
      ok: false,
      pesan: 'Tanda kutip (") pada baris 2 tidak ditutup. Periksa berkas CSV Anda.',
    });
  });
});
