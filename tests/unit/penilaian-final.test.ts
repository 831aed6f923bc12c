import { describe, expect, it } from "vitest";
import { alasanBelumDapatDifinalkan, finalkanMulai, pesanKonfirmasiFinalkan } from "@/lib/domain/penilaian-final";
import { hariIniDi } from "@/lib/domain/zona-waktu";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const triwulanIV = { akhir: d("2026-12-31") };
const skpSetahun = { periodeAkhir: d("2026-12-31") };

describe("finalkanMulai / alasanBelumDapatDifinalkan: a penilaian is finalised once its periode is over", () => {
  it("is refused through the periode's last day, with the first allowed date", () => {
    expect(finalkanMulai(triwulanIV, skpSetahun)).toEqual(d("2027-01-01"));
    for (const today of ["2026-10-01", "2026-12-01", "2026-12-31"]) {
      expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, d(today))).toBe("Penilaian periode ini dapat difinalkan mulai 1 Januari 2027.");
    }
  });

  it("is allowed from the day after the periode ends", () => {
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, d("2027-01-01"))).toBeNull();
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, d("2027-03-15"))).toBeNull();
  });

  it("counts the day in the instansi's own zone: 1 January has begun in WIT but not yet in WIB", () => {
    const now = new Date("2026-12-31T15:30:00Z"); // 22.30 WIB, 23.30 WITA, 00.30 WIT on 1 January
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, hariIniDi("WIB", now))).not.toBeNull();
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, hariIniDi("WITA", now))).not.toBeNull();
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSetahun, hariIniDi("WIT", now))).toBeNull();
  });

  it("an SKP that ends inside the periode (after a mutasi) may be finalised after its own end", () => {
    const skpSampaiMutasi = { periodeAkhir: d("2026-11-15") };
    expect(finalkanMulai(triwulanIV, skpSampaiMutasi)).toEqual(d("2026-11-16"));
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSampaiMutasi, d("2026-11-15"))).toBe("Penilaian periode ini dapat difinalkan mulai 16 November 2026.");
    expect(alasanBelumDapatDifinalkan(triwulanIV, skpSampaiMutasi, d("2026-11-16"))).toBeNull();
  });
});

describe("pesanKonfirmasiFinalkan: the consequence stated before Finalkan", () => {
  const indikator = (terisi: number, kosong: number) => [...Array(terisi).fill({ terisi: true }), ...Array(kosong).fill({ terisi: false })];

  it("counts the indikator without a realisasi", () => {
    expect(pesanKonfirmasiFinalkan(indikator(6, 3))).toMatch(/^3 dari 9 indikator belum memiliki realisasi\. Setelah difinalkan, penilaian terkunci/);
    expect(pesanKonfirmasiFinalkan(indikator(0, 9))).toMatch(/^9 dari 9 indikator belum memiliki realisasi\./);
  });

  it("still states the lock when every indikator is filled", () => {
    expect(pesanKonfirmasiFinalkan(indikator(9, 0))).toBe(
      "Semua 9 indikator sudah memiliki realisasi. Setelah difinalkan, penilaian terkunci dan pegawai melihat predikatnya; Anda hanya dapat mengubahnya dengan membukanya kembali.",
    );
  });
});
