import { describe, expect, it } from "vitest";
import { diffProfile, formatNilaiProfil, type ProfilSaatIni } from "@/lib/domain/siasn/diff-profil";
import type { SiasnProfil } from "@/lib/domain/siasn/profil";

const SAAT_INI: ProfilSaatIni = {
  nama: "Ahmad Fauzi",
  gelarDepan: null,
  gelarBelakang: "S.H.",
  email: "ahmad.fauzi@bkpsdm.bandung.go.id",
  noHp: "081234567890",
  jenisPegawai: "PNS",
  jenisJabatan: "PELAKSANA",
  jabatan: "Pengolah Data Kepegawaian",
  eselon: null,
  jenjangFungsional: null,
  pangkat: "Penata Muda",
  golongan: "III/a",
};

const SIASN: SiasnProfil = {
  ...SAAT_INI,
  siasnId: "057FDAA36ADAD38DCF04376829628292",
  nip: "199306152019031008",
  unorId: null,
  unorNama: null,
  unorIndukId: null,
  tmtJabatan: null,
};

describe("diffProfile", () => {
  it("finds nothing when SIASN agrees with the app", () => {
    expect(diffProfile(SAAT_INI, SIASN)).toEqual([]);
  });

  it("lists a new jabatan with an Indonesian label and both values", () => {
    expect(diffProfile(SAAT_INI, { ...SIASN, jabatan: "Penata Layanan Operasional" })).toEqual([
      { field: "jabatan", label: "Jabatan", lama: "Pengolah Data Kepegawaian", baru: "Penata Layanan Operasional" },
    ]);
  });

  it("lists a promotion to fungsional with its jenjang, in display order", () => {
    const changes = diffProfile(SAAT_INI, {
      ...SIASN,
      jenisJabatan: "FUNGSIONAL",
      jabatan: "Analis SDM Aparatur Ahli Pertama",
      jenjangFungsional: "AHLI_PERTAMA",
      pangkat: "Penata Muda Tingkat I",
      golongan: "III/b",
    });
    expect(changes.map((c) => c.field)).toEqual(["jenisJabatan", "jabatan", "jenjangFungsional", "pangkat", "golongan"]);
  });

  it("clears the eselon of an official who became a fungsional", () => {
    const struktural: ProfilSaatIni = { ...SAAT_INI, jenisJabatan: "STRUKTURAL", eselon: 4, jabatan: "Kepala Subbidang Mutasi" };
    const changes = diffProfile(struktural, { ...SIASN, jenisJabatan: "FUNGSIONAL", jabatan: "Analis SDM Aparatur Ahli Madya", jenjangFungsional: "AHLI_MADYA" });
    expect(changes).toContainEqual({ field: "eselon", label: "Eselon", lama: 4, baru: null });
  });

  it("never offers to blank a field SIASN leaves empty", () => {
    expect(diffProfile(SAAT_INI, { ...SIASN, noHp: null, email: null, gelarBelakang: null, pangkat: null })).toEqual([]);
  });

  it("ignores differences of capitals, spacing and phone number format", () => {
    const changes = diffProfile(SAAT_INI, { ...SIASN, nama: "AHMAD  FAUZI", jabatan: "pengolah data kepegawaian", noHp: "+62 812-3456-7890" });
    expect(changes).toEqual([]);
  });
});

describe("formatNilaiProfil", () => {
  it("shows values as people read them", () => {
    expect(formatNilaiProfil("jenisJabatan", "FUNGSIONAL")).toBe("Fungsional");
    expect(formatNilaiProfil("jenjangFungsional", "AHLI_MUDA")).toBe("Ahli Muda");
    expect(formatNilaiProfil("eselon", 3)).toBe("Eselon III");
    expect(formatNilaiProfil("noHp", null)).toBe("—");
    expect(formatNilaiProfil("jabatan", "Analis Jabatan")).toBe("Analis Jabatan");
  });
});
