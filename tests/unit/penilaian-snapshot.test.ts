import { describe, expect, test } from "vitest";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { readPenilaianSnapshot, type PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";

const pihak = { id: "p1", nama: "Sri Wahyuni", nip: "199112032017082002", pangkat: "Penata", golongan: "III/c", jabatan: "Analis", unit: "Subbidang Mutasi", instansi: "Badan Uji" };

const lengkap: PenilaianSnapshot = {
  periode: { jenis: "TRIWULAN", urutan: 1, label: "Triwulan I", tahun: 2026, awal: "2026-01-01", akhir: "2026-03-31" },
  instansi: { nama: "Badan Uji", lokasi: "Bandung" },
  pegawai: pihak,
  penilai: { ...pihak, id: "p2", nama: "Yudi" },
  atasanPenilai: null,
  layout: "STANDAR",
  organisasi: {
    unit: "Subbidang Mutasi",
    capaian: "BAIK",
    distribusi: { SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 },
    unitDistribusi: "Bidang Mutasi",
  },
  rhk: [
    {
      jenis: "UTAMA",
      teks: "Terprosesnya usulan mutasi",
      penugasanDari: null,
      rhkAtasan: "Terlaksananya mutasi",
      indikator: [
        {
          aspek: "KUANTITAS",
          perspektif: null,
          teks: "Jumlah usulan",
          targetMin: "12",
          targetMax: null,
          satuan: "Dokumen",
          targetNarasi: null,
          realisasi: { nilai: "10", narasi: null, sumberData: "SIASN" },
          capaianPersen: 83.33,
        },
      ],
      buktiDukung: [{ nama: "Rekap", tautan: "https://contoh.go.id/rekap" }],
      umpanBalik: { reaksi: "👍", teks: null },
    },
  ],
  ratingHasil: "DI_ATAS_EKSPEKTASI",
  perilaku: BERAKHLAK.map((v) => ({ coreValue: v.coreValue, nama: v.nama, panduan: [...v.panduan], ekspektasi: null, umpanBalik: null })),
  ratingPerilaku: "SESUAI_EKSPEKTASI",
  predikat: "BAIK",
  catatan: "Pertahankan.",
  angkaKredit: { jenjang: "AHLI_MUDA", koefisien: 25, persen: 100, bulan: 3, nilai: 6.25 },
  finalizedAt: "2026-04-06T20:00:00.000Z",
};

describe("readPenilaianSnapshot", () => {
  test("a snapshot written at finalisation reads back unchanged after a JSON round trip", () => {
    expect(readPenilaianSnapshot(JSON.parse(JSON.stringify(lengkap)))).toEqual(lengkap);
  });

  test("an empty or missing column still gives a printable evaluation with all seven core values", () => {
    for (const value of [null, undefined, "rusak", [], {}]) {
      const s = readPenilaianSnapshot(value);
      expect(s.pegawai).toBeNull();
      expect(s.rhk).toEqual([]);
      expect(s.predikat).toBeNull();
      expect(s.angkaKredit).toBeNull();
      expect(s.organisasi).toEqual({
        unit: null,
        capaian: null,
        distribusi: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
        unitDistribusi: null,
      });
      expect(s.perilaku.map((p) => p.nama)).toEqual(BERAKHLAK.map((v) => v.nama));
      expect(s.perilaku[0]!.panduan).toEqual([...BERAKHLAK[0]!.panduan]);
    }
  });

  test("unknown enum values and wrong types become null instead of printing nonsense", () => {
    const s = readPenilaianSnapshot({
      ...lengkap,
      predikat: "LUAR_BIASA",
      ratingHasil: 3,
      organisasi: { unit: 7, capaian: "HEBAT", distribusi: { BAIK: "3", SANGAT_BAIK: -2, KURANG: 2.7 } },
      angkaKredit: { jenjang: "AHLI_SUPER", nilai: 5 },
      catatan: "   ",
    });
    expect(s.predikat).toBeNull();
    expect(s.ratingHasil).toBeNull();
    expect(s.organisasi).toEqual({
      unit: null,
      capaian: null,
      distribusi: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 2, SANGAT_KURANG: 0 },
      unitDistribusi: null,
    });
    expect(s.angkaKredit).toBeNull();
    expect(s.catatan).toBeNull();
  });

  test("a snapshot from before the kurva unit was stored counts its one unit for both", () => {
    const lama = { unit: "Subbidang Mutasi", capaian: "BAIK", distribusi: lengkap.organisasi.distribusi };
    expect(readPenilaianSnapshot({ ...lengkap, organisasi: lama }).organisasi).toMatchObject({ unit: "Subbidang Mutasi", unitDistribusi: "Subbidang Mutasi" });
  });

  test("bukti dukung without a link and empty umpan balik are dropped; numbers in target columns are accepted", () => {
    const s = readPenilaianSnapshot({
      ...lengkap,
      rhk: [
        {
          jenis: "LAIN",
          teks: "RHK",
          indikator: [{ teks: "IKI", targetMin: 12, targetMax: "abc", realisasi: { nilai: "7.5" }, capaianPersen: "62" }],
          buktiDukung: [{ nama: "Tanpa tautan" }, { nama: "Foto", tautan: "https://contoh.go.id/foto" }],
          umpanBalik: { reaksi: "", teks: null },
        },
      ],
    });
    const [rhk] = s.rhk;
    expect(rhk!.jenis).toBe("UTAMA");
    expect(rhk!.buktiDukung).toEqual([{ nama: "Foto", tautan: "https://contoh.go.id/foto" }]);
    expect(rhk!.umpanBalik).toBeNull();
    expect(rhk!.indikator[0]).toMatchObject({ targetMin: "12", targetMax: null, realisasi: { nilai: "7.5", narasi: null, sumberData: null }, capaianPersen: null });
  });

  test("core values come out in BerAKHLAK order whatever order they were stored in, keeping their umpan balik", () => {
    const reversed = [...lengkap.perilaku].reverse().map((p) => (p.coreValue === "LOYAL" ? { ...p, umpanBalik: { reaksi: null, teks: "Jaga rahasia" } } : p));
    const s = readPenilaianSnapshot({ ...lengkap, perilaku: reversed });
    expect(s.perilaku.map((p) => p.coreValue)).toEqual(BERAKHLAK.map((v) => v.coreValue));
    expect(s.perilaku.find((p) => p.coreValue === "LOYAL")!.umpanBalik).toEqual({ reaksi: null, teks: "Jaga rahasia" });
  });
});
