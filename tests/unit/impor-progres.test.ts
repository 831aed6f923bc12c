import { describe, expect, it } from "vitest";
import { periksaTabelProgres, type KonteksImpor } from "@/lib/domain/impor-progres";

const HEADER = ["Tanggal", "Jam Mulai", "Jam Selesai", "Rencana Aksi", "Kegiatan", "Realisasi", "Satuan", "Tautan Bukti", "Sumber Data"];
const ra = { id: "11111111-1111-4111-8111-111111111111", teks: "Verifikasi berkas", skpId: "s", skpAwal: "2026-01-01", skpAkhir: "2026-12-31", periodeAwal: "2026-10-01", periodeAkhir: "2026-12-31", pengisianTerbuka: true };
const k: KonteksImpor = { hariIni: "2026-12-01", rencanaAksi: [ra, { ...ra, id: "22222222-2222-4222-8222-222222222222", periodeAwal: "2026-07-01", periodeAkhir: "2026-09-30", pengisianTerbuka: false }], tercatat: [{ tanggal: "2026-11-30", jamMulai: 480, jamSelesai: 540 }] };
const baris = (over: Partial<Record<string, string>> = {}) => {
  const v = { tanggal: "2026-11-27", mulai: "08.00", selesai: "09.30", ra: "verifikasi BERKAS", kegiatan: "Memeriksa berkas", realisasi: "2", satuan: "Berkas", tautan: "", sumber: "", ...over };
  return [v.tanggal, v.mulai, v.selesai, v.ra, v.kegiatan, v.realisasi, v.satuan, v.tautan, v.sumber];
};

describe("periksaTabelProgres", () => {
  it("accepts good rows, matching the rencana aksi by text (any case) or id and reading dd/mm/yyyy", () => {
    const hasil = periksaTabelProgres([HEADER, baris(), baris({ tanggal: "30/11/2026", mulai: "09:00", selesai: "10:00", ra: ra.id })], k);
    expect(hasil).toMatchObject({ ok: true, baris: [{ tanggal: "2026-11-27", jamMulai: 480, jamSelesai: 570, rencanaAksiId: ra.id, realisasi: 2 }, { tanggal: "2026-11-30", rencanaAksiId: ra.id }] });
  });

  it("lists every bad row with every reason, by spreadsheet row number", () => {
    const hasil = periksaTabelProgres(
      [
        HEADER,
        baris({ ra: "Tidak ada" }),
        baris({ mulai: "8 pagi", selesai: "07.00" }),
        baris({ tanggal: "2026-12-02" }),
        baris({ tanggal: "2025-12-31" }),
        baris({ tanggal: "2026-09-15" }),
        baris({ mulai: "09.00", selesai: "10.00" }),
        baris({ tanggal: "2026-11-30", mulai: "08.30", selesai: "09.00" }),
        baris({ realisasi: "-1", satuan: "", tautan: "ftp://x" }),
      ],
      k,
    );
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.galat).toEqual([
      { baris: 2, pesan: ["Rencana aksi “Tidak ada” tidak ada di SKP Anda yang sudah disetujui."] },
      { baris: 3, pesan: ["Jam mulai tidak valid; tulis seperti 08.00."] },
      { baris: 4, pesan: ["Tanggal 2 Desember 2026 belum tiba; Progres Harian diisi untuk hari ini atau sebelumnya."] },
      { baris: 5, pesan: ["Tanggal 31 Desember 2025 di luar periode SKP (1 Januari 2026 – 31 Desember 2026)."] },
      { baris: 6, pesan: ["Batas pengisian periode 1 Juli 2026 – 30 September 2026 sudah lewat. Minta admin instansi membuka kembali pengisian."] },
      { baris: 7, pesan: ["Jam bertumpuk dengan baris 2 (08.00–09.30)."] },
      { baris: 8, pesan: ["Jam bertumpuk dengan kegiatan yang sudah tercatat pukul 08.00–09.00."] },
      {
        baris: 9,
        pesan: [
          "Realisasi harus bilangan bulat 0 atau lebih.",
          "Isi satuan, misalnya Dokumen.",
          "Tautan bukti harus diawali http:// atau https://.",
          "Jam bertumpuk dengan baris 2 (08.00–09.30).",
          "Jam bertumpuk dengan baris 7 (09.00–10.00).",
        ],
      },
    ]);
  });

  it("refuses a file without the template's columns or without rows", () => {
    expect(periksaTabelProgres([["Nama", "Kegiatan"]], k)).toMatchObject({ ok: false, pesanBerkas: "Kolom Tanggal, Jam Mulai, Jam Selesai, Rencana Aksi, Realisasi, Satuan tidak ditemukan pada baris judul. Pakai templat impor." });
    expect(periksaTabelProgres([HEADER, ["", ""]], k)).toMatchObject({ ok: false, pesanBerkas: "Berkas tidak berisi baris kegiatan. Isi mulai baris 2 di bawah judul kolom." });
  });
});
