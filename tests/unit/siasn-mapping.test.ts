import { describe, expect, it } from "vitest";
import { parseTanggalSiasn, readText } from "@/lib/domain/siasn/fields";
import { eselonFromSiasn, mapDataUtama } from "@/lib/domain/siasn/profil";
import { mapRiwayatGolongan, mapRiwayatJabatan } from "@/lib/domain/siasn/riwayat";

const DATA_UTAMA = {
  id: "8AE483A05A0A5C3A015A1A2B3C4D5E6F",
  nipBaru: "198204122006041005",
  nama: "YUDI PRASETYO",
  gelarDepan: "",
  gelarBelakang: "S.H.",
  email: "yudi@example.go.id",
  noHp: "081234567890",
  jenisPegawaiNama: "PNS Daerah Kabupaten/Kota",
  statusPegawai: "PNS",
  unorId: "8AE483A05A0A5C3A015A000000000001",
  unorNama: "Subbidang Mutasi",
  unorIndukId: "8AE483A05A0A5C3A015A000000000000",
  jenisJabatanId: "1",
  jabatanNama: null,
  jabatanStrukturalNama: "Kepala Subbidang Mutasi",
  tmtJabatan: "01-04-2019",
  eselon: "IV.a",
  eselonId: "41",
  pangkatAkhir: "Penata Tingkat I",
  golRuangAkhir: "III/d",
  kelas_jabatan: "9",
};

describe("mapDataUtama", () => {
  it("turns a structural official's record into our pegawai fields", () => {
    expect(mapDataUtama(DATA_UTAMA)).toEqual({
      siasnId: DATA_UTAMA.id,
      nip: "198204122006041005",
      nama: "YUDI PRASETYO",
      gelarDepan: null,
      gelarBelakang: "S.H.",
      email: "yudi@example.go.id",
      noHp: "081234567890",
      jenisPegawai: "PNS",
      jenisJabatan: "STRUKTURAL",
      jabatan: "Kepala Subbidang Mutasi",
      eselon: 4,
      jenjangFungsional: null,
      pangkat: "Penata Tingkat I",
      golongan: "III/d",
      unorId: DATA_UTAMA.unorId,
      unorNama: "Subbidang Mutasi",
      unorIndukId: DATA_UTAMA.unorIndukId,
      tmtJabatan: new Date("2019-04-01T00:00:00Z"),
    });
  });

  it("reads a fungsional's jenjang from the jabatan name and gives them no eselon", () => {
    const profil = mapDataUtama({
      ...DATA_UTAMA,
      jenisJabatanId: 2,
      jabatanStrukturalNama: null,
      jabatanFungsionalNama: "Analis SDM Aparatur Ahli Muda",
      eselon: "",
    });
    expect(profil).toMatchObject({ jenisJabatan: "FUNGSIONAL", jabatan: "Analis SDM Aparatur Ahli Muda", jenjangFungsional: "AHLI_MUDA", eselon: null });
  });

  it("maps jenisJabatanId 4 to Pelaksana with the fungsional umum name", () => {
    const profil = mapDataUtama({ ...DATA_UTAMA, jenisJabatanId: "4", jabatanStrukturalNama: null, jabatanFungsionalUmumNama: "Pengolah Data Kepegawaian", eselon: null });
    expect(profil).toMatchObject({ jenisJabatan: "PELAKSANA", jabatan: "Pengolah Data Kepegawaian", eselon: null });
  });

  it("prefers jabatanNama when SIASN fills it", () => {
    expect(mapDataUtama({ ...DATA_UTAMA, jabatanNama: "Kepala Subbidang Mutasi dan Promosi" }).jabatan).toBe("Kepala Subbidang Mutasi dan Promosi");
  });

  it("recognises PPPK from statusPegawai or jenisPegawaiNama", () => {
    expect(mapDataUtama({ ...DATA_UTAMA, statusPegawai: "PPPK" }).jenisPegawai).toBe("PPPK");
    expect(mapDataUtama({ ...DATA_UTAMA, jenisPegawaiNama: "PPPK", statusPegawai: "" }).jenisPegawai).toBe("PPPK");
    expect(mapDataUtama({ ...DATA_UTAMA, statusPegawai: "CPNS" }).jenisPegawai).toBe("PNS");
  });

  it("tolerates snake_case and PascalCase field names", () => {
    const profil = mapDataUtama({ Nama: "Dewi Lestari", nip_baru: "199010102015032007", jenis_jabatan_id: "4", jabatan_nama: "Bendahara", gol_ruang_akhir: "III/b" });
    expect(profil).toMatchObject({ nama: "Dewi Lestari", nip: "199010102015032007", jenisJabatan: "PELAKSANA", jabatan: "Bendahara", golongan: "III/b" });
    expect(readText(DATA_UTAMA, "kelasJabatan")).toBe("9");
  });

  it("reads the eselon level from the eselon string, then eselonLevel, then eselonId", () => {
    expect(eselonFromSiasn({ eselon: "II.a" })).toBe(2);
    expect(eselonFromSiasn({ eselon: "III.b" })).toBe(3);
    expect(eselonFromSiasn({ eselon: "IV.a" })).toBe(4);
    expect(eselonFromSiasn({ eselon: "", eselonLevel: "3" })).toBe(3);
    expect(eselonFromSiasn({ eselonId: "22" })).toBe(2);
    expect(eselonFromSiasn({ eselon: "Non Eselon" })).toBeNull();
  });
});

describe("parseTanggalSiasn", () => {
  it("reads dd-mm-yyyy as a calendar date at UTC midnight", () => {
    expect(parseTanggalSiasn("05-01-2020")).toEqual(new Date("2020-01-05T00:00:00Z"));
    expect(parseTanggalSiasn("5/1/2020")).toEqual(new Date("2020-01-05T00:00:00Z"));
    expect(parseTanggalSiasn("2020-01-05")).toEqual(new Date("2020-01-05T00:00:00Z"));
  });

  it("rejects dates that do not exist and other text", () => {
    expect(parseTanggalSiasn("31-02-2020")).toBeNull();
    expect(parseTanggalSiasn("bukan tanggal")).toBeNull();
    expect(parseTanggalSiasn("")).toBeNull();
    expect(parseTanggalSiasn(null)).toBeNull();
  });
});

describe("riwayat", () => {
  it("lists jabatan history newest first", () => {
    const rows = mapRiwayatJabatan([
      { namaJabatan: "Pengolah Data", jenisJabatan: "4", tmtJabatan: "01-03-2019", nomorSk: "800/1" },
      { namaJabatan: "Penata Layanan Operasional", jenisJabatan: "4", tmtJabatan: "02-01-2025", tanggalSk: "20-12-2024" },
    ]);
    expect(rows.map((r) => r.jabatan)).toEqual(["Penata Layanan Operasional", "Pengolah Data"]);
    expect(rows[0]).toMatchObject({ jenisJabatan: "PELAKSANA", tanggalSk: new Date("2024-12-20T00:00:00Z") });
  });

  it("lists golongan history newest first", () => {
    const rows = mapRiwayatGolongan([
      { golongan: "III/a", tmtGolongan: "01-03-2019", jenisKPNama: "Reguler" },
      { golongan: "III/b", tmtGolongan: "01-04-2023", skNomor: "823/9" },
    ]);
    expect(rows.map((r) => r.golongan)).toEqual(["III/b", "III/a"]);
    expect(rows[0]?.nomorSk).toBe("823/9");
  });
});
