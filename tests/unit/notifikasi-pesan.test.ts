import { describe, expect, test } from "vitest";
import { labelJumlahBelumDibaca, pesanPerubahanAtasan, pesanProgresPerluPerbaikan, pesanSkpDikembalikan } from "@/lib/domain/notifikasi-pesan";

describe("pesan notifikasi", () => {
  test("a returned SKP names the year and the penilai, carries the catatan and links to the pegawai's SKP", () => {
    expect(pesanSkpDikembalikan({ skpId: "s1", tahun: 2026, namaPenilai: "Yudi Prasetyo", catatan: "Lengkapi target." })).toEqual({
      jenis: "SKP_DIKEMBALIKAN",
      judul: "SKP 2026 Anda dikembalikan oleh Yudi Prasetyo",
      isi: "Catatan: Lengkapi target.",
      tautan: "/skp/s1",
    });
  });

  test("entries marked for correction over several days are one notification, linked to the earliest day", () => {
    const p = pesanProgresPerluPerbaikan({ tanggal: ["2026-12-03", "2026-12-01", "2026-12-03"], catatan: "" });
    expect(p.judul).toBe("3 kegiatan Progres Harian 1 Desember 2026 – 3 Desember 2026 perlu perbaikan");
    expect(p.tautan).toBe("/progres-harian?tampilan=hari&tanggal=2026-12-01");
    expect(pesanProgresPerluPerbaikan({ tanggal: ["2026-12-01"], catatan: "Lengkapi bukti." })).toMatchObject({
      judul: "1 kegiatan Progres Harian 1 Desember 2026 perlu perbaikan",
      isi: "Catatan atasan: Lengkapi bukti.",
    });
  });

  test("a change of atasan tells each bawahan, and each old and new atasan once with a count, never the one who made it", () => {
    const nama = (id: string) => ({ baru: "Budi", lama: "Sari" })[id] ?? id;
    const pesan = pesanPerubahanAtasan(
      [
        { pegawaiId: "a", lama: "lama", baru: "baru" },
        { pegawaiId: "b", lama: "lama", baru: "baru" },
        { pegawaiId: "c", lama: "aktor", baru: "baru" },
        { pegawaiId: "d", lama: "baru", baru: "baru" },
      ],
      nama,
      "Budi mengklaim pimpinan Subbidang Mutasi.",
      "aktor",
    );
    expect(pesan.map((p) => [p.penerimaId, p.judul])).toEqual([
      ["a", "Atasan Anda sekarang Budi"],
      ["b", "Atasan Anda sekarang Budi"],
      ["c", "Atasan Anda sekarang Budi"],
      ["baru", "3 pegawai menjadi bawahan Anda"],
      ["lama", "2 pegawai tidak lagi bawahan Anda"],
    ]);
    expect(pesan.every((p) => p.isi === "Budi mengklaim pimpinan Subbidang Mutasi." && p.jenis === "ATASAN_BERUBAH")).toBe(true);
  });

  test("the bell shows 99+ past two digits", () => {
    expect([0, 3, 99, 100].map(labelJumlahBelumDibaca)).toEqual(["0", "3", "99", "99+"]);
  });
});
