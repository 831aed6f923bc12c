import { teksTigaDesimal } from "@/lib/domain/riwayat-angka-kredit";
import { describe, expect, test } from "vitest";
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import {
  buildAngkaKredit,
  buildKinerjaPeriodik,
  buildSkp22,
  jenisKirimUntuk,
  PESAN_TANPA_PNS_ID,
} from "@/lib/domain/siasn/kirim";
import { REFERENSI_SIASN } from "@/lib/domain/siasn/referensi-kirim";

const pihak = { id: "p1", nama: "Sri Wahyuni", nip: "199112032017082002", pangkat: "Penata", golongan: "III/c", jabatan: "Analis", unit: "Subbidang Mutasi", instansi: "Badan Uji" };
const penilai = { ...pihak, id: "p2", nama: "Yudi Hartono, S.T.", nip: "197805102005011003", golongan: "IV/a", jabatan: "Kepala Bidang", unit: "Bidang Mutasi" };

const triwulan: PenilaianSnapshot = {
  periode: { jenis: "TRIWULAN", urutan: 2, label: "Triwulan II", tahun: 2026, awal: "2026-04-01", akhir: "2026-06-30" },
  instansi: { nama: "Badan Uji", lokasi: "Bandung" },
  pegawai: pihak,
  penilai,
  atasanPenilai: null,
  layout: "STANDAR",
  organisasi: { unit: "Subbidang Mutasi", unitDistribusi: "Subbidang Mutasi", capaian: "BAIK", distribusi: { SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 } },
  rhk: [],
  ratingHasil: "DI_ATAS_EKSPEKTASI",
  perilaku: [],
  ratingPerilaku: "SESUAI_EKSPEKTASI",
  predikat: "BAIK",
  catatan: null,
  angkaKredit: null,
  finalizedAt: "2026-07-03T02:00:00.000Z",
};

const tahunan: PenilaianSnapshot = {
  ...triwulan,
  periode: { jenis: "TAHUNAN", urutan: 1, label: "Tahunan", tahun: 2026, awal: "2026-01-01", akhir: "2026-12-31" },
  angkaKredit: { jenjang: "AHLI_PERTAMA", koefisien: 12.5, persen: 100, bulan: 12, nilai: 12.5 },
  finalizedAt: "2027-01-08T03:00:00.000Z",
};

describe("kinerjaperiodik payload", () => {
  test("sends the ratings, predikat, the periode's months and the penilai of the snapshot", () => {
    const hasil = buildKinerjaPeriodik({ pnsId: "pns-guid", snapshot: triwulan, siasnId: null });
    expect(hasil).toEqual({
      ok: true,
      payload: {
        id: "",
        pnsDinilaiId: "pns-guid",
        tahun: 2026,
        bulanMulaiPenilaian: 4,
        bulanSelesaiPenilaian: 6,
        tahunMulaiPenilaian: 2026,
        tahunSelesaiPenilaian: 2026,
        periodikId: REFERENSI_SIASN.periodikId.TRIWULAN.nilai,
        hasilKinerjaNilai: Number(REFERENSI_SIASN.rating.DI_ATAS_EKSPEKTASI.nilai),
        perilakuKerjaNilai: Number(REFERENSI_SIASN.rating.SESUAI_EKSPEKTASI.nilai),
        kuadranKinerjaNilai: Number(REFERENSI_SIASN.kuadranKinerja.BAIK.nilai),
        koefisienId: "",
        penilaiNama: "Yudi Hartono, S.T.",
        penilaiNipNrp: "197805102005011003",
        penilaiGolongan: "41",
        penilaiJabatanNama: "Kepala Bidang",
        penilaiUnorNama: "Bidang Mutasi",
        statusPenilai: "ASN",
      },
    });
  });

  test("an earlier SIASN id makes the post an update of that riwayat", () => {
    const hasil = buildKinerjaPeriodik({ pnsId: "pns-guid", snapshot: triwulan, siasnId: "rw-7" });
    expect(hasil.ok && hasil.payload.id).toBe("rw-7");
  });

  test("a pegawai not linked to SIASN, or a result without penilai, is refused in words", () => {
    expect(buildKinerjaPeriodik({ pnsId: null, snapshot: triwulan, siasnId: null })).toEqual({ ok: false, pesan: PESAN_TANPA_PNS_ID });
    const tanpaPenilai = buildKinerjaPeriodik({ pnsId: "x", snapshot: { ...triwulan, penilai: null }, siasnId: null });
    expect(tanpaPenilai).toEqual({ ok: false, pesan: "Penilaian tidak mencatat pejabat penilai." });
  });

  test("a penilai without an 18-digit NIP is NON ASN; an unknown golongan is left empty", () => {
    const snapshot = { ...triwulan, penilai: { ...penilai, nip: "12345", golongan: "IX" } };
    const hasil = buildKinerjaPeriodik({ pnsId: "x", snapshot, siasnId: null });
    expect(hasil.ok && [hasil.payload.statusPenilai, hasil.payload.penilaiGolongan]).toEqual(["NON ASN", ""]);
  });
});

describe("skp22 and angkakredit payloads", () => {
  test("the tahunan result goes to skp22 with its year; a jabatan fungsional's also to angkakredit", () => {
    expect(jenisKirimUntuk(triwulan)).toEqual(["KINERJA_PERIODIK"]);
    expect(jenisKirimUntuk({ ...tahunan, angkaKredit: null })).toEqual(["SKP22"]);
    expect(jenisKirimUntuk(tahunan)).toEqual(["SKP22", "ANGKA_KREDIT"]);
    const skp22 = buildSkp22({ pnsId: "pns-guid", snapshot: tahunan, siasnId: null });
    expect(skp22.ok && skp22.payload).toMatchObject({ id: "", pnsDinilaiId: "pns-guid", tahun: 2026, penilaiNipNrp: "197805102005011003" });
  });

  test("angka kredit is a conversion, all text, decimals with three places, dates dd-mm-yyyy", () => {
    const hasil = buildAngkaKredit({ pnsId: "pns-guid", snapshot: tahunan, siasnId: null });
    expect(hasil.ok && hasil.payload).toMatchObject({
      pnsId: "pns-guid",
      tanggalSk: "08-01-2027",
      bulanMulaiPenilaian: "1",
      tahunMulaiPenilaian: "2026",
      bulanSelesaiPenilaian: "12",
      tahunSelesaiPenilaian: "2026",
      kreditUtamaBaru: "12.500",
      kreditPenunjangBaru: "0.000",
      kreditBaruTotal: "12.500",
      isKonversi: "1",
    });
    expect(teksTigaDesimal(2.8125)).toBe("2.813");
    expect(buildAngkaKredit({ pnsId: "x", snapshot: triwulan, siasnId: null }).ok).toBe(false);
  });

  test("every reference value we guessed says so", () => {
    const semua = Object.values(REFERENSI_SIASN).flatMap((tabel) => Object.values(tabel));
    expect(semua.length).toBeGreaterThan(30);
    expect(semua.every((v) => v.terkonfirmasi === false)).toBe(true);
    expect(REFERENSI_SIASN.penilaiGolongan["III/a"]?.nilai).toBe("31");
    expect(REFERENSI_SIASN.penilaiGolongan["IV/e"]?.nilai).toBe("45");
  });
});
