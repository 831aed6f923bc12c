import { describe, expect, test } from "vitest";
import { fromIsoDate } from "@/lib/domain/tanggal";
import {
  daftarTugas,
  hariProgresKosong,
  hitunganMenu,
  KATA_LENCANA,
  type FaktaAdmin,
  type FaktaAtasan,
  type FaktaPegawai,
  type FaktaTugas,
} from "@/lib/domain/tugas";

// Thursday 3 December 2026.
const KAMIS = fromIsoDate("2026-12-03");

const pegawaiKosong: FaktaPegawai = { tahunTerbuka: 2026, skp: { id: "s1", status: "PERSETUJUAN", catatanKembali: null, dikembalikan: false }, pengisian: [], progresHarian: null, penilaianFinal: [] };
const atasanKosong: FaktaAtasan = {
  skpMenunggu: 0,
  skpMenungguSejak: null,
  penilaianBelumFinal: 0,
  penilaianPeriode: null,
  bawahanTanpaSkp: 0,
  progresMenunggu: 0,
  capaianBelum: 0,
  capaianPeriode: null,
};
const adminKosong: FaktaAdmin = { permintaanMenunggu: 0, unitTanpaPimpinan: 0, pegawaiTanpaAtasan: 0, sinkronGagal: null, tahunTanpaPeriode: [] };

function fakta(p: Partial<FaktaPegawai> = {}, atasan: Partial<FaktaAtasan> | null = null, admin: Partial<FaktaAdmin> | null = null): FaktaTugas {
  return {
    hariIni: KAMIS,
    pegawai: { ...pegawaiKosong, ...p },
    atasan: atasan ? { ...atasanKosong, ...atasan } : null,
    admin: admin ? { ...adminKosong, ...admin } : null,
  };
}

describe("nothing to do", () => {
  test("an approved SKP and nothing pending is an empty list, for every role", () => {
    expect(daftarTugas(fakta({}, {}, {}))).toEqual([]);
  });
});

describe("pegawai", () => {
  test("no SKP for the open year asks to write one; no open year asks nothing", () => {
    expect(daftarTugas(fakta({ skp: null })).map((t) => [t.jenis, t.judul, t.tautan])).toEqual([["SKP_BELUM_DIBUAT", "Buat SKP 2026", "/skp"]]);
    expect(daftarTugas(fakta({ skp: null, tahunTerbuka: null }))).toEqual([]);
  });

  test("a returned SKP shows the atasan's catatan; a Draft never submitted is no task", () => {
    const [t] = daftarTugas(fakta({ skp: { id: "s1", status: "DRAFT", dikembalikan: true, catatanKembali: "Lengkapi indikator" } }));
    expect(t).toMatchObject({ jenis: "SKP_DIKEMBALIKAN", keterangan: "Catatan atasan: Lengkapi indikator", tautan: "/skp/s1", informasi: false });
    expect(daftarTugas(fakta({ skp: { id: "s1", status: "DRAFT", dikembalikan: false, catatanKembali: null } }))).toEqual([]);
  });

  test("an SKP waiting for approval is information, kept out of the menu counts", () => {
    const tugas = daftarTugas(fakta({ skp: { id: "s1", status: "PENGAJUAN", dikembalikan: false, catatanKembali: null } }));
    expect(tugas.map((t) => [t.jenis, t.informasi])).toEqual([["SKP_MENUNGGU_PERSETUJUAN", true]]);
    expect(hitunganMenu(tugas)).toEqual({});
  });

  test("a batas pengisian within 14 days with something missing, soonest first, with the days left", () => {
    const periode = (periodeId: string, batas: string, realisasiKosong: number, buktiKosong: number) => ({
      skpId: "s1",
      periodeId,
      label: periodeId,
      batasPengisian: fromIsoDate(batas),
      realisasiKosong,
      buktiKosong,
    });
    const tugas = daftarTugas(
      fakta({
        pengisian: [
          periode("Tahunan 2026", "2026-12-17", 0, 2), // 14 days: still in
          periode("Desember 2026", "2026-12-04", 3, 0),
          periode("Lengkap", "2026-12-05", 0, 0),
          periode("Terlalu jauh", "2026-12-18", 1, 1),
          periode("Lewat", "2026-12-02", 1, 1),
          periode("Hari ini", "2026-12-03", 1, 1),
        ],
      }),
    );
    expect(tugas.map((t) => [t.judul, t.keterangan, t.tenggat, t.jumlah, t.tautan])).toEqual([
      ["Lengkapi realisasi Hari ini", "1 realisasi dan 1 bukti dukung belum diisi", "hari ini", 2, "/penilaian/s1/Hari ini"],
      ["Lengkapi realisasi Desember 2026", "3 realisasi belum diisi", "besok", 3, "/penilaian/s1/Desember 2026"],
      ["Lengkapi realisasi Tahunan 2026", "2 bukti dukung belum diisi", "14 hari lagi", 2, "/penilaian/s1/Tahunan 2026"],
    ]);
  });

  test("a penilaian just finalised shows its predikat, as information", () => {
    const [t] = daftarTugas(fakta({ penilaianFinal: [{ skpId: "s1", periodeId: "p1", label: "Triwulan III 2026", predikat: "SANGAT_BAIK" }] }));
    expect(t).toMatchObject({ judul: "Penilaian Triwulan III 2026 sudah final", keterangan: "Predikat: Sangat Baik", informasi: true, tautan: "/penilaian/s1/p1" });
  });

  test("the order of the issue: SKP, pengisian, progres harian, penilaian", () => {
    const tugas = daftarTugas(
      fakta({
        skp: { id: "s1", status: "DRAFT", dikembalikan: true, catatanKembali: null },
        pengisian: [{ skpId: "s1", periodeId: "p", label: "Desember", batasPengisian: KAMIS, realisasiKosong: 1, buktiKosong: 0 }],
        progresHarian: { skpMulai: fromIsoDate("2026-01-01"), hariKerjaPerMinggu: 5, terisi: [], libur: [], keterangan: [] },
        penilaianFinal: [{ skpId: "s1", periodeId: "q", label: "Triwulan III", predikat: null }],
      }),
    );
    expect(tugas.map((t) => t.jenis)).toEqual(["SKP_DIKEMBALIKAN", "PENGISIAN_BELUM_LENGKAP", "PROGRES_HARIAN_KOSONG", "PENILAIAN_FINAL"]);
    expect(tugas[3]!.keterangan).toBeNull();
  });
});

