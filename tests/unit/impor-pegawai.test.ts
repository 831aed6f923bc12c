import { describe, expect, it } from "vitest";
import { bacaTabel, KOLOM_IMPOR, parseEselon } from "@/lib/domain/impor-kolom";
import { parseGolongan } from "@/lib/domain/pangkat-golongan";
import { nipDalamBerkas, validasiImpor, type KonteksImpor } from "@/lib/domain/impor-pegawai";

const JUDUL = KOLOM_IMPOR.map((k) => k.judul);

const UNITS = [
  { id: "u-badan", nama: "Badan Kepegawaian", parentId: null, aktif: true },
  { id: "u-bidang-a", nama: "Bidang Mutasi", parentId: "u-badan", aktif: true },
  { id: "u-bidang-b", nama: "Bidang Kinerja", parentId: "u-badan", aktif: true },
  { id: "u-umum-a", nama: "Seksi Umum", parentId: "u-bidang-a", aktif: true },
  { id: "u-umum-b", nama: "Seksi Umum", parentId: "u-bidang-b", aktif: true },
  { id: "u-lama", nama: "Seksi Lama", parentId: "u-badan", aktif: false },
];

const KONTEKS: KonteksImpor = {
  units: UNITS,
  nipTerdaftar: new Set(["198001012005011001"]),
  atasanTerdaftar: new Map([["198001012005011001", "p-kepala"]]),
};

type Sel = Partial<Record<(typeof KOLOM_IMPOR)[number]["key"], string>>;

function row(sel: Sel): string[] {
  const full: Sel = {
    nip: "199001012015011001",
    nama: "Asep Mulyana",
    jenisPegawai: "PNS",
    jenisJabatan: "Pelaksana",
    jabatan: "Pengolah Data",
    golongan: "III/a",
    unitKerja: "Bidang Mutasi",
    ...sel,
  };
  return KOLOM_IMPOR.map((k) => full[k.key] ?? "");
}

function validate(rows: string[][]) {
  const tabel = bacaTabel([JUDUL, ...rows]);
  if (!tabel.ok) throw new Error(tabel.pesan);
  return validasiImpor(tabel.baris, KONTEKS);
}

describe("bacaTabel", () => {
  it("finds columns by title in any order and case, and keeps spreadsheet row numbers", () => {
    const tabel = bacaTabel([[], ["unit kerja", "nip", "NAMA", "Jenis Pegawai", "Jenis  Jabatan", "Jabatan"], ["Bidang", "1", "Asep", "PNS", "Pelaksana", "Staf"]]);
    expect(tabel.ok && tabel.baris).toEqual([
      expect.objectContaining({ baris: 3, sel: expect.objectContaining({ nip: "1", nama: "Asep", unitKerja: "Bidang", email: "" }) }),
    ]);
  });

  it("names the required columns that are missing", () => {
    expect(bacaTabel([["NIP", "Nama"]])).toEqual({
      ok: false,
      pesan: expect.stringContaining('Kolom "Jenis Pegawai", "Jenis Jabatan", "Jabatan", "Unit Kerja" tidak ditemukan'),
    });
  });
});

