import { describe, expect, test } from "vitest";
import { adaIsi, jenisRingkasanUntuk, JENIS_RINGKASAN_BAWAAN, kunciRingkasan, susunEmailRingkasan, tugasUntukRingkasan } from "@/lib/domain/ringkasan-harian";
import type { Tugas } from "@/lib/domain/tugas";

describe("who gets the digest, of which kinds", () => {
  test("by default only the atasan's corrections to an entry go to the digest", () => {
    expect(JENIS_RINGKASAN_BAWAAN).toEqual(["PROGRES_PERLU_PERBAIKAN"]);
    expect(jenisRingkasanUntuk(new Map())).toEqual(["PROGRES_PERLU_PERBAIKAN"]);
  });

  test("a person's choice moves a kind in or out", () => {
    expect(jenisRingkasanUntuk(new Map([["PROGRES_PERLU_PERBAIKAN", "APLIKASI"]]))).toEqual([]);
    expect(
      jenisRingkasanUntuk(
        new Map([
          ["SKP_DIAJUKAN", "RINGKASAN_HARIAN"],
          ["PROGRES_PERLU_PERBAIKAN", "EMAIL_SEGERA"],
        ]),
      ),
    ).toEqual(["SKP_DIAJUKAN"]);
  });

  test("one key per calendar day", () => {
    expect(kunciRingkasan("2026-12-02")).toBe("ringkasan:2026-12-02");
  });
});

describe("what it says", () => {
  const tugas = (informasi: boolean): Tugas => ({ kunci: "k", jenis: "SKP_MENUNGGU_PERSETUJUAN", peran: "pegawai", judul: "j", keterangan: null, tautan: "/skp", jumlah: 1, tenggat: null, informasi, menu: null });

  test("tasks to act on; information stays on Beranda", () => {
    expect(tugasUntukRingkasan([tugas(true), tugas(false)])).toEqual([tugas(false)]);
  });

  test("nothing to do and nothing new is no email", () => {
    expect(adaIsi({ tugas: [], notifikasi: [] })).toBe(false);
    expect(adaIsi({ tugas: [], notifikasi: [{ judul: "n", isi: "", tautan: "t" }] })).toBe(true);
  });

  test("each task and notification with its link, and a way to stop each kind; HTML is escaped", () => {
    const email = susunEmailRingkasan({
      nama: "Ahmad <Fauzi>",
      tanggal: "2 Desember 2026",
      tugas: [{ judul: "Lengkapi realisasi Triwulan IV 2026", keterangan: "2 realisasi belum diisi", tenggat: "3 hari lagi", tautan: "https://k.go.id/penilaian/a/b" }],
      notifikasi: [{ judul: "Entri perlu perbaikan", isi: "", tautan: "https://k.go.id/progres-harian" }],
      berhenti: [{ label: "Progres harian perlu perbaikan", tautan: "https://k.go.id/berhenti?t=x&y=1" }],
    });
    expect(email.subject).toBe("Ringkasan e-Kinerja 2 Desember 2026: 1 tugas, 1 notifikasi");
    expect(email.text).toContain("- Lengkapi realisasi Triwulan IV 2026 (3 hari lagi · 2 realisasi belum diisi)\n  https://k.go.id/penilaian/a/b");
    expect(email.text).toContain("- Entri perlu perbaikan\n  https://k.go.id/progres-harian");
    expect(email.text).toContain("- Progres harian perlu perbaikan: https://k.go.id/berhenti?t=x&y=1");
    expect(email.html).toContain("Ahmad &#60;Fauzi&#62;");
    expect(email.html).toContain('<a href="https://k.go.id/berhenti?t=x&#38;y=1">Berhenti: Progres harian perlu perbaikan</a>');
  });

  test("a digest without notifications leaves that part out", () => {
    const email = susunEmailRingkasan({ nama: "A", tanggal: "2 Desember 2026", tugas: [{ judul: "t", keterangan: null, tenggat: null, tautan: "u" }], notifikasi: [], berhenti: [] });
    expect(email.subject).toBe("Ringkasan e-Kinerja 2 Desember 2026: 1 tugas");
    expect(email.text).not.toContain("Notifikasi sejak");
    expect(email.text).toContain("- t\n  u");
  });
});