describe("Progres Harian days left empty this week", () => {
  const ph = { skpMulai: fromIsoDate("2026-01-01"), hariKerjaPerMinggu: 5, terisi: [] as string[], libur: [] as string[], keterangan: [] as string[] };

  test("the working days before today, without today (still open)", () => {
    expect(hariProgresKosong(KAMIS, ph)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(hariProgresKosong(fromIsoDate("2026-11-30"), ph)).toEqual([]);
  });

  test("days with an entry, holidays, marked days and days before the SKP began do not count", () => {
    expect(hariProgresKosong(KAMIS, { ...ph, terisi: ["2026-11-30"], libur: ["2026-12-01"] })).toEqual(["2026-12-02"]);
    expect(hariProgresKosong(KAMIS, { ...ph, keterangan: ["2026-12-02"] })).toEqual(["2026-11-30", "2026-12-01"]);
    expect(hariProgresKosong(KAMIS, { ...ph, skpMulai: fromIsoDate("2026-12-02") })).toEqual(["2026-12-02"]);
    expect(hariProgresKosong(KAMIS, { ...ph, skpMulai: fromIsoDate("2026-12-03") })).toEqual([]);
  });

  test("Saturday counts only in a six-day week; Sunday never", () => {
    const minggu = fromIsoDate("2026-12-06");
    expect(hariProgresKosong(minggu, ph)).toHaveLength(5);
    expect(hariProgresKosong(minggu, { ...ph, hariKerjaPerMinggu: 6 })).toHaveLength(6);
  });

  test("the task says how many days", () => {
    const [t] = daftarTugas(fakta({ progresHarian: ph }));
    expect(t).toMatchObject({ jenis: "PROGRES_HARIAN_KOSONG", jumlah: 3, judul: "Isi Progres Harian: 3 hari kerja minggu ini masih kosong", tautan: "/progres-harian" });
  });
});

describe("atasan", () => {
  test("each count becomes a task linking to where it is done, in the issue's order", () => {
    const periode = { id: "tw3", label: "Triwulan III 2026" };
    const tugas = daftarTugas(
      fakta({}, { skpMenunggu: 3, skpMenungguSejak: fromIsoDate("2026-11-28"), penilaianBelumFinal: 4, penilaianPeriode: periode, bawahanTanpaSkp: 2, progresMenunggu: 7, capaianBelum: 1, capaianPeriode: periode }),
    );
    expect(tugas.map((t) => [t.jenis, t.jumlah, t.tautan])).toEqual([
      ["SKP_BAWAHAN_MENUNGGU", 3, "/skp-bawahan"],
      ["PENILAIAN_BAWAHAN", 4, "/penilaian-bawahan?periode=tw3"],
      ["BAWAHAN_TANPA_SKP", 2, "/bawahan"],
      ["PROGRES_BAWAHAN_MENUNGGU", 7, "/progres-harian-bawahan"],
      ["CAPAIAN_ORGANISASI", 1, "/capaian-organisasi?periode=tw3"],
    ]);
    expect(tugas[0]!.keterangan).toBe("Yang terlama sudah menunggu 5 hari");
    expect(hitunganMenu(tugas)).toEqual({ "/skp-bawahan": 3, "/penilaian-bawahan": 4, "/progres-harian-bawahan": 7, "/capaian-organisasi": 1 });
  });

  test("an SKP submitted today has waited no days; no periode ended yet means nothing to rate", () => {
    const tugas = daftarTugas(fakta({}, { skpMenunggu: 1, skpMenungguSejak: KAMIS, penilaianBelumFinal: 2, capaianBelum: 1 }));
    expect(tugas.map((t) => [t.jenis, t.keterangan])).toEqual([["SKP_BAWAHAN_MENUNGGU", "Yang terlama diajukan hari ini"]]);
  });
});

describe("admin", () => {
  test("each pending thing of the instansi, in the issue's order, counted on its menu entry", () => {
    const tugas = daftarTugas(
      fakta({}, null, { permintaanMenunggu: 2, unitTanpaPimpinan: 3, pegawaiTanpaAtasan: 4, sinkronGagal: { status: "SEBAGIAN", gagal: 5 }, tahunTanpaPeriode: [2026, 2027] }),
    );
    expect(tugas.map((t) => [t.jenis, t.judul, t.tautan])).toEqual([
      ["PERMINTAAN_ATASAN", "Putuskan 2 permintaan perubahan atasan", "/admin/permintaan-atasan"],
      ["UNIT_TANPA_PIMPINAN", "3 unit kerja belum memiliki pimpinan", "/admin/unit-kerja"],
      ["PEGAWAI_TANPA_ATASAN", "4 pegawai belum memiliki atasan", "/admin/pegawai"],
      ["SINKRON_GAGAL", "Sinkron SIASN terakhir: 5 pegawai gagal disinkronkan", "/admin/sinkron"],
      ["TAHUN_TANPA_PERIODE", "Atur periode penilaian dan batas pengisian tahun 2026, 2027", "/admin/periode"],
    ]);
    expect(hitunganMenu(tugas)).toEqual({ "/admin/permintaan-atasan": 2, "/admin/unit-kerja": 3, "/admin/pegawai": 4, "/admin/sinkron": 5, "/admin/periode": 2 });
  });

  test("a sync that failed as a whole counts once", () => {
    const [t] = daftarTugas(fakta({}, null, { sinkronGagal: { status: "GAGAL", gagal: 0 } }));
    expect(t).toMatchObject({ judul: "Sinkron SIASN terakhir gagal", jumlah: 1 });
  });

  test("every counted menu entry has the word its badge reads with", () => {
    const semua = daftarTugas(
      fakta({}, { skpMenunggu: 1, penilaianBelumFinal: 1, penilaianPeriode: { id: "p", label: "p" }, progresMenunggu: 1, capaianBelum: 1, capaianPeriode: { id: "p", label: "p" } }, {
        permintaanMenunggu: 1,
        unitTanpaPimpinan: 1,
        pegawaiTanpaAtasan: 1,
        sinkronGagal: { status: "GAGAL", gagal: 1 },
        tahunTanpaPeriode: [2026],
      }),
    );
    expect(Object.keys(hitunganMenu(semua)).sort()).toEqual(Object.keys(KATA_LENCANA).sort());
  });
});