describe("validasiImpor", () => {
  it("accepts a good row, resolving the unit, golongan and an atasan from the instansi", () => {
    const { pegawai, masalah } = validate([row({ nipAtasan: "19800101 200501 1 001", noHp: "0812-3456-7890" })]);
    expect(masalah).toEqual([]);
    expect(pegawai[0]).toMatchObject({ baris: 2, unitId: "u-bidang-a", golongan: "III/a", atasanId: "p-kepala", noHp: "081234567890" });
  });

  it("reports each kind of bad row with its row number and reason", () => {
    const { pegawai, masalah } = validate([
      row({ nip: "199013012015011001" }),
      row({ nip: "199001012015011002", unitKerja: "Bidang Entah" }),
      row({ nip: "199001012015011003" }),
      row({ nip: "199001012015011003" }),
      row({ nip: "198001012005011001" }),
      row({ nip: "199001012015011004", jenisPegawai: "Honorer", jenisJabatan: "Staf" }),
      row({ nip: "199001012015011005", nama: "" }),
      row({ nip: "199001012015011006", nipAtasan: "197001011995031009" }),
      row({ nip: "1.99001012015011e+17" }),
    ]);
    const byRow = Object.fromEntries(masalah.map((m) => [m.baris, m.pesan.join(" | ")]));
    expect(byRow[2]).toContain("tanggal lahir");
    expect(byRow[3]).toBe('Unit kerja "Bidang Entah" tidak ditemukan di instansi Anda.');
    expect(byRow[4]).toBeUndefined();
    expect(byRow[5]).toBe("NIP 199001012015011003 sudah muncul di baris 4 berkas ini.");
    expect(byRow[6]).toBe("NIP 198001012005011001 sudah terdaftar di e-Kinerja.");
    expect(byRow[7]).toContain('Jenis Pegawai "Honorer" tidak dikenal');
    expect(byRow[7]).toContain('Jenis Jabatan "Staf" tidak dikenal');
    expect(byRow[8]).toBe('Kolom "Nama" wajib diisi.');
    expect(byRow[9]).toBe("Atasan dengan NIP 197001011995031009 tidak ditemukan di instansi Anda maupun di berkas ini.");
    expect(byRow[10]).toContain("Format kolom NIP sebagai Teks");
    expect(pegawai.map((p) => p.baris)).toEqual([4]);
  });

  it("lets an atasan be another row of the same file", () => {
    const { pegawai, masalah } = validate([
      row({ nip: "199001012015011002", nipAtasan: "197501012000031001" }),
      row({ nip: "197501012000031001", jenisJabatan: "Struktural", eselon: "IV.a", jabatan: "Kepala Seksi" }),
    ]);
    expect(masalah).toEqual([]);
    expect(pegawai[0]).toMatchObject({ nipAtasanDalamBerkas: "197501012000031001", atasanId: null });
    expect(pegawai[1]).toMatchObject({ eselon: 4 });
  });

  it("asks for the path when a unit name is ambiguous, and refuses an inactive unit", () => {
    const { pegawai, masalah } = validate([
      row({ nip: "199001012015011002", unitKerja: "Seksi Umum" }),
      row({ nip: "199001012015011003", unitKerja: "bidang kinerja > seksi  umum" }),
      row({ nip: "199001012015011004", unitKerja: "Seksi Lama" }),
    ]);
    expect(masalah.map((m) => [m.baris, m.pesan])).toEqual([
      [2, ['Nama unit kerja "Seksi Umum" dipakai oleh 2 unit; tulis jalurnya, misalnya "Nama Induk / Seksi Umum".']],
      [4, ['Unit kerja "Seksi Lama" sudah nonaktif.']],
    ]);
    expect(pegawai[0]?.unitId).toBe("u-umum-b");
  });

  it("requires an eselon for struktural only, and checks golongan per jenis pegawai", () => {
    const { masalah } = validate([
      row({ nip: "199001012015011002", jenisJabatan: "Struktural" }),
      row({ nip: "199001012015011003", eselon: "III" }),
      row({ nip: "199001012015011004", jenisPegawai: "PPPK", golongan: "III/a" }),
      row({ nip: "199001012015011005", email: "bukan-email" }),
    ]);
    expect(masalah.map((m) => m.pesan[0])).toEqual([
      "Eselon wajib diisi untuk jabatan struktural.",
      "Eselon hanya diisi untuk jabatan struktural.",
      'Golongan "III/a" tidak dikenal; untuk PPPK tulis I sampai XVII.',
      'Email "bukan-email" tidak valid.',
    ]);
  });

  it("lists the NIPs to look up, including atasan", () => {
    const tabel = bacaTabel([JUDUL, row({ nipAtasan: "198001012005011001" }), row({})]);
    if (!tabel.ok) throw new Error(tabel.pesan);
    expect(nipDalamBerkas(tabel.baris)).toEqual({ nip: ["199001012015011001"], nipAtasan: ["198001012005011001"] });
  });
});

describe("parsers", () => {
  it("reads eselon and golongan in the spellings people use", () => {
    expect(["II", "2", "IV.b", "Eselon III", "VI", "x"].map(parseEselon)).toEqual([2, 2, 4, 3, null, null]);
    expect(parseGolongan("iii / b", "PNS")).toBe("III/b");
    expect(parseGolongan("9", "PPPK")).toBe("IX");
    expect(parseGolongan("XVIII", "PPPK")).toBeNull();
  });
});
