import { describe, expect, it } from "vitest";
import { mapDataUtama } from "@/lib/domain/siasn/profil";
import { GOLONGAN_PPPK, opsiGolongan, pangkatUntuk, PANGKAT_PNS, parseGolongan } from "@/lib/domain/pangkat-golongan";
import { pegawaiFormSchema } from "@/lib/schemas/admin-pegawai";

describe("the official pangkat/golongan list", () => {
  it("has the 17 PNS golongan I/a–IV/e with their pangkat, lowest first", () => {
    const opsi = opsiGolongan("PNS");
    expect(opsi.map((o) => o.value)).toEqual([
      "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
    ]);
    expect(opsi[0]).toEqual({ value: "I/a", label: "Juru Muda (I/a)" });
    expect(opsi.at(-1)).toEqual({ value: "IV/e", label: "Pembina Utama (IV/e)" });
    expect(PANGKAT_PNS["III/b"]).toBe("Penata Muda Tingkat I");
  });

  it("has the PPPK golongan I–XVII with no pangkat", () => {
    expect(opsiGolongan("PPPK").map((o) => o.label)).toEqual(GOLONGAN_PPPK.map((g) => `Golongan ${g}`));
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(pangkatUntuk("IX", "PPPK")).toBeNull();
  });

  it("reads the spellings people and SIASN use, and refuses grades that do not exist", () => {
    expect(parseGolongan("iii / B", "PNS")).toBe("III/b");
    expect(parseGolongan("IV/e", "PNS")).toBe("IV/e");
    expect(parseGolongan("III/e", "PNS")).toBeNull();
    expect(parseGolongan("__proto__", "PNS")).toBeNull();
    expect(parseGolongan("9", "PPPK")).toBe("IX");
    expect(parseGolongan("XVIII", "PPPK")).toBeNull();
    expect(parseGolongan("III/a", "PPPK")).toBeNull();
  });

  it("gives a PNS golongan its pangkat", () => {
    expect(pangkatUntuk("IV/a", "PNS")).toBe("Pembina");
    expect(pangkatUntuk("constructor", "PNS")).toBeNull();
  });
});

describe("the admin's pegawai form", () => {
  const form = {
    nama: "Rina Marlina",
    gelarDepan: "",
    gelarBelakang: "",
    email: "",
    jenisPegawai: "PNS" as const,
    jenisJabatan: "PELAKSANA" as const,
    jabatan: "Pengolah Data",
    eselon: "" as const,
    jenjangFungsional: "" as const,
    golongan: "III/a",
    unitId: "",
  };

  it("takes a golongan from the list of the pegawai's jenis, or none", () => {
    expect(pegawaiFormSchema.safeParse(form).success).toBe(true);
    expect(pegawaiFormSchema.safeParse({ ...form, golongan: "" }).success).toBe(true);
    expect(pegawaiFormSchema.safeParse({ ...form, jenisPegawai: "PPPK", golongan: "IX" }).success).toBe(true);
  });

  it("refuses free text and the other jenis' golongan, next to the field", () => {
    const bebas = pegawaiFormSchema.safeParse({ ...form, golongan: "3a" });
    expect(bebas.error?.issues).toEqual([expect.objectContaining({ path: ["golongan"], message: "Pilih pangkat/golongan PNS dari daftar." })]);
    const silang = pegawaiFormSchema.safeParse({ ...form, jenisPegawai: "PPPK", golongan: "III/a" });
    expect(silang.error?.issues).toEqual([expect.objectContaining({ path: ["golongan"], message: "Pilih golongan PPPK (I–XVII) dari daftar." })]);
  });
});

describe("SIASN's golongan", () => {
  const raw = { nipBaru: "198204122006041005", statusPegawai: "PNS", jenisJabatanId: "4", jabatanNama: "Pengolah Data" };

  it("maps to the list's spelling and the official pangkat", () => {
    expect(mapDataUtama({ ...raw, golRuangAkhir: "III/B", pangkatAkhir: "PENATA MUDA TK.I" })).toMatchObject({ golongan: "III/b", pangkat: "Penata Muda Tingkat I" });
    expect(mapDataUtama({ ...raw, statusPegawai: "PPPK", golRuangAkhir: "9" })).toMatchObject({ golongan: "IX", pangkat: null });
  });

  it("keeps a value off the list as SIASN wrote it, so nothing is lost", () => {
    expect(mapDataUtama({ ...raw, golRuangAkhir: "III/z", pangkatAkhir: "Penata" })).toMatchObject({ golongan: "III/z", pangkat: "Penata" });
  });
});
